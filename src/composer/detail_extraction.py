"""The checkable details of one language version, normalised so that the versions can be
compared whatever their notation.

:func:`extract` finds, with exact spans, the dates (``1.6.``, ``1 juni``, ``June 1``,
ranges ``3.–14.6.``, days that share the month of the date after them: ``7 and 21 July``,
``7. ja 21.7.``), times (``klo 18``, ``kl. 18.00``, ``6 pm``, ``12 noon``, ranges,
where an English range's am or pm is also its start's: ``from 5.30 to 7 pm``), weekdays
(``maanantaina``, ``mån``, ``Monday``), prices in euros (``5,50 €``, ``€5.50``,
``5 euroa``; an amount and its currency on one line), years, centuries and decades
(``6th century`` = ``500-luvulla``, ``1700- ja 1800-luvuilla`` = ``18th and 19th
centuries``, as numbers: :mod:`composer.detail_periods`), race results (``9:48.31`` =
``9.48,31``, as numbers of seconds), other numbers (``1 000`` = ``1,000``), phone numbers
(E.164, via ``phonenumbers``), e-mail addresses and @mentions of a text. Each notation is
consumed once, most specific first, so the ``18`` of ``klo 18`` is a time and not also a
number. Postal codes and numbered-list markers are skipped. Results are cached per text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation
from itertools import pairwise
from typing import Any, NamedTuple

import phonenumbers
import regex

from composer.detail_patterns import Patterns, patterns
from composer.detail_periods import periods
from composer.entities import entities
from composer.text_cache import text_cache

#: The kinds of detail, in reporting order.
KINDS: tuple[str, ...] = (
    "date", "time", "weekday", "price", "phone", "email", "mention", "year", "number",
)
PERIOD_MINUTES = frozenset({"00", "15", "30", "45"})
_SEPARATORS = regex.compile(r"[ \u00a0\u202f,]")
_AMOUNT_PARTS = regex.compile(r"(.+?)(?:[.,](\d{1,2}))?")
_THOUSANDS_COMMA = regex.compile(r",\d{3}$")
_MERIDIEM = regex.compile(r"\d\s*(?:[ap]\.?\s?m|noon|midnight)\b", regex.IGNORECASE)
_UNIT_AFTER = regex.compile(r"\s*(?:%|km|m|cm|mm|kg|g|l|dl|h|min|t)\b")


class Detail(NamedTuple):
    """One detail: ``value`` is the normalised, comparable form; ``text`` the original."""

    kind: str
    value: Any
    start: int
    end: int
    text: str
    year: int | None = None


_NOT_NEWLINE = regex.compile(r"[^\n]")
_LEADING_DIGITS = regex.compile(r"\d+")
#: A day of a list and its ordinal ending ("7", "7.", "7th", "7:e").
_LIST_DAY = regex.compile(r"(?P<day>\d+)(?:\.|:[ea]|st|nd|rd|th)?")


class _Scan:
    """A text being consumed: found spans are blanked so later patterns skip them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[Detail] = []
        self._masked = text
        self._pending: list[tuple[int, int]] = []

    @property
    def masked(self) -> str:
        """The text with every span blanked so far (blanks are applied when read: one
        pass over the text however many there were)."""
        if self._pending:
            old, pieces, position = self._masked, [], 0
            for start, end in sorted(self._pending):
                start = max(start, position)
                if end <= start:
                    continue
                pieces.append(old[position:start])
                blanked = old[start:end]
                pieces.append(_NOT_NEWLINE.sub(" ", blanked) if "\n" in blanked
                              else " " * (end - start))
                position = end
            pieces.append(old[position:])
            self._masked = "".join(pieces)
            self._pending = []
        return self._masked

    def blank(self, start: int, end: int) -> None:
        """Blank ``text[start:end]`` (line breaks kept)."""
        self._pending.append((start, end))

    def add(self, kind: str, value: Any, start: int, end: int, year: int | None = None) -> None:
        self.found.append(Detail(kind, value, start, end, self.text[start:end], year))

    def each(self, pattern: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
        """Matches on the current masked text; each match is blanked once handled."""
        for match in list(pattern.finditer(self.masked)):
            yield match
            self.blank(*match.span())


def _decimal(number: str, decimals: str | None = None) -> Decimal:
    digits = _SEPARATORS.sub("", number)
    try:
        return Decimal(f"{digits}.{decimals}" if decimals else digits)
    except InvalidOperation:
        return Decimal(0)


def _amount(text: str, language: str) -> Decimal:
    """A price amount in euros: ``5,50`` = ``5.50``; ``1 000`` and (English) ``1,000``."""
    text = text.removesuffix(",-")
    found = _AMOUNT_PARTS.fullmatch(text)
    whole, decimals = (found.group(1), found.group(2)) if found else (text, None)
    if language == "en" and _THOUSANDS_COMMA.search(text):
        whole, decimals = text, None
    return _decimal(whole, decimals).quantize(Decimal("0.01"))


def _minutes(hour: str, minute: str | None, meridiem: str | None = None) -> int:
    """Minutes after midnight; ``meridiem`` "am"/"pm", or "noon" (as pm: "12 noon" is
    12.00) or "midnight" (as am: 0.00)."""
    value = int(hour) % 24 if meridiem is None else int(hour) % 12
    if meridiem and meridiem.lower().startswith(("p", "n")):
        value += 12
    return value * 60 + int(minute or 0)


def _phones(scan: _Scan, p: Patterns) -> None:
    for candidate in list(p.phone_candidate.finditer(scan.masked)):
        if sum(ch.isdigit() for ch in candidate.group()) < 7:
            continue
        offset = candidate.start()
        try:
            whole = phonenumbers.parse(candidate.group(), "FI")
        except phonenumbers.NumberParseException:
            whole = None
        if whole is not None and phonenumbers.is_valid_number(whole):
            number = phonenumbers.format_number(whole, phonenumbers.PhoneNumberFormat.E164)
            scan.add("phone", number, *candidate.span())
            scan.blank(*candidate.span())
            continue
        for match in phonenumbers.PhoneNumberMatcher(candidate.group(), "FI"):
            number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            scan.add("phone", number, offset + match.start, offset + match.end)
            scan.blank(offset + match.start, offset + match.end)


def _entities(scan: _Scan) -> None:
    for entity in entities(scan.text):
        if entity.kind in ("email", "mention"):
            scan.add(entity.kind, entity.text.lower(), entity.start, entity.end)
        scan.blank(entity.start, entity.end)


def _may_have(text: str, words: tuple[regex.Pattern[str], ...]) -> bool:
    return "€" in text or any(word.search(text) for word in words)


def _prices(scan: _Scan, p: Patterns, language: str) -> None:
    for pattern, words in ((p.price_before, p.currency_before), (p.price, p.currency_after)):
        if not _may_have(scan.text, words):
            continue  # no currency sign or word: no price
        for match in scan.each(pattern):
            first = match.span("amount")
            if match.groupdict().get("scale"):
                # "412,6 miljoonaa euroa", "€412.6 million": the amount, read as the
                # number it is in a version that names no currency ("12 million of it").
                for group in ("amount", "amount2"):
                    if match.group(group):
                        scan.add("number", _amount(match.group(group), language),
                                 *match.span(group))
            elif match.group("amount2"):
                second = match.span("amount2")
                if match.groupdict().get("sign1"):
                    # "6 €/4 €": two prices, each with its currency.
                    first, second = (first[0], match.end("sign1")), (second[0], match.end())
                scan.add("price", _amount(match.group("amount"), language), *first)
                scan.add("price", _amount(match.group("amount2"), language), *second)
            else:
                scan.add("price", _amount(match.group("amount"), language), *match.span())


def _results(scan: _Scan, p: Patterns) -> None:
    """Race results, as numbers of seconds: "9:48.31" = "9.48,31" = 588.31, as "14.12" =
    "14,12" is 14.12. They are no clock times, nor a number and a stray decimal ("9" and
    "48.31"). "1.10.20" without a fraction may be a date with a short year: left alone."""
    for match in list(p.result.finditer(scan.masked)):
        hours, fraction = match.group("h"), match.group("f")
        if hours and not fraction and match.group("sep") == "." and int(
                match.group("m")) <= 12 and int(hours) <= 31:
            continue
        whole = int(hours or 0) * 3600 + int(match.group("m")) * 60 + int(match.group("s"))
        value = Decimal(f"{whole}.{fraction}") if fraction else Decimal(whole)
        scan.add("number", value, *match.span())
        scan.blank(*match.span())


def _add_time_range(scan: _Scan, match: regex.Match[str], single_span: tuple[int, int]) -> None:
    if match.group("h2") is None:
        scan.add("time", _minutes(match.group("h"), match.group("mi")), *single_span)
        return
    first_end = match.end("mi") if match.group("mi") else match.end("h")
    scan.add("time", _minutes(match.group("h"), match.group("mi")), match.start("h"), first_end)
    second_end = match.end("mi2") if match.group("mi2") else match.end("h2")
    scan.add("time", _minutes(match.group("h2"), match.group("mi2")), match.start("h2"), second_end)


def _marked_times(scan: _Scan, p: Patterns) -> None:
    for match in scan.each(p.marked_time):
        _add_time_range(scan, match, match.span())


def _date(scan: _Scan, day: str, month: int, start: int, end: int, year: str | None) -> None:
    scan.add("date", (int(day), month), start, end, int(year) if year else None)


def _abbreviated(name: str, p: Patterns) -> bool:
    """Whether the month name ``name`` is an abbreviation ("jan", "Sept", "tammik"): the
    beginning of another name of its month, ending in a consonant ("tammikuu" is whole)."""
    lower = name.lower()
    month = p.month_numbers.get(lower)
    return lower[-1:] not in "aeiouyäö" and any(
        other != lower and other.startswith(lower) and number == month
        for other, number in p.month_numbers.items())


def _date_end(scan: _Scan, match: regex.Match[str], p: Patterns, language: str) -> int:
    """Where a written date ends: a full stop after a whole month name ("14. joulukuuta.")
    or, in English and Swedish, after the day that ends it ("December 15.") ends the
    sentence, not the date."""
    end = match.end()
    if scan.text[end - 1:end] != ".":
        return end
    if match.end("mn") == end - 1 and not _abbreviated(match.group("mn"), p):
        return end - 1
    if language in ("en", "sv") and match.start("mn") < match.start("d") and (
        match.group("y") is None
    ):
        return end - 1
    return end


def _dates(scan: _Scan, p: Patterns, language: str) -> None:
    for pattern in (p.word_date, p.word_date_month_first):
        for match in scan.each(pattern):
            month = p.month_numbers[match.group("mn").lower().rstrip(".")]
            year = match.group("y")
            end = _date_end(scan, match, p, language)
            if match.group("d2"):
                _date(scan, match.group("d"), month, match.start("d"), match.end("d"), year)
                _date(scan, match.group("d2"), month, match.start("d2"), end, year)
            else:
                _date(scan, match.group("d"), month, match.start(), end, year)
    for match in scan.each(p.numeric_date_range):
        month, year = int(match.group("m")), match.group("y")
        first_end = match.end("d") + (scan.text[match.end("d")] == ".")
        _date(scan, match.group("d"), month, match.start("d"), first_end, year)
        _date(scan, match.group("d2"), month, match.start("d2"), match.end(), year)
    for pattern in (p.iso_date, p.slash_date):
        for match in scan.each(pattern):
            _date(scan, match.group("d"), int(match.group("m")), *match.span(), match.group("y"))
    for match in list(p.numeric_date.finditer(scan.masked)):
        # In English "2.5" is a decimal number; a date there needs its final period.
        if language == "en" and not match.group("dot"):
            continue
        _date(scan, match.group("d"), int(match.group("m")), *match.span(), match.group("y"))
        scan.blank(*match.span())
    _day_lists(scan, p)


#: How far before a date a list of days sharing its month may start (the search is
#: bounded by it).
_DAY_LIST_REACH = 60


def _day_lists(scan: _Scan, p: Patterns) -> None:
    """The days listed before a date that gives the month once, after the last day: "7 and
    21 July", "7, 14 and 21 July", "7. ja 21.7.", "7 och 21 juli" are two or three dates.

    A day list is written in order, so the days must rise up to the date's own; a list of
    other numbers ("ryhmät 12 ja 3.6.") is left alone."""
    for detail in [d for d in scan.found if d.kind == "date"]:
        day, month = detail.value
        written = _LEADING_DIGITS.match(detail.text)
        if written is None or int(written.group()) != day:
            continue  # "July 21", "2027-07-21" or the end of a range: no day first
        start = detail.start
        found = p.day_list.search(scan.text, max(0, start - _DAY_LIST_REACH), start)
        if found is None or scan.masked[found.start():start] != scan.text[found.start():start]:
            continue  # no list, or one whose numbers are already other details
        days = [(int(item.group("day")), item.span()) for item in
                _LIST_DAY.finditer(scan.text, *found.span("days"))]
        values = [value for value, _span in days] + [day]
        if any(a >= b for a, b in pairwise(values)):
            continue
        for value, (item_start, item_end) in days:
            scan.add("date", (value, month), item_start, item_end, detail.year)
        scan.blank(found.start(), start)


def _times(scan: _Scan, p: Patterns) -> None:
    twelve_hour = _MERIDIEM.search(scan.masked) is not None
    for match in scan.each(p.time12) if twelve_hour else ():
        second = _minutes(match.group("h2"), match.group("mi2"), match.group("ap2"))
        if match.group("h"):
            meridiem = match.group("ap") or match.group("ap2")
            first = _minutes(match.group("h"), match.group("mi"), meridiem)
            if not match.group("ap") and first > second:  # "11–1 pm": 11.00
                first = (first + 12 * 60) % (24 * 60)
            end = match.end("ap") if match.group("ap") else match.end("mi") if match.group(
                "mi") else match.end("h")
            scan.add("time", first, match.start("h"), end)
        scan.add("time", second, match.start("h2"), match.end())
    for match in list(p.time24.finditer(scan.masked)):
        minute = match.group("mi")
        period = match.group("sep") == "."
        if period and minute not in PERIOD_MINUTES and not match.group("h2"):
            continue
        if _UNIT_AFTER.match(scan.masked, match.end()):
            continue
        _add_time_range(scan, match, match.span())
        scan.blank(*match.span())
    for match in list(p.english_marked_time.finditer(scan.masked)):
        hours = [int(h) for h in (match.group("h"), match.group("h2")) if h]
        if max(hours) < 13 and not match.group("mi") and not match.group("mi2"):
            continue
        _add_time_range(scan, match, (match.start("h"), match.end()))
        scan.blank(match.start("h"), match.end())


def _score(match: regex.Match[str]) -> bool:
    """Bare hours after a weekday that would end at or less than half a day before they
    start: a result ("Saturday 3–1 in sets"), not hours (an overnight "pe 22–4" stays)."""
    first = _minutes(match.group("h"), match.group("mi"))
    second = _minutes(match.group("h2"), match.group("mi2"))
    return 0 <= first - second < 12 * 60


def _weekdays(scan: _Scan, p: Patterns) -> None:
    masked = scan.masked
    matches = list(p.weekday.finditer(masked))
    linked: set[int] = set()
    for match in matches:
        link = p.weekday_link.match(masked, match.end())
        if link:
            linked.add(match.start())
            linked.add(link.end())
    for match in matches:
        word = match.group().lower()
        if match.group("short"):
            clear = match.start() in linked or match.end() in linked or p.weekday_context.match(
                scan.text, match.end())
            if not clear:
                continue
            number = p.weekday_numbers[word]
        else:
            number = next(n for name, n in p.weekday_numbers.items()
                          if word.startswith(name) and name not in p.short_weekdays)
        scan.add("weekday", number, *match.span())
        scan.blank(*match.span())
        hours = p.hour_range.match(scan.masked, match.end())
        if hours and not _score(hours):
            _add_time_range(scan, hours, hours.span())
            scan.blank(*hours.span())


def _periods(scan: _Scan, language: str) -> None:
    """Centuries and decades, as numbers whose value names the period: "6th century" and
    "500-luvulla" are both ``("century", 6)``."""
    for start, end, value in periods(scan.masked, language):
        scan.add("number", value, start, end)
        scan.blank(start, end)


def _numbers(scan: _Scan, p: Patterns, language: str) -> None:
    for match in scan.each(p.year):
        scan.add("year", int(match.group("y")), *match.span())
    for pattern in (p.postal_code, p.list_number):
        for _match in scan.each(pattern):
            pass
    for match in scan.each(p.number):
        value = _decimal(match.group("int"), match.group("dec"))
        scan.add("number", value, *match.span())


_STEPS: tuple[Callable[[_Scan, Patterns, str], None], ...] = (
    lambda scan, p, lang: _entities(scan),
    lambda scan, p, lang: _phones(scan, p),
    _prices,
    lambda scan, p, lang: _marked_times(scan, p),
    lambda scan, p, lang: _results(scan, p),
    _dates,
    lambda scan, p, lang: _times(scan, p),
    lambda scan, p, lang: _weekdays(scan, p),
    lambda scan, p, lang: _periods(scan, lang),
    _numbers,
)


@text_cache(maxsize=512)
def extract(text: str, language: str) -> tuple[Detail, ...]:
    """Every detail of ``text`` written in ``language``, in text order."""
    scan = _Scan(text)
    if text.strip():
        p = patterns(language)
        for step in _STEPS:
            step(scan, p, language)
    return tuple(sorted(scan.found, key=lambda d: (d.start, d.kind)))


def details_by_kind(text: str, language: str) -> dict[str, list[Detail]]:
    """:func:`extract` grouped by kind (every kind present, possibly empty)."""
    grouped: dict[str, list[Detail]] = {kind: [] for kind in KINDS}
    for detail in extract(text, language):
        grouped[detail.kind].append(detail)
    return grouped
