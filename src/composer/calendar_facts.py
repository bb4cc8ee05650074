"""The dates, weekdays and times of one language version against the calendar.

:func:`calendar_problems` reads the details :func:`composer.detail_extraction.extract`
finds (so every notation the versions are compared in counts here too) and reports:

- ``weekday``: a weekday next to a date it is not ("maanantaina 3.6." when 3 June is a
  Tuesday), with the right weekday written in the same form ("tiistaina") as the fix;
- ``no-such-date``: a date no calendar has (31.4.) or not in its year (29.2.2027); 29
  February without a year only when announced (a weekday or a time of day with it: "ti
  29.2. klo 18" when the coming February has 28 days), as otherwise it can be any leap
  year's ("the February 29th values");
- ``past``: an announced date (one with a weekday or a time of day) already past on the
  publishing day, unless its clause reports it as the past (every finite verb around it
  in the past tense: "27. elokuuta 2001 kello 15 kanava aloitti lähetyksensä", "The
  City Board decided on Monday 17 May 2027", "Stadsstyrelsen beslutade mån 17.5.2027";
  not "Konserten hålls mån 17.5.2027", nor a date a change moves to: "was postponed to
  Monday 17 May 2027"; :func:`composer.channels.past_report.past_clause`), or it lies
  so far back that it is history, not an announcement gone stale: a year HISTORY_YEARS
  or more before this one ("Monday 3 September 1990 at 10", a blog's or a forum's
  dated header) is left alone unless it is this year or next with one slip: its last
  digit ("2024" left from a template) or one digit to a neighbouring key ("2016" typed
  for "2026"; not "2006");
- ``backwards``: a date range whose end comes before its start (14.–12.6.);
- ``no-such-time``: a time of day no clock shows (klo 25.00, 10:75).

English dates with slashes are left out (8/10 is 10 August in the US), and so are Swedish
times with a colon but no "kl." ("13:75" is a price there).

A date without a year is the next such date on or after the publishing day (the post's
planned day, else today), or, in a clause that reports the past, the last one on or
before it ("Kirjasto oli suljettu maanantaina 30.11." a week later is last November's
30th; more than three months back, the year is not known and the weekday is not checked);
in a range, a year written on the end applies to the start. Any other date without a year
may also be the last such date when that is recent (at most three months back: posts
thank and report as well as announce), so its weekday is right if it is either's ("Tack
till alla som firade med oss söndag 6.12", "last Saturday, 5 December" two days later);
a weekday that is neither's is reported with the nearer of the two.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from typing import Any

import regex

from composer.channels.past_report import past_clause
from composer.detail_extraction import Detail, extract
from composer.resources import load_toml
from composer.text_cache import text_cache

#: What may stand between a weekday and its date: "lauantaina 14.6.", "lördagen den 14 juni",
#: "Saturday, the 14th of March", "ma (3.6.)".
_WEEKDAY_TO_DATE = regex.compile(r"[\s,(]*(?:(?i:den|the)\s+)?")
#: What links the members of a run of weekdays or of dates ("ma–pe", "3.–7.6.", "3. ja 5.6.").
_LINK = regex.compile(r"\.?\s*(?:[–—‒-]|,|(?i:ja|och|and|&|tai|eller|or))?\s*")
#: Weekdays are also linked by the words of a range, which dates are not given ("18 to 20
#: June" is rare and "to" may start a new phrase): "from Friday to Sunday, 18–20 June",
#: "fredag till (och med) söndag 18–20.6". Finnish needs none: "perjantaista sunnuntaihin
#: 18.–20.6." has only a space between its weekdays.
_WEEKDAY_LINK = regex.compile(
    r"\.?\s*(?:[–—‒-]|,|(?i:ja|och|and|&|tai|eller|or|to|through|thru|until|till"
    r"|till\s+och\s+med|t\.\s?o\.\s?m\.))?\s*"
)
_DASH = regex.compile(r"\.?\s*[–—‒-]\s*")
#: Time markers and what no clock shows after them: an hour past 24, minutes past 59.
_MARKED_TIME = regex.compile(
    r"(?<![\p{L}])(?i:klo|kello|kl|klockan)\.?\s*(?P<h>\d{1,2})(?:[.:](?P<mi>\d{2}))?(?!\d)"
)
#: "10:75": hours and minutes written with a colon (a period would be a decimal number).
_COLON_TIME = regex.compile(r"(?<![\p{N}\p{L}:.,/])(?P<h>\d{1,2}):(?P<mi>\d{2})(?![\p{N}:])")
#: A time of day at most this far after a date makes the date an announcement.
_TIME_NEAR = 24
#: A past report's date without a year is taken to be in this many days before the
#: publishing day (posts report recent events); one further back may be any year's.
RECENT_PAST_DAYS = 92
#: A range that ends in January–March after starting in October–December crosses a new year.
_YEAR_END_MONTHS, _YEAR_START_MONTHS = range(10, 13), range(1, 4)


@dataclass(frozen=True)
class CalendarProblem:
    """One problem: ``kind`` (see the module docstring), the span to mark, what the
    message needs (``params``) and the replacement offered, if any."""

    kind: str
    start: int
    end: int
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    suggestion: str | None = None


@cache
def _finnish_forms() -> tuple[tuple[str, ...], ...]:
    forms = load_toml("wordlists", "calendar.toml")["weekday_forms"]["fi"]
    return tuple(tuple(day) for day in forms)


@cache
def _finnish_cases() -> dict[str, int]:
    """Each Finnish weekday form and the case it is in (its place in the forms lists)."""
    return {form: case for forms in _finnish_forms() for case, form in enumerate(forms)}


@cache
def _names(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Full weekday names and short forms, Monday first, as the calendar word list has them."""
    days = load_toml("wordlists", "calendar.toml")["weekdays"][language]
    names = tuple(days["names"])
    if language == "fi":
        names = tuple(forms[0] for forms in _finnish_forms())
    return names, tuple(days["short"])


