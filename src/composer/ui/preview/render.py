"""Exported post text as the network shows it: rich text with links, hashtags and mentions
in the palette's link colour, cut where the feed shows "See more".

Only presentation: the text itself always comes from the core's export.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette

from composer.channels.keyinfo import cut_index
from composer.entities import entities
from composer.ui.shared.palette_colours import link_colour

#: Characters after the end of a shortened text still searched for links and hashtags.
ENTITY_MARGIN = 2048


def feed_cut_index(text: str, cut_chars: int | None, cut_lines: int | None = None) -> int | None:
    """Where the feed cuts ``text`` (a Python index), or ``None`` when it shows it all: the
    core's cut (the one the "key information after the cut" check uses), without the
    blank space before it."""
    # The cut lies in the first few hundred characters: a long text's start gives the
    # same cut as the whole text (only where the start is shown whole is the rest read).
    limit = (cut_chars or 0) * 32 + 4096
    cut = cut_index(text[:limit], cut_chars, cut_lines) if len(text) > limit else None
    if cut is None:
        cut = cut_index(text, cut_chars, cut_lines)
    if cut is None:
        return None
    shown = text[:cut].rstrip()
    # A separator line just before the cut ("—" between languages) says nothing.
    while "\n" in shown and not any(c.isalnum() for c in shown.rsplit("\n", 1)[1]):
        shown = shown.rsplit("\n", 1)[0].rstrip()
    return len(shown)


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
        if entity.kind in ("url", "email") and not links_clickable:
            parts.append(body)  # the network shows it as plain, unclickable text
        elif entity.kind == "mention":
            parts.append(f'<span style="color:{link}; font-weight:600">{body}</span>')
        else:
            parts.append(f'<span style="color:{link}">{body}</span>')
        index = stop
    parts.append(html.escape(shown[index:]))
    body = "".join(parts).replace("\n", "<br>")
    return f'<span style="white-space:pre-wrap">{body}</span>'
