"""Exported post text as the network shows it: rich text with links, hashtags and mentions
in the palette's link colour, cut where the feed shows "See more".

Only presentation: the text itself always comes from the core's export.
"""

from __future__ import annotations

import html

import regex
from PySide6.QtGui import QPalette

from composer.entities import entities

_GRAPHEME = regex.compile(r"\X")
#: How far back from the cut a word boundary is looked for.
_WORD_BACKOFF = 25


def feed_cut_index(text: str, cut_chars: int | None, cut_lines: int | None = None) -> int | None:
    """Where the feed cuts ``text`` (a Python index), or ``None`` when it shows it all.

    The feed shows about ``cut_chars`` characters (grapheme clusters) or ``cut_lines``
    lines, whichever comes first; the cut falls at a word boundary when one is near and
    never inside a grapheme cluster.
    """
    limit: int | None = None
    if cut_lines:
        breaks = [m.start() for m in regex.finditer(r"\n", text.rstrip())]
        if len(breaks) >= cut_lines:
            limit = breaks[cut_lines - 1]
    if cut_chars:
        boundaries = [m.end() for m in _GRAPHEME.finditer(text)]
        if len(boundaries) > cut_chars:
            by_chars = boundaries[cut_chars - 1]
            limit = by_chars if limit is None else min(limit, by_chars)
            if limit == by_chars:
                space = max(text.rfind(" ", 0, limit + 1), text.rfind("\n", 0, limit + 1))
                if space > 0 and limit - space <= _WORD_BACKOFF:
                    limit = space
    if limit is None or not text[limit:].strip():
        return None
    return len(text[:limit].rstrip())


def _colour(palette: QPalette, role: QPalette.ColorRole) -> str:
    return palette.color(role).name()


def render_html(text: str, palette: QPalette, links_clickable: bool = True,
                end: int | None = None) -> str:
    """``text[:end]`` as HTML: entities coloured, line breaks kept, the rest escaped."""
    shown = text if end is None else text[:end]
    link = _colour(palette, QPalette.ColorRole.Link)
    parts: list[str] = []
    index = 0
    for entity in entities(text):
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
