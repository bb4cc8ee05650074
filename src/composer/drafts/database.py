"""Opening the drafts database: user-only permissions, WAL, durable commits, migrations
with a backup copy first, and a corrupt file moved aside instead of overwritten.

Durability: WAL with ``synchronous=FULL`` syncs the log on every commit, so a committed
save survives ``kill -9`` and also a power cut (a battery that dies), at the cost of one
fsync per autosave. ``busy_timeout`` lets two app processes write the same file in turn.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from composer import settings
from composer.drafts import schema
from composer.drafts.errors import TOO_NEW, DraftStoreError, StoreNotice, error_kind

FILE_NAME = "drafts.sqlite3"
BUSY_TIMEOUT_MS = 10_000
#: SQLite result codes that mean "this file is not a usable database".
_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_SIDE_FILES = ("-wal", "-shm", "-journal")


def default_path() -> Path:
    return settings.data_dir() / FILE_NAME


def _private_dir(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DraftStoreError(
            f"cannot create the drafts folder {folder}: {exc.strerror or exc}", error_kind(exc)
        ) from exc
    with contextlib.suppress(OSError):  # group and others out; never adds a permission
        mode = stat.S_IMODE(folder.stat().st_mode)
        if mode & 0o077:
            os.chmod(folder, mode & 0o700)


def _private_file(path: Path) -> None:
    """Create the file user-only before SQLite does (its -wal/-shm copy the mode)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    except OSError as exc:
        raise DraftStoreError(
            f"cannot create {path}: {exc.strerror or exc}", error_kind(exc)
        ) from exc
    else:
        os.close(fd)
    for suffix in ("", *_SIDE_FILES):
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(f"{path}{suffix}").st_mode):  # not a folder in the way
                os.chmod(f"{path}{suffix}", 0o600)


def _free_name(base: str) -> Path:
    candidate, n = Path(base), 1
    while candidate.exists() or Path(f"{candidate}-wal").exists():
        n += 1
        candidate = Path(f"{base}-{n}")
    return candidate


def move_aside(path: Path) -> Path:
    """Rename the database and its side files to ``<name>.corrupt-<time>``; nothing is
    deleted or overwritten."""
    stamp = time.strftime("%Y%m%dT%H%M%S")
    target = _free_name(f"{path}.corrupt-{stamp}")
    os.replace(path, target)
    for suffix in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{target}{suffix}")
    return target


def _unreadable(path: Path) -> bool:
    """The path exists but is no file we may read and write (a folder, no permission)."""
    if not path.exists():
        return False
    return not path.is_file() or not os.access(path, os.R_OK | os.W_OK)


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    version = schema.user_version(conn)
    if version > schema.CURRENT_VERSION:
        raise DraftStoreError(
            f"{path} was written by a newer version of composer (schema {version}, "
            f"this version knows {schema.CURRENT_VERSION}); it was left untouched",
            TOO_NEW,
        )


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        _refuse_newer(conn, path)  # before anything below changes the file
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL mode (got {mode})")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        _check_integrity(conn)
    except BaseException:
        conn.close()
        raise
    return conn


#: What quick_check says about a row that breaks a CHECK or NOT NULL constraint: the row
#: is bad (the store sets it aside when read), the file is not.
_ROW_PROBLEMS = ("CHECK constraint failed", "NULL value in ")


def _check_integrity(conn: sqlite3.Connection) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(100)").fetchall()]
    damage = [p for p in problems if p != "ok" and not p.startswith(_ROW_PROBLEMS)]
    if damage:
        error = sqlite3.DatabaseError(f"integrity check failed: {damage[0]}")
        error.sqlite_errorname = "SQLITE_CORRUPT"
        raise error


def open_reader(path: Path) -> sqlite3.Connection:
    """A second connection to an opened (WAL) database, for reads only: it never takes
    the write lock, and in WAL mode a read does not wait for a writer."""
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """The database opened for reading only, in a folder we may not write (the WAL
    index cannot be created there: then the file is read as it stands)."""
    last: sqlite3.Error | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        uri = f"{path.resolve().as_uri()}?{options}"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        try:
            _refuse_newer(conn, path)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            _check_integrity(conn)
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            continue
        except BaseException:
            conn.close()
            raise
        return conn
    assert last is not None
    raise last


def _read_only_place(path: Path) -> bool:
    """A database file we may read in a folder (or a file) we may not write."""
    return (
        path.is_file()
        and os.access(path, os.R_OK)
        and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK))
    )


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` takes the write lock up front (waiting up to the busy timeout),
    so two processes never deadlock upgrading a read into a write."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _backup(path: Path, version: int) -> Path:
    """Copy the database through a second connection: in WAL mode it reads while the
    migrating connection holds the write lock, so the copy is exactly the old version."""
    target = _free_name(f"{path}.bak-v{version}")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(path)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def _upgrade(conn: sqlite3.Connection, path: Path, notices: list[StoreNotice]) -> None:
    if schema.user_version(conn) == schema.CURRENT_VERSION:
        return
    with write_transaction(conn):
        version = schema.user_version(conn)  # again, now that we hold the write lock
        _refuse_newer(conn, path)
        if version == schema.CURRENT_VERSION:
            return
        if version > 0:
            backup = _backup(path, version)
            notices.append(StoreNotice("migrated", backup, f"schema {version} → "
                                       f"{schema.CURRENT_VERSION}"))
        schema.migrate(conn, version)


def open_database(path: Path | None = None) -> tuple[sqlite3.Connection, list[StoreNotice]]:
    """Open (creating, migrating or replacing a corrupt file as needed) the database.

    Raises :class:`DraftStoreError` when no usable database can be had at ``path``.
    """
    path = Path(path) if path is not None else default_path()
    _private_dir(path.parent)
    notices: list[StoreNotice] = []
    for attempt in (1, 2):
        _private_file(path)
        try:
            conn = _connect(path)
            try:
                _upgrade(conn, path, notices)
            except BaseException:
                conn.close()
                raise
            return conn, notices
        except sqlite3.DatabaseError as exc:
            name = getattr(exc, "sqlite_errorname", "") or ""
            if _read_only_place(path) and not name.startswith(_CORRUPT):
                try:
                    conn = _connect_read_only(path)
                except sqlite3.Error:
                    pass
                else:
                    notices.append(StoreNotice("read-only", path, str(exc)))
                    return conn, notices
            unusable = name.startswith(_CORRUPT) or (
                name.startswith("SQLITE_CANTOPEN") and _unreadable(path)
            )
            if not unusable or attempt == 2:
                raise DraftStoreError(
                    f"cannot open the drafts database {path}: {exc}", error_kind(exc)
                ) from exc
            try:
                moved = move_aside(path)
            except OSError as move_error:
                raise DraftStoreError(
                    f"the drafts database {path} is unusable ({exc}) and could not be "
                    f"moved aside: {move_error.strerror or move_error}",
                    error_kind(move_error),
                ) from exc
            notices.append(StoreNotice("corrupt", moved, str(exc)))
    raise AssertionError("unreachable")
