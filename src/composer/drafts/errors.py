"""What can go wrong with the drafts store, as exceptions the app can show.

Messages are plain English for logs and the CLI; the app translates by ``kind``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

#: Kinds of failure, stable codes the app maps to translated text.
DISK_FULL = "disk-full"
READ_ONLY = "read-only"
BUSY = "busy"
IO_ERROR = "io-error"
CANNOT_OPEN = "cannot-open"
TOO_NEW = "too-new"


class DraftError(Exception):
    """Base class of every drafts-store error."""

    def __init__(self, message: str, kind: str = IO_ERROR) -> None:
        super().__init__(message)
        self.kind = kind


class DraftStoreError(DraftError):
    """The drafts database cannot be opened or created at all."""


class DraftSaveError(DraftError):
    """A draft could not be written; the caller still holds the text and may retry."""


class DraftNotFound(DraftError, KeyError):
    """No draft (or snapshot) with that id."""

    def __init__(self, what: str) -> None:
        DraftError.__init__(self, f"{what} not found", "not-found")

    def __str__(self) -> str:
        return str(self.args[0])


class TemplateError(DraftError):
    """A template file that cannot be used; the message names the file and the entry."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "template")


@dataclass(frozen=True)
class StoreNotice:
    """Something the app should tell the user about after opening the store.

    ``kind`` is ``"corrupt"`` (the old file was unusable and moved to ``moved_to``; a fresh
    database was started), ``"migrated"`` (the schema was upgraded; the old file was
    copied to ``moved_to`` first), ``"read-only"`` (the file or its folder cannot be
    written: drafts can be read, saves fail; ``moved_to`` is the file itself) or
    ``"damaged"`` (a draft's row cannot be read: it is left as it is in the database and
    not listed; ``detail`` names the draft and the column).
    """

    kind: str
    moved_to: Path
    detail: str = ""


_KINDS = {
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_PERM": READ_ONLY,
    "SQLITE_AUTH": READ_ONLY,
}


def error_kind(exc: BaseException) -> str:
    """Classify an sqlite3 or OS error into one of the kinds above."""
    if isinstance(exc, sqlite3.Error):
        name = getattr(exc, "sqlite_errorname", "") or ""
        for prefix, kind in _KINDS.items():
            if name.startswith(prefix):
                return kind
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text:
            return READ_ONLY
        if "disk is full" in text:
            return DISK_FULL
        return IO_ERROR
    if isinstance(exc, OSError):
        import errno

        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM, errno.ENOTDIR):
            return READ_ONLY
    return IO_ERROR


def save_error(exc: BaseException, what: str = "the draft") -> DraftSaveError:
    kind = error_kind(exc)
    return DraftSaveError(f"could not save {what}: {exc}", kind)