def _same_case(word: str, model: str) -> str:
    if word.isupper() and len(word) > 1:
        return model.upper()
    if word[:1].isupper():
        return model[:1].upper() + model[1:]
    return model


def weekday_in_form_of(word: str, weekday: int, language: str) -> str:
    """``word`` (a weekday in any form) rewritten as ``weekday`` (0 = Monday) in the same
    form, case and length: "maanantaina" -> "tiistaina", "Mån" -> "Tis", "Sat" -> "Sun"."""
    lower = word.lower()
    names, shorts = _names(language)
    if lower.rstrip(".") in shorts or (language != "fi" and len(lower.rstrip(".")) <= 4
                                      and not any(lower.startswith(n) for n in names)):
        target = shorts[weekday] + word[len(word.rstrip(".")):]
        return _same_case(word, target)
    if language == "fi":
        head, dash, _ = lower.partition("-")
        cases = _finnish_cases()
        for size in range(len(head), 0, -1):  # the longest form the word starts with
            case = cases.get(head[:size])
            if case is not None:
                target = _finnish_forms()[weekday][case] + head[size:] + dash + word[
                    len(head) + 1:]
                return _same_case(word, target) if not dash else _same_case(word[:1], target)
        return _same_case(word, names[weekday])
    for name in names:
        if lower.startswith(name):
            return _same_case(word, names[weekday] + word[len(name):])
    return _same_case(word, names[weekday])


def weekday_name(weekday: int, language: str) -> str:
    """The weekday's plain name in ``language`` (for messages): "tiistai", "Tuesday"."""
    names, _ = _names(language)
    return names[weekday].capitalize() if language == "en" else names[weekday]


#: Sweden and Finland have counted by the Gregorian calendar since 1 March 1753; an
#: earlier date's weekday depends on the calendar it was written in, and is not checked.
GREGORIAN_SINCE = 1753
#: A past date's year this many years before the publishing day's or more is history
#: (:func:`_may_be_stale`).
HISTORY_YEARS = 2


