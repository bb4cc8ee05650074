"""Channel specifications: each network's limits, read from ``resources/channels.toml``
and adjusted by the user's ``Settings.channel_overrides``.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from composer.model import CHANNELS
from composer.resources import ResourceError, load_toml
from composer.settings import Settings

#: Counting methods a channel may name in ``counting``.
COUNTING_METHODS: tuple[str, ...] = ("x-weighted", "graphemes", "threads", "mastodon", "utf8-bytes")


class UnknownChannelError(KeyError):
    """A channel id that is not one of :data:`composer.model.CHANNELS`."""

    def __init__(self, channel_id: str) -> None:
        super().__init__(channel_id)
        self.channel_id = channel_id

    def __str__(self) -> str:
        return f"unknown channel {self.channel_id!r}; known channels: {', '.join(CHANNELS)}"


@dataclass(frozen=True)
class ChannelSpec:
    """What one network accepts and shows. Lengths are in ``counting`` units."""

    id: str
    name: str
    max_length: int
    counting: str = "graphemes"
    hashtag_limit: int | None = None
    links_clickable: bool = True
    #: The feed shows the first link of a post without an image or video as a preview
    #: card under the text, whatever the cut (Facebook, LinkedIn).
    link_preview: bool = False
    feed_cut: int | None = None
    media_required: bool = False
    max_links: int | None = None
    max_bytes: int | None = None
    url_length: int = 23
    feed_cut_lines: int | None = None
    thread: bool = False
    #: Most images or videos in one post (None: not limited here).
    max_images: int | None = None
    #: Longest alt text per image, in graphemes (None: the network publishes no limit).
    alt_max_length: int | None = None
    #: A lower ``max_length`` for a post that carries a video (TikTok).
    max_length_video: int | None = None
    #: Longest title, for networks whose post has a title field (YouTube).
    title_max_length: int | None = None
    #: Characters the network refuses in the text (YouTube: ``<`` and ``>``).
    forbidden_characters: str = ""
    #: Shapes the feed shows an image in, as (width, height); empty: the image's own.
    image_aspects: tuple[tuple[int, int], ...] = ()
    #: Where the link went, per post language, for channels whose links are not clickable.
    link_note: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: Written in place of a link, per post language ("linkki profiilissa").
    link_phrase: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    #: When each value was last set from its named source, as ISO dates per key.
    verified: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def for_post(self, has_video: bool) -> ChannelSpec:
        """The spec for a post with or without a video (TikTok's shorter video caption)."""
        if has_video and self.max_length_video is not None:
            return dataclasses.replace(self, max_length=min(self.max_length,
                                                            self.max_length_video))
        return self


_INT_KEYS = (
    "max_length",
    "hashtag_limit",
    "feed_cut",
    "max_links",
    "max_bytes",
    "url_length",
    "feed_cut_lines",
    "max_images",
    "alt_max_length",
    "max_length_video",
    "title_max_length",
)
_OPTIONAL_INT_KEYS = (
    "hashtag_limit", "feed_cut", "max_links", "max_bytes", "feed_cut_lines", "max_images",
    "alt_max_length", "max_length_video", "title_max_length",
)
_BOOL_KEYS = ("links_clickable", "link_preview", "media_required", "thread")
#: Keys a user may change in settings.
OVERRIDABLE_KEYS: tuple[str, ...] = _INT_KEYS + _BOOL_KEYS + ("counting", "forbidden_characters")


def _check_value(key: str, value: Any, where: str) -> Any:
    if key in _INT_KEYS:
        if value is None and key in _OPTIONAL_INT_KEYS:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ResourceError(f"{where}: {key} must be a positive whole number")
        return value
    if key in _BOOL_KEYS:
        if not isinstance(value, bool):
            raise ResourceError(f"{where}: {key} must be true or false")
        return value
    if key == "counting":
        if value not in COUNTING_METHODS:
            raise ResourceError(f"{where}: counting must be one of {', '.join(COUNTING_METHODS)}")
        return value
    if key in ("link_note", "link_phrase"):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ResourceError(f"{where}: {key} must be a table of texts per language")
        return dict(value)
    if key == "verified":
        if not isinstance(value, dict) or not all(
            isinstance(v, datetime.date) for v in value.values()
        ):
            raise ResourceError(f"{where}: verified must be a table of dates per key")
        return {name: day.isoformat() for name, day in value.items()}
    if key == "image_aspects":
        shapes = []
        for item in value if isinstance(value, list) else [None]:
            width, _, height = str(item).partition(":")
            if not (width.isdigit() and height.isdigit() and int(width) and int(height)):
                raise ResourceError(f"{where}: image_aspects must be a list like [\"4:5\"]")
            shapes.append((int(width), int(height)))
        return tuple(shapes)
    if key == "forbidden_characters":
        if not isinstance(value, str):
            raise ResourceError(f"{where}: forbidden_characters must be a text")
        return value
    if key == "name":
        if not isinstance(value, str) or not value:
            raise ResourceError(f"{where}: name must be a text")
        return value
    raise ResourceError(f"{where}: unknown key {key!r}")


@cache
def _base_specs() -> dict[str, ChannelSpec]:
    data = load_toml("channels.toml")
    specs: dict[str, ChannelSpec] = {}
    for channel_id in CHANNELS:
        table = data.get(channel_id)
        where = f"resources/channels.toml [{channel_id}]"
        if not isinstance(table, dict):
            raise ResourceError(f"{where}: missing")
        values = {key: _check_value(key, value, where) for key, value in table.items()}
        if "max_length" not in values or "name" not in values:
            raise ResourceError(f"{where}: name and max_length are required")
        specs[channel_id] = ChannelSpec(id=channel_id, **values)
    return specs


def _overrides(channel_id: str, settings: Settings | None) -> dict[str, Any]:
    """The user's valid changes to a channel; invalid entries are ignored, not fatal."""
    if settings is None:
        return {}
    raw = settings.channel_overrides.get(channel_id)
    if not isinstance(raw, dict):
        return {}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in OVERRIDABLE_KEYS:
            continue
        try:
            values[key] = _check_value(key, value, "settings")
        except ResourceError:
            continue
    return values


def get_spec(channel_id: str, settings: Settings | None = None) -> ChannelSpec:
    """The spec of ``channel_id`` with the user's overrides applied.

    Raises :class:`UnknownChannelError` (a ``KeyError``) for an unknown id.
    """
    try:
        base = _base_specs()[channel_id]
    except KeyError:
        raise UnknownChannelError(channel_id) from None
    changes = _overrides(channel_id, settings)
    return dataclasses.replace(base, **changes) if changes else base


def channel_name(channel_id: str, settings: Settings | None = None) -> str:
    """The network's name as people know it ("Facebook", "X"); an unknown id as it is."""
    try:
        return get_spec(channel_id, settings).name
    except UnknownChannelError:
        return channel_id
