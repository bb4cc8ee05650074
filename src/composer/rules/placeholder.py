"""Rule family `placeholder`: a template's blanks left unfilled.

The built-in templates mark what to fill in with square brackets ("[Tapahtuman nimi]",
"[plats]", "[viikonpäivä pp.kk.]", "[00–00]"). One left in the text is an error: a
half-filled template must not go out. Brackets that real text uses otherwise are left
alone: an omission "[...]", "[sic]", a note "[1]", a bracketed link, a Markdown link, an
editor's note or pronoun (:func:`composer.entities.placeholders`), and a name an editor
put into a quotation, "[Phil] Gramm", "[George H. W.] Bush" (:func:`a_name`), or words
of an editor's with a name in them, "[former Museum of Flight CEO]" (:func:`names_inside`):
a blank names a kind of thing ("[Your name]", "[Toimipiste]"), not one person or place.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.entities import placeholders
from composer.model import Finding, Severity
from composer.rules.base import CheckContext, Rule, VersionRule
from composer.spelling.engines import SpellingUnavailable, engine

FAMILY = "placeholder"
BASES = ("facts", "caution")


class PlaceholderRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        for start, end in placeholders(text):
            inner = text[start + 1:end - 1]
            if a_name(inner, language) or names_inside(inner):
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


def _initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


RULES: list[Rule] = [PlaceholderRule()]
