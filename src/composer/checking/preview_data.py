"""What the channel previews show, computed without Qt: each selected channel's export
and the findings about it (from the check pipeline, :meth:`composer.engine.Engine.run`),
the account it is posted from and the image placeholders.

:func:`previews_from` turns a check's result into previews in the checking process, so a
long post's export never runs in the window's process (a Python thread there would hold
the interpreter lock while the window lays out and paints).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from composer.channels import UnknownChannelError
from composer.channels.export import ChannelExport, export_text
from composer.model import Finding, Post
from composer.pipeline import PipelineResult
from composer.profiles import UnknownOrganisation, get_profile
from composer.settings import Settings


@dataclass(frozen=True)
class Preview:
    """What one channel's card shows."""

    channel: str
    export: ChannelExport
    account: tuple[str, str]
    media: tuple[tuple[str, str], ...]
    #: The check's findings about this channel's export.
    findings: tuple[Finding, ...] = ()


@dataclass
class PreviewSet:
    """The previews of one post, and what they were made with."""

    channels: tuple[str, ...]
    ui_language: str
    settings_key: str
    previews: dict[str, Preview] = field(default_factory=dict)
    error: str = ""


def settings_key(settings: Settings) -> str:
    """What of ``settings`` an export depends on."""
    return json.dumps(settings.channel_overrides, sort_keys=True)


def account_of(post: Post, channel: str, ui_language: str) -> tuple[str, str]:
    """``(display name, handle)`` of the organisation's account on ``channel``."""
    try:
        profile = get_profile(post.organisation)
    except UnknownOrganisation:
        return post.organisation, ""
    account = profile.accounts.get(channel)
    if account is not None:
        return account.name, account.handle or ""
    first = profile.language_order[0] if profile.language_order else ui_language
    return profile.name(first), ""


def media_of(post: Post, channel: str, settings: Settings) -> tuple[tuple[str, str], ...]:
    """``(file, alt text)`` per image: the alt text in the organisation's first language
    that has one (a card of a channel that needs an image and gets none says so itself,
    from the channel's spec)."""
    del channel, settings  # every network shows the same pictures, cropped its own way
    try:
        order = get_profile(post.organisation).language_order
    except UnknownOrganisation:
        order = list(post.versions)
    shown = []
    for item in post.media:
        alt = next((item.alt[lang] for lang in order if item.alt.get(lang, "").strip()), "")
        shown.append((item.file, alt))
    return tuple(shown)


def previews_from(result: PipelineResult, ui_language: str, settings: Settings) -> PreviewSet:
    """The previews of the post's selected channels from a check's ``result`` (an unknown
    channel is kept as the set's error, not raised)."""
    post = result.post
    channels = tuple(dict.fromkeys(post.channels))
    found = PreviewSet(channels, ui_language, settings_key(settings))
    unreviewed = [f for f in result.findings if f.rule == "language.unreviewed"]
    for channel in channels:
        export = result.exports.get(channel)
        if export is None:
            found.error = str(UnknownChannelError(channel))
            continue
        found.previews[channel] = Preview(
            channel, export, account_of(post, channel, ui_language),
            media_of(post, channel, settings),
            (*result.channel_findings(channel), *unreviewed),
        )
    return found


def clipboard_text(export: ChannelExport, part: int | None = None) -> str:
    """The text Copy puts on the clipboard: one part, or all parts joined by ``---``."""
    if part is not None:
        return export.posts[part]
    return export_text(export)
