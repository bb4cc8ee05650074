"""Rule family `confidential`: secrecy markings and unfinished, non-public material.

Secrecy markings ("salassa pidettävä", "sekretessbelagd", "internal use only") are errors:
such material must not be published at all. Unfinished material ("not yet public",
"ännu inte offentlig", "julkaisuvapaa") is a warning: whether it may be shared must be
checked with whoever prepares the matter. Some words are markings only when written as a
label ("LUOTTAMUKSELLINEN", "Draft:", "(konfidentiell)", "VALMISTEILLA", "Under
beredning:"); in running text they are harmless ("luottamuksellista keskusteluapua") or
news ("hankesuunnitelma on valmisteilla", "the programme is being prepared"), and an
unfinished-material word before a colon and a link captions the link ("Luonnos:
naantali.fi/kaava": a plan draft on public display). A matter said to be in preparation
in running text gets a quiet note (``in-preparation``, information): it may be told once
the official preparing it has agreed. A label word that opens a sentence
which goes on, after a comma or dash, to forbid sharing is a marking too
("Luottamuksellinen, ei levitetä eteenpäin.", "LUONNOS – ÄLÄ JULKAISE"), and so is a
sentence declaring the text itself secret ("This information is confidential.", "Detta
är konfidentiellt."); the marking word is the span. A marking in another post language,
written as a label, counts in any version ("Biblioteket är stängt. LUOTTAMUKSELLINEN":
a memo pasted into the wrong version). A phrase forbidding sharing whose
clause makes the thing the reader's own is advice, not a marking ("do not share your
online banking codes with anyone", "Pankkitunnuksiasi ei saa jakaa"). Word lists:
``resources/wordlists/confidential.toml``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache

import regex

from composer.entities import web_addresses
from composer.model import LANGUAGES, Finding, Severity
from composer.morphology import MorphologyUnavailable, voikko
from composer.rules.base import CheckContext, VersionRule
from composer.rules.normalise import map_findings, normalised
from composer.rules.phrases import Match, Word, analyse, categories, find
from composer.text_cache import text_cache

FAMILY = "confidential"
SECRECY_BASES = ("confidential", "secrecy", "law:publicity-act")
UNFINISHED_BASES = ("unfinished", "confidential", "law:publicity-act")

_LABEL_PUNCTUATION = " \t*_-–—:()[]{}\"'”’«»!.#"
_SENTENCE_END = regex.compile(r"[.!?…\n]")
_OPENS_CLAUSE = regex.compile(r"[ \t]*[,–—-]")
_CLAUSE_END = regex.compile(r"[.!?…;:,–—\n]")
_COLON = regex.compile(r"[ \t]*:[ \t]*")
_SECOND_PERSON = frozenset({"2s", "2p"})


@lru_cache(maxsize=8)
def _statements(language: str) -> tuple[regex.Pattern[str], ...]:
    table = categories(FAMILY).get("secrecy-statement", {})
    return tuple(regex.compile(p, regex.IGNORECASE) for p in table.get(language, []))


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 200):start]
    last = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    return not before[last:].strip(_LABEL_PUNCTUATION) and (last > 0 or start <= 200)


def _opens_forbidding_sentence(
    text: str, match: Match, forbidding: list[tuple[int, int]]
) -> bool:
    """A label word at a sentence start (or capitalised), then a comma or dash, then (in
    the same sentence) a phrase that forbids sharing: "Konfidentiellt, får inte spridas
    vidare."."""
    if not _OPENS_CLAUSE.match(text, match.end) or not (
        text[match.start].isupper() or _sentence_start(text, match.start)
    ):
        return False
    end = _SENTENCE_END.search(text, match.end)
    stop = end.start() if end else len(text)
    return any(match.end < start < stop for start, _end in forbidding)


@lru_cache(maxsize=4096)
def _second_person_possessive(word: str) -> bool:
    """Whether Voikko reads the Finnish ``word`` with a possessive suffix of the second
    person ("pankkitunnuksiasi", "koodisi", "tietojanne")."""
    try:
        return any(a.get("POSSESSIVE") in _SECOND_PERSON for a in voikko().analyze(word))
    except MorphologyUnavailable:
        return False


def _readers_own(text: str, match: Match, language: str, own: list[Match]) -> bool:
    """Whether the clause of ``match`` makes what it speaks of the reader's own ("do not
    share your codes", "Tunnuksiasi ei saa jakaa", "Dela inte dina bankkoder")."""
    low = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, match.start - 200),
                                                       match.start)),
              default=max(0, match.start - 200))
    high_match = _CLAUSE_END.search(text, match.end)
    high = high_match.start() if high_match else len(text)
    if any(low <= m.start and m.end <= high for m in own):
        return True
    if language != "fi":
        return False
    analysed = analyse(text, language)
    index = bisect.bisect_left(analysed, low, key=_word_start)
    while index < len(analysed) and analysed[index].end <= high:
        word = analysed[index]
        index += 1
        if not match.start <= word.start < match.end and _second_person_possessive(word.text):
            return True
    return False


def _word_start(word: Word) -> int:
    return word.start


@text_cache(maxsize=64)
def _link_starts(text: str) -> frozenset[int]:
    return frozenset(link.start for link in web_addresses(text))


