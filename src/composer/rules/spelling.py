"""Rule family `spelling`: words the language's dictionary does not know.

``spelling.unknown`` (warning) flags each misspelt word with its span and up to three
quick suggestions (lost ä/ö/å first, so OCR'd "kayttaa" offers "käyttää");
``spelling.unavailable`` (info) says, once per language and check, that a language's
engine or dictionary is missing and what to install, while the other languages are
still checked. What is never flagged is described in :mod:`composer.spelling.checker`.

Basis: the organisation's own point on good language where it has one (Jakobstad:
"Kom alltid också ihåg ett gott språk på både finska och svenska"), else the
Administrative Procedure Act's requirement of good language use (434/2003, 9 §).

This is a post rule although it judges one version at a time: the engine caches version
rules by text, and a word the user adds to their dictionary must clear its underline
at the next check of the same text. Dictionary verdicts and suggestions are cached per
word instead (:mod:`composer.spelling`), so re-checking costs microseconds a word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from composer.i18n import language_name
from composer.model import LANGUAGES, Finding, Post, Severity
from composer.rules.base import CheckContext, PostRule, Rule
from composer.spelling import SpellingUnavailable, WordChecker, quick_suggestions

BASES = ("language", "law:administrative-procedure-act")
#: What each language needs, named the same in every UI language.
ENGINES = {"fi": "Voikko (voikko-fi)", "sv": "Hunspell sv_FI / sv_SE",
           "en": "Hunspell en_GB / en_US"}


class SpellingRule(PostRule):
    family = "spelling"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterator[Finding]:
        for language in LANGUAGES:
            text = post.text(language)
            if text.strip() and ctx.settings.spelling_enabled(language):
                yield from self.check_version(text, language, ctx)

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterable[Finding]:
        version = language_name(language, ctx.ui_language)
        try:
            checker = WordChecker(language, ctx.profile)
            found = checker.misspellings(text)
        except SpellingUnavailable as exc:
            return [ctx.finding(
                "spelling.unavailable", Severity.INFO, BASES, language=language,
                version=version, engine=ENGINES.get(language, language), install=exc.install,
            )]
        findings = []
        for miss in found:
            try:
                suggestions = quick_suggestions(miss.word, language)
            except SpellingUnavailable:
                suggestions = []
            findings.append(ctx.finding(
                "spelling.unknown", Severity.WARNING, BASES, language=language,
                start=miss.start, end=miss.end, suggestions=suggestions,
                word=miss.word, version=version,
            ))
        return findings


RULES: list[Rule] = [SpellingRule()]
