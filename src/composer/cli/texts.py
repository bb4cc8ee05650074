"""The command line's own texts in the message language (en, fi or sv).

They are read from ``resources/messages/cli.toml`` with :func:`composer.i18n.message`,
like the finding messages: the header of ``composer check``, the severity names, why an
export was held back, why a post file cannot be used, what ``composer doctor`` found and
what ``composer team`` did. Post file errors, team-space errors and the spell checkers'
notes are made with an English message (``composer.postfile``, ``composer.team``,
``composer.spelling.status``); :func:`post_file_error`, :func:`team_error` and
:func:`spelling_note` recognise their known forms and write them in the message
language, and leave any other (or any longer than MAX_TRANSLATED) as it is. JSON output
is not translated. The window shows the details of post file and team errors in its UI
language with the same two functions.
"""

from __future__ import annotations

import re
from typing import Any

from composer.i18n import message
from composer.model import Severity
from composer.postfile import PostFileError
from composer.resources import load_toml

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
        (r"a character device is in the way; it was left alone",
         "reason-character-device-in-the-way"),
        (r"a block device is in the way; it was left alone", "reason-block-device-in-the-way"),
        (r"nested too deeply", "detail-nested-too-deeply"),
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


#: What ``composer doctor`` shows of the spell checkers (``composer.spelling.status``):
#: why one is missing and the notes about the one in use.
_SPELLING: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), name)
    for pattern, name in (
        (r"dictionary from Debian package (?P<package>\S+)", "spelling-debian-package"),
        (r"(?P<preferred>\S+) is not installed; using (?P<name>\S+)", "spelling-using-other"),
        (r"pyspellchecker is missing: quick suggestions use simple edits",
         "spelling-no-pyspellchecker"),
        (r"suggestions ranked by pyspellchecker (?P<version>.*)", "spelling-pyspellchecker"),
        (r"Finnish needs Voikko: Debian packages (?P<first>\S+) and (?P<second>\S+), "
         r"pip package (?P<pip>\S+) \((?P<detail>.*)\)", "spelling-needs-voikko"),
        (r"not installed: Hunspell dictionary (?P<dictionaries>.+?): "
         r"Debian package (?P<package>\S+), pip package (?P<pip>\S+)",
         "spelling-needs-hunspell"),
        (r"the chunspell Python package is missing \((?P<detail>.*)\)",
         "spelling-no-chunspell"),
        (r"no spell engine for this language", "spelling-no-engine"),
    )
)

