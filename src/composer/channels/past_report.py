"""Dates that a text reports as the past, not as something a reader must come along to.

Three tests, all general:

- :func:`explicit_past_year`: the date is followed by its year, and that year is before
  the publishing year ("1. tammikuuta vuonna 49 eKr.", "1st January 49 BC", "den 3 maj
  år 1809"): a year before Christ is always past; a short year counts when a year word
  ("vuonna", "år") or an era ("eKr.", "BC", "f.Kr.") marks it as one;
- :func:`finnish_past_clause`: in Finnish, the clause of the date has finite verbs and all
  of them are in the past tense by Voikko's analysis ("saapui kuvauspaikalle tiistaina",
  "Kirjasto oli suljettu maanantaina"); one verb in the present, the conditional or the
  imperative ("ja avataan lauantaina") keeps the date key information;
- :func:`past_clause`: the same for any of the three languages; in Swedish and English a
  finite verb's tense is read from its form (:mod:`composer.past_tense`: "The board
  decided on Monday", "Stadsstyrelsen beslutade mån 17.5"), and a date after a word that
  makes it the target of a change or a deadline ("was postponed to Monday", "flyttades
  till mån 17.5", "senast fre 21.5") is never a past report: a past-tense form can move
  an event to a coming day. A date set off by commas before its clause ("On Friday, 28
  February, the town recorded ...") takes its tense from the clause it opens.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from composer.morphology import MorphologyUnavailable, voikko
from composer.past_tense import DATE, PAST, clause_tense, word_classes

#: A year right after a date ("27. maaliskuuta 2008"; "8.4.2010" has it inside).
_FULL_YEAR = regex.compile(r"\b((?:1[89]|2\d)\d\d)\b")
#: A year marked as one by a year word before it or an era after it, right after a date.
_MARKED_YEAR = regex.compile(
    r"\G[ \t,]*(?P<word>(?:vuonna|vuoden|år|året|anno)[ \t]+)?(?P<year>\d{1,4})(?!\d)"
    r"(?:[ \t]*(?P<bc>eKr\.?|e\.[ \t]?Kr\.?|f\.[ \t]?Kr\.?|fKr\b|BCE?\b|B\.C\.(?:E\.)?))?",
    regex.IGNORECASE,
)


def explicit_past_year(text: str, start: int, end: int, year: int | None) -> bool:
    """Whether the date at ``text[start:end]`` gives a year before ``year`` (inside it,
    right after it, or marked as a year by a year word or an era)."""
    if year is None:
        return False
    found = _FULL_YEAR.search(text, start, min(len(text), end + 6))
    if found is not None and int(found.group(1)) < year:
        return True
    marked = _MARKED_YEAR.match(text, end)
    if marked is None or not (marked.group("word") or marked.group("bc")):
        return False
    return bool(marked.group("bc")) or int(marked.group("year")) < year


#: What bounds a clause: punctuation and the conjunctions that start a new one.
_CLAUSE_END = regex.compile(
    r"[.!?;:,\n()\"”“»«]|\b(?:ja|sekä|mutta|tai|vaan|kun|jos|että|joka|jotka|mikä|mitkä|"
    r"jossa|jolloin)\b",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\p{L}+")
#: Voikko's moods of a finite verb (its infinitives have a "MOOD" too: "MA-infinitive").
_FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})
#: A date's own full stop ending its sentence: "Kausi päättyi 15.9. Kesän aikana …".
_SENTENCE_AFTER = regex.compile(r"[ \t]+\p{Lu}")
#: A clause is read at most this many characters either side of its date, so a text
#: without punctuation costs a bounded look per date, not a walk to its end.
MAX_CLAUSE = 200


@lru_cache(maxsize=4096)
def _tense(word: str) -> str | None:
    """``"past"`` when every reading of ``word`` is a past-tense indicative verb,
    ``"other"`` when a reading is a finite verb of another tense or mood, else None."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return None
    finite = [a for a in analyses
              if a.get("CLASS") == "teonsana" and a.get("MOOD") in _FINITE_MOODS]
    if not finite:
        return None
    if len(finite) == len(analyses) and all(
        a.get("TENSE") == "past_imperfective" and a.get("MOOD") == "indicative"
        for a in finite
    ):
        return "past"
    # A word read also as something else than a verb tells nothing ("niitä": them, or
    # "mow!"; "satamassa": in the harbour, or "raining").
    if all(a.get("CLASS") == "teonsana" for a in analyses) and any(
        a.get("TENSE") != "past_imperfective" or a.get("MOOD") != "indicative"
        for a in finite
    ):
        return "other"
    return None


def _clause(text: str, start: int, end: int, bound: regex.Pattern[str]) -> tuple[int, int]:
    """Where the clause around ``text[start:end]`` starts and ends (``bound`` matches
    what ends a clause), at most MAX_CLAUSE characters either side."""
    low = max((m.end() for m in bound.finditer(text, max(0, start - MAX_CLAUSE), start)),
              default=max(0, start - MAX_CLAUSE))
    limit = min(len(text), end + MAX_CLAUSE)
    high_match = bound.search(text, end, limit)
    return low, high_match.start() if high_match else limit