def _captions_link(text: str, end: int) -> bool:
    """Whether a colon and then a web address follow ``end`` on its line ("Luonnos:
    naantali.fi/kaava"): the word captions a linked document."""
    colon = _COLON.match(text, end)
    return colon is not None and colon.end() in _link_starts(text)


def is_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a label rather than in running text:
    alone on its line, before a colon, in brackets, or in capitals amid lower-case text
    (a capital word in a shouted line is shouting, not a label: "SECRET SANTA PARTY")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    if not before.strip(_LABEL_PUNCTUATION) and not after.strip(_LABEL_PUNCTUATION):
        return True
    if after.lstrip(" \t").startswith(":"):
        return True
    if before.rstrip(" \t").endswith(("(", "[")) and after.lstrip(" \t").startswith((")", "]")):
        return True
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return False
    return any(c.islower() for c in before + after)


class ConfidentialRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        # A marking split by a line break or a hyphen, or disguised with invisible or
        # look-alike characters, is read in its plain form; spans point at the original.
        view = normalised(text, words=True)
        return map_findings(self._check(view.text, language, ctx), view)

    def _check(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        taken: list[tuple[int, int]] = []
        for pattern in _statements(language):
            for found in pattern.finditer(text):
                span = found.span("marking")
                taken.append(span)
                yield ctx.finding(
                    f"{FAMILY}.secrecy", Severity.ERROR, SECRECY_BASES, language=language,
                    start=span[0], end=span[1], phrase=text[span[0]:span[1]],
                )
        # A secrecy phrase about the reader's own things is advice ("do not share your
        # codes"); the others forbid sharing, and so do the phrases that mark nothing
        # alone: after a label word they make it a marking.
        secrecy = find(text, language, FAMILY, "secrecy", ctx.profile)
        if secrecy:
            own = find(text, language, FAMILY, "readers-own")
            secrecy = [m for m in secrecy if not _readers_own(text, m, language, own)]
        forbidding = [(m.start, m.end) for m in secrecy]
        forbidding += [(m.start, m.end) for m in find(text, language, FAMILY, "forbidding")]
        for category, rule, severity, bases, label_only in (
            ("secrecy", "secrecy", Severity.ERROR, SECRECY_BASES, False),
            ("secrecy-label", "secrecy", Severity.ERROR, SECRECY_BASES, True),
            ("unfinished", "unfinished", Severity.WARNING, UNFINISHED_BASES, False),
            ("unfinished-label", "unfinished", Severity.WARNING, UNFINISHED_BASES, True),
            ("in-preparation", "unfinished", Severity.WARNING, UNFINISHED_BASES, True),
        ):
            matches = (secrecy if category == "secrecy"
                       else find(text, language, FAMILY, category, ctx.profile))
            for match in matches:
                if category != "secrecy" and label_only and _captions_link(text, match.end):
                    continue
                if label_only and not (
                    is_label(text, match.start, match.end)
                    or _opens_forbidding_sentence(text, match, forbidding)
                ):
                    if category == "in-preparation" and not _overlaps(match, taken):
                        taken.append((match.start, match.end))
                        yield ctx.finding(
                            f"{FAMILY}.in-preparation", Severity.INFO, UNFINISHED_BASES,
                            language=language, start=match.start, end=match.end,
                            phrase=text[match.start:match.end],
                        )
                    continue
                if _overlaps(match, taken):
                    continue
                taken.append((match.start, match.end))
                yield ctx.finding(
                    f"{FAMILY}.{rule}",
                    severity,
                    bases,
                    language=language,
                    start=match.start,
                    end=match.end,
                    phrase=text[match.start : match.end],
                )
        yield from self._other_languages(text, language, ctx, taken)


    def _other_languages(
        self, text: str, language: str, ctx: CheckContext, taken: list[tuple[int, int]]
    ) -> Iterator[Finding]:
        """Markings in another post language's words, written as a label: a memo pasted
        into the wrong version ("Biblioteket är stängt. LUOTTAMUKSELLINEN", "CONFIDENTIAL:"
        in the Finnish one) is as secret. In running text such a word is left alone, and
        so is a word that is an ordinary word of this version's language (Swedish
        "intern" in English: ``[ordinary-words]``)."""
        ordinary = _ordinary_words(language)
        for other in LANGUAGES:
            if other == language:
                continue
            for category, rule, severity, bases in (
                ("secrecy", "secrecy", Severity.ERROR, SECRECY_BASES),
                ("secrecy-label", "secrecy", Severity.ERROR, SECRECY_BASES),
                ("unfinished-label", "unfinished", Severity.WARNING, UNFINISHED_BASES),
            ):
                for match in find(text, other, FAMILY, category, ctx.profile):
                    phrase = text[match.start:match.end]
                    if phrase.lower() in ordinary or _overlaps(match, taken) or not (
                        is_label(text, match.start, match.end)
                    ) or _captions_link(text, match.end):
                        continue
                    taken.append((match.start, match.end))
                    yield ctx.finding(
                        f"{FAMILY}.{rule}", severity, bases, language=language,
                        start=match.start, end=match.end, phrase=phrase,
                    )


@lru_cache(maxsize=8)
def _ordinary_words(language: str) -> frozenset[str]:
    table = categories(FAMILY).get("ordinary-words", {})
    return frozenset(w.lower() for w in table.get(language, []))


def _overlaps(match: Match, taken: list[tuple[int, int]]) -> bool:
    return any(match.start < end and start < match.end for start, end in taken)


RULES = [ConfidentialRule()]
