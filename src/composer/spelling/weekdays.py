"""Weekdays' abbreviations where a text uses them for the day.

Opening hours and timetables abbreviate weekdays: Finnish "ma–pe", Finland-Swedish "må–fr
9–16, lö 10–14", English "Mon–Fri". The forms are the calendar word list's
(``resources/wordlists/calendar.toml``, ``[weekdays.<language>]``: ``short`` and
``more_short``), so the spelling check and the calendar read the same ones. Some are
also words or a typo's result in another sense (Swedish "on" for "om", "to" for "tog"),
so a form is taken for a weekday only where it stands for one, as the calendar reads
them:

* before a full stop, a number or a time marker ("lö. 10", "lö kl. 8–12", "ti 5.3."),
* in a range or list with another weekday ("må–fr", "ti och to", "on, lö", "lö 10–14,
  sö stängt"),
* opening a line next to a line that opens with a weekday (a timetable: "sö stängt"
  under "lö 10–14").

Every look is bounded: a few characters around the word, the lines next to it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

import regex

from composer.resources import load_toml

#: Between two weekdays of a range or a list: a dash or slash, a comma, "and" or "or".
_LINK = r"\.?[ \t\u00a0]*(?:[–—‒/-]|,|&|och|eller|ja|tai|sekä|and|or)[ \t\u00a0]*"
_LINKED_AFTER = regex.compile(_LINK + r"(?P<day>\p{L}+)", regex.IGNORECASE)
#: What may open a line before its first word: spaces and list bullets.
_LINE_OPENING = " \t\u00a0•*–-"
_FIRST_WORD = regex.compile(r"[ \t\u00a0•*–-]*(?P<day>\p{L}+)")
#: How far the look for a weekday before a word reaches, and how long a line next to it
#: may be looked through for its start.
_LOOK_BACK = 24
_MAX_LINE = 200


class _Forms(NamedTuple):
    """One language's weekday forms and the patterns that show a short form is a day."""

    shorts: frozenset[str]
    names: tuple[str, ...]
    #: After a short form: a full stop, a number, a time marker.
    clear: regex.Pattern[str]
    #: Before it: another weekday and a link, perhaps with its hours between.
    before: regex.Pattern[str]


@lru_cache(maxsize=8)
def _forms(language: str) -> _Forms:
    """The short forms and the full names' beginnings of ``language``'s weekdays, and
    the patterns around a short form that show it is a day."""
    data = load_toml("wordlists", "calendar.toml")
    days = data.get("weekdays", {}).get(language, {})
    shorts = {s.lower() for s in days.get("short", [])}
    for forms in days.get("more_short", {}).values():
        shorts.update(f.lower() for f in forms)
    names = tuple(n.lower() for n in days.get("names", []))
    markers = data.get("time_markers", {})
    local = sorted({*markers.get("fi", []), *markers.get("sv", [])}, key=len, reverse=True)
    alternation = "|".join(regex.escape(m) for m in local) or "(?!)"
    clear = regex.compile(rf"\.|[ \t\u00a0]+(?:\d|(?:{alternation})\b)", regex.IGNORECASE)
    # A weekday before the word, with its hours or not: "må–", "ti och ", "lö 10–14, ".
    before = regex.compile(
        rf"(?<!\p{{L}})(?P<day>\p{{L}}+)(?:\.?[ \t\u00a0]+(?:(?:{alternation})\.?[ \t\u00a0]*)?"
        rf"\d[\d.:]*(?:[ \t\u00a0]*[–—‒-][ \t\u00a0]*\d[\d.:]*)?)?{_LINK}\Z",
        regex.IGNORECASE)
    return _Forms(frozenset(shorts), names, clear, before)


def _is_weekday(word: str, language: str) -> bool:
    """A weekday's short form or a word beginning with its full name ("lördag",
    "maanantaisin")."""
    forms = _forms(language)
    lower = word.lower()
    return lower in forms.shorts or lower.startswith(forms.names)


def weekday_abbreviation(text: str, start: int, end: int, language: str) -> bool:
    """Whether ``text[start:end]`` is one of ``language``'s weekday abbreviations used
    for the day (see the module's description)."""
    forms = _forms(language)
    if text[start:end].lower() not in forms.shorts:
        return False
    if forms.clear.match(text, end):
        return True
    after = _LINKED_AFTER.match(text, end)
    if after and _is_weekday(after.group("day"), language):
        return True
    before = forms.before.search(text, max(0, start - _LOOK_BACK), start)
    if before and _is_weekday(before.group("day"), language):
        return True
    return _in_timetable(text, start, language)


def _in_timetable(text: str, start: int, language: str) -> bool:
    """Whether the word at ``start`` opens a line and a line next to it opens with a
    weekday."""
    position = start
    while position and start - position < _LOOK_BACK and text[position - 1] in _LINE_OPENING:
        position -= 1
    if position and text[position - 1] != "\n":
        return False
    if position:  # the line before
        previous = text.rfind("\n", max(0, position - 1 - _MAX_LINE), position - 1) + 1
        if previous or position - 1 <= _MAX_LINE:
            first = _FIRST_WORD.match(text, previous, position - 1)
            if first and _is_weekday(first.group("day"), language):
                return True
    following = text.find("\n", start, start + _MAX_LINE)
    if following >= 0:
        first = _FIRST_WORD.match(text, following + 1, following + 1 + _MAX_LINE)
        if first and _is_weekday(first.group("day"), language):
            return True
    return False
