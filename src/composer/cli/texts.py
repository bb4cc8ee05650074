"""The command line's own texts in the message language (en, fi or sv).

They are read from ``resources/messages/cli.toml`` with :func:`composer.i18n.message`,
like the finding messages: the header of ``composer check``, the severity names, why an
export was held back, and why a post file cannot be used. A post file error is raised
with an English message (``composer.postfile``); :func:`post_file_error` recognises its
known forms and writes them in the message language, and leaves any other as it is.
JSON output is not translated.
"""

from __future__ import annotations

import re
from typing import Any

from composer.i18n import message
from composer.model import Severity
from composer.postfile import PostFileError

FAMILY = "cli"


def text(key: str, language: str, /, count: int | None = None, **params: Any) -> str:
    """The text ``key`` of ``cli.toml`` in ``language``; with ``count`` 1 its
    ``<key>-one`` form."""
    if count is not None:
        params["count"] = count
        if count == 1:
            return message(f"{FAMILY}.{key}-one", language, **params)
    return message(f"{FAMILY}.{key}", language, **params)


def severity_label(severity: Severity, language: str) -> str:
    """``error``, ``warning`` or ``info`` in ``language`` (``virhe``, ``fel`` ...)."""
    return text(f"severity-{severity.label}", language)


#: Why a path cannot be read (``composer.safe_io.read_limited``, the system's error).
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), name)
    for pattern, name in (
        (r"larger than (?P<size>.+)", "reason-larger-than"),
        (r"a folder, not a file", "reason-folder"),
        (r"a named pipe \(FIFO\), not a file", "reason-fifo"),
        (r"a character device, not a file", "reason-character-device"),
        (r"a block device, not a file", "reason-block-device"),
        (r"a socket, not a file", "reason-socket"),
        (r"not a regular file, not a file", "reason-not-regular"),
        (r"No such file or directory", "reason-no-such-file"),
        (r"Permission denied", "reason-permission-denied"),
        (r"Is a directory", "reason-is-a-directory"),
    )
)

#: The messages of :class:`composer.postfile.PostFileError` (after ``file: field: ``).
_FILE_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), name)
    for pattern, name in (
        (r"invalid JSON at line (?P<line>\d+), column (?P<column>\d+): (?P<detail>.*)",
         "file-invalid-json"),
        (r"unusable JSON: the key (?P<key>.*) appears twice in one object",
         "file-duplicate-key"),
        (r"unusable JSON: (?P<detail>.*)", "file-unusable-json"),
        (r"cannot read: (?P<reason>.*)", "file-cannot-read"),
        (r"not UTF-8 text \(byte (?P<byte>\d+)\)", "file-not-utf8"),
        (r"unknown organisation (?P<name>.*) \(known: (?P<known>[^()]*)\)",
         "unknown-organisation"),
        (r"unknown channel (?P<name>.*) \(known: (?P<known>[^()]*)\)", "file-unknown-channel"),
        (r"unknown role (?P<name>.*) \(known: (?P<known>[^()]*)\)", "file-unknown-role"),
        (r"unknown language \(known: (?P<known>[^()]*)\)", "file-unknown-language-known"),
        (r"unknown language", "file-unknown-language"),
        (r"must be a string", "file-must-be-string"),
        (r"must be a list", "file-must-be-list"),
        (r"must be an object", "file-must-be-object"),
        (r"(?P<value>.*) is not a date \(YYYY-MM-DD\)", "file-not-a-date"),
        (r"(?P<length>[\d,]+) characters; a version can have at most (?P<limit>[\d,]+)",
         "file-too-long"),
        (r"not valid Unicode text \(an unpaired surrogate (?P<code>\\u[0-9a-fA-F]{4}) "
         r"at character (?P<position>\d+)\)", "file-surrogate"),
    )
)


def _translated(english: str, table: tuple[tuple[re.Pattern[str], str], ...],
                language: str) -> str | None:
    for pattern, name in table:
        match = pattern.fullmatch(english)
        if match is not None:
            params: dict[str, Any] = match.groupdict()
            if "reason" in params:
                params["reason"] = reason(params["reason"], language)
            return text(name, language, **params)
    return None


def reason(english: str, language: str) -> str:
    """Why a path cannot be read or written, in ``language`` (as it is if unknown)."""
    if language == "en":
        return english
    return _translated(english, _REASONS, language) or english


def post_file_error(exc: PostFileError, language: str) -> str:
    """``file: field: why`` of a post file that cannot be used, in ``language``."""
    whole = str(exc)
    if language == "en":
        return whole
    where = f"{exc.source}: {exc.field}" if exc.field else exc.source
    if not whole.startswith(f"{where}: "):
        return whole
    why = whole[len(where) + 2:]
    return f"{where}: {_translated(why, _FILE_ERRORS, language) or why}"


def unknown_channel(channel_id: str, known: tuple[str, ...] | list[str], language: str) -> str:
    return text("unknown-channel", language, name=repr(channel_id), known=", ".join(known))


def unknown_organisation(org_id: str, known: list[str], language: str) -> str:
    return text("unknown-organisation", language, name=repr(org_id), known=", ".join(known))
