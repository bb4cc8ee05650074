"""What a rule is, and the context it runs in.

A rule belongs to a family (``personal-data``, ``tone`` ...) and checks either one
language version at a time (:class:`VersionRule`, results cached per text so typing in
one editor re-checks only that version) or the whole post (:class:`PostRule`).
Rules build findings with :meth:`CheckContext.finding`, which fills in the message in the
UI language and the guideline citation. Each selected channel's export is made once per
check, and rules read it from the context (:meth:`CheckContext.export`).

A version rule sees only its own version in ``ctx.post``; its results are cached by that
text and :meth:`CheckContext.cache_key`, which covers everything else it can read.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from composer.channels.export import ChannelExport, export_channel
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
    #: Checked for publishing (export, the command line): an empty required version is
    #: an error even when nothing is written yet. While writing it is flagged only once
    #: the post has text, so a new post does not open full of errors.
    publishing: bool = False
    #: Every organisation's profile, read when first asked (once per check).
    profile_set: ProfileSet | None = field(default=None, compare=False, repr=False)
    #: Makes a channel's export (the engine's, which keeps them between checks).
    exporter: Callable[[Post, str, CheckContext], ChannelExport] | None = field(
        default=None, compare=False, repr=False
    )
    #: This check's exports, each made once.
    exports: dict[str, ChannelExport] = field(default_factory=dict, compare=False, repr=False)

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

    def export(self, channel: str) -> ChannelExport:
        """The export of the post for ``channel``, made once per check.

        Raises :class:`composer.channels.UnknownChannelError` for an unknown channel."""
        found = self.exports.get(channel)
        if found is None:
            if self.exporter is not None:
                found = self.exporter(self.post, channel, self)
            else:
                found = export_channel(self.post, channel, settings=self.settings,
                                       profile=self.profile)
            self.exports[channel] = found
        return found

    def cache_key(self) -> tuple[Any, ...]:
        """Everything but the versions' texts that a rule may read."""
        post = self.post
        return (
            self.publishing_day,
            self.profile.id,
            id(self.profile),
            post.organisation,
            post.role,
            tuple(post.channels),
            tuple(post.unreviewed),
            tuple((m.file, tuple(sorted(m.alt.items()))) for m in post.media),
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
        for_channel: str | None = None,
        message_id: str | None = None,
        **params: Any,
    ) -> Finding:
        """A finding of ``rule`` with its message (``message_id`` when the rule has
        several) in the UI language and the first of ``bases`` the organisation has;
        ``for_channel``: the channel whose export it is about."""
        reference, guideline = cite(self.profile, bases, self.ui_language)
        return Finding(
            rule=rule,
            severity=severity,
            message=message(message_id or rule, self.ui_language, **params),
            language=language,
            start=start,
            end=end,
            guideline=guideline,
            reference=reference,
            suggestions=tuple(suggestions),
            channel=for_channel,
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
