"""Rule family `placeholder`: a template's blanks left unfilled.

The built-in templates mark what to fill in with square brackets ("[Tapahtuman nimi]",
"[plats]", "[viikonpäivä pp.kk.]", "[00–00]"). One left in the text is an error: a
half-filled template must not go out. Brackets that real text uses otherwise are left
alone: an omission "[...]", "[sic]", a note "[1]", a bracketed link, a Markdown link, an
editor's note or pronoun (:func:`composer.entities.placeholders`), and a name an editor
put into a quotation, "[Phil] Gramm", "[George H. W.] Bush" (:func:`a_name`), or words
of an editor's with a name in them, "[former Museum of Flight CEO]" (:func:`names_inside`):
a blank names a kind of thing ("[Your name]", "[Toimipiste]"), not one person or place.
A bracket with a quotation's own words on both sides of it, inside the quotation marks,
is an editor's word for the quoted text ('"Cœlebs cannot talk of [marriage] with much
authority"', :func:`inside_a_quotation`); a blank for a whole quotation ('"[Lainaus]",
sanoo [nimi]') stays one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from composer.entities import placeholders, quotation
from composer.model import Finding, Severity
from composer.rules.base import CheckContext, Rule, VersionRule
from composer.spelling.engines import SpellingUnavailable, engine

FAMILY = "placeholder"
_BRACKETED = regex.compile(r"\[[^\[\]]*\]")
BASES = ("facts", "caution")


class PlaceholderRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        for start, end in placeholders(text):
            inner = text[start + 1:end - 1]
            if a_name(inner, language) or names_inside(inner) or inside_a_quotation(
                text, start, end
            ):
                continue
            yield ctx.finding(
                f"{FAMILY}.unfilled", Severity.ERROR, BASES, language=language,
                start=start, end=end, phrase=text[start:end],
            )


def a_name(inner: str, language: str) -> bool:
    """Whether a bracket's content is a name: every word capitalised (not in capitals,
    which blanks use: "[NIMI]", "[XX]"), and one an initial ("H.") or a name the
    dictionary knows only with its capital ("Phil", "Sauli"). "[Firstname Lastname]" and
    "[Your Name]" are blanks."""
    words = inner.split()
    if not words or not all((w[:1].isupper() and not w.isupper()) or _initial(w) for w in words):
        return False
    try:
        spell = engine(language)
    except SpellingUnavailable:
        return False
    return any(
        _initial(w) or (w.isalpha() and spell.check(w) and not spell.check(w.lower()))
        for w in words
    )


def names_inside(inner: str) -> bool:
    """Whether a bracket's content opens in lower case and goes on with a capitalised
    word: an editor's words with a name in them ("[former Museum of Flight CEO]", "[via
    Microsoft Watch from Mary Jo Foley]"). A blank is in lower case throughout ("[plats]",
    "[viikonpäivä pp.kk.]", "[over the holidays]") or opens with its capital ("[Tapahtuman
    nimi]")."""
    words = inner.split()
    return len(words) > 1 and words[0][:1].islower() and any(
        w[:1].isupper() and not w.isupper() for w in words[1:])


def inside_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether the bracket ``text[start:end]`` stands inside a quotation on one line,
    with words of the quotation before and after it."""
    quoted = quotation(text, start)
    if quoted is None or not quoted[0] < start < end < quoted[1]:
        return False
    return _has_letters(text[quoted[0]:start]) and _has_letters(text[end:quoted[1]])


def _has_letters(part: str) -> bool:
    """Whether ``part`` has letters outside square brackets."""
    return any(c.isalpha() for c in _BRACKETED.sub("", part))


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


RULES: list[Rule] = [PlaceholderRule()]
