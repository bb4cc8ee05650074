"""Centuries, decades and numbers written as words, so that versions that write them
differently agree: "6th century" = "500-luvulla" = "500-talet", "1990s" = "1990-luvulla"
= "1990-talet", "three" = "kolme" = "tre" = "3".

:func:`periods` finds centuries and decades with their spans (the consistency rules
compare them as numbers whose value is ``("century", 6)`` or ``("decade", 1990)``), also
those of a list that writes the shared word once ("1700- ja 1800-luvuilla" = "the 18th and
19th centuries");
:func:`number_words` the values of the numbers a text writes as words.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

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


#: A list of periods before a whole one that shares its word: Finnish "1700- ja
#: 1800-luvuilla", Swedish "1700-, 1800- och 1900-talen", English "18th and 19th
#: centuries", "18th- and 19th-century"; also a range ("1700–1800-luvuilla", "18th–19th
#: centuries"). Searched so that the list ends where the whole period starts.
_JOIN = r"(?:,[\t\p{Zs}]*|,?[\t\p{Zs}]+(?i:ja|sekä|tai|och|samt|eller|and|or|&)[\t\p{Zs}]+)"
_RANGE = r"[\t\p{Zs}]*[–—‒-][\t\p{Zs}]*"
#: After a Nordic number the hyphen that stands for the shared word is needed ("1700- ja";
#: "1700 ja" may count anything); an English ordinal is a period's number by itself.
_LEAD_ITEMS = {
    "fi": rf"\d{{2,4}}(?:[-–]{_JOIN}|{_RANGE})",
    "sv": rf"\d{{2,4}}(?:[-–]{_JOIN}|{_RANGE})",
    "en": rf"\d{{1,2}}(?:st|nd|rd|th)(?:-?{_JOIN}|{_RANGE})",
}
_LEADS = {
    language: regex.compile(rf"(?<![\p{{N}}\p{{L}}])(?P<items>(?:{item})+)\Z", regex.IGNORECASE)
    for language, item in _LEAD_ITEMS.items()
}
_ITEM_NUMBER = regex.compile(r"\d+")
_ELISION = regex.compile(r"[-–](?=,|\s)")
#: How far before a whole period a list of elided ones may start.
_LEAD_REACH = 60


#: Every period notation has a digit before "-luku", "-tal", "century" or an "s".
_PERIOD_HINT = regex.compile(r"\d(?:[-–](?:luv|luk|tal)|(?:st|nd|rd|th)[ \u00a0-]centur|0['’]?s\b)",
                             regex.IGNORECASE)


def _hundreds(number: int) -> tuple[str, int]:
    """A Nordic period number as a century ("500-luku": the 6th) or a decade."""
    if number % 100 == 0:
        return ("century", number // 100 + 1)
    return ("decade", number)


#: A period found: its start, end and value.
_Found = tuple[int, int, tuple[str, int]]


@text_cache(maxsize=512)
def periods(text: str, language: str) -> tuple[_Found, ...]:
    """``(start, end, value)`` of each century or decade in ``text``."""
    if _PERIOD_HINT.search(text) is None:
        return ()
    found: list[_Found] = []
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
    found.extend(_elided(text, language, found))
    return tuple(sorted(found))


def _elided(text: str, language: str, whole: list[_Found]) -> list[_Found]:
    """The periods listed before a whole one that name its word only once ("1700- ja" of
    "1700- ja 1800-luvuilla", "18th and" of "18th and 19th centuries"), each of the whole
    one's kind. A list of periods is written in order: the numbers must rise to the whole
    one's, or the numbers before it are something else."""
    found: list[_Found] = []
    for start, _end, (kind, value) in whole:
        if language == "en" and kind != "century":
            continue  # "the 1960s and 70s": not read
        lead = _LEADS[language].search(text, max(0, start - _LEAD_REACH), start)
        if lead is None:
            continue
        items = list(_ITEM_NUMBER.finditer(text, *lead.span("items")))
        values = [_period_value(int(item.group()), language) for item in items]
        if any(v[0] != kind for v in values):
            continue  # "1900- ja 1990-luvuilla": a century and a decade are no list
        numbers = [v[1] for v in values] + [value]
        if any(a >= b for a, b in pairwise(numbers)):
            continue
        for item, item_value in zip(items, values, strict=True):
            end = item.end()
            if language == "en":  # the ordinal ending with its number: "18th"
                end += 2
            elif _ELISION.match(text, end):  # the hyphen that stands for the word: "1700-"
                end += 1
            found.append((item.start(), end, item_value))
    return found


def _period_value(number: int, language: str) -> tuple[str, int]:
    """A period number of a list: an English ordinal is a century, a Nordic number a
    century or decade."""
    return ("century", number) if language == "en" else _hundreds(number)


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
