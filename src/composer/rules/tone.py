"""Rule family `tone`: insults and abusive words, shouting and piled-up exclamation marks.

Insults are found by base form, so every inflection counts ("idiooteille", "idioterna");
an insulting adjective counts only in a sentence aimed at people ("olet idioottimainen",
"you are pathetic", not "the most idiotic situation");
the strongest abuse and slurs are errors, other insults and swearing warnings; an insult
quoted in a sentence that reports speech is a note (:mod:`composer.rules.quoted`). A sentence
of several words in capitals is shouting, a warning (abbreviations such as EU, HUS or KELA
and short capital words do not count, nor does one emphasised word), as is a run of four
or more capital words inside a sentence (a shouted sentence after a heading with no full
stop); a heading line in capitals (no full stop, question or exclamation mark, text on
the lines after it) or after a section's number ("B. VALITUKSEN PERUUTTAMINEN", "I
LUKU SOVELTAMISALA") or labels before their colons ("REASON FOR VISIT:") is typography,
a note, and a company's name with its legal form ("NORDIC GASES PVT. LTD.") or a list of
names between commas ("DOUGLAS, BRENNAN, STEWART") is no shouting; the suggestion is
the sentence in sentence case, with names and abbreviations kept. Two or more
exclamation marks are a suggestion to calm down.
Word lists: ``resources/wordlists/tone.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from composer.entities import entities, words
from composer.model import Finding, Severity
from composer.morphology import (
    PERSON_NAME_CLASSES,
    PROPER_NAME_CLASSES,
    MorphologyUnavailable,
    hunspell,
    voikko,
)
from composer.rules.base import CheckContext, VersionRule
from composer.rules.phrases import Match, Word, analyse, categories, find
from composer.rules.quoted import quoted_in_reported_speech
from composer.spelling.names import inside_sentence, is_capitalised
from composer.spelling.wordlists import legal_forms

FAMILY = "tone"
INSULT_BASES = ("tone", "zero-tolerance", "law:criminal-code-defamation")
STRONG_BASES = ("zero-tolerance", "tone", "law:criminal-code-defamation")
SHOUTING_BASES = ("tone", "caution")

#: Capital words (of at least MIN_SHOUT_LETTERS letters) that make a sentence shouting.
MIN_SHOUTED_WORDS = 3
MIN_SHOUT_LETTERS = 3
#: Capital words in a row that are shouting inside a sentence that is not all capitals.
MIN_SHOUTED_RUN = 4
_CLOSING = " .!?…\"'”’»)"
#: The most words a heading line in capitals has.
MAX_HEADING_WORDS = 8
#: The longest heading line (characters): a longer line is read no further.
MAX_HEADING_CHARS = 160

_SENTENCE = regex.compile(r"[^.!?…\n]+[.!?…]*")
_EXCLAMATIONS = regex.compile(r"[!¡][!?¡]*[!¡]")
_WORD_PART = regex.compile(r"\p{L}+")
# "EU:n", "HUS:iin", "KELA’s": an abbreviation with a case ending.
_CASE_ENDING = regex.compile(r"[:'’]")
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{L}[\p{L}-]*)")
_PREVIOUS_WORD = regex.compile(r"(?<!\p{L})(\p{L}+)[ \u00a0]\Z")
#: The longest pronoun looked for right before a capitalised insult ("teidän ").
_PRONOUN_REACH = 12


@lru_cache(maxsize=1)
def acronyms() -> frozenset[str]:
    return frozenset(categories(FAMILY).get("acronyms", {}).get("all", []))


@lru_cache(maxsize=4096)
def _is_proper_noun(word: str, language: str) -> bool:
    """Whether the dictionary knows ``word`` (any case) only as a name."""
    try:
        if language == "fi":
            analyses = voikko().analyze(word.capitalize())
            return bool(analyses) and all(a.get("CLASS") in PROPER_NAME_CLASSES for a in analyses)
        speller = hunspell(language)
        return not speller.spell(word.lower()) and speller.spell(word.capitalize())
    except MorphologyUnavailable:
        return False


def _letters(word: str) -> str:
    return "".join(c for c in word if c.isalpha())


def _is_shouted(word: Word) -> bool:
    return _shouted(word.text)


def _shouted(text: str) -> bool:
    if not text.isupper():
        return False
    letters = _letters(text)
    return (
        len(letters) >= MIN_SHOUT_LETTERS
        and not all(part in acronyms() for part in _CASE_ENDING.split(text)[0].split("-"))
    )


def _shouted_run(inside: list[Word]) -> tuple[int, int] | None:
    """The span of the longest run of capital words in a sentence, if it holds at least
    MIN_SHOUTED_RUN shouted words: a shouted sentence after a heading without its full
    stop ("Kesäkuun tapahtumat TÄMÄ ON TÄRKEÄ TIEDOTE KAIKILLE")."""
    best: tuple[int, int] | None = None
    best_count = count = 0
    first: Word | None = None
    for word in inside:
        if any(c.islower() for c in word.text):
            first, count = None, 0
            continue
        if not word.text.isupper():
            continue  # a number or a sign neither breaks a run nor counts
        first = first or word
        count += _is_shouted(word)
        if count >= MIN_SHOUTED_RUN and count > best_count:
            best, best_count = (first.start, word.end), count
    return best


_LAST_WORD = regex.compile(r"(\p{L}+)\.?[ \u00a0]*\Z")
_FOLLOWING_WORD = regex.compile(r"[ \u00a0]*(\p{L}+)")
_LOWER_CASE_WORD = regex.compile(r"[^\n]{0,40}?\b\p{Ll}{2,}")


def _company_name(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are a company's name written as its
    register has it, in a sentence that goes on in lower case: they end with a legal
    form or one follows them ("NORDIC GASES PVT. LTD., location at …", "KOKKOLAN
    KULJETUS OY hoitaa …"). A shouted sentence that only ends with a name ("WE ARE
    OPEN AT KULJETUS OY") is still shouting."""
    forms = legal_forms()
    last = _LAST_WORD.search(text, start, end)
    following = _FOLLOWING_WORD.match(text, end, min(len(text), end + 12))
    for found in (following, last):
        if found is not None and found.group(1).lower() in forms:
            after = max(found.end(1), end)
            return _LOWER_CASE_WORD.match(text, after) is not None
    return False


