"""A normalised view of a text for the checks that guard what must not leave the machine
(personal data, secrecy markings), with the way back to the original positions.

Disguised forms read as their plain form: invisible format characters (soft hyphen,
zero-width space, word joiner, byte-order mark, direction marks) are dropped; hyphen and
dash look-alikes (U+2010–U+2015, U+2212, non-breaking hyphen …) become ``-``; other
spaces become a plain space. With ``words=True`` (secrecy markings) a hyphen between
two words, and a single line break before a lower-case word (a sentence going on, not a
heading above a paragraph), also become a space, so "salassa\\npidettävä" and
"salassa-pidettävä" read as "salassa pidettävä".

A rule runs on :attr:`Normalised.text` and maps each span back with
:meth:`Normalised.span`, so findings still point at the original text. A text with
nothing to normalise is its own view (no copy, no map).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from composer.model import Finding
from composer.text_cache import text_cache

_INVISIBLE = r"\p{Cf}"
_DASHES = r"\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_SPACES = r"\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_SPECIAL = regex.compile(rf"[{_INVISIBLE}{_DASHES}{_SPACES}]")
_SPECIAL_WORDS = regex.compile(
    rf"[{_INVISIBLE}{_DASHES}{_SPACES}]|(?<=\p{{L}})[ \t]*\r?\n[ \t]*(?=\p{{Ll}})"
    r"|(?<=\p{L})-(?=\p{L})"
)


@dataclass(frozen=True)
class Normalised:
    """The normalised ``text``; ``origin[i]`` is the index in the original text of the
    character ``text[i]`` came from (None: the text is the original)."""

    text: str
    origin: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (from the first character's origin
        to just after the last one's, so dropped characters inside are covered)."""
        if self.origin is None:
            return start, end
        if end <= start:
            position = self.origin[start] if start < len(self.origin) else self._length()
            return position, position
        return self.origin[start], self.origin[end - 1] + 1

    def _length(self) -> int:
        return (self.origin[-1] + 1) if self.origin else 0


_IS_INVISIBLE = regex.compile(_INVISIBLE)
_IS_DASH = regex.compile(rf"[{_DASHES}-]")


def _replacement(match: regex.Match[str]) -> str:
    found = match.group()
    if _IS_INVISIBLE.fullmatch(found):
        return ""
    if _IS_DASH.fullmatch(found):
        # A dash look-alike is a hyphen; between two letters (words=True) a space.
        return " " if match.re is _SPECIAL_WORDS and _between_letters(match) else "-"
    return " "  # a space look-alike, or a line break between words


def _between_letters(match: regex.Match[str]) -> bool:
    text, start, end = match.string, match.start(), match.end()
    return start > 0 and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


def map_findings(findings: Iterable[Finding], view: Normalised) -> Iterator[Finding]:
    """``findings`` about ``view.text`` with their spans in the original text."""
    for finding in findings:
        if view.origin is not None and finding.start is not None and finding.end is not None:
            start, end = view.span(finding.start, finding.end)
            finding = dataclasses.replace(finding, start=start, end=end)
        yield finding


@text_cache(maxsize=64)
def normalised(text: str, words: bool = False) -> Normalised:
    """The normalised view of ``text`` (see the module docstring)."""
    pattern = _SPECIAL_WORDS if words else _SPECIAL
    if pattern.search(text) is None:
        return Normalised(text)
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in pattern.finditer(text):
        start, end = match.span()
        if start > position:
            pieces.append(text[position:start])
            origin.extend(range(position, start))
        replacement = _replacement(match)
        if replacement:
            pieces.append(replacement)
            origin.append(start)
        position = end
    if position < len(text):
        pieces.append(text[position:])
        origin.extend(range(position, len(text)))
    return Normalised("".join(pieces), tuple(origin))
