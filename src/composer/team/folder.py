"""A team space in a folder: a mapped or mounted network drive, or a folder a sync
client (Nextcloud, OneDrive, SharePoint) keeps.

Writes go to a temporary file in the same folder, are flushed to disk and then renamed
over the target (``os.replace``), so a reader sees the old file or the new one, never a
half-written one. A replace first checks, under a short-lived write marker
(``.NAME.writing``, created exclusively), that the file is still the revision the writer
started from. Editing locks are small JSON files ``NAME.lock`` with owner and expiry.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from composer.safe_io import UnreadableFile, read_limited
from composer.team.errors import (
    AccessDenied,
    BrokenFile,
    Locked,
    NotFound,
    RevisionMismatch,
    ServerError,
    TeamError,
    Unreachable,
)
from composer.team.record import MAX_FILE_BYTES
from composer.team.storage import (
    LOCK_SECONDS,
    Entry,
    LockInfo,
    TeamStorage,
    content_revision,
)

#: A write marker older than this was left by a program that died: it is removed.
STALE_WRITE_SECONDS = 30.0
#: How long a writer waits for another one's write marker.
WRITE_WAIT_SECONDS = 10.0
LOCK_SUFFIX = ".lock"


def _os_error(exc: OSError, where: Path) -> TeamError:
    if isinstance(exc, PermissionError):
        return AccessDenied(f"{where}: no permission to read or write in the team folder")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return ServerError(f"{where}: the disk of the team folder is full; nothing was "
                           "changed there")
    if isinstance(exc, FileNotFoundError):
        return NotFound(f"{where}: not found in the team folder")
    return Unreachable(f"{where}: {exc.strerror or exc}")


class FolderStorage(TeamStorage):
    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.location = str(self.root)

    def _check_root(self) -> None:
        if not self.root.is_dir():
            raise Unreachable(f"the team folder {self.root} is not there (is the network "
                              "drive connected?)")

    def _path(self, name: str) -> Path:
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise NotFound(f"{name!r} is not a file name in the team folder")
        return self.root / name

    def list(self) -> list[Entry]:
        self._check_root()
        entries = []
        try:
            with os.scandir(self.root) as found:
                for item in found:
                    if item.name.startswith("."):
                        continue
                    try:
                        if not item.is_file():
                            continue  # folders, FIFOs, devices and links to them
                        stat = item.stat()
                    except OSError:
                        continue  # removed meanwhile, or a link that leads round in a loop
                    modified = datetime.fromtimestamp(stat.st_mtime, UTC)
                    entries.append(Entry(item.name, f"{stat.st_mtime_ns}-{stat.st_size}",
                                         stat.st_size, modified.isoformat(timespec="seconds")))
        except OSError as exc:
            raise _os_error(exc, self.root) from None
        return entries

    def read(self, name: str) -> tuple[bytes, str]:
        path = self._path(name)
        try:
            # at most what a team post may be, and only a regular file: a FIFO, a device
            # or a link to one in the folder is a broken file, never read without end
            data = read_limited(path, MAX_FILE_BYTES)
        except FileNotFoundError:
            self._check_root()
            raise NotFound(f"{name}: not in the team folder {self.root}") from None
        except UnreadableFile as exc:
            raise BrokenFile(f"{name}: {exc}") from None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise BrokenFile(f"{name}: a link that leads round in a loop") from None
            raise _os_error(exc, path) from None
        return data, content_revision(data)

    def _temporary(self, data: bytes) -> Path:
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=self.root)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return Path(tmp)

    @contextlib.contextmanager
    def _writing(self, name: str) -> Iterator[None]:
        marker = self.root / f".{name}.writing"
        deadline = time.monotonic() + WRITE_WAIT_SECONDS
        while True:
            try:
                fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                with contextlib.suppress(FileNotFoundError):
                    if time.time() - marker.stat().st_mtime > STALE_WRITE_SECONDS:
                        marker.unlink(missing_ok=True)
                        continue
                if time.monotonic() > deadline:
                    raise Locked(f"{name}: another program has been writing it for over "
                                 f"{WRITE_WAIT_SECONDS:.0f} s; try again") from None
                time.sleep(0.01)
                continue
            except OSError as exc:
                raise _os_error(exc, marker) from None
            os.write(fd, f"{os.getpid()}\n".encode())
            os.close(fd)
            break
        try:
            yield
        finally:
            marker.unlink(missing_ok=True)

    def _current_revision(self, path: Path) -> str | None:
        try:
            return content_revision(path.read_bytes())
        except FileNotFoundError:
            return None

    def create(self, name: str, data: bytes) -> str:
        path = self._path(name)
        self._check_root()
        try:
            tmp = self._temporary(data)
            try:
                os.link(tmp, path)  # atomic, and fails if the name exists
            except FileExistsError:
                raise RevisionMismatch(f"{name}: already exists") from None
            except OSError:
                # A file system without hard links (some SMB servers, FAT): check and
                # rename under the write marker instead.
                with self._writing(name):
                    if path.exists():
                        raise RevisionMismatch(f"{name}: already exists") from None
                    os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise _os_error(exc, path) from None
        return content_revision(data)

    def replace(self, name: str, data: bytes, revision: str) -> str:
        path = self._path(name)
        self._check_root()
        try:
            tmp = self._temporary(data)
            try:
                with self._writing(name):
                    current = self._current_revision(path)
                    if current != revision:
                        raise RevisionMismatch(f"{name}: changed since it was read")
                    os.replace(tmp, path)
            finally:
                tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise _os_error(exc, path) from None
        return content_revision(data)

    def delete(self, name: str, revision: str) -> None:
        path = self._path(name)
        try:
            with self._writing(name):
                current = self._current_revision(path)
                if current is None:
                    return
                if current != revision:
                    raise RevisionMismatch(f"{name}: changed since it was read")
                path.unlink()
        except OSError as exc:
            raise _os_error(exc, path) from None

    # Locks -------------------------------------------------------------------------

    def _read_lock(self, path: Path) -> LockInfo | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return LockInfo(str(data["owner"])[:200], str(data["expires"])[:64],
                            str(data.get("token", ""))[:64])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return LockInfo("?", "")  # unreadable: treated as expired

    def lock(self, name: str, owner: str, seconds: int = LOCK_SECONDS) -> LockInfo:
        path = self._path(name + LOCK_SUFFIX)
        self._check_root()
        expires = (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")
        try:
            with self._writing(path.name):
                held = self._read_lock(path)
                if held and not held.expired() and held.owner != owner:
                    raise Locked(f"{held.owner} is editing (until {held.expires})",
                                 held.owner, held.expires)
                token = held.token if held and held.owner == owner and held.token \
                    else secrets.token_hex(8)
                info = LockInfo(owner, expires, token)
                tmp = self._temporary(json.dumps(
                    {"owner": owner, "expires": expires, "token": token}).encode())
                os.replace(tmp, path)
        except OSError as exc:
            raise _os_error(exc, path) from None
        return info

    def unlock(self, name: str, lock: LockInfo) -> None:
        path = self._path(name + LOCK_SUFFIX)
        try:
            with self._writing(path.name):
                held = self._read_lock(path)
                if held and held.token == lock.token:
                    path.unlink(missing_ok=True)
        except OSError as exc:
            raise _os_error(exc, path) from None

    def lock_info(self, name: str) -> LockInfo | None:
        held = self._read_lock(self._path(name + LOCK_SUFFIX))
        return held if held and not held.expired() else None
