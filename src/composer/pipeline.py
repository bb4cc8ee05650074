"""What one check of a post asks for and gives back (the engine computes it:
:meth:`composer.engine.Engine.run`).

A check computes everything about a post once: the findings of every enabled rule, the
ready-to-paste export of every selected channel (which the ``channel`` rule reads, and the
previews, Copy and Export show), and per-version facts (length in grapheme clusters, the
language a version clearly reads as instead of its own, its hashtags) for the window.
The language verdict is the one the ``language`` rule reports (detection is cached per
text, so it runs once). Nothing here depends on Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from composer.channels.export import ChannelExport
from composer.entities import entities_of
from composer.language_detection import reads_as_other
from composer.model import Finding, Post
from composer.profiles import Profile
from composer.settings import Settings

_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class VersionFacts:
    """What a check knows about one language version besides its findings."""

    #: Length in grapheme clusters (what a person counts).
    length: int
    #: The language the version clearly reads as, when another than its own.
    reads_as: str | None
    #: Hashtags used in the version, case-folded.
    hashtags: frozenset[str]


def version_facts(text: str, language: str) -> VersionFacts:
    """The facts of version ``language`` with ``text``."""
    if not text:
        return VersionFacts(0, None, frozenset())
    other = reads_as_other(text, language)
    return VersionFacts(
        length=sum(1 for _ in _GRAPHEME.finditer(text, concurrent=True)),
        reads_as=other[0] if other else None,
        hashtags=frozenset(e.text.casefold() for e in entities_of(text, "hashtag")),
    )


@dataclass(frozen=True)
class PipelineRequest:
    """A post to check, and how."""

    post: Post
    #: The language of the messages (a locale name is accepted: ``sv_FI``).
    ui_language: str | None = "en"
    settings: Settings = field(default_factory=Settings)
    #: The organisation's profile (default: the post's organisation's).
    profile: Profile | None = None
    #: Only these rule families (default: all).
    families: tuple[str, ...] | None = None
    #: Run the families even where the profile or the settings disable them (the
    #: translation gate).
    enforce: bool = False


@dataclass
class PipelineResult:
    """Everything one check computed, each part once."""

    post: Post
    #: Most severe first, then by language and position.
    findings: list[Finding] = field(default_factory=list)
    #: Each selected channel's export, in the post's channel order.
    exports: dict[str, ChannelExport] = field(default_factory=dict)
    #: Why a selected channel has no export (an unknown channel).
    export_errors: dict[str, str] = field(default_factory=dict)
    #: Per language (every one of :data:`composer.model.LANGUAGES`).
    facts: dict[str, VersionFacts] = field(default_factory=dict)

    def channel_findings(self, channel: str) -> list[Finding]:
        """The findings about ``channel``'s export."""
        return [f for f in self.findings if f.channel == channel]
