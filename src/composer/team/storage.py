"""The storage interface a team space offers, whatever it is kept on.

A team space is a flat set of files. Every stored file has a *revision*: an opaque text
that changes whenever the file changes (the WebDAV ETag, or a content hash in a folder).
Writes never overwrite blindly: :meth:`TeamStorage.create` fails when the name exists and
:meth:`TeamStorage.replace` only replaces the revision it was given, raising
:class:`RevisionMismatch` otherwise.

Locks are advisory: they say who is editing; reading is never blocked.
"""

from __future__ import annotations

import abc
import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

#: How long an editing lock lasts unless renewed.
LOCK_SECONDS = 15 * 60


@dataclass(frozen=True)
class Entry:
    """A file in the space. ``tag`` changes whenever the file does (the ETag, or size and
    modification time in a folder): a listing cache keys on it."""

    name: str
    tag: str
    size: int = 0
    modified: str = ""
    #: A short text the writer attached (the listing summary), where the store keeps one.
    note: str = ""


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock on a post, until when (ISO time, UTC), and the holder's token."""

    owner: str
    expires: str
    token: str = ""

    def expired(self) -> bool:
        try:
            return datetime.fromisoformat(self.expires) <= datetime.now(UTC)
        except ValueError:
            return True


def content_revision(data: bytes) -> str:
    """A revision derived from the bytes themselves (for stores without ETags)."""
    return "sha256:" + hashlib.sha256(data).hexdigest()[:32]


class TeamStorage(abc.ABC):
    """A team space's files. Implementations raise :mod:`composer.team.errors` errors."""

    #: Where the space is, for messages ("/mnt/team" or "https://…/").
    location: str = ""

    @abc.abstractmethod
    def list(self) -> list[Entry]:
        """Every file in the space (names only, no folders)."""

    @abc.abstractmethod
    def read(self, name: str) -> tuple[bytes, str]:
        """The file's bytes and revision; :class:`NotFound` if absent."""

    @abc.abstractmethod
    def create(self, name: str, data: bytes) -> str:
        """Store a new file; :class:`RevisionMismatch` if ``name`` exists. Returns the
        new revision."""

    @abc.abstractmethod
    def replace(self, name: str, data: bytes, revision: str) -> str:
        """Replace the file if it still is ``revision``; else :class:`RevisionMismatch`."""

    @abc.abstractmethod
    def delete(self, name: str, revision: str) -> None:
        """Remove the file if it still is ``revision``."""

    @abc.abstractmethod
    def lock(self, name: str, owner: str, seconds: int = LOCK_SECONDS) -> LockInfo:
        """Mark ``name`` as being edited by ``owner``; :class:`Locked` if someone else
        holds it. Taking one's own lock again renews it."""

    @abc.abstractmethod
    def unlock(self, name: str, lock: LockInfo) -> None:
        """Release a lock taken by :meth:`lock` (an expired or missing one is fine)."""

    @abc.abstractmethod
    def lock_info(self, name: str) -> LockInfo | None:
        """The current, unexpired lock on ``name``, if any."""

    @contextlib.contextmanager
    def exclusive(self, name: str) -> Iterator[None]:
        """Hold ``name`` while one change is read and written, where :meth:`replace`
        alone cannot keep two writers apart (nothing to do here: see
        :meth:`composer.team.webdav.WebDavStorage.exclusive`)."""
        del name
        yield

    #: Whether :meth:`annotate` keeps notes that :meth:`list` returns.
    keeps_notes = False

    def annotate(self, name: str, note: str) -> None:  # noqa: B027 - optional
        """Attach ``note`` to ``name`` without changing its revision."""

    def close(self) -> None:  # noqa: B027 - optional
        """Release connections."""
