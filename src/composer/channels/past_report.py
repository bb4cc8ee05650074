"""Dates that a text reports as the past, not as something a reader must come along to.

Two tests, both general:

- :func:`explicit_past_year`: the date is followed by its year, and that year is before
  the publishing year ("1. tammikuuta vuonna 49 eKr.", "1st January 49 BC", "den 3 maj
  år 1809"): a year before Christ is always past; a short year counts when a year word
  ("vuonna", "år") or an era ("eKr.", "BC", "f.Kr.") marks it as one;
- :func:`finnish_past_clause`: in Finnish, the clause of the date has finite verbs and all
  of them are in the past tense by Voikko's analysis ("saapui kuvauspaikalle tiistaina",
  "Kirjasto oli suljettu maanantaina"); one verb in the present, the conditional or the
  imperative ("ja avataan lauantaina") keeps the date key information. English and
  Swedish have no such test: without a tagger a past form cannot be told from a
  participle ("Concert postponed to Saturday" gives the new date).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from composer.morphology import MorphologyUnavailable, voikko

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
    finite = [a for a in analyses if a.get("CLASS") == "teonsana" and a.get("MOOD")]
    if not finite:
        return None
    if len(finite) == len(analyses) and all(
        a.get("TENSE") == "past_imperfective" and a.get("MOOD") == "indicative"
        for a in finite
    ):
        return "past"
    if any(a.get("TENSE") != "past_imperfective" or a.get("MOOD") != "indicative"
           for a in finite):
        return "other"
    return None


def finnish_past_clause(text: str, start: int, end: int) -> bool:
    """Whether the Finnish clause around ``text[start:end]`` reports the past: it has a
    finite verb, and every finite verb in it is a past-tense indicative."""
    low = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - MAX_CLAUSE), start)),
              default=max(0, start - MAX_CLAUSE))
    limit = min(len(text), end + MAX_CLAUSE)
    high_match = _CLAUSE_END.search(text, end, limit)
    high = high_match.start() if high_match else limit
    past = False
    for word in _WORD.finditer(text, low, high):
        if start <= word.start() < end:
            continue
        tense = _tense(word.group())
        if tense == "other":
            return False
        past = past or tense == "past"
    return past