def finnish_past_clause(text: str, start: int, end: int, perfect: bool = False) -> bool:
    """Whether the Finnish clause around ``text[start:end]`` reports the past: it has a
    finite verb, and every finite verb in it is a past-tense indicative (with
    ``perfect``, or the active perfect: "on myöntänyt")."""
    low, high = _clause(text, start, end, _CLAUSE_END)
    if text[end - 1:end] == "." and _SENTENCE_AFTER.match(text, end):
        high = end
    past = False
    found = [w.group() for w in _WORD.finditer(text, low, high) if not start <= w.start() < end]
    for index, word in enumerate(found):
        tense = _tense(word)
        if perfect and tense == "other" and _finnish_perfect(word, found[index + 1:index + 3]):
            tense = "past"  # "on myöntänyt": has granted, done by now
        if tense == "other":
            return False
        past = past or tense == "past"
    return past


def _finnish_perfect(word: str, following: list[str]) -> bool:
    """Whether ``word`` is "olla" in the present and an active past participle follows
    ("on myöntänyt", "ovat päättäneet"): the perfect, which reports what is done. The
    passive ("on suljettu") is left out: it also says how things are ("the library is
    closed on Monday")."""
    try:
        handle = voikko()
        analyses = handle.analyze(word)
        if not analyses or not all(a.get("BASEFORM") == "olla" and a.get("TENSE") == (
                "present_simple") for a in analyses):
            return False
        return any(
            (readings := handle.analyze(after)) and all(
                a.get("PARTICIPLE") == "past_active" and a.get("SIJAMUOTO") == "nimento"
                for a in readings)
            for after in following
        )
    except MorphologyUnavailable:
        return False


#: A word, with an apostrophe inside ("didn't", "we'll").
_WORD_APOSTROPHE = regex.compile(r"\p{L}+(?:['’]\p{L}+)*")
#: The word before a date (a "the" or "den" between skipped): "to Monday 17 May".
_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t]+(?:(?i:the|den)[ \t]+)?\Z")


@cache
def _clause_bound(language: str) -> regex.Pattern[str]:
    """What ends a Swedish or English clause: punctuation and the listed conjunctions and
    relative pronouns (captured, so the clause after them knows what opened it)."""
    words = "|".join(sorted(word_classes(language).clause_starts, key=len, reverse=True))
    return regex.compile(rf"[.!?;:,\n()\"”“»«]|\b(?P<word>{words})\b", regex.IGNORECASE)


def _is_target(text: str, start: int, language: str) -> bool:
    """Whether the word before ``start`` makes the date there the target of a change or a
    deadline: "postponed to Monday 17 May", "flyttades till mån 17.5", "by 21 May"."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() in word_classes(language).targets


def _opener(text: str, low: int, bound: regex.Pattern[str]) -> str | None:
    """The conjunction or relative pronoun that ends right at ``low``, if any."""
    found = None
    for match in bound.finditer(text, max(0, low - 12), low):
        if match.end() == low and match.group("word"):
            found = match.group("word").lower()
    return found


def past_clause(text: str, start: int, end: int, language: str,
                perfect: bool = False) -> bool:
    """Whether the clause around the date at ``text[start:end]`` reports the past (see
    the module docstring), in ``language`` (fi, sv or en). With ``perfect``, a clause in
    the active perfect does too ("on myöntänyt", "har beviljat", "has approved"): asked
    only of a dated date already past, as a perfect may also announce a change ahead
    ("Olemme siirtäneet konsertin maanantaille 3.5.")."""
    if language == "fi":
        return finnish_past_clause(text, start, end, perfect)
    if language not in ("sv", "en") or _is_target(text, start, language):
        return False
    bound = _clause_bound(language)
    low, high = _clause(text, start, end, bound)
    words = _clause_words(text, low, high, start, end)
    comma = high
    if text[high:high + 1] == "(" and not text[end:high].strip():
        # "At its meeting on Monday 26 April 2027 (§ 123), the Board approved";
        # "Nämnden har tors 9.9.2027 (§ 84) beviljat undantagslov"
        closing = text.find(")", high, high + MAX_ASIDE)
        if closing > 0:
            comma = closing + 1
            if text[comma:comma + 1] != ",":
                _, rest = _clause(text, comma, comma, bound)
                words += _clause_words(text, comma, rest, 0, 0)
    tense = clause_tense(words, _opener(text, low, bound), language, perfect)
    if tense is None and text[comma:comma + 1] == "," and not text[end:high].strip():
        # "On Friday, 28 February, New Zealand recorded": a date set off by commas
        # before the clause it belongs to, which has the verb.
        high = comma
        _, limit = _clause(text, high + 1, high + 1, bound)
        tense = clause_tense([DATE, *_clause_words(text, high + 1, limit, 0, 0)], None,
                             language, perfect)
    return tense == PAST


#: The longest aside in parentheses read past after a date ("(§ 123)").
MAX_ASIDE = 40


def _clause_words(text: str, low: int, high: int, start: int, end: int) -> list[str]:
    """The words of ``text[low:high]``, the date at ``text[start:end]`` as one DATE."""
    words: list[str] = []
    for word in _WORD_APOSTROPHE.finditer(text, low, high):
        if start <= word.start() < end:
            if not words or words[-1] != DATE:
                words.append(DATE)
        else:
            words.append(word.group())
    return words
