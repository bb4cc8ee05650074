"""URL extraction (placeholder until the twitter-text extractor lands)."""

from __future__ import annotations

_TRAILING = ".,;:!?)]}'\"’”»…"


def trim_url_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end