#: A section's number or letter right before capitals: "B. VALITUKSEN PERUUTTAMINEN",
#: "2.1 YLEISTÄ"; or a chapter's roman numeral and word: "I LUKU", "II KAPITEL".
_SECTION_BEFORE = regex.compile(r"(?:^|(?<=\s))(?:\p{Lu}|\d{1,3}(?:\.\d{1,3})*)\.?"
                                r"[ \t\u00a0]+\Z")
_CHAPTER = regex.compile(r"[IVXLC]{1,6}\.?[ \t\u00a0]+(?:LUKU|OSA|OSASTO|KAPITEL|AVDELNING|"
                         r"DEL|CHAPTER|PART|SECTION|TITLE)\b")


def _numbered_heading(text: str, start: int) -> bool:
    """Whether the capitals at ``start`` are a numbered section's heading: after a
    section number or letter that opens its line or sentence ("B. VALITUKSEN
    PERUUTTAMINEN", "2.1 YLEISTÄ") or opening with a chapter's number ("I LUKU
    SOVELTAMISALA"). A heading is typography, a note."""
    if _CHAPTER.match(text, start):
        return True
    found = _SECTION_BEFORE.search(text, max(0, start - 12), start)
    if found is None:
        return False
    before = text[:found.start()].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?…:\n"


def _heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a heading line: a whole line of at most
    MAX_HEADING_WORDS words, with no full stop, question or exclamation mark, and text on
    a line after it ("⚠️ BOIL-WATER NOTICE IN SKATA" over the notice). A heading in
    capitals is typography, a note; a sentence in capitals is shouting."""
    line_start = text.rfind("\n", max(0, start - MAX_HEADING_CHARS), start) + 1
    line_end = text.find("\n", end, end + MAX_HEADING_CHARS)
    if (line_start == 0 and start > MAX_HEADING_CHARS) or line_end < 0 or (
        line_end - line_start > MAX_HEADING_CHARS
    ) or text[line_end:].isspace():
        return False  # no heading: too long a line, or nothing under it
    line = text[line_start:line_end]
    if any(c in ".!?…" for c in text[end - 1:line_end]) or (
        len(_WORD_PART.findall(line)) > MAX_HEADING_WORDS
    ):
        return False  # "NEW YOUTH CENTRE OPENING! 🎉" is a shout
    return not any(c.isalnum() for c in text[line_start:start]) and not any(
        c.isalnum() for c in text[end:line_end])


#: The most words of one label in capitals before its colon ("REASON FOR VISIT:").
MAX_LABEL_WORDS = 4
_LABEL_END = regex.compile(r"[ \u00a0]*:")
#: How far back the end of the previous sentence or line is looked for (characters).
_LABEL_REACH = 40


def _labels(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``text[start:end]`` are labels, each before its colon:
    "HISTORY OF PRESENT ILLNESS:", "PHYSICAL EXAM: VITALS: BP: 120/74.", "ASSESSMENT AND
    PLAN: 1." (a form's or a report's fields), opening their line or sentence, each of
    at most MAX_LABEL_WORDS words; what follows the last colon has no capital words. A
    label is typography, a note; a sentence in capitals is shouting."""
    window = max(0, start - _LABEL_REACH)
    before = text[window:start].rstrip(" \t\u00a0")
    if (before and before[-1] not in ".!?…:\n") or (not before and window > 0):
        return False
    following = _LABEL_END.match(text, end)
    span = text[start:following.end()] if following is not None else text[start:end]
    parts = span.split(":")
    if len(parts) < 2:
        return False
    *labels, rest = parts
    return all(0 < len(_WORD_PART.findall(label)) <= MAX_LABEL_WORDS for label in labels) and (
        not any(_shouted(word) for word in rest.split()))


