"""Centuries, decades and numbers written as words, so that versions that write them
differently agree: "6th century" = "500-luvulla" = "500-talet", "1990s" = "1990-luvulla"
= "1990-talet", "three" = "kolme" = "tre" = "3".

:func:`periods` finds centuries and decades with their spans (the consistency rules
compare them as numbers whose value is ``("century", 6)`` or ``("decade", 1990)``);
:func:`number_words` the values of the numbers a text writes as words.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from composer.entities import words
from composer.morphology import MorphologyUnavailable, base_forms
from composer.resources import load_toml
from composer.text_cache import text_cache

# Finnish "500-luvulla", "1990-luvun"; Swedish "500-talet", "1990-talets".
_NORDIC = {
    "fi": regex.compile(r"(?<![\p{N}\p{L}])(?P<n>\d{2,4})(?:-|–)luv?u\p{L}*", regex.IGNORECASE),
    "sv": regex.compile(r"(?<![\p{N}\p{L}])(?P<n>\d{2,4})(?:-|–)tal\p{L}*", regex.IGNORECASE),
}
# English "6th century", "the 1990s", "1900s".
_CENTURY_EN = regex.compile(
    r"(?<![\p{N}\p{L}])(?P<c>\d{1,2})(?:st|nd|rd|th)[ \u00a0-]centur(?:y|ies)\b", regex.IGNORECASE
)
_DECADE_EN = regex.compile(r"(?<![\p{N}\p{L}'’])(?P<n>\d{2,3}0)['’]?s\b")


#: Every period notation has a digit before "-luku", "-tal", "century" or an "s".
_PERIOD_HINT = regex.compile(r"\d(?:[-–](?:luv|luk|tal)|(?:st|nd|rd|th)[ \u00a0-]centur|0['’]?s\b)",
                             regex.IGNORECASE)


def _hundreds(number: int) -> tuple[str, int]:
    """A Nordic period number as a century ("500-luku": the 6th) or a decade."""
    if number % 100 == 0:
        return ("century", number // 100 + 1)
    return ("decade", number)


@text_cache(maxsize=512)
def periods(text: str, language: str) -> tuple[tuple[int, int, tuple[str, int]], ...]:
    """``(start, end, value)`` of each century or decade in ``text``."""
    if _PERIOD_HINT.search(text) is None:
        return ()
    found: list[tuple[int, int, tuple[str, int]]] = []
    if language in _NORDIC:
        for match in _NORDIC[language].finditer(text):
            found.append((*match.span(), _hundreds(int(match.group("n")))))
    elif language == "en":
        for match in _CENTURY_EN.finditer(text):
            found.append((*match.span(), ("century", int(match.group("c")))))
        for match in _DECADE_EN.finditer(text):
            number = int(match.group("n"))
            value = ("century", number // 100 + 1) if number % 100 == 0 else ("decade", number)
            found.append((*match.span(), value))
    return tuple(sorted(found))


@lru_cache(maxsize=4)
def _words_by_form(language: str) -> dict[str, int]:
    table = load_toml("wordlists", "calendar.toml").get("number-words", {}).get(language, {})
    return {word.lower(): int(value) for value, names in table.items() for word in names}


@text_cache(maxsize=512)
def number_words(text: str, language: str) -> frozenset[int]:
    """The values of the numbers ``text`` writes as words ("kolmessa" → 3)."""
    known = _words_by_form(language)
    beginnings = {w[:3] for w in known}
    values: set[int] = set()
    for _start, _end, word in words(text):
        lower = word.lower()
        if lower in known:
            values.add(known[lower])
            continue
        if language == "fi" and lower[:3] in beginnings:
            try:
                forms = base_forms(word, language)
            except MorphologyUnavailable:
                continue
            values.update(known[f] for f in forms if f in known)
    return frozenset(values)
