"""The portable post file: JSON, UTF-8, as written by the app and read by the CLI.

Missing keys mean empty. Anything unusable raises :class:`PostFileError`, whose message
names the file and the field.
"""

from __future__ import annotations

import datetime
import json
import os
from typing import Any

from composer.model import CHANNELS, LANGUAGES, MAX_VERSION_CHARACTERS, ROLES, Media, Post
from composer.profiles import UnknownOrganisation, load_profiles
from composer.safe_io import (
    loads_json,
    lone_surrogate,
    read_limited,
    without_lone_surrogates,
    write_atomic,
)

#: The suffix the desktop integration associates with the app.
POST_SUFFIX = ".post.json"
#: The largest post file read (each version at most
#: :data:`composer.model.MAX_VERSION_CHARACTERS` characters).
MAX_FILE_BYTES = 16 * 1024 * 1024


class PostFileError(Exception):
    """A post file that cannot be used."""

    def __init__(self, source: str, field: str | None, message: str) -> None:
        self.source = source
        self.field = field
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {message}")


def _expect(value: Any, kind: type | tuple[type, ...], source: str, field: str) -> Any:
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        json_names = {"str": "a string", "list": "a list", "dict": "an object"}
        raise PostFileError(source, field, f"must be {json_names.get(names, names)}")
    if isinstance(value, str):
        position = lone_surrogate(value)
        if position >= 0:
            raise PostFileError(
                source, field,
                f"not valid Unicode text (an unpaired surrogate \\u{ord(value[position]):04x}"
                f" at character {position + 1})",
            )
    return value


def post_from_dict(data: Any, source: str = "<post>", check_organisation: bool = True) -> Post:
    """Build a :class:`Post` from decoded JSON, validating every field."""
    _expect(data, dict, source, "(top level)")
    org = _expect(data.get("organisation", "jakobstad"), str, source, "organisation")
    if check_organisation:
        try:
            load_profiles().get(org)
        except UnknownOrganisation as exc:
            raise PostFileError(source, "organisation", str(exc)) from None
    role = _expect(data.get("role", "organisation"), str, source, "role")
    if role not in ROLES:
        raise PostFileError(source, "role", f"unknown role {role!r} (known: {', '.join(ROLES)})")
    channels = _expect(data.get("channels", []), list, source, "channels")
    for i, channel in enumerate(channels):
        if channel not in CHANNELS:
            raise PostFileError(
                source, f"channels[{i}]",
                f"unknown channel {channel!r} (known: {', '.join(CHANNELS)})",
            )
    versions = _expect(data.get("versions", {}), dict, source, "versions")
    for lang, text in versions.items():
        if lang not in LANGUAGES:
            raise PostFileError(
                source, f"versions.{lang}", f"unknown language (known: {', '.join(LANGUAGES)})"
            )
        _expect(text, str, source, f"versions.{lang}")
    media = []
    for i, item in enumerate(_expect(data.get("media", []), list, source, "media")):
        _expect(item, dict, source, f"media[{i}]")
        file = _expect(item.get("file", ""), str, source, f"media[{i}].file")
        alt = _expect(item.get("alt", {}), dict, source, f"media[{i}].alt")
        for lang, text in alt.items():
            if lang not in LANGUAGES:
                raise PostFileError(source, f"media[{i}].alt.{lang}", "unknown language")
            _expect(text, str, source, f"media[{i}].alt.{lang}")
        media.append(Media(file=file, alt=dict(alt)))
    unreviewed = _expect(data.get("unreviewed", []), list, source, "unreviewed")
    for i, lang in enumerate(unreviewed):
        if lang not in LANGUAGES:
            raise PostFileError(source, f"unreviewed[{i}]", "unknown language")
    publish_on = data.get("publish_on")
    if publish_on is not None:
        _expect(publish_on, str, source, "publish_on")
        try:
            publish_on = datetime.date.fromisoformat(publish_on)
        except ValueError:
            raise PostFileError(
                source, "publish_on", f"{publish_on!r} is not a date (YYYY-MM-DD)"
            ) from None
    return Post(
        organisation=org,
        role=role,
        channels=list(dict.fromkeys(channels)),
        versions=dict(versions),
        media=media,
        unreviewed=list(unreviewed),
        publish_on=publish_on,
    )


def parse_post(text: str, source: str = "<post>", stored: bool = False) -> Post:
    """The post in JSON ``text``. ``stored``: one the app wrote itself (text kept aside
    from a draft), read back whole like a draft: no length limit, and an organisation no
    longer known is kept."""
    try:
        data = loads_json(text, unique_keys=not stored)
    except json.JSONDecodeError as exc:
        raise PostFileError(
            source, None, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except ValueError as exc:  # nested too deeply, a number with thousands of digits
        raise PostFileError(source, None, f"unusable JSON: {exc}") from None
    post = post_from_dict(data, source, check_organisation=not stored)
    if stored:
        return post
    # Only what comes in is limited: a draft already stored is always read back whole.
    for lang, text in post.versions.items():
        if len(text) > MAX_VERSION_CHARACTERS:
            raise PostFileError(
                source, f"versions.{lang}",
                f"{len(text):,} characters; a version can have at most "
                f"{MAX_VERSION_CHARACTERS:,}",
            )
    return post


def load_post(path: str | os.PathLike[str], stored: bool = False) -> Post:
    """Read a post file; raises :class:`PostFileError` naming the file and field.
    ``stored``: see :func:`parse_post`."""
    source = os.fspath(path)
    try:
        raw = read_limited(path, MAX_FILE_BYTES)
    except OSError as exc:
        raise PostFileError(source, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PostFileError(source, None, f"not UTF-8 text (byte {exc.start})") from None
    return parse_post(text, source, stored)


def dumps_post(post: Post) -> str:
    """The post as JSON text (an unpaired surrogate, not valid Unicode, becomes U+FFFD)."""
    return without_lone_surrogates(json.dumps(post.to_dict(), ensure_ascii=False, indent=2)) + "\n"


def save_post(post: Post, path: str | os.PathLike[str]) -> str:
    """Write atomically: a failed write (full disk) leaves any earlier file intact; the
    file is flushed to disk before it replaces the old one, readable by the owner only.
    Returns what was at ``path`` before ("" for nothing; see :func:`write_atomic`)."""
    return write_atomic(path, dumps_post(post).encode("utf-8")).replaced

