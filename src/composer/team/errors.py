"""What can go wrong with a team space, each as a message a user can act on.

Every error says what happened and what was kept; none of them means anything was lost.
``transient`` errors are worth retrying later (the outbox does); the others need a person.
"""

from __future__ import annotations


class TeamError(Exception):
    """A team-space operation that did not happen; the message says why."""

    transient = False


class BadInput(TeamError):
    """A post, id, status or address that cannot be used."""


class Unreachable(TeamError):
    """The team space cannot be reached now (no network, timeout, dropped connection,
    folder not mounted); nothing was changed there."""

    transient = True


class AccessDenied(TeamError):
    """The server refused the user name or password (401) or the action (403). Changes
    wait for it to be fixed (in the settings, or on the server)."""

    transient = True


class NotFound(TeamError):
    """No such post (or folder) in the team space."""


class Locked(TeamError):
    """Someone holds a lock on the resource (423, or a lock file)."""

    transient = True

    def __init__(self, message: str, owner: str = "", expires: str = "") -> None:
        super().__init__(message)
        self.owner = owner
        self.expires = expires


class SaveInProgress(Locked):
    """Another change to the same post is being written at this moment (its short write
    lock is held): the change is read again and tried once that one is in."""


class ServerError(TeamError):
    """The server failed (5xx) or ran out of space (507)."""

    transient = True


class RevisionMismatch(TeamError):
    """The stored file is no longer the revision a write started from (storage level)."""


class Conflict(TeamError):
    """Someone else changed the post since it was fetched: both versions are kept in the
    team space, ``kept`` names the copy holding this side's version."""

    def __init__(self, message: str, post_id: str = "", kept: str = "") -> None:
        super().__init__(message)
        self.post_id = post_id
        self.kept = kept


class StatusConflict(TeamError):
    """The status change no longer applies (for example, already approved by someone)."""


class BrokenFile(TeamError):
    """A file in the team space that is not a usable team post."""


class NewerFormat(TeamError):
    """A post written by a newer composer: refused rather than mangled."""


class OpenErrors(TeamError):
    """Approving a post with open errors needs an explicit confirmation."""

    def __init__(self, message: str, count: int) -> None:
        super().__init__(message)
        self.count = count
