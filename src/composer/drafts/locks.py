"""Which drafts are open in a running window, and which were open when a process died.

A window editing a draft holds ``<data dir>/locks/draft-<id>.lock`` with an OS file lock
(``flock`` on POSIX, ``msvcrt.locking`` on Windows). The operating system drops the lock
when the process ends in any way, ``kill -9`` included, but only a clean release deletes
the file. So a lock file nobody holds marks a draft whose window was killed: the next
start reopens it.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

from composer import settings

_NAME = re.compile(r"^draft-(\d+)\.lock$")


def lock_dir() -> Path:
    return settings.data_dir() / "locks"


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class DraftLock:
    """An exclusive, process-lifetime claim on one draft."""

    def __init__(self, draft_id: int, folder: Path | None = None) -> None:
        self.draft_id = draft_id
        self.path = (folder or lock_dir()) / f"draft-{draft_id}.lock"
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False when another window (of any process) holds it or the
        folder cannot be written."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the draft up cleanly (the file goes: no recovery needed next time)."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None


def abandoned_drafts(folder: Path | None = None) -> list[int]:
    """Drafts whose window ended without releasing them (a crash, ``kill -9``, power cut).

    Their lock files are removed: each is reported once."""
    folder = folder or lock_dir()
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        match = _NAME.match(name)
        if not match:
            continue
        lock = DraftLock(int(match.group(1)), folder)
        if lock.acquire():
            found.append(lock.draft_id)
            lock.release()
    return found
