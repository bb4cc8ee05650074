"""The gate before publishing: which findings must be fixed before a post goes to a
channel, and how they are named to the person who asks to copy or export anyway.

Errors hold the post back; warnings and notes do not (the window shows them as a quiet
note). A finding about one network (its length, its hashtag or image limits) holds back
only that network: such findings name the channel they are about (``Finding.channel``
where the check sets it, else the network's name in the message).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from composer.channels import get_spec
from composer.i18n import language_name
from composer.model import Finding, Post, Severity
from composer.settings import Settings

#: Rules whose findings are about one network rather than the post.
CHANNEL_RULES: tuple[str, ...] = (
    "channel.", "media.required", "media.too-many", "media.alt-too-long",
)


def is_channel_finding(finding: Finding) -> bool:
    return finding.rule.startswith(CHANNEL_RULES)


def _names_channel(finding: Finding, channel: str, settings: Settings | None) -> bool:
    own = getattr(finding, "channel", None)
    if own:
        return bool(own == channel)
    name = get_spec(channel, settings).name
    return regex.search(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{N}}])",
                        finding.message) is not None


def blocking(
    findings: Iterable[Finding], channels: Sequence[str], settings: Settings | None = None
) -> list[Finding]:
    """The errors that hold the post back from ``channels``: every error about the post
    and those about one of these networks, each once, in the given order."""
    return concerning(findings, channels, settings, Severity.ERROR)


def concerning(
    findings: Iterable[Finding], channels: Sequence[str], settings: Settings | None = None,
    severity: Severity = Severity.ERROR,
) -> list[Finding]:
    """The findings of ``severity`` that concern publishing on ``channels``: those about
    the post and those about one of these networks, each once, in the given order."""
    result: list[Finding] = []
    seen: set[tuple[str, str, str | None, int | None]] = set()
    for finding in findings:
        if finding.severity is not severity:
            continue
        if is_channel_finding(finding) and not any(
            _names_channel(finding, channel, settings) for channel in channels
        ):
            continue
        key = (finding.rule, finding.message, finding.language, finding.start)
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result


def check_for(
    post: Post,
    channels: Sequence[str],
    *,
    settings: Settings | None = None,
    ui_language: str = "en",
) -> list[Finding]:
    """Check ``post`` as published to ``channels`` only (the CLI's gate; the window uses
    the findings it already has with :func:`blocking`)."""
    from composer.engine import check

    scoped = dataclasses.replace(post, channels=list(channels))
    return check(scoped, ui_language=ui_language, settings=settings)


def publishing_errors(
    findings: Sequence[Finding],
    post: Post,
    *,
    settings: Settings | None = None,
    ui_language: str = "en",
    engine: Any = None,
) -> list[Finding]:
    """The errors a check for publishing finds beyond ``findings`` of a check while
    writing: a required version still empty before anything is written
    (``language.missing``, which a new post shows only once it has text). Only the rules
    about the whole post run (``engine``'s, else the shared one). The checking process
    sends these with each check: the window's Copy and Export all gate on them, as
    ``composer export`` does."""
    from composer.engine import check

    run = engine.check if engine is not None else check
    added = run(post, ui_language=ui_language, settings=settings, families=["language"],
                publishing=True, whole_post_only=True)
    known = {(f.rule, f.language, f.channel) for f in findings}
    return [f for f in added if f.severity is Severity.ERROR
            and (f.rule, f.language, f.channel) not in known]


def describe(finding: Finding, post: Post, ui_language: str = "en") -> str:
    """One line naming a finding for a person: the message, and the words it is about
    with their language version."""
    if finding.language is None or finding.start is None or finding.end is None:
        return finding.message
    excerpt = post.text(finding.language)[finding.start : finding.end]
    if not 0 < len(excerpt) <= 60 or "\n" in excerpt:
        return finding.message
    return f"{finding.message} ({language_name(finding.language, ui_language)}: «{excerpt}»)"


__all__ = [
    "CHANNEL_RULES", "blocking", "check_for", "concerning", "describe", "is_channel_finding",
    "publishing_errors",
]
