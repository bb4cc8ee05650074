"""Rule family `language`: the language versions a post needs, in the right language.

- ``language.missing``: a version the organisation requires is empty (error).
- ``language.mismatch``: a version reads clearly as another language (warning), judged
  by :mod:`composer.language_detection` on texts long enough to judge.
- ``language.unreviewed``: a machine-translated version no person has reviewed (warning).
"""

from __future__ import annotations

from collections.abc import Iterable

from composer.i18n import language_name
from composer.language_detection import reads_as_other
from composer.model import LANGUAGES, Finding, Post, Severity
from composer.profiles import Profile
from composer.rules.base import CheckContext, PostRule, Rule, VersionRule


def language_bases(profile: Profile, language: str) -> list[str]:
    """What a finding about ``language`` rests on: the organisation's language point, then
    the Language Act for Finnish and Swedish in a bilingual municipality, otherwise the
    Local Government Act's duty to inform residents in understandable language."""
    bilingual = {"fi", "sv"} <= set(profile.required_languages)
    law = "law:language-act" if bilingual and language in ("fi", "sv") else "law:municipal-act"
    return ["language", law]


class MissingVersion(PostRule):
    family = "language"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterable[Finding]:
        for language in ctx.profile.required_languages:
            if not post.text(language).strip():
                yield ctx.finding(
                    "language.missing",
                    Severity.ERROR,
                    language_bases(ctx.profile, language),
                    language=language,
                    version=language_name(language, ctx.ui_language),
                )


class WrongLanguage(VersionRule):
    family = "language"

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterable[Finding]:
        found = reads_as_other(text, language)
        if found is None:
            return
        detected, _confidence = found
        yield ctx.finding(
            "language.mismatch",
            Severity.WARNING,
            ["language", "law:wcag-3-1-2"],
            language=language,
            expected=language,
            detected=detected,
        )


class UnreviewedTranslation(PostRule):
    family = "language"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterable[Finding]:
        for language in LANGUAGES:
            if language in post.unreviewed and post.text(language).strip():
                yield ctx.finding(
                    "language.unreviewed",
                    Severity.WARNING,
                    language_bases(ctx.profile, language),
                    language=language,
                    version=language_name(language, ctx.ui_language),
                )


RULES: list[Rule] = [MissingVersion(), WrongLanguage(), UnreviewedTranslation()]