def _list_of_names(text: str, start: int, end: int, language: str) -> bool:
    """Whether the capitals at ``text[start:end]`` are a list of names, one word each
    between commas ("DOUGLAS, BRENNAN, STEWART, MARSHALL": judges' names as law reports
    print them): every word a name the dictionary knows only with its capital or no
    word at all. "STOP, LOOK, LISTEN" is shouting."""
    items = [item.strip(" \u00a0.") for item in text[start:end].split(",")]
    if len(items) < MIN_SHOUTED_WORDS or any(" " in item or not item for item in items):
        return False
    return not any(_common_word(item, language) for item in items)


@lru_cache(maxsize=4096)
def _common_word(word: str, language: str) -> bool:
    """Whether ``language``'s dictionary knows ``word`` as a common word, not only as a
    name (an unknown word is no common word)."""
    try:
        if language == "fi":
            return any(a.get("CLASS") not in PROPER_NAME_CLASSES
                       for a in voikko().analyze(word.capitalize()))
        return bool(hunspell(language).spell(word.lower()))
    except MorphologyUnavailable:
        return True


def sentence_case(text: str, language: str, names: frozenset[str] = frozenset()) -> str:
    """``text`` (a shouted sentence) in sentence case, keeping names, abbreviations,
    links, mentions and hashtags."""
    protected = [(e.start, e.end) for e in entities(text)]
    first = True

    def fix(match: regex.Match[str]) -> str:
        nonlocal first
        word = match.group()
        if any(start <= match.start() < end for start, end in protected):
            return word
        was_first, first = first, False
        if word in acronyms():
            return word
        lower = word.lower()
        if was_first or lower in names or _is_proper_noun(word, language):
            return lower.capitalize()
        return lower

    return _WORD_PART.sub(fix, text)


@lru_cache(maxsize=64)
def _names(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words if w[:1].isupper())


def _in_sentence_with(text: str, position: int, others: list[int]) -> bool:
    """Whether one of the positions ``others`` is in the sentence around ``position``."""
    for sentence in _SENTENCE.finditer(text):
        if sentence.start() <= position < sentence.end():
            return any(sentence.start() <= other < sentence.end() for other in others)
    return False


@lru_cache(maxsize=1024)
def _is_first_name(word: str, language: str) -> bool:
    """Whether the dictionary knows ``word`` as a person's name: Voikko's class
    ``etunimi`` or ``sukunimi`` among its readings ("Urpo"). Hunspell gives no classes."""
    if language != "fi":
        return False
    try:
        return any(a.get("CLASS") in PERSON_NAME_CLASSES for a in voikko().analyze(word))
    except MorphologyUnavailable:
        return False


def _next_is_capitalised(text: str, end: int) -> bool:
    """Whether a capitalised word (a surname) follows ``end`` after a single space."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and is_capitalised(following.group(1))


def _person_names(text: str, insults: list[Match], language: str) -> set[int]:
    """The starts of the insult words that are a person's name in ``text``: capitalised
    and not right after a second-person word ("sinä Urpo"), and either inside a
    sentence before a capitalised surname ("kiinteistönhoitaja Urpo Hakala"), or a first
    name the dictionary knows inside a sentence ("Kiitos, Urpo!") or before a surname;
    the same word opening a sentence is then that name too ("Urpo on huolehtinut ...").
    Alone at a sentence's start ("Urpo!") it stays an insult."""
    capitalised = [m for m in insults if is_capitalised(text[m.start:m.end])]
    if not capitalised:
        return set()
    aimed = {m.start for m in find(text, language, FAMILY, "aimed")}
    names: set[int] = set()
    named_entries: set[str] = set()
    openers: list[Match] = []
    for match in capitalised:
        word = text[match.start:match.end]
        if _after_aimed(text, match.start, aimed):
            continue
        inside = inside_sentence(text, match.start)
        surname = _next_is_capitalised(text, match.end)
        first_name = _is_first_name(word, language)
        if (inside and surname) or (first_name and (inside or surname)):
            names.add(match.start)
            named_entries.add(match.entry)
        elif first_name and not inside:
            openers.append(match)
    names.update(m.start for m in openers if m.entry in named_entries)
    return names


