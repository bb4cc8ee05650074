"""Rule family `grammar`: Finnish grammar from Voikko's built-in grammar checker.

Finnish: repeated words, a sentence starting with a small letter, extra spaces, a space before
punctuation, foreign quotation marks, compounds written apart or together, infinitive
forms and (as advice) a comma that may be missing; Voikko's suggestions are the fixes.
Which of Voikko's error types are reported, and how severely, is data
(``resources/wordlists/grammar.toml``): the types that were wrong on real, clean Finnish
are off (figures in ``docs/grammar.md``). Web addresses, e-mail addresses, @mentions and
#hashtags are read as plain words. Swedish and English have no grammar checker here: only a
space before punctuation is pointed out, as advice. The guideline asks for good language
("gott språk på både finska och svenska"); the law asks authorities for clear, correct
language.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from composer.entities import entities
from composer.grammar import grammar_errors
from composer.model import Finding, Severity
from composer.morphology import MorphologyUnavailable, voikko
from composer.resources import load_toml
from composer.rules.base import CheckContext, Rule, VersionRule

FAMILY = "grammar"
BASES = ("language", "law:administrative-procedure-act")
REPEATED_WORD = 8
#: Voikko's "a sentence starts with a small letter".
SENTENCE_START = 7
#: What may open a list item before its first word: a bullet or a number.
_ITEM_MARK = regex.compile(r"[ \t]*(?:[-–—•*·▪◦‣>]|\d{1,3}[.)])?[ \t]*")
#: Voikko's "this verb takes the first infinitive" (-a/-ä form).
A_INFINITIVE = 14
#: Swedish and English: a space before a comma, full stop, colon, semicolon, "!" or "?"
#: that ends a word ("idea ." / "dag , välkommen"); not a smiley (" :)") or an ellipsis.
#: Hashtags and mentions (or "#123") that end a line.
_TRAILING_TAGS = regex.compile(r"(?:[ \t]*(?<![^\s])[#@][\w.-]*\w)+[ \t]*$", regex.MULTILINE)
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}])[ \t]+[,.;:!?](?=\s|$)")


@cache
def reported_types() -> dict[int, tuple[str, Severity]]:
    """Voikko's error codes that are reported: code -> (rule name, severity)."""
    types = load_toml("wordlists", "grammar.toml")["types"]
    return {
        int(code): (entry["rule"], Severity.parse(entry["severity"]))
        for code, entry in types.items() if entry["severity"] != "off"
    }


def _masked(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with the tags that end a line ("… #kokkola #kesä") blanked, so the
    sentence before them reads the same (and comes from the sentence cache) whatever tags
    follow, and every other entity written as one capitalised plain word of its length (so
    a link's periods end no sentence); and the spans of both."""
    spans = [(m.start(), m.end()) for m in _TRAILING_TAGS.finditer(text) if m.group().strip()]
    blanked = spans[:]
    for entity in entities(text):
        if not any(s <= entity.start < e for s, e in blanked):
            spans.append((entity.start, entity.end))
    if not spans:
        return text, spans
    spans.sort()
    pieces, position = [], 0
    for start, end in spans:
        pieces.append(text[position:start])
        pieces.append(" " * (end - start) if (start, end) in blanked
                      else "X" + "x" * (end - start - 1))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), spans


def _meant_twice(word: str) -> bool:
    """A word repeated on purpose: an interjection, a sound Voikko does not know ("hip
    hip hurraa") or an imperative ("Tule tule!")."""
    try:
        analyses = voikko().analyze(word)
    except MorphologyUnavailable:
        return False
    return not analyses or any(
        a.get("CLASS") == "huudahdussana" or a.get("MOOD") == "imperative" for a in analyses
    )


def _complement_not_a_verb(span: str) -> bool:
    """Whether the word Voikko takes for a verb's wrong infinitive (the last of the span
    it marks) also reads as a noun or another non-verb: "pitää voimassa" is "keep in
    force" ("voimassa", the noun "voima"), not "must" + an infinitive of "voida"."""
    words = span.split()
    if len(words) < 2:
        return False
    try:
        analyses = voikko().analyze(words[-1].strip(".,;:!?”\"'"))
    except MorphologyUnavailable:
        return False
    verbs = {a.get("BASEFORM") for a in analyses if a.get("CLASS") == "teonsana"}
    return any(
        a.get("CLASS") not in (None, "teonsana")
        and not any(f"({verb})" in a.get("WORDBASES", "") for verb in verbs)
        for a in analyses
    )  # a noun of its own ("voima"), not one made of the verb ("menemä" of "mennä")


def _opens_list_line(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a line of a list or a timetable rather than a
    sentence: only a bullet or a number before it on its line, and a bullet, or a line
    before it that ends in no full stop, "!" or "?" ("Aukioloajat:\nma–pe 9–16\nla
    10–14", "- yleinen tuloveroprosentti")."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0:
        return False
    mark = _ITEM_MARK.fullmatch(text, line_start, start)
    if mark is None:
        return False
    if mark.group().strip():
        return True
    previous = text[max(0, line_start - 400):line_start].rstrip()
    return bool(previous) and previous[-1] not in ".!?…"


class GrammarRule(VersionRule):
    family = FAMILY
    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        masked, spans = _masked(text)
        if language != "fi":
            # No grammar checker for these: only the space before punctuation, as advice
            # (on real English web text nearly every hit is a real slip, but 5 % of posts
            # have one).
            ends = {end for _, end in spans}  # "see www.x.fi ." keeps the link clean
            for match in _SPACE_BEFORE.finditer(masked):
                if match.start() in ends:
                    continue
                mark = match.group().strip()
                yield ctx.finding(
                    f"{FAMILY}.space-before-punctuation", Severity.INFO, BASES,
                    language=language, start=match.start(), end=match.end(),
                    suggestions=[mark], text=match.group(), suggestion=mark,
                )
            return
        types = reported_types()
        for error in grammar_errors(masked):
            kind = types.get(error.code)
            if kind is None or any(s < error.end and error.start < e for s, e in spans):
                continue
            name, severity = kind
            if error.code == REPEATED_WORD and _meant_twice(error.suggestions[0] if
                                                            error.suggestions else ""):
                continue
            if error.code == SENTENCE_START and _opens_list_line(text, error.start):
                continue
            if error.code == A_INFINITIVE and _complement_not_a_verb(
                    text[error.start:error.end]
            ):
                continue
            yield ctx.finding(
                f"{FAMILY}.{name}", severity, BASES, language=language,
                start=error.start, end=error.end, suggestions=error.suggestions,
                text=text[error.start:error.end].strip() or text[error.start:error.end],
                suggestion=error.suggestions[0].strip() if error.suggestions else "",
            )


RULES: list[Rule] = [GrammarRule()]
