"""X post length: twitter-text's ``parseTweet`` weighted length (config v3 by default).

The text is NFC-normalised; every URL (see :mod:`composer.channels.urls`) counts
``transformed_url_length``; with emoji parsing each emoji sequence counts the default
weight once; every other character weighs by its code point's range. Indices in
:class:`ParseResult` are UTF-16 code units, as in twitter-text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from composer.channels.emoji import EMOJI_SEQUENCE, may_contain_emoji
from composer.channels.urls import extract_urls
from composer.resources import load_toml

#: Characters that make a text no valid post (twitter-text's INVALID_CHARACTERS).
INVALID_CHARACTERS = frozenset("\ufffe\ufeff\uffff")
_INVALID_CHARACTERS = INVALID_CHARACTERS
#: Distinct characters outside the uniform-weight range counted one by one (more: by class).
MAX_OTHERS = 16


@dataclass(frozen=True)
class TwitterConfig:
    max_weighted_length: int = 280
    scale: int = 100
    default_weight: int = 200
    transformed_url_length: int = 23
    emoji_parsing: bool = True
    ranges: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TwitterConfig:
        """From the TOML table or twitter-text's JSON config (camelCase keys)."""

        def get(snake: str, camel: str, default: Any) -> Any:
            return data.get(snake, data.get(camel, default))

        return cls(
            max_weighted_length=get("max_weighted_length", "maxWeightedTweetLength", 280),
            scale=get("scale", "scale", 100),
            default_weight=get("default_weight", "defaultWeight", 200),
            transformed_url_length=get("transformed_url_length", "transformedURLLength", 23),
            emoji_parsing=get("emoji_parsing", "emojiParsingEnabled", False),
            ranges=tuple((r["start"], r["end"], r["weight"]) for r in data.get("ranges", ())),
        )

    def weight(self, code_point: int) -> int:
        for start, end, weight in self.ranges:
            if start <= code_point <= end:
                return weight
        return self.default_weight


@cache
def default_config() -> TwitterConfig:
    return TwitterConfig.from_dict(load_toml("twitter-text.toml")["config"])


@dataclass(frozen=True)
class ParseResult:
    weighted_length: int
    valid: bool
    permillage: int
    valid_range_end: int
    display_range_end: int


def _utf16(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def parse(text: str, config: TwitterConfig | None = None) -> ParseResult:
    """twitter-text ``parseTweet``: weighted length, validity and the valid range."""
    config = config or default_config()
    normalized = unicodedata.normalize("NFC", text)
    urls = {url.start: url.end for url in extract_urls(normalized)}
    emoji: dict[int, int] = {}
    if config.emoji_parsing:
        emoji = {m.start(): m.end() for m in EMOJI_SEQUENCE.finditer(normalized)}
    limit = config.max_weighted_length * config.scale
    weighted = 0
    valid = True
    valid_end = 0  # UTF-16 index of the last character within the limit
    position = 0  # UTF-16 index of the current character
    index = 0
    length = len(normalized)
    while index < length:
        if index in urls:
            end = urls[index]
            weighted += config.transformed_url_length * config.scale
        elif index in emoji:
            end = emoji[index]
            weighted += config.default_weight
        else:
            end = index + 1
            weighted += config.weight(ord(normalized[index]))
        span = sum(_utf16(ch) for ch in normalized[index:end])
        last = position + span - 1
        if valid:
            valid = normalized[end - 1] not in _INVALID_CHARACTERS
        if valid and weighted <= limit:
            valid_end = last
        position += span
        index = end
    total = weighted // config.scale
    valid = valid and 0 < total <= config.max_weighted_length
    utf16_text = sum(_utf16(ch) for ch in text)
    return ParseResult(
        weighted_length=total,
        valid=valid,
        permillage=total * 1000 // config.max_weighted_length,
        valid_range_end=valid_end + (utf16_text - position),
        display_range_end=max(utf16_text - 1, 0),
    )


@cache
def _weight_classes(config: TwitterConfig) -> tuple[tuple[regex.Pattern[str], int], ...]:
    """One character class per weight that differs from the default."""
    by_weight: dict[int, list[str]] = {}
    for start, end, weight in config.ranges:
        if weight != config.default_weight:
            by_weight.setdefault(weight, []).append(f"\\U{start:08X}-\\U{end:08X}")
    return tuple(
        (regex.compile("[" + "".join(ranges) + "]"), weight)
        for weight, ranges in by_weight.items()
    )


@cache
def _uniform_start(config: TwitterConfig) -> tuple[str, int] | None:
    """The highest character up to which every code point weighs the same, and that
    weight (v3: U+0000–U+10FF weigh 100), so most texts need no per-class counting."""
    end, weight = -1, None
    for start, stop, range_weight in sorted(config.ranges):
        if start != end + 1 or weight not in (None, range_weight):
            break
        end, weight = stop, range_weight
    return (chr(end), weight) if weight is not None else None


@cache
def above(highest: str) -> regex.Pattern[str]:
    """Any character above ``highest``."""
    return regex.compile(f"[^\\x00-\\U{ord(highest):08X}]")


def weighted_length(text: str, config: TwitterConfig | None = None) -> int:
    """The length X shows for ``text``: :func:`parse`'s weighted length, computed
    without walking the text character by character."""
    config = config or default_config()
    if text.isascii() and "." not in text and config is default_config():
        return len(text)  # no URL, every ASCII character weighs 1
    return weighted_units(unicodedata.normalize("NFC", text), config) // config.scale


def weighted_units(normalized: str, config: TwitterConfig) -> int:
    """The weight of an NFC-normalised text before dividing by ``config.scale``."""
    spans = [(u.start, 0, u.end, config.transformed_url_length * config.scale)
             for u in extract_urls(normalized)]
    if config.emoji_parsing and may_contain_emoji(normalized):
        spans.extend((m.start(), 1, m.end(), config.default_weight)
                     for m in EMOJI_SEQUENCE.finditer(normalized))
    spans.sort()
    total = 0
    gaps: list[str] = []
    position = 0
    for start, _kind, end, weight in spans:
        if start < position:
            continue
        gaps.append(normalized[position:start])
        total += weight
        position = end
    gaps.append(normalized[position:])
    rest = "".join(gaps)
    uniform = _uniform_start(config)
    if uniform is not None:
        # Most characters weigh the same; the few others are counted one by one.
        highest, weight = uniform
        others = set(above(highest).findall(rest))
        if len(others) <= MAX_OTHERS:
            counted = 0
            for ch in others:
                occurrences = rest.count(ch)
                counted += occurrences
                total += occurrences * config.weight(ord(ch))
            return total + (len(rest) - counted) * weight
    total += len(rest) * config.default_weight
    for pattern, weight in _weight_classes(config):
        total += len(pattern.findall(rest)) * (weight - config.default_weight)
    return total