def _after_aimed(text: str, start: int, aimed: set[int]) -> bool:
    """Whether a second-person or personal pronoun of the ``aimed`` list stands right
    before ``start`` (only a space between: "sinä Urpo", "you Idiot")."""
    before = _PREVIOUS_WORD.search(text, max(0, start - _PRONOUN_REACH), start)
    return before is not None and before.start(1) in aimed


class ToneRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        yield from self._insults(text, language, ctx)
        yield from self._shouting(text, language, ctx)
        for match in _EXCLAMATIONS.finditer(text):
            yield ctx.finding(
                f"{FAMILY}.exclamations",
                Severity.INFO,
                SHOUTING_BASES,
                language=language,
                start=match.start(),
                end=match.end(),
                suggestions=("!",),
            )

    def _insults(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        strong = find(text, language, FAMILY, "strong", ctx.profile)
        taken = [(m.start, m.end) for m in strong]
        for match in strong:
            yield ctx.finding(
                f"{FAMILY}.strong-insult",
                Severity.ERROR,
                STRONG_BASES,
                language=language,
                start=match.start,
                end=match.end,
                word=text[match.start : match.end],
            )
        insults = find(text, language, FAMILY, "insult", ctx.profile)
        adjectives = find(text, language, FAMILY, "insult-adjective")
        if adjectives:
            # "idiotic" stems to "idiot": the adjective reading decides.
            starts = {m.start for m in adjectives}
            insults = [m for m in insults if m.start not in starts]
            aimed = [m.start for m in find(text, language, FAMILY, "aimed")]
            insults += [m for m in adjectives if _in_sentence_with(text, m.start, aimed)]
        names = _person_names(text, insults, language)
        for match in sorted(insults, key=lambda m: m.start):
            if any(match.start < end and start < match.end for start, end in taken):
                continue
            if match.start in names:
                continue  # "Kiinteistönhoitaja Urpo Hakala": a first name, not an insult
            quoted = quoted_in_reported_speech(text, match.start, match.end, language)
            yield ctx.finding(
                f"{FAMILY}.insult",
                Severity.INFO if quoted else Severity.WARNING,
                INSULT_BASES,
                language=language,
                start=match.start,
                end=match.end,
                message_id=f"{FAMILY}.insult-quoted" if quoted else None,
                word=text[match.start : match.end],
            )

    def _shouting(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        if sum(1 for _start, _end, word in words(text) if _shouted(word)) < MIN_SHOUTED_WORDS:
            return
        analysed = analyse(text, language)
        names = _names(tuple(ctx.profile.word_list("spelling", language)))
        index = 0
        for sentence in _SENTENCE.finditer(text):
            start, end = sentence.span()
            inside: list[Word] = []
            while index < len(analysed) and analysed[index].start < end:
                if analysed[index].start >= start:
                    inside.append(analysed[index])
                index += 1
            shouted = sum(1 for w in inside if _is_shouted(w))
            lower = sum(1 for w in inside if any(c.islower() for c in w.text))
            if shouted < MIN_SHOUTED_WORDS:
                continue
            span_end = len(text[:end].rstrip())
            run = _shouted_run(inside) if lower else None
            if run is None:
                if shouted <= 2 * lower:
                    continue
                span_start = inside[0].start
            else:
                span_start, run_end = run
                if run_end < span_end and not text[run_end:span_end].strip(_CLOSING):
                    run_end = span_end  # the sentence's own full stop, quotes
                span_end = run_end
            if _company_name(text, span_start, span_end) or _list_of_names(
                text, span_start, span_end, language
            ):
                continue
            original = text[span_start:span_end]
            severity = Severity.INFO if _heading(text, span_start, span_end) or (
                _numbered_heading(text, span_start)) or _labels(
                text, span_start, span_end) else Severity.WARNING
            yield ctx.finding(
                f"{FAMILY}.shouting",
                severity,
                SHOUTING_BASES,
                language=language,
                start=span_start,
                end=span_end,
                suggestions=(sentence_case(original, language, names),),
            )


RULES = [ToneRule()]
