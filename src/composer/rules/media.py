"""Rule family `media`: images and videos the post needs, and their alt texts.

- ``media.required``: a selected channel that cannot publish without an image or video
  (``media_required`` in the channel spec: Instagram, YouTube, TikTok, Pinterest) and the
  post has none. Whole-post error.
- ``media.alt-missing``: an image without alt text in a language the post is written in
  (WCAG 1.1.1): one warning per image and language.
- ``media.alt-meaningless``: an alt text that is only a file name or a word like "kuva",
  "bild", "image" (list in ``resources/wordlists/media.toml``).
- ``media.too-many``: more images or videos than a selected network publishes in one post
  (``max_images``: X, Bluesky and Mastodon 4, Pinterest 5, Instagram and Threads 20).
  Whole-post error, one per network.
- ``media.alt-too-long``: an alt text longer than a selected network accepts
  (``alt_max_length``: X 1,000, Mastodon 1,500, Bluesky 2,000, Pinterest 500 graphemes);
  one error per image and language, naming every network it is too long for.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import PurePath

import regex

from composer.channels import ChannelSpec, get_spec
from composer.channels.counting import grapheme_length
from composer.i18n import language_name
from composer.model import Finding, Media, Post, Severity
from composer.resources import load_toml
from composer.rules.base import CheckContext, PostRule, Rule

REQUIRED_BASES = ("media", "accounts", "caution")
COUNT_BASES = ("media", "accounts")
ALT_BASES = ("law:wcag-1-1-1", "accessibility")


@cache
def _wordlist() -> dict:
    return load_toml("wordlists", "media.toml")


@cache
def _file_name_pattern() -> regex.Pattern[str]:
    extensions = "|".join(regex.escape(e) for e in _wordlist().get("extensions", []))
    return regex.compile(rf"\.(?:{extensions})$", regex.IGNORECASE)


@cache
def _camera_patterns() -> tuple[regex.Pattern[str], ...]:
    return tuple(
        regex.compile(p, regex.IGNORECASE) for p in _wordlist().get("camera-names", [])
    )


@cache
def _placeholders() -> frozenset[str]:
    lists = _wordlist().get("placeholder-alt", {}).values()
    return frozenset(w.casefold() for words in lists for w in words)


def _placeholder(alt: str) -> bool:
    bare = regex.sub(r"[\s\d.:#()_-]+$", "", alt.casefold()).strip()
    return bare in _placeholders()


def meaningless_alt(alt: str, media: Media) -> bool:
    """Whether ``alt`` is only a file name, a camera file name or a generic word."""
    text = alt.strip().strip("\"'“”").strip()
    if not text:
        return False
    name = PurePath(media.file).name.casefold()
    folded = text.casefold()
    if folded in (name, PurePath(name).stem):
        return True
    # A file name: at most a few words ending in an image or video extension.
    if len(text.split()) <= 3 and _file_name_pattern().search(text):
        return True
    if any(p.match(text) for p in _camera_patterns()):
        return True
    return _placeholder(text)


class MediaRule(PostRule):
    family = "media"

    def check_post(self, post: Post, ctx: CheckContext) -> list[Finding]:
        specs = _specs(post, ctx)
        findings = list(self._required(post, ctx, specs))
        findings.extend(self._too_many(post, ctx, specs))
        findings.extend(self._alt_texts(post, ctx))
        findings.extend(self._alt_lengths(post, ctx, specs))
        return findings

    def _required(
        self, post: Post, ctx: CheckContext, specs: list[ChannelSpec]
    ) -> Iterator[Finding]:
        if post.media:
            return
        for spec in specs:
            if spec.media_required:
                yield ctx.finding(
                    "media.required", Severity.ERROR, REQUIRED_BASES, channel=spec.name,
                    for_channel=spec.id,
                )

    def _too_many(
        self, post: Post, ctx: CheckContext, specs: list[ChannelSpec]
    ) -> Iterator[Finding]:
        count = len(post.media)
        for spec in specs:
            if spec.max_images is not None and count > spec.max_images:
                yield ctx.finding(
                    "media.too-many", Severity.ERROR, COUNT_BASES, channel=spec.name,
                    limit=spec.max_images, count=count, for_channel=spec.id,
                )

    def _alt_lengths(
        self, post: Post, ctx: CheckContext, specs: list[ChannelSpec]
    ) -> Iterator[Finding]:
        limited = sorted(
            (spec for spec in specs if spec.alt_max_length is not None),
            key=lambda spec: spec.alt_max_length or 0,
        )
        if not limited:
            return
        languages = post.written_languages()
        for item in post.media:
            file = PurePath(item.file).name or item.file
            for language in languages:
                alt = item.alt.get(language, "").strip()
                # Cheap bound first: a text never has more graphemes than characters.
                if not alt or len(alt) <= (limited[0].alt_max_length or 0):
                    continue
                length = grapheme_length(alt)
                over = [s for s in limited if length > (s.alt_max_length or 0)]
                if not over:
                    continue
                yield ctx.finding(
                    "media.alt-too-long", Severity.ERROR, ALT_BASES, language=language,
                    file=file, version=language_name(language, ctx.ui_language),
                    length=length, limit=over[0].alt_max_length,
                    channels=", ".join(
                        f"{s.name} ({s.alt_max_length})" for s in over
                    ),
                )

    def _alt_texts(self, post: Post, ctx: CheckContext) -> Iterator[Finding]:
        languages = post.written_languages()
        for item in post.media:
            file = PurePath(item.file).name or item.file
            for language in languages:
                alt = item.alt.get(language, "")
                if not alt.strip():
                    yield ctx.finding(
                        "media.alt-missing", Severity.WARNING, ALT_BASES, language=language,
                        file=file, version=language_name(language, ctx.ui_language),
                    )
                elif meaningless_alt(alt, item):
                    yield ctx.finding(
                        "media.alt-meaningless", Severity.WARNING, ALT_BASES,
                        language=language, file=file, alt=alt.strip(),
                        version=language_name(language, ctx.ui_language),
                    )


def _specs(post: Post, ctx: CheckContext) -> list[ChannelSpec]:
    """The specs of the post's selected channels, each once; unknown ids are skipped."""
    specs = []
    for channel in dict.fromkeys(post.channels):
        try:
            specs.append(get_spec(channel, ctx.settings))
        except KeyError:
            continue
    return specs


RULES: list[Rule] = [MediaRule()]