def _may_be_stale(year: int, today: datetime.date) -> bool:
    """Whether a past date of ``year`` may be an announcement gone stale or a slip: last
    year's post reused, or a year one digit away from this year's or next year's."""
    if today.year - year < HISTORY_YEARS:
        return True
    return any(_year_slip(str(year), str(near)) for near in (today.year, today.year + 1))


def _year_slip(written: str, meant: str) -> bool:
    """Whether ``written`` is ``meant`` with one digit changed: the last one ("2025",
    "2024": last year's or a template's), or one to a neighbouring key ("2016" for
    "2026"). "2006" for "2026" is no slip."""
    if len(written) != len(meant):
        return False
    changed = [i for i, (a, b) in enumerate(zip(written, meant, strict=True)) if a != b]
    return len(changed) == 1 and (
        changed[0] == len(meant) - 1 or abs(int(written[changed[0]]) - int(meant[changed[0]])) == 1
    )


@dataclass
class _Date:
    detail: Detail
    year: int | None  # written or taken from the range it ends
    value: datetime.date | None = None  # None: no such date
    any_leap_year: bool = False  # 29.2. with no year: it exists in a leap year
    #: A past report's date without a year that lies long before the publishing day:
    #: which year it was is not known, so its weekday is not checked.
    year_unknown: bool = False
    #: Another date without a year may also be the last such date, when that is recent
    #: (RECENT_PAST_DAYS) and before the publishing day: a post may report or thank.
    recent: datetime.date | None = None
    #: Where the phrase of the date starts (:func:`_anchors`).
    anchor: int = 0

    @property
    def day(self) -> int:
        return int(self.detail.value[0])

    @property
    def month(self) -> int:
        return int(self.detail.value[1])


def _resolve(day: int, month: int, year: int | None, today: datetime.date,
             past: bool = False) -> tuple[int, bool]:
    """The year meant and whether the date exists in it. Without a year: the next such
    date on or after ``today`` (for 29.2., the next February's year), or with ``past``
    (a clause that reports the past) the last one on or before it (for 29.2., the last
    leap year's)."""
    if year is None and past:
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        if month == 2 and day == 29:
            while not calendar.isleap(year):
                year -= 1
    elif year is None:
        year = today.year if (month, day) >= (today.month, today.day) else today.year + 1
        if month == 2 and day == 29 and (month, day) < (today.month, today.day):
            year = today.year + 1
    return year, day <= calendar.monthrange(year, month)[1]


def _recent(day: int, month: int, today: datetime.date) -> datetime.date | None:
    """The last such date before ``today``, if it exists and is at most
    RECENT_PAST_DAYS back."""
    year, exists = _resolve(day, month, None, today - datetime.timedelta(days=1), past=True)
    if not exists:
        return None
    last = datetime.date(year, month, day)
    return last if (today - last).days <= RECENT_PAST_DAYS else None


def _runs(details: list[Detail], text: str, kind: str) -> list[list[Detail]]:
    """Consecutive details of ``kind`` linked by dashes, commas or "and" (weekdays also
    by "to", "till", "through" ...: :data:`_WEEKDAY_LINK`)."""
    link = _WEEKDAY_LINK if kind == "weekday" else _LINK
    runs: list[list[Detail]] = []
    for detail in details:
        if detail.kind != kind:
            continue
        if runs and link.fullmatch(text, runs[-1][-1].end, detail.start):
            runs[-1].append(detail)
        else:
            runs.append([detail])
    return runs


def _anchors(details: list[Detail], text: str) -> dict[int, int]:
    """Where the phrase of each date (by its start) begins: at its run's first date, or
    at the weekdays before that ("from Friday to Sunday, 18–20 June"), so the clause
    read for a past report is the whole phrase's and a word before it is the phrase's."""
    after_weekdays = {}
    for weekdays in _runs(details, text, "weekday"):
        after = _WEEKDAY_TO_DATE.match(text, weekdays[-1].end)
        if after is not None:
            after_weekdays[after.end()] = weekdays[0].start
    return {date.start: after_weekdays.get(run[0].start, run[0].start)
            for run in _runs(details, text, "date") for date in run}


