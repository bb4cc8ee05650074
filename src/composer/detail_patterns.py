"""The regular expressions that find dates, times, weekdays, prices and numbers in one
language's notation, built from ``resources/wordlists/calendar.toml``.

:func:`patterns` compiles them once per language. Group names are what
:mod:`composer.detail_extraction` reads: ``d``/``d2`` day, ``m`` month number, ``mn`` month
name, ``y`` year, ``h``/``mi`` hour and minutes, ``ap`` am/pm, ``amount`` a price, ``days``
the days listed before a date; a race result's ``h``, ``m``, ``s`` and fraction ``f``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from composer.resources import load_toml

DASH = r"\s*(?:–|—|‒|-|to|till|until|through)\s*"
DASH_SIGN = r"\s*[–—‒-]\s*"
#: Space within one line. A price's amount and its currency are never split over lines: in
#: a list of prices, "2 €" ending one line and "30-dagarskort 45 €" starting the next make
#: no "€ 30".
INLINE = r"[\t\p{Zs}]"
INLINE_DASH = rf"{INLINE}*[–—‒-]{INLINE}*"
#: Words that join the items of a list ("7 ja 21.7.", "7 och 21 juli", "7 and 21 July").
LIST_JOINERS = r"(?i:ja|sekä|tai|och|samt|eller|and|or|&)"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19|20)\d{2}"
#: A date's year may be any since 1000 ("2.12.1766", "9 April 1557": anniversaries); a
#: year standing alone stays YEAR, as other four-digit numbers are more often not years.
DATE_YEAR = r"(?:1\d|20)\d{2}"
HOUR = r"(?:[01]?\d|2[0-4])"
MINUTE = r"[0-5]\d"
HOUR12 = r"(?:1[0-2]|0?[1-9])"
AMPM = r"(?:[ap]\.\s?m\b\.?|[ap]m\b)"
#: Also after a 12-hour clock time: "12 noon" (12.00) and "12 midnight" (0.00).
AMPM_NOON = rf"(?:{AMPM}|(?<=\b12(?:[.:]00)?\s*)(?:noon|midnight)\b)"
ORDINAL = r"(?:\.|:e|:a|st|nd|rd|th)"
SPACE = r"[ \u00a0\u202f]"
#: A number with thousands in groups of three after spaces ("1 000") or, in English,
#: commas ("1,000"); the decimal part is matched separately.
INTEGER_SPACED = rf"\d{{1,3}}(?:{SPACE}\d{{3}})+(?!\d)"
INTEGER_COMMAS = r"\d{1,3}(?:,\d{3})+(?!\d)"
BEFORE_NUMBER = r"(?=\d)(?<![\p{L}\p{N}.,/:@#+]|\p{L}[-–])"
AFTER_NUMBER = r"(?![\p{N}]|[.,:]\p{N})"
#: Units after which "2.5" is a decimal number, not a date.
UNITS = r"(?:%|km|m|cm|mm|kg|g|l|dl|h|min|t|m²|m2)\b"


@dataclass(frozen=True)
class Patterns:
    """Compiled patterns for one language."""

    month_numbers: dict[str, int]
    weekday_numbers: dict[str, int]
    short_weekdays: frozenset[str]
    phone_candidate: regex.Pattern[str]
    price: regex.Pattern[str]
    price_before: regex.Pattern[str]
    marked_time: regex.Pattern[str]
    numeric_date_range: regex.Pattern[str]
    word_date: regex.Pattern[str]
    word_date_month_first: regex.Pattern[str]
    numeric_date: regex.Pattern[str]
    day_list: regex.Pattern[str]
    iso_date: regex.Pattern[str]
    slash_date: regex.Pattern[str]
    time12: regex.Pattern[str]
    time24: regex.Pattern[str]
    english_marked_time: regex.Pattern[str]
    weekday: regex.Pattern[str]
    weekday_link: regex.Pattern[str]
    weekday_context: regex.Pattern[str]
    hour_range: regex.Pattern[str]
    #: What a price needs (after or before its amount): "€" or one of these words.
    currency_after: tuple[regex.Pattern[str], ...]
    currency_before: tuple[regex.Pattern[str], ...]
    year: regex.Pattern[str]
    postal_code: regex.Pattern[str]
    list_number: regex.Pattern[str]
    number: regex.Pattern[str]
    result: regex.Pattern[str]


def _first_letters(names: list[str]) -> str:
    """A character class body of the first letters of ``names`` in either case."""
    letters = {name[0] for name in names if name}
    letters |= {letter.upper() for letter in letters} | {letter.lower() for letter in letters}
    return "".join(regex.escape(letter) for letter in sorted(letters))


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _word_searches(words: list[str]) -> tuple[regex.Pattern[str], ...]:
    """Case-insensitive searches of which one finds any of ``words`` (a word containing
    another is found where that one is)."""
    unique = list({w.lower() if w.isascii() else w: w for w in reversed(words)}.values())
    lowered = [w.lower() for w in unique]
    kept = [
        w for w, low in zip(unique, lowered, strict=True)
        if not (w.isascii() and any(o != low and o.isascii() and o in low for o in lowered))
    ]
    return tuple(regex.compile(f"(?i:{regex.escape(w)})") for w in kept)


@cache
def patterns(language: str) -> Patterns:
    data = load_toml("wordlists", "calendar.toml")
    months: dict[str, int] = {}
    for number, names in data["months"][language].items():
        for name in names:
            months[name.lower()] = int(number)
    days = data["weekdays"][language]
    weekdays = {name.lower(): i for i, name in enumerate(days["names"])}
    shorts = {name.lower(): i for i, name in enumerate(days["short"])}
    for number, names in days.get("more_short", {}).items():
        for name in names:
            shorts[name.lower()] = int(number) - 1
    weekdays.update(shorts)

    # English month names and short weekdays are capitalised; "may" and "sat" are words.
    month_names = _alternation(list(months))
    if language == "en":
        month_names = "|".join(
            f"{regex.escape(n.capitalize())}|{regex.escape(n.upper())}" for n in months
        )
    month_group = rf"(?P<mn>(?i:{month_names}))" if language != "en" else rf"(?P<mn>{month_names})"
    short_names = _alternation(list(shorts))
    if language == "en":
        short_names = "|".join(f"{regex.escape(n.capitalize())}|{regex.escape(n.upper())}"
                               for n in shorts)
        short_group = rf"(?:{short_names})"
    else:
        short_group = rf"(?i:{short_names})"
    long_group = rf"(?i:{_alternation(days['names'])})[\p{{L}}-]*"

    markers = data["time_markers"]
    local_markers = _alternation(markers["fi"] + markers["sv"])
    english_markers = _alternation(markers["en"])
    currency = data["currency"]
    after = currency["after"] + currency.get("after_short", {}).get(language, [])
    # "€" or "EUR" followed by a number belongs to that number ("7–17 €4").
    # An inflected word may stand before the next amount ("311 eurosta 323 euroon").
    signs = [w for w in currency["before"] if w != "€"]
    words = [w for w in after if w != "€" and w.lower() not in {s.lower() for s in signs}]
    after_group = (
        rf"(?:(?:€|(?i:{_alternation(signs)})(?![\p{{L}}-]))(?!{INLINE}*\d)"
        rf"|(?i:{_alternation(words)})(?![\p{{L}}-]))"
    )
    before_group = rf"(?:€|(?i:{_alternation([w for w in currency['before'] if w != '€'])}))"
    scale_words = list(currency.get("scales", []))
    scale = (rf"(?:{INLINE}*(?P<scale>(?i:{_alternation(scale_words)}))(?![\p{{L}}]))?"
             if scale_words else "")
    integer = (
        rf"(?:{INTEGER_SPACED}|{INTEGER_COMMAS}|\d+)" if language == "en"
        else rf"(?:{INTEGER_SPACED}|\d+)"
    )
    amount = rf"{integer}(?:[.,]\d{{1,2}}(?!\d))?(?:,-)?"
    time_single = rf"(?P<h>{HOUR})(?:[.:](?P<mi>{MINUTE}))?"
    time_second = rf"(?P<h2>{HOUR})(?:[.:](?P<mi2>{MINUTE}))?"
    ignore_case = regex.IGNORECASE | regex.V1
    # English ages: "under-18s", "over 65s" (as "alle 18-vuotiaat", "över 65 år").
    age = r"(?<!\p{L})(?i:under|over)"
    number_before, age_plural = BEFORE_NUMBER, ""
    if language == "en":
        number_before = rf"(?:{BEFORE_NUMBER}|(?<={age}-))"
        age_plural = rf"|(?<={age}[-\s]\d{{1,3}})s"

    # A race result: minutes, seconds and their fraction ("9:48.31" in English, "9.48,31"
    # in Finnish and Swedish), or hours, minutes and seconds ("2:15:30", "2.15.30"; with
    # am or pm a clock time).
    fraction, separator = (r"\.", ":") if language == "en" else (",", "[.:]")
    result = (
        rf"{BEFORE_NUMBER}(?:(?P<h>\d{{1,2}})(?P<sep>{separator})(?P<m>[0-5]\d)(?P=sep)"
        rf"(?P<s>[0-5]\d)(?:{fraction}(?P<f>\d{{1,3}}))?"
        rf"|(?P<m>\d{{1,3}}){separator}(?P<s>[0-5]\d){fraction}(?P<f>\d{{1,3}})){AFTER_NUMBER}"
        rf"(?!{INLINE}*(?i:{AMPM}))"
    )

    return Patterns(
        month_numbers=months,
        weekday_numbers=weekdays,
        short_weekdays=frozenset(shorts),
        # Written phone numbers start with "+" (international) or "0" (national).
        phone_candidate=regex.compile(r"(?<![\w.,/:])(?:\+|\(?0)\d?[\d \u00a0()-]{4,}\d(?!\w)"),
        price=regex.compile(
            # "6–8 €", "6/4 €", and "6 €/4 €" (two prices, the currency after each).
            rf"{BEFORE_NUMBER}(?P<amount>{amount})"
            rf"(?:(?:{INLINE}*[–—‒-]|(?P<sign1>{INLINE}*{after_group})?{INLINE}*/){INLINE}*"
            rf"(?P<amount2>{amount}))?{scale}{INLINE}*{after_group}",
        ),
        price_before=regex.compile(
            rf"{before_group}{INLINE}*(?P<amount>{amount})"
            rf"(?:{INLINE_DASH}(?:€{INLINE}*)?(?P<amount2>{amount}))?{AFTER_NUMBER}{scale}",
        ),
        marked_time=regex.compile(
            rf"\b(?i:{local_markers})\.?\s*{time_single}"
            rf"(?:{DASH_SIGN}(?:(?i:{local_markers})\.?\s*)?{time_second})?{AFTER_NUMBER}",
        ),
        numeric_date_range=regex.compile(
            rf"{BEFORE_NUMBER}(?P<d>{DAY})\.?{DASH_SIGN}(?P<d2>{DAY})[./](?P<m>{MONTH})"
            rf"(?:\.(?P<y>{DATE_YEAR})?)?{AFTER_NUMBER}"
        ),
        word_date=regex.compile(
            rf"{BEFORE_NUMBER}(?P<d>{DAY}){ORDINAL}?(?:{DASH}(?P<d2>{DAY}){ORDINAL}?)?"
            rf"\s+(?:(?i:päivä|päivänä|of)\s+)?{month_group}(?!\p{{L}})\.?"
            rf"(?:,?\s+(?P<y>{DATE_YEAR}))?{AFTER_NUMBER}"
        ),
        word_date_month_first=regex.compile(
            rf"(?<!\p{{L}}){month_group}\.?\s+(?P<d>{DAY}){ORDINAL}?"
            rf"(?:{DASH}(?P<d2>{DAY}){ORDINAL}?)?(?:,?\s+(?P<y>{DATE_YEAR}))?{AFTER_NUMBER}"
        ),
        numeric_date=regex.compile(
            rf"{BEFORE_NUMBER}(?P<d>{DAY})\.(?P<m>{MONTH})(?P<dot>\.(?P<y>{DATE_YEAR})?)?"
            rf"{AFTER_NUMBER}(?!\s*{UNITS})"
        ),
        # The days before a date that share its month ("7 and 21 July", "7., 14. ja 21.7."),
        # searched so that the list ends where the date starts. A number ending a range
        # ("luokat 1–6 ja 10.6.") starts none.
        day_list=regex.compile(
            rf"{BEFORE_NUMBER}(?<!\d{INLINE_DASH})"
            rf"(?P<days>(?:{DAY}{ORDINAL}?,{INLINE}+)*{DAY}{ORDINAL}?)"
            rf",?{INLINE}+{LIST_JOINERS}{INLINE}+\Z"
        ),
        iso_date=regex.compile(
            rf"{BEFORE_NUMBER}(?P<y>{YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
            rf"{AFTER_NUMBER}"
        ),
        slash_date=regex.compile(
            rf"{BEFORE_NUMBER}(?!24/7\b)(?P<d>{DAY})/(?P<m>{MONTH})(?:/(?P<y>{DATE_YEAR}))?"
            rf"(?![\p{{N}}/])"
        ),
        # "5.30–7 pm", "from 5.30 to 7 pm": the range's am or pm is also its start's.
        time12=regex.compile(
            rf"{BEFORE_NUMBER}(?:(?P<h>{HOUR12})(?:[.:](?P<mi>{MINUTE}))?\s*(?P<ap>{AMPM_NOON})?"
            rf"{DASH})?(?P<h2>{HOUR12})(?:[.:](?P<mi2>{MINUTE}))?\s*(?P<ap2>{AMPM_NOON})",
            ignore_case,
        ),
        time24=regex.compile(
            rf"{BEFORE_NUMBER}(?P<h>{HOUR})(?P<sep>[.:])(?P<mi>{MINUTE})"
            rf"(?:{DASH_SIGN}(?P<h2>{HOUR})(?:[.:](?P<mi2>{MINUTE}))?)?{AFTER_NUMBER}(?!\s*%)"
        ),
        english_marked_time=regex.compile(
            rf"\b(?i:{english_markers})\s+{time_single}"
            rf"(?:{DASH}{time_second})?{AFTER_NUMBER}(?!\s*{AMPM})"
        ),
        # The first letters looked at first: the alternatives are tried only where one of
        # them starts (twice as fast a search in English, with its letter-case variants).
        weekday=regex.compile(rf"(?<![\p{{L}}])(?=[{_first_letters([*days['names'], *shorts])}])"
                              rf"(?:(?P<long>{long_group})|(?P<short>{short_group})"
                              rf"(?![\p{{L}}]))"),
        weekday_link=regex.compile(rf"\.?(?:{DASH_SIGN}|,\s*|\s+(?i:ja|och|and|&|tai|eller|or)\s+)"
                                   rf"(?:{short_group}|{long_group})(?![\p{{L}}])"),
        weekday_context=regex.compile(
            rf"(?:\.|\s+(?:\d|(?i:{local_markers})\b)|,?\s+(?i:den)\s+\d)"
        ),
        hour_range=regex.compile(
            rf"\.?,?\s*(?P<h>{HOUR})(?:[.:](?P<mi>{MINUTE}))?{DASH_SIGN}"
            rf"(?P<h2>{HOUR})(?:[.:](?P<mi2>{MINUTE}))?{AFTER_NUMBER}(?!\s*(?:{UNITS}|€|{AMPM}))"
        ),
        currency_after=_word_searches([w for w in after if w != "€"]),
        currency_before=_word_searches([w for w in currency["before"] if w != "€"]),
        year=regex.compile(rf"{BEFORE_NUMBER}(?P<y>{YEAR}){AFTER_NUMBER}(?!{SPACE}\d{{3}})"),
        postal_code=regex.compile(r"(?<![\p{N}])(?:FI-)?\d{5}(?=\s+\p{Lu})"),
        list_number=regex.compile(r"(?m)^[ \t]*\d{1,2}[.)](?=\s)"),
        number=regex.compile(
            rf"{number_before}(?P<int>{integer})(?:[.,](?P<dec>\d+))?"
            rf"(?P<ord>:e|:a|st|nd|rd|th{age_plural})?"
            rf"(?![\p{{N}}\p{{L}}])"
        ),
        result=regex.compile(result),
    )
