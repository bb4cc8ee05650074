"""Rule family ``channel``: what each selected network will do with the post.

The findings are what the check's export of each channel noted
(:class:`composer.channels.export.ExportNote`; the export is made once per check and is
the same text the previews show and Copy puts on the clipboard), each carrying its
channel in :attr:`composer.model.Finding.channel`:

- ``channel.length``: over the limit (error) on networks without threads; on X, Bluesky,
  Threads and Mastodon, information that the post becomes one post per language or a
  numbered thread of N parts (error only when a part still cannot fit);
- ``channel.hashtags``: more hashtags than the network accepts, and which the export
  leaves out;
- ``channel.links``: more links than Threads publishes; links moved out where they are
  not clickable (Instagram, TikTok, Pinterest);
- ``channel.cut``: a date, time, link or place only after the feed's "See more" cut;
- ``channel.characters``: characters the network refuses (X: U+FFFE, U+FEFF, U+FFFF,
  which twitter-text treats as invalid; YouTube: ``<`` and ``>``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from composer.channels import ChannelSpec, UnknownChannelError, get_spec
from composer.channels.export import ExportNote
from composer.model import Finding, Post
from composer.resources import load_toml
from composer.rules.base import CheckContext, PostRule, Rule


def _kind_names(kinds: list[str], ui_language: str) -> str:
    """``date, link`` in the UI language."""
    names = load_toml("messages", "channel.toml").get("kind-names", {})
    return ", ".join(
        names.get(kind, {}).get(ui_language) or names.get(kind, {}).get("en", kind)
        for kind in kinds
    )


def _params(note: ExportNote, spec: ChannelSpec, ui_language: str) -> dict[str, Any]:
    """The message parameters of ``note`` in the UI language."""
    params = dict(note.params, channel=spec.name)
    if "kinds" in params:
        params["kinds"] = _kind_names(params["kinds"], ui_language)
    if "note_language" in params:
        first = params.pop("note_language")
        params["note"] = (spec.link_phrase.get(ui_language) or spec.link_phrase.get(first)
                          or spec.link_note.get(ui_language) or spec.link_note.get(first, ""))
    return params


class ChannelRule(PostRule):
    family = "channel"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterator[Finding]:
        for channel in dict.fromkeys(post.channels):
            try:
                export = ctx.export(channel)
            except UnknownChannelError:
                continue
            spec = get_spec(channel, ctx.settings)
            for note in export.notes:
                yield ctx.finding(
                    note.rule, note.severity, note.bases, language=note.language,
                    start=note.start, end=note.end, for_channel=export.channel,
                    message_id=f"channel.{note.key}", **_params(note, spec, ctx.ui_language),
                )


RULES: list[Rule] = [ChannelRule()]