#: The messages of :mod:`composer.team` errors (and of ``composer team`` itself); after
#: ``where: `` when they start so (:func:`team_error`).
_TEAM_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.DOTALL), name)
    for pattern, name in (
        (r"no team space: give a folder or a WebDAV address \(--team, or "
         r"Preferences › Team space\)", "team-no-space"),
        (r"a team space is a folder or an https:// address", "team-not-a-space"),
        (r"unknown status (?P<name>.+) \(known: (?P<known>[^()]*)\)", "team-unknown-status"),
        (r"unknown status (?P<name>.+)", "team-file-unknown-status"),
        (r"(?P<id>.+) is not a team post id \(32 hexadecimal digits\)", "team-not-an-id"),
        (r"a team post (?P<id>\S+) already exists", "team-exists"),
        (r"others kept changing the post; try again", "team-kept-changing"),
        (r"(?P<who>.+) changed post (?P<id>\S+) at (?P<at>\S+), after the version you "
         r"started from\. Both versions are kept in the team space (?P<space>.+): theirs as "
         r"(?P<theirs>\S+), yours as (?P<yours>\S+)\. Choose one in the Review list\.",
         "team-conflict"),
        (r"the comment is empty", "team-comment-empty"),
        (r"the comment is longer than (?P<limit>\d+) characters", "team-comment-too-long"),
        (r"unknown language (?P<name>.+) \(known: (?P<known>[^()]*)\)",
         "team-unknown-language"),
        (r"a comment on a span needs the language of the version \(--lang\)",
         "team-span-needs-language"),
        (r"a comment's span needs a start and an end, start ≤ end", "team-span-bounds"),
        (r"the span (?P<start>\d+)-(?P<end>\d+) is beyond the (?P<language>\S+) text "
         r"\((?P<length>\d+) characters\)", "team-span-beyond"),
        (r"(?P<id>\S+) is already (?P<status>.+?) by (?P<who>.+) at (?P<at>\S+); "
         r"nothing was changed", "team-status-already-by"),
        (r"(?P<id>\S+) is already (?P<status>.+?); nothing was changed",
         "team-status-already"),
        (r"(?P<id>\S+) is (?P<current>.+?): it cannot become (?P<status>.+)",
         "team-status-cannot-become"),
        (r"(?P<id>\S+) has (?P<count>\d+) open error\(s\); approve anyway only after "
         r"reading them", "team-open-errors"),
        (r"no permission to read or write in the team folder", "team-no-permission"),
        (r"the disk of the team folder is full; nothing was changed there", "team-disk-full"),
        (r"not found in the team folder", "team-not-found"),
        (r"the team folder (?P<root>.+) is not there \(is the network drive connected\?\)",
         "team-folder-missing"),
        (r"not in the team folder (?P<root>.+)", "team-not-in-folder"),
        (r"another program has been writing it for over (?P<seconds>\d+) s; try again",
         "team-write-wait"),
        (r"(?P<who>.+) is editing \(until (?P<until>.+)\)", "team-locked-until"),
        (r"someone took the lock at the same moment; try again", "team-lock-race"),
        (r"(?P<url>.+) is not a WebDAV address \(https://…\)", "team-not-webdav"),
        (r"team spaces need HTTPS \(plain http is only accepted on this computer's loopback "
         r"address\), so passwords and posts stay private", "team-needs-https"),
        (r"put the user name in the settings, not in the address", "team-user-in-address"),
        (r"the server refused the user name or password \(401\); check them in "
         r"Preferences › Team space \(Nextcloud wants an app password\)", "team-server-401"),
        (r"the server does not allow this \(403\)", "team-server-403"),
        (r"not found on the server \(404\)", "team-server-404"),
        (r"the server says the folder does not exist \(409\); check the team space address",
         "team-server-409"),
        (r"changed on the server meanwhile \(412\)", "team-server-412"),
        (r"locked on the server by someone else \(423\)", "team-server-423"),
        (r"the server's storage is full \(507\); nothing was changed", "team-server-507"),
        (r"the server sends this address elsewhere \((?P<code>\d+), to (?P<target>.+)\); "
         r"use that address", "team-server-redirect-to"),
        (r"the server sends this address elsewhere \((?P<code>\d+)\); use that address",
         "team-server-redirect"),
        (r"the server failed \((?P<code>\d+)\); try again later", "team-server-failed"),
        (r"unexpected answer from the server \((?P<code>\d+)\)", "team-server-unexpected"),
        (r"the server (?P<location>.+) did not answer in time; nothing was changed",
         "team-server-timeout"),
        (r"cannot reach (?P<location>\S+) \((?P<detail>.*)\); nothing was changed",
         "team-server-unreachable"),
        (r"the folder listing is too large", "team-listing-too-large"),
        (r"the server's listing is not valid XML; is this a WebDAV address\?",
         "team-listing-not-xml"),
        (r"cannot write \((?P<reason>.*)\)", "team-cannot-write"),
        (r"too large", "team-too-large"),
        (r"team must be an object", "team-block-not-object"),
        (r"team\.revision is missing; fetch the post again with composer team get",
         "team-revision-missing"),
        (r"larger than (?P<size>.+)", "reason-larger-than"),
        (r"not UTF-8 text", "team-file-not-utf8"),
        (r"not JSON \(line (?P<line>\d+): (?P<detail>.*)\)", "team-file-not-json"),
        (r"not a composer team post", "team-file-not-team-post"),
        (r"a link that leads round in a loop", "team-file-loop"),
        (r"not usable JSON: (?P<detail>.*)", "team-file-unusable-json"),
        (r"format_version is missing or not a number", "team-file-format-version"),
        (r"written by a newer composer \(file format (?P<version>\d+); this one reads up to "
         r"(?P<supported>\d+)\)\. Update composer to open it; the file was left as it is\.",
         "team-file-newer"),
        (r"id (?P<id>.+) is not a team post id", "team-file-bad-id"),
        (r"(?P<field>\S+) has the wrong type", "team-file-wrong-type"),
        (r"(?P<field>\S+) must be text", "team-file-must-be-text"),
        (r"(?P<field>\S+) must be a position", "team-file-must-be-position"),
        (r"(?P<field>\S+) must be a number", "team-file-must-be-number"),
        (r"a comment is not an object", "team-file-comment-not-object"),
        (r"comments\.language (?P<name>.+) is unknown", "team-file-comment-language"),
        (r"a review step is not an object", "team-file-step-not-object"),
        (r"review\.findings counts must be numbers", "team-file-counts"),
        (r"(?P<who>.+) is editing", "team-locked"),
    )
)

