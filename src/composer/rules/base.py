"""What a rule is, and the context it runs in.

A rule belongs to a family (``personal-data``, ``tone`` ...) and checks either one
language version at a time (:class:`VersionRule`, results cached per text so typing in
one editor re-checks only that version) or the whole post (:class:`PostRule`).
Rules build findings with :meth:`CheckContext.finding`, which fills in the message in the
UI language and the guideline citation.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from composer.citations import cite
from composer.i18n import message
from composer.model import Finding, Post, Severity
from composer.profiles import Profile, ProfileSet, load_profiles
from composer.settings import Settings


@dataclass
class CheckContext:
    """Everything a rule may look at besides the text itself."""

    post: Post
    profile: Profile
    ui_language: str = "en"
    settings: Settings = field(default_factory=Settings)
    #: Every organisation's profile, read when first asked (once per check).
    profile_set: ProfileSet | None = field(default=None, compare=False, repr=False)

    @property
    def profiles(self) -> ProfileSet:
        if self.profile_set is None:
            self.profile_set = load_profiles()
        return self.profile_set

    @property
    def publishing_day(self) -> datetime.date:
        """The post's planned publishing day, else today (dates without a year and
        dates already past are read against it)."""
        return self.post.publishing_day()

    def cache_key(self) -> tuple[Any, ...]:
        """What, besides the text, a version rule's result may depend on."""
        return (
            self.publishing_day,
            self.profile.id,
            id(self.profile),
            self.post.role,
            tuple(self.post.channels),
            self.ui_language,
            self.settings.fingerprint(),
        )

    def finding(
        self,
        rule: str,
        severity: Severity,
        bases: Sequence[str],
        *,
        language: str | None = None,
        start: int | None = None,
        end: int | None = None,
        suggestions: Iterable[str] = (),
        **params: Any,
    ) -> Finding:
        reference, guideline = cite(self.profile, bases, self.ui_language)
        return Finding(
            rule=rule,
            severity=severity,
            message=message(rule, self.ui_language, **params),
            language=language,
            start=start,
            end=end,
            guideline=guideline,
            reference=reference,
            suggestions=tuple(suggestions),
        )


class Rule:
    """Base of all rules. ``family`` names the rule family; the ids it reports are the
    tables of ``resources/messages/<family>.toml`` (:func:`composer.rules.rule_ids`)."""

    family: ClassVar[str] = ""

    def enabled(self, ctx: CheckContext) -> bool:
        return ctx.profile.rule_enabled(self.family) and ctx.settings.family_enabled(self.family)


class VersionRule(Rule):
    """Checks one language version's text on its own."""

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError


class PostRule(Rule):
    """Checks the post as a whole (several versions, media, channels)."""

    def check_post(self, post: Post, ctx: CheckContext) -> Iterable[Finding]:
        raise NotImplementedError
