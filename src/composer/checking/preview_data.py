"""What the channel previews show, computed without Qt: each selected channel's export
(the core's :func:`~composer.channels.export.export_channel`), the account it is posted
from and the image placeholders.

:func:`previews_for_check` runs in the checking process with every check, so a long
post's export never runs in the window's process (a Python thread there would hold the
interpreter lock while the window lays out and paints).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from composer.channels import UnknownChannelError, get_spec
from composer.channels.export import ChannelExport, export_channel, export_text
from composer.model import Post
from composer.profiles import UnknownOrganisation, get_profile
from composer.settings import Settings


@dataclass(frozen=True)
class Preview:
    """What one channel's card shows."""

    channel: str
    export: ChannelExport
    account: tuple[str, str]
    media: tuple[tuple[str, bool], ...]


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


def media_of(post: Post, channel: str, settings: Settings) -> tuple[tuple[str, bool], ...]:
    """``(alt text, missing)`` per image: the alt text in the organisation's first language
    that has one; ``missing`` marks a placeholder for a channel that needs an image."""
    try:
        order = get_profile(post.organisation).language_order
    except UnknownOrganisation:
        order = list(post.versions)
    shown = []
    for item in post.media:
        alt = next((item.alt[lang] for lang in order if item.alt.get(lang, "").strip()), "")
        shown.append((alt, False))
    if not shown and get_spec(channel, settings).media_required:
        shown.append(("", True))
    return tuple(shown)


def build_previews(post: Post, channels: list[str], settings: Settings,
                   ui_language: str) -> dict[str, Preview]:
    """Export ``post`` for each of ``channels``; safe to run in a worker thread."""
    return {
        channel: Preview(
            channel,
            export_channel(post, channel, settings=settings, ui_language=ui_language),
            account_of(post, channel, ui_language),
            media_of(post, channel, settings),
        )
        for channel in channels
    }


def previews_for_check(post: Post, ui_language: str, settings: Settings) -> PreviewSet:
    """The previews of ``post``'s channels, for a check result (errors kept, not raised:
    the window then exports on its own)."""
    channels = tuple(dict.fromkeys(post.channels))
    found = PreviewSet(channels, ui_language, settings_key(settings))
    try:
        found.previews = build_previews(post, list(channels), settings, ui_language)
    except (UnknownChannelError, UnknownOrganisation, ValueError) as exc:
        found.error = str(exc)
    return found


def clipboard_text(export: ChannelExport, part: int | None = None) -> str:
    """The text Copy puts on the clipboard: one part, or all parts joined by ``---``."""
    if part is not None:
        return export.posts[part]
    return export_text(export)
