"""Whether the text around a phone number presents it as a service's or a person's.

Used by the `personal-data` rule for numbers of a type a person may have (mobile ones).
The context is the text back to the sentence start and forward to the next comma,
conjunction or number (:func:`context`). A number is a service line
(:func:`service_line`) when that context has a listed service word or phrase
(``[service-phone]`` in ``resources/wordlists/personal-data.toml``, and the
organisation's own words), a compound ending with a listed word ("vikapäivystykseen",
"felanmälan"), a service address, a role in the plural ("palveluohjaajat",
"servicehandledarna", "our youth workers") or its hours right after it ("arkisin klo
9–11"); unless a first name stands in it (:func:`names_a_person`: "Soita Mattille",
"call Anna Virtanen on …").
"""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterator
from functools import lru_cache

import regex

from composer.entities import words
from composer.morphology import MorphologyUnavailable, base_forms, hunspell, voikko
from composer.rules.phrases import categories

FAMILY = "personal-data"
_SENTENCE_END = regex.compile(r"[.!?…](?=\s+\p{Lu})|\n")
_AFTER_STOP = regex.compile(
    r"[,;]|[.!?…](?=\s)|\n|\s(?:tai|ja|sekä|eller|och|samt|or|and)\s", regex.IGNORECASE
)
# Swedish compound endings are compared in these inflected forms: "felanmälan",
# "snöröjningsjouren", "kvällskassan".
_SWEDISH_ENDINGS = ("", "en", "n", "et", "t", "er", "ar", "na", "erna", "arna", "s")
MIN_COMPOUND_PART = 4  # a service word matched as a Swedish compound's end
MIN_COMPOUND_HEAD = 3  # the letters before it
CONTEXT_BEFORE = 60
CONTEXT_AFTER = 30


def _words_within(text: str, low: int, high: int) -> Iterator[tuple[int, int, str]]:
    """The words of ``text`` that lie within ``low``–``high``."""
    found = words(text)
    index = bisect.bisect_left(found, (low, -1, ""))
    while index < len(found) and found[index][1] <= high:
        yield found[index]
        index += 1


@lru_cache(maxsize=64)
def _service_words(language: str, extra: tuple[str, ...]) -> frozenset[str]:
    """The one-word entries of [service-phone] (and the organisation's words), which a
    compound may end with."""
    table = categories(FAMILY).get("service-phone", {})
    entries = [*table.get(language, []), *extra]
    return frozenset(
        e.lower() for e in entries if " " not in e.strip() and e.strip().isalpha()
    )


@lru_cache(maxsize=8192)
def _ends_with_service(word: str, language: str, entries: frozenset[str]) -> bool:
    """Whether ``word`` is a compound whose last part is a service word: Finnish by
    Voikko's analysis, the last part's base form ("vikapäivystykseen" → "päivystys",
    "Lumityöpäivystys"); Swedish by the ending of the word or of its stems, in a few
    inflected forms ("felanmälan", "snöröjningsjouren"), or the service word itself so
    inflected ("Infopunkten")."""
    try:
        if language == "fi":
            for analysis in voikko().analyze(word):
                structure = analysis.get("STRUCTURE", "")
                cut = structure.rfind("=")
                head = cut - structure.count("=", 0, cut)
                base = analysis.get("BASEFORM", "").lower()
                if head > 0 and base.startswith(word[:head].lower()) and base[head:] in entries:
                    return True
            return False
        if language != "sv":
            return False
        forms = {word.lower(), *base_forms(word, language)}
    except MorphologyUnavailable:
        return False
    for form in forms:
        for entry in entries:
            if len(entry) < MIN_COMPOUND_PART:
                continue
            for ending in _SWEDISH_ENDINGS:
                head = len(form) - len(entry) - len(ending)
                # the listed word itself inflected, which the dictionary may not know
                # ("Infopunkten"), or a compound ending with it
                if form.endswith(entry + ending) and (head == 0 or head >= MIN_COMPOUND_HEAD):
                    return True
    return False


