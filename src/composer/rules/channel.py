"""Rule family ``channel``: what each selected network will do with the post.

The findings are the channel export's own (:func:`composer.channels.export.export_channel`),
so the check and the ready-to-paste text always agree:

- ``channel.length``: over the limit (error) on networks without threads; on X, Bluesky,
  Threads and Mastodon, information that the post becomes one post per language or a
  numbered thread of N parts (error only when a part still cannot fit);
- ``channel.hashtags``: more hashtags than the network accepts, and which the export
  leaves out;
- ``channel.links``: more links than Threads publishes; links moved out where they are
  not clickable (Instagram, TikTok, Pinterest);
- ``channel.cut``: a date, time, link or place only after the feed's "See more" cut.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from composer.channels import UnknownChannelError
from composer.channels.export import export_channel
from composer.model import Finding, Post
from composer.rules.base import CheckContext, PostRule, Rule

_CACHE_SIZE = 128


class ChannelRule(PostRule):
    family = "channel"

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple, tuple[Finding, ...]] = OrderedDict()

    def _findings(self, post: Post, channel: str, ctx: CheckContext) -> tuple[Finding, ...]:
        key = (
            channel,
            post.organisation,
            tuple(sorted(post.versions.items())),
            ctx.profile.id,
            id(ctx.profile),
            ctx.ui_language,
            ctx.settings.fingerprint(),
        )
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        export = export_channel(
            post, channel, settings=ctx.settings, ui_language=ctx.ui_language,
            profile=ctx.profile,
        )
        found = tuple(export.findings)
        self._cache[key] = found
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def check_post(self, post: Post, ctx: CheckContext) -> Iterable[Finding]:
        seen: set[tuple[str, str]] = set()
        for channel in dict.fromkeys(post.channels):
            try:
                findings = self._findings(post, channel, ctx)
            except UnknownChannelError:
                continue
            for finding in findings:
                if (finding.rule, finding.message) not in seen:
                    seen.add((finding.rule, finding.message))
                    yield finding


RULES: list[Rule] = [ChannelRule()]