#: A range without years whose start is past and end ahead is one under way ("1.6.–15.8."
#: in June) when it spans at most this many days; a longer one is written backwards.
MAX_RUNNING_RANGE_DAYS = 240


def _reported(date: _Date, text: str, language: str) -> bool:
    """Whether the clause of ``date`` reports the past
    (:func:`composer.channels.past_report.past_clause`); asked only where it matters, as
    reading a clause's verbs costs a morphological analysis of each."""
    return past_clause(text, date.anchor, date.detail.end, language, perfect=True)


def _dates(details: list[Detail], text: str, today: datetime.date,
           language: str) -> list[list[_Date]]:
    anchors = _anchors(details, text)
    runs = []
    for run in _runs(details, text, "date"):
        dates = [_Date(d, d.year) for d in run]
        # "12.6.–14.6.2025": the end's year is the range's.
        for first, second in pairwise(dates):
            if first.year is None and second.year is not None and _DASH.fullmatch(
                    text, first.detail.end, second.detail.start):
                first.year = second.year - (first.month in _YEAR_END_MONTHS
                                            and second.month in _YEAR_START_MONTHS)
        # A run of dates ("6.–7.11.") is one clause's: read for a past report once, from
        # its first date (or weekday) to its last.
        run_reported: bool | None = None
        for date in dates:
            date.any_leap_year = date.year is None and (date.month, date.day) == (2, 29)
            date.anchor = anchors[date.detail.start]
            # Only a weekday's date, a range's or 29 February is read differently as the
            # past: reading a clause's verbs is left out for a lone date.
            past = False
            if date.year is None and (
                len(dates) > 1 or date.anchor != date.detail.start or date.any_leap_year
            ):
                if run_reported is None:
                    run_reported = past_clause(text, anchors[dates[0].detail.start],
                                               dates[-1].detail.end, language)
                past = run_reported
            year, exists = _resolve(date.day, date.month, date.year, today, past)
            date.value = datetime.date(year, date.month, date.day) if exists else None
            date.year_unknown = bool(past and date.value
                                     and (today - date.value).days > RECENT_PAST_DAYS)
            if date.year is None and not past:
                date.recent = _recent(date.day, date.month, today)
            date.year = year
        # Without years, a range's end is the next such date after its start; a range
        # under way ("1.6.–15.8." on 16 June) began this year, not next.
        for first, second in pairwise(dates):
            if not (first.value and second.value and second.value < first.value
                    and first.detail.year is None):
                continue
            if (second.detail.year is None and first.month in _YEAR_END_MONTHS
                    and second.month in _YEAR_START_MONTHS):
                second.value = second.value.replace(year=first.value.year + 1)
            elif _DASH.fullmatch(text, first.detail.end, second.detail.start):
                with suppress(ValueError):  # 29 February
                    began = first.value.replace(year=first.value.year - 1)
                    if began <= today <= second.value and (
                            second.value - began).days <= MAX_RUNNING_RANGE_DAYS:
                        first.value, first.year = began, began.year
        runs.append(dates)
    return runs


def date_text(date: datetime.date, language: str) -> str:
    """``date`` as a message in ``language`` writes it: "3 June 2026", "3.6.2026"."""
    if language == "en":
        return f"{date.day} {calendar.month_name[date.month]} {date.year}"
    return f"{date.day}.{date.month}.{date.year}"


def _weekday_pairs(
    details: list[Detail], dates: list[list[_Date]], text: str
) -> Iterator[tuple[Detail, _Date]]:
    """Weekdays and the dates they name: "ma 3.6.", and in order "ma–pe 3.–7.6."."""
    by_start = {run[0].detail.start: run for run in dates}
    for weekdays in _runs(details, text, "weekday"):
        after = _WEEKDAY_TO_DATE.match(text, weekdays[-1].end)
        run = by_start.get(after.end()) if after else None
        if run is None:
            continue
        if len(weekdays) == len(run):
            yield from zip(weekdays, run, strict=True)
        elif len(weekdays) == 1:
            yield weekdays[0], run[0]