#: Parameters that name a team post's status (``ready for review``).
_STATUS_PARAMS = ("status", "current")
#: Longer messages are left in English: their parts come from files and servers, and the
#: patterns' backtracking grows faster than the text.
MAX_TRANSLATED = 2000
#: How many ``where: `` prefixes a team error is read past.
MAX_PREFIXES = 4


def has_text(key: str) -> bool:
    """Whether ``resources/messages/cli.toml`` has the text ``key``."""
    return key in load_toml("messages", f"{FAMILY}.toml")


def _translated(english: str, table: tuple[tuple[re.Pattern[str], str], ...],
                language: str) -> str | None:
    if len(english) > MAX_TRANSLATED:
        return None
    for pattern, name in table:
        match = pattern.fullmatch(english)
        if match is not None:
            params: dict[str, Any] = match.groupdict()
            if "reason" in params:
                params["reason"] = reason(params["reason"], language)
            if "detail" in params:  # the JSON reader's own limits ("nested too deeply")
                params["detail"] = reason(params["detail"], language)
            for key in _STATUS_PARAMS:
                if key in params:
                    params[key] = status_name(params[key], language)
            if "dictionaries" in params:
                params["dictionaries"] = f" {text('spelling-or', language)} ".join(
                    params["dictionaries"].split(" or "))
            count = params.pop("count", None)
            return text(name, language, count=None if count is None else int(count), **params)
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


def team_error(english: str, language: str) -> str:
    """A team-space error (``where: why`` or just ``why``) in ``language``; as it is if
    its form is unknown."""
    if language == "en":
        return english
    whole = _translated(english, _TEAM_ERRORS, language)
    if whole is not None:
        return whole
    start = 0
    for _ in range(MAX_PREFIXES):
        index = english.find(": ", start)
        if index < 0:
            break
        rest = english[index + 2:]
        why = _translated(rest, _TEAM_ERRORS, language) or _translated(
            rest, _FILE_ERRORS, language) or _translated(rest, _REASONS, language)
        if why is not None:
            return f"{english[:index]}: {why}"
        start = index + 2
    return english


def status_name(label: str, language: str) -> str:
    """A team post's status (``ready for review``) in ``language``; as it is if unknown."""
    key = f"team-status-{label.replace(' ', '_')}"
    if has_text(key):
        return text(key, language)
    return label


def spelling_note(english: str, language: str) -> str:
    """Why a spell checker is missing, or a note about the one in use, in ``language``;
    as it is if its form is unknown."""
    if language == "en":
        return english
    return _translated(english, _SPELLING, language) or english


def unknown_channel(channel_id: str, known: tuple[str, ...] | list[str], language: str) -> str:
    return text("unknown-channel", language, name=repr(channel_id), known=", ".join(known))


def unknown_organisation(org_id: str, known: list[str], language: str) -> str:
    return text("unknown-organisation", language, name=repr(org_id), known=", ".join(known))
