"""Post length as each network counts it.

- graphemes: grapheme clusters (``regex`` ``\\X``), what a person sees as one character;
- mastodon: graphemes, with every http(s) URL counted as the spec's ``url_length`` and a
  remote mention ``@user@server`` counted as ``@user``;
- x-weighted: the twitter-text v3 weighted length (:mod:`composer.channels.twitter`);
- utf8-bytes: bytes of the UTF-8 encoding.

Bluesky's second limit (3,000 UTF-8 bytes) is checked with :func:`utf8_length`.
"""

from __future__ import annotations

import regex

from composer.channels.spec import ChannelSpec, get_spec
from composer.settings import Settings

_GRAPHEME = regex.compile(r"\X")
# Mastodon's StatusLengthValidator: URLs by Twitter::TwitterText::Regex[:valid_url] with an
# http(s) scheme, remote mentions by Account::MENTION_RE (the "@server" part is not counted).
_MASTODON_URL = regex.compile(r"(?<![\w@/])https?://[^\s<>\"]+", regex.IGNORECASE)
_MASTODON_MENTION = regex.compile(
    r"(?<=^|[^\w/\\])@(\w+(?:[\w.-]+\w+)?)@[\w.-]+\w+(?:\.\w+)*", regex.IGNORECASE
)


def grapheme_length(text: str) -> int:
    """Number of grapheme clusters (extended, Unicode 15 rules of ``regex``)."""
    if text.isascii():
        # ASCII has one cluster per character except CR LF.
        return len(text) - text.count("\r\n")
    return len(_GRAPHEME.findall(text))


def utf8_length(text: str) -> int:
    return len(text.encode("utf-8"))


def mastodon_length(text: str, url_length: int = 23) -> int:
    """Mastodon's count: URLs are ``url_length`` each, ``@user@server`` counts as ``@user``."""
    from composer.channels.urls import trim_url_end

    parts: list[str] = []
    extra = 0
    index = 0
    for match in _MASTODON_URL.finditer(text):
        end = trim_url_end(text, match.start(), match.end())
        if end < index:
            continue
        parts.append(text[index : match.start()])
        extra += url_length
        index = end
    parts.append(text[index:])
    rest = "".join(parts)
    rest = _MASTODON_MENTION.sub(lambda m: "@" + m.group(1), rest)
    return grapheme_length(rest) + extra


def count_spec(text: str, spec: ChannelSpec) -> int:
    """``text``'s length in ``spec``'s counting units."""
    if spec.counting == "x-weighted":
        from composer.channels.twitter import weighted_length

        return weighted_length(text)
    if spec.counting == "mastodon":
        return mastodon_length(text, spec.url_length)
    if spec.counting == "utf8-bytes":
        return utf8_length(text)
    return grapheme_length(text)


def count(text: str, channel_id: str, settings: Settings | None = None) -> int:
    """``text``'s length as ``channel_id`` counts it (see :func:`get_spec` for the limit)."""
    return count_spec(text, get_spec(channel_id, settings))
