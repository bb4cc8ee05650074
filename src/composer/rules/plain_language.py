"""Rule family `plain-language`: advice (info, never a warning) on clear language.

Long sentences and long words in every language, LIX for Swedish (on a text of at
least ``lix_words`` words: on a few words the index says nothing), and for Finnish the
signs plain-language guidance names: genitive noun chains, "-minen" nominal style, a
mostly passive text and participle constructions. Measured by
:mod:`composer.readability` against thresholds the organisation's profile may tune
(``[plain_language]``). Cites the public guidance: Kotus's clear official Finnish,
Selkokeskus's easy language, klarspråk for Swedish, and the Administrative Procedure
Act's requirement of clear language (434/2003 §9).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from composer.model import Finding, Severity
from composer.readability import Readability, readability, thresholds
from composer.rules.base import CheckContext, Rule, VersionRule

FAMILY = "plain-language"
LAW = "law:administrative-procedure-act"
#: The guidance each kind of advice rests on, per version language.
GUIDANCE = {
    "fi": ("law:selkokeskus", "law:kotus-clear-language", LAW),
    "sv": ("law:klarsprak", "law:selkokeskus", LAW),
    "en": (LAW,),
}
FINNISH = ("law:kotus-clear-language", LAW)


class PlainLanguageRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        overrides = ctx.profile.plain_language
        found = readability(text, language, overrides)
        if not found.reasons:
            return
        limits = thresholds(overrides)
        yield from self._length(found, language, ctx, limits)
        if language == "fi":
            yield from self._finnish(found, ctx, limits)

    def _advice(self, ctx: CheckContext, rule: str, language: str, bases: tuple[str, ...],
                start: int | None = None, end: int | None = None, **params: Any) -> Finding:
        return ctx.finding(f"{FAMILY}.{rule}", Severity.INFO, bases, language=language,
                           start=start, end=end, **params)

    def _length(self, found: Readability, language: str, ctx: CheckContext,
                limits: dict) -> Iterator[Finding]:
        bases = GUIDANCE.get(language, (LAW,))
        for span in found.long_sentences:
            yield self._advice(ctx, "long-sentence", language, bases, span.start, span.end,
                               words=span.size, limit=limits["sentence_words"][language])
        for span in found.long_words:
            yield self._advice(ctx, "long-word", language, bases, span.start, span.end,
                               letters=span.size, limit=limits["word_letters"][language])
        if "lix" in found.reasons:  # only from lix_words words on (readability.py)
            yield self._advice(ctx, "lix", language, bases, lix=found.lix, limit=limits["lix"])

    def _finnish(self, found: Readability, ctx: CheckContext, limits: dict) -> Iterator[Finding]:
        for span in found.noun_chains:
            yield self._advice(ctx, "noun-chain", "fi", FINNISH, span.start, span.end,
                               count=span.size)
        if "nominal-style" in found.reasons:
            first = found.minen_words[0]
            yield self._advice(ctx, "nominal-style", "fi", FINNISH, first.start, first.end,
                               count=len(found.minen_words))
        if "passive" in found.reasons:
            yield self._advice(ctx, "passive", "fi", FINNISH, passives=found.passives,
                               verbs=found.finite_verbs)
        if "participles" in found.reasons:
            first = found.participles[0]
            yield self._advice(ctx, "participles", "fi", FINNISH, first.start, first.end,
                               count=len(found.participles),
                               word=ctx.post.text("fi")[first.start:first.end])


RULES: list[Rule] = [PlainLanguageRule()]
