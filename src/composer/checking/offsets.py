"""Python string indices (code points) to Qt's UTF-16 positions.

The core reports spans as Python indices; a Qt text document counts UTF-16 code units,
in which every character outside the Basic Multilingual Plane (most emoji, 𝐛𝐨𝐥𝐝 letters)
takes two. Build one :class:`Utf16Index` per text (O(n) once) and convert any number of
indices with a binary search.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Index:
    """Converts between code-point indices and UTF-16 positions of one text."""

    __slots__ = ("_astral", "length")

    def __init__(self, text: str) -> None:
        #: Code-point indices of the characters that take two UTF-16 units.
        self._astral = [match.start() for match in _ASTRAL.finditer(text)]
        self.length = len(text) + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """The UTF-16 position of code-point ``index`` (``0 <= index <= len(text)``)."""
        return index + bisect_left(self._astral, index)

    def to_index(self, position: int) -> int:
        """The code-point index at UTF-16 ``position`` (a position inside a surrogate
        pair maps to its character's start)."""
        low, high = 0, len(self._astral)
        # Find how many astral characters lie wholly before ``position``.
        while low < high:
            middle = (low + high) // 2
            if self._astral[middle] + middle + 2 <= position:
                low = middle + 1
            else:
                high = middle
        index = position - low
        if low < len(self._astral) and self._astral[low] < index:
            index = self._astral[low]
        return index


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
