"""twitter-text weighted length (first version, refined below)."""

from __future__ import annotations

import unicodedata


def weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text)
    total = 0
    for ch in text:
        cp = ord(ch)
        light = cp <= 4351 or 8192 <= cp <= 8205 or 8208 <= cp <= 8223 or 8242 <= cp <= 8247
        total += 100 if light else 200
    return total // 100
