"""Post length as each network counts it.

- graphemes: grapheme clusters (``regex`` ``\\X``), what a person sees as one character.
  Bluesky counts so (its 3,000-byte limit is checked with :func:`utf8_length`); the text
  is counted as pasted: the official app may shorten long links when it posts, other
  clients do not, so a text that fits here fits everywhere.
- threads: graphemes, but an emoji counts its UTF-8 bytes (Threads API, "Posts":
  "Emojis are counted as the number of UTF-8 bytes").
- mastodon: graphemes, every http(s) URL counts the spec's ``url_length`` and a remote
  mention ``@user@server`` counts as ``@user`` (Mastodon's StatusLengthValidator).
- x-weighted: the twitter-text v3 weighted length (:mod:`composer.channels.twitter`).
- utf8-bytes: bytes of the UTF-8 encoding (YouTube descriptions).
"""

from __future__ import annotations

import regex

from composer.channels.emoji import may_contain_emoji
from composer.channels.spec import ChannelSpec, get_spec
from composer.channels.urls import extract_mastodon_urls
from composer.settings import Settings

_GRAPHEME = regex.compile(r"\X")
_MAY_COMBINE = regex.compile(r"[^\x00-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]")
# Mastodon's Account::MENTION_RE: @user or @user@server, not inside a word or a path.
_MASTODON_MENTION = regex.compile(
    r"(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(@\w+(?:[.-]+\w+)*)?", regex.IGNORECASE
)
_EMOJI_START = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}]|.\uFE0F|.\u20E3")


def one_per_character(text: str) -> bool:
    """Whether every character of ``text`` is a grapheme cluster of its own."""
    return "\r" not in text and not _MAY_COMBINE.search(text)


def grapheme_length(text: str) -> int:
    """Number of extended grapheme clusters."""
    if not _MAY_COMBINE.search(text):
        # Latin letters, general punctuation (dashes, quotes) and € never combine: one
        # cluster per character except CR LF.
        return len(text) - text.count("\r\n")
    return len(_GRAPHEME.findall(text))


def utf8_length(text: str) -> int:
    # An unpaired surrogate (not valid Unicode) counts as the 3 bytes of U+FFFD.
    return len(text.encode("utf-8", "surrogatepass"))


def threads_length(text: str) -> int:
    """Graphemes, with each emoji counted as its UTF-8 byte length."""
    if text.isascii() or (
        # Below U+203C only © and ® are pictographs (see channels.emoji).
        not may_contain_emoji(text) and "\u00a9" not in text and "\u00ae" not in text
    ) or not _EMOJI_START.search(text):
        return grapheme_length(text)
    total = 0
    for cluster in _GRAPHEME.findall(text):
        if _EMOJI_START.match(cluster):
            total += len(cluster.encode("utf-8", "surrogatepass"))
        else:
            total += 1
    return total


def mastodon_countable(text: str, url_length: int = 23) -> str:
    """The text Mastodon counts: URLs as ``url_length`` placeholders, remote mentions
    without their server."""
    entities: list[tuple[int, int, str]] = [
        (url.start, url.end, "x" * url_length) for url in extract_mastodon_urls(text)
    ]
    for match in _MASTODON_MENTION.finditer(text):
        if match.group(2):
            entities.append((match.start(), match.end(), "@" + match.group(1)))
    entities.sort()
    parts: list[str] = []
    index = 0
    for start, end, replacement in entities:
        if start < index:
            continue  # overlaps an earlier entity
        parts.append(text[index:start])
        parts.append(replacement)
        index = end
    parts.append(text[index:])
    return "".join(parts)


def mastodon_length(text: str, url_length: int = 23) -> int:
    return grapheme_length(mastodon_countable(text, url_length))


def count_spec(text: str, spec: ChannelSpec) -> int:
    """``text``'s length in ``spec``'s counting units."""
    if spec.counting == "x-weighted":
        from composer.channels.twitter import weighted_length

        return weighted_length(text)
    if spec.counting == "mastodon":
        return mastodon_length(text, spec.url_length)
    if spec.counting == "threads":
        return threads_length(text)
    if spec.counting == "utf8-bytes":
        return utf8_length(text)
    return grapheme_length(text)


def invalid_characters(text: str, spec: ChannelSpec) -> list[str]:
    """Characters of ``text`` that make it no valid post on ``spec``'s network, each once:
    on X those twitter-text treats as invalid (U+FFFE, U+FEFF, U+FFFF), on YouTube the
    ``forbidden_characters`` ``<`` and ``>``."""
    found: list[str] = []
    if spec.counting == "x-weighted":
        from composer.channels.twitter import INVALID_CHARACTERS

        found = [ch for ch in sorted(INVALID_CHARACTERS) if ch in text]
    return found + [ch for ch in spec.forbidden_characters if ch in text and ch not in found]


def within_limits(text: str, spec: ChannelSpec) -> bool:
    """Whether ``text`` is within every length limit of ``spec`` (what a thread split
    asks of each part)."""
    if count_spec(text, spec) > spec.max_length:
        return False
    return spec.max_bytes is None or utf8_length(text) <= spec.max_bytes


def fits(text: str, spec: ChannelSpec) -> bool:
    """Whether ``text`` is within every length limit of ``spec`` and a valid post there
    (no character the network refuses, see :func:`invalid_characters`)."""
    return within_limits(text, spec) and not invalid_characters(text, spec)


def count(text: str, channel_id: str, settings: Settings | None = None) -> int:
    """``text``'s length as ``channel_id`` counts it (see :func:`get_spec` for the limit)."""
    return count_spec(text, get_spec(channel_id, settings))