@lru_cache(maxsize=8192)
def first_name(word: str, language: str) -> tuple[bool, bool]:
    """Whether Voikko knows ``word`` as a first name ("Matti", "Mattille", "Anna"; it
    knows international ones too), and whether as nothing else: a Finnish word with
    other readings ("Anna": give, "Matti": checkmate) or a Swedish or English word its
    dictionary knows in lower case ("Will") is a name at a sentence start only before a
    capitalised word."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return False, False
    names = [a for a in analyses if a.get("CLASS") == "etunimi"]
    if not names:
        return False, False
    only = len(names) == len(analyses)
    if only and language in ("sv", "en"):
        with contextlib.suppress(MorphologyUnavailable):
            only = not hunspell(language).spell(word.lower())
    return True, only


_OPENS_SENTENCE = regex.compile(r"(?:^|[.!?…\n])[\s\"'“”‘’«»(]*$")


def names_a_person(text: str, low: int, high: int, language: str) -> bool:
    """Whether a first name stands in ``text[low:high]`` ("Soita Mattille", "call Anna
    Virtanen on", "liikuntasihteeri Pekka Laine, p."): inside a sentence a capitalised
    word Voikko knows as a first name, at its start one that is nothing else or that a
    capitalised word follows."""
    found = words(text)
    for start, end, written in _words_within(text, low, high):
        word = regex.split(r"['’]", written, maxsplit=1)[0]
        if not word[:1].isupper() or word.isupper() or len(word) < 2:
            continue
        known, only = first_name(word, language)
        if not known:
            continue
        if only or not _OPENS_SENTENCE.search(text, max(0, start - 10), start):
            return True
        index = bisect.bisect_left(found, (end, -1, ""))
        if index < len(found):
            next_start, _next_end, next_word = found[index]
            if next_word[:1].isupper() and text[end:next_start] == " ":
                return True
    return False



def context(text: str, start: int, end: int, previous: int, following: int) -> tuple[int, int]:
    """The text around a phone number that may name its service: back to the sentence
    start (or the previous number), and forward only up to the next comma, conjunction
    or number ("040 806 5000 (neuvonta arkisin)", not "… or customer service 0800 …")."""
    low = max(previous, start - CONTEXT_BEFORE)
    for boundary in _SENTENCE_END.finditer(text, low, start):
        low = boundary.end()
    high = min(following, end + CONTEXT_AFTER)
    stop = _AFTER_STOP.search(text, end, high)
    return low, stop.start() if stop else high



def service_line(
    text: str, language: str, end: int, following: int, low: int, high: int,
    service: list[tuple[int, int]], service_addresses: list[tuple[int, int]],
    own_words: tuple[str, ...],
) -> bool:
    """Whether the number ending at ``end`` is a service's by its context
    ``text[low:high]`` (the next number starts at ``following``): ``service`` are the
    spans of listed service words and phrases, ``service_addresses`` those of service
    e-mail addresses, ``own_words`` the organisation's own service words."""
    return (
        _contains_span(service, low, high)
        or _service_compound(text, language, low, high, own_words)
        or _contains_span(service_addresses, low, high)
        or _or_address(text, end, following, service_addresses)
        or _HOURS_AFTER.match(text, end, following) is not None
        or _HOURS_BEFORE.search(text, low, end) is not None
        or _plural_role(text, low, high, language)
    ) and not names_a_person(text, low, high, language)


def _service_compound(
    text: str, language: str, low: int, high: int, own_words: tuple[str, ...]
) -> bool:
    """Whether a word in ``text[low:high]`` is a compound ending with a listed word."""
    if language not in ("fi", "sv"):
        return False
    entries = _service_words(language, own_words)
    return any(_ends_with_service(word, language, entries)
               for _start, _end, word in _words_within(text, low, high))


# A number given as the alternative of a service address: "numerosta 040 … tai
# osoitteesta digituki@…", "på tfn … eller via digituki@…", "calling … or at info@…".
_OR_ADDRESS = regex.compile(
    r"[ \t\u00a0]*,?[ \t\u00a0]+(?i:tai|eller|or)[ \t\u00a0]+(?:\p{L}+[ \t\u00a0]+){0,2}")


def _or_address(text: str, end: int, following: int,
                service_addresses: list[tuple[int, int]]) -> bool:
    """Whether a service address follows the number ending at ``end`` as its
    alternative (:data:`_OR_ADDRESS`), before the next number at ``following``."""
    joined = _OR_ADDRESS.match(text, end, following)
    return joined is not None and any(start == joined.end() for start, _ in service_addresses)


# Hours after a number make it a service line: "040 356 2000, arkisin klo 9–11",
# "tfn …, vardagar kl. 9–11", "tel. …, weekdays 9–11 am", "(ma–pe 8.30–16)".
_HOURS_AFTER = regex.compile(
    r"[ \t\u00a0]*[,;(]?[ \t\u00a0]*"
    r"(?:[\p{L}.]+(?:[ \u00a0]*[–-][ \u00a0]*[\p{L}.]+)?[ \u00a0]+){0,2}"
    r"(?:(?:klo|kl\.?|kello|at|from)[ \u00a0]*)?"
    r"\d{1,2}(?:[.:]\d\d)?[ \u00a0]*[–-][ \u00a0]*\d{1,2}(?:[.:]\d\d)?(?![\d.:]\d)",
    regex.IGNORECASE,
)
# Opening hours earlier in the number's sentence: "Satamakonttori on auki päivittäin klo
# 8–21, puh. …", "The harbour master is available daily 8 am – 10 pm, tel. …". A time
# range after a daily or weekday word.
_HOURS_BEFORE = regex.compile(
    r"\b(?i:päivittäin|arkisin|arkipäivisin|joka päivä|dagligen|vardagar|varje dag|daily"
    r"|every day|weekdays|on weekdays)[ \t\u00a0]+(?:(?:klo|kl\.?|at|from)[ \t\u00a0]*)?"
    r"\d{1,2}(?:[.:]\d\d)?(?:[ \u00a0]*(?:am|pm))?[ \u00a0]*[–-][ \u00a0]*\d{1,2}"
)
# "our youth workers", "the service advisers": a team, not a person.
_ENGLISH_PLURAL_ROLE = regex.compile(
    r"\b(?:our|the)\s+(?:[\w-]+\s+){0,3}?[\w-]{4,}(?:er|or|ist|ian)s\b", regex.IGNORECASE
)
MIN_ROLE = 5  # letters of the role word a Swedish compound ends with ("ledare")


@lru_cache(maxsize=8192)
def _is_plural_role(word: str, language: str) -> bool:
    """Whether ``word`` names people in the plural by what they do: a Finnish agent noun
    ("palveluohjaajat", "nuoriso-ohjaajilta": Voikko's base form in -ja/-jä, plural),
    a Swedish one in the definite plural ("servicehandledarna", "ungdomsledarna": the
    -are noun its dictionary knows; not "dagarna")."""
    try:
        if language == "fi":
            return any(
                a.get("CLASS") == "nimisana"
                and a.get("NUMBER") == "plural"
                and a.get("BASEFORM", "").lower().endswith(("ja", "jä"))
                for a in voikko().analyze(word)
            )
        if language == "sv" and word.lower().endswith("arna"):
            singular = word.lower()[:-4] + "are"
            speller = hunspell("sv")
            return any(
                speller.spell(singular[cut:]) for cut in range(len(singular) - MIN_ROLE - 2)
            ) or speller.spell(singular)
    except MorphologyUnavailable:
        return False
    return False


def _plural_role(text: str, low: int, high: int, language: str) -> bool:
    """Whether ``text[low:high]`` gives the number as a team's: a role in the plural
    ("Kysy nuoriso-ohjaajilta", "servicehandledarna", "our youth workers")."""
    if language == "en":
        return _ENGLISH_PLURAL_ROLE.search(text, low, high) is not None
    return any(_is_plural_role(word, language)
               for _start, _end, word in _words_within(text, low, high))


def _contains_span(spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether a span of ``spans`` (sorted by start) lies within ``low``–``high``."""
    index = bisect.bisect_left(spans, (low, -1))
    while index < len(spans) and spans[index][0] <= high:
        if spans[index][1] <= high:
            return True
        index += 1
    return False