def _announced(date: _Date, details: list[Detail], paired: set[int], text: str) -> bool:
    """A date with a weekday or a time of day soon after it: an event being announced."""
    if date.detail.start in paired:
        return True
    return any(d.kind == "time" and date.detail.end <= d.start <= date.detail.end + _TIME_NEAR
               and "\n" not in text[date.detail.end:d.start] for d in details)


def _times(text: str, language: str) -> Iterator[CalendarProblem]:
    # Swedish writes prices with a colon ("13:75", "25:-"): there only marked times count.
    for pattern in (_MARKED_TIME,) if language == "sv" else (_MARKED_TIME, _COLON_TIME):
        for match in pattern.finditer(text):
            hour, minute = int(match.group("h")), match.group("mi")
            minutes = int(minute) if minute else 0
            if pattern is _COLON_TIME and (hour > 24 or minutes < 60):
                continue  # "3:16" or a score: only impossible minutes count here
            if hour > 24 or minutes > 59 or (hour == 24 and minutes):
                start = match.start() if pattern is _MARKED_TIME else match.start("h")
                yield CalendarProblem("no-such-time", start, match.end(),
                                      {"time": text[start:match.end()]})


@text_cache(maxsize=512)
def calendar_problems(
    text: str, language: str, today: datetime.date
) -> tuple[CalendarProblem, ...]:
    """Every calendar problem of ``text`` (written in ``language``), in text order;
    ``today`` is the publishing day."""
    details = [d for d in extract(text, language) if d.kind in ("date", "weekday", "time")
               and not (language == "en" and d.kind == "date" and "/" in d.text)]
    problems: list[CalendarProblem] = []
    dates = _dates(details, text, today, language) if details else []
    paired: set[int] = set()
    for weekday, date in _weekday_pairs(details, dates, text):
        paired.add(date.detail.start)
        readings = [d for d in (date.value, date.recent) if d is not None]
        if (not readings or date.year_unknown or readings[0].year < GREGORIAN_SINCE
                or any(d.weekday() == weekday.value for d in readings)):
            continue
        # Neither reading: the message names the nearer ("tiistaina 5.12." two days
        # after Saturday 5 December is about that day, not next year's).
        meant = min(readings, key=lambda d: abs((d - today).days))
        right = meant.weekday()
        problems.append(CalendarProblem(
            "weekday", weekday.start, weekday.end,
            {"date": meant, "written": weekday.text, "weekday": right},
            weekday_in_form_of(weekday.text, right, language),
        ))
    for run in dates:
        for date in run:
            if date.value is None and date.recent is None and not (
                    date.any_leap_year and not _announced(date, details, paired, text)):
                problems.append(CalendarProblem(
                    "no-such-date", date.detail.start, date.detail.end,
                    {"date": date.detail.text.strip(), "year": date.year,
                     "days": calendar.monthrange(date.year or today.year, date.month)[1]},
                ))
            elif (date.value is not None and date.detail.year is not None
                  and date.value < today
                  and _may_be_stale(date.value.year, today)
                  and _announced(date, details, paired, text)
                  and not _reported(date, text, language)):
                problems.append(CalendarProblem(
                    "past", date.detail.start, date.detail.end,
                    {"date": date.detail.text.strip(), "today": today},
                ))
        for first, second in pairwise(run):
            if (first.value and second.value and second.value < first.value
                    and _DASH.fullmatch(text, first.detail.end, second.detail.start)):
                problems.append(CalendarProblem(
                    "backwards", first.detail.start, second.detail.end,
                    {"first": first.detail.text.strip(), "last": second.detail.text.strip()},
                ))
    problems.extend(_times(text, language))
    problems.sort(key=lambda p: (p.start, p.kind))
    return tuple(problems)
