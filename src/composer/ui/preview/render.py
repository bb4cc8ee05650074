"""Exported post text as the network shows it: rich text with links, hashtags and mentions
in the palette's link colour, cut where the feed shows "See more". A link is what the
checks take for one (:func:`composer.entities.is_web_address`): "dd.mm.", "e.Kr." or
"pp.kk." stay plain text.

Only presentation: the text itself always comes from the core's export.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette

from composer.channels.keyinfo import shown_cut
from composer.entities import entities, is_web_address
from composer.ui.shared.palette_colours import link_colour

#: Characters after the end of a shortened text still searched for links and hashtags.
ENTITY_MARGIN = 2048


def feed_cut_index(text: str, cut_chars: int | None, cut_lines: int | None = None) -> int | None:
    """Where the feed cuts ``text`` (a Python index), or ``None`` when it shows it all: the
    core's cut (:func:`composer.channels.keyinfo.shown_cut`, the one the ``channel.cut``
    note names), without the blank space before it."""
    return shown_cut(text, cut_chars, cut_lines)


def render_html(text: str, palette: QPalette, links_clickable: bool = True,
                end: int | None = None) -> str:
    """``text[:end]`` as HTML: entities coloured, line breaks kept, the rest escaped."""
    shown = text if end is None else text[:end]
    link = link_colour(palette).name()
    parts: list[str] = []
    index = 0
    # Entities of what is shown (and a margin, so one running past the end is whole).
    for entity in entities(text if end is None else text[:end + ENTITY_MARGIN]):
        if entity.start >= len(shown):
            break
        stop = min(entity.end, len(shown))
        parts.append(html.escape(shown[index:entity.start]))
        body = html.escape(shown[entity.start:stop])
        if entity.kind == "url" and not is_web_address(entity):
            parts.append(body)  # a date blank or an abbreviation, no address
        elif entity.kind in ("url", "email") and not links_clickable:
            parts.append(body)  # the network shows it as plain, unclickable text
        elif entity.kind == "mention":
            parts.append(f'<span style="color:{link}; font-weight:600">{body}</span>')
        else:
            parts.append(f'<span style="color:{link}">{body}</span>')
        index = stop
    parts.append(html.escape(shown[index:]))
    body = "".join(parts).replace("\n", "<br>")
    return f'<span style="white-space:pre-wrap">{body}</span>'
