"""Lengths of many pieces of one text (the candidate parts of a thread), each exactly as
:func:`composer.channels.counting.count_spec` counts it, from one reading of the whole
text where the counting allows it.

A piece is ``text[start:end]`` followed by a short suffix (the part number); it starts and
ends next to white space or at the ends of the text. No URL, e-mail address or emoji
sequence spans white space, so a piece holds exactly the whole text's URLs and emoji that
lie inside it, and:

- **x-weighted** (default X configuration): the URLs, the emoji and the characters that
  weigh other than most (above U+10FF) are found once in the whole text; a piece weighs
  its character count times the common weight plus the differences of those inside it.
  A piece that NFC normalisation would change is counted on its own.
- **graphemes**: a text without characters that may combine counts one per character.

Any other counting, and any piece not next to white space, is counted on its own.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate

import regex

from composer.channels.counting import count_spec, grapheme_length, utf8_length
from composer.channels.emoji import EMOJI_SEQUENCE, may_contain_emoji
from composer.channels.spec import ChannelSpec
from composer.channels.twitter import (
    MAX_OTHERS,
    _uniform_start,
    above,
    default_config,
    weighted_units,
)
from composer.channels.urls import extract_urls, is_url_space

# Characters after which the next one may join the same grapheme cluster (see
# counting.grapheme_length), and carriage returns (CR LF is one cluster).
_MAY_COMBINE = regex.compile(r"[^\x00-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]|\r")


class PieceCounter:
    """``count_spec(text[start:end] + suffix, spec)`` for many pieces of ``text``."""

    def __init__(self, text: str, spec: ChannelSpec) -> None:
        self.text = text
        self.spec = spec
        self._positions: list[int] | None = None  # x-weighted: where a difference is
        self._differences: list[int] = [0]  # ... and their running sums
        self._uniform = 0
        self._plain_graphemes = False
        if spec.counting == "x-weighted":
            self._read_weights()
        elif spec.counting == "graphemes":
            self._plain_graphemes = _MAY_COMBINE.search(text) is None

    def _read_weights(self) -> None:
        config = default_config()
        uniform = _uniform_start(config)
        if uniform is None:
            return
        highest, weight = uniform
        text = self.text
        spans = [(u.start, 0, u.end, config.transformed_url_length * config.scale)
                 for u in extract_urls(text)]
        if config.emoji_parsing and may_contain_emoji(text):
            spans.extend((m.start(), 1, m.end(), config.default_weight)
                         for m in EMOJI_SEQUENCE.finditer(text))
        spans.sort()
        items: list[tuple[int, int]] = []
        covered: list[tuple[int, int]] = []
        position = 0
        for start, _kind, end, span_weight in spans:
            if start < position:
                continue  # overlaps an earlier span, as in weighted_units
            items.append((start, span_weight - weight * (end - start)))
            covered.append((start, end))
            position = end
        others = set(above(highest).findall(text))
        outside: set[str] = set()
        for ch in others:
            difference = config.weight(ord(ch)) - weight
            index = text.find(ch)
            while index >= 0:
                if not _inside(covered, index):
                    outside.add(ch)
                    if difference:
                        items.append((index, difference))
                index = text.find(ch, index + 1)
        if len(outside) > MAX_OTHERS:
            return  # weighted_units counts such pieces by character class
        items.sort()
        self._positions = [index for index, _ in items]
        self._differences = [0, *accumulate(difference for _, difference in items)]
        self._uniform = weight

    def _beside_space(self, start: int, end: int, suffix: str) -> bool:
        """Whether the piece starts and ends next to white space in the text, and the
        suffix starts with white space."""
        text = self.text
        return (
            (start == 0 or is_url_space(text[start - 1]))
            and (end == len(text) or is_url_space(text[end]))
            and (not suffix or is_url_space(suffix[0]))
        )

    def count(self, start: int, end: int, suffix: str) -> int:
        """The length of ``text[start:end] + suffix`` in the spec's counting units."""
        piece = self.text[start:end] + suffix
        if self._positions is not None and self._beside_space(start, end, suffix):
            if unicodedata.is_normalized("NFC", piece):
                positions = self._positions
                low = bisect_left(positions, start)
                high = bisect_left(positions, end, low)
                units = (
                    self._uniform * (end - start)
                    + self._differences[high]
                    - self._differences[low]
                    + _suffix_units(suffix)
                )
                return units // default_config().scale
        elif self._plain_graphemes and _plain(suffix):
            return end - start + grapheme_length(suffix)
        return count_spec(piece, self.spec)

    def fits(self, start: int, end: int, suffix: str) -> bool:
        """Whether ``text[start:end] + suffix`` is within every limit of the spec
        (as :func:`composer.channels.counting.fits`)."""
        if self.count(start, end, suffix) > self.spec.max_length:
            return False
        return self.spec.max_bytes is None or (
            utf8_length(self.text[start:end] + suffix) <= self.spec.max_bytes
        )


def _inside(covered: list[tuple[int, int]], index: int) -> bool:
    found = bisect_left(covered, (index + 1,)) - 1
    return found >= 0 and covered[found][1] > index


@lru_cache(maxsize=64)
def _plain(suffix: str) -> bool:
    return _MAY_COMBINE.search(suffix) is None


@lru_cache(maxsize=64)
def _suffix_units(suffix: str) -> int:
    config = default_config()
    return weighted_units(unicodedata.normalize("NFC", suffix), config)
