"""The drafts store: every post in progress, its status and its history, in SQLite.

One :class:`DraftStore` per process (or window); any number of processes may share the
file. Saves never lose text:

* a save that fails raises :class:`DraftSaveError` and changes nothing, so the caller
  keeps its text and simply tries again later;
* two windows saving the *same* draft: the last write wins, and the content it replaces
  is kept as a history snapshot with the reason ``"overwritten"`` (detected through the
  draft's revision number, which every save increments);
* a draft deleted elsewhere while a window still edits it is saved again as a new draft.

History: before a save replaces content that had stood for ``snapshot_interval`` seconds
(or after that long since the last snapshot), the old content is kept as a snapshot; so
are the versions replaced by a restore, the content marked ready or exported, and
imported or template posts. At most ``MAX_SNAPSHOTS`` per draft are kept.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from composer.drafts import database
from composer.drafts.errors import (
    BUSY,
    DraftError,
    DraftNotFound,
    DraftSaveError,
    StoreNotice,
    save_error,
)
from composer.drafts.records import (
    Draft,
    DraftSummary,
    Snapshot,
    SnapshotSummary,
    Status,
    clean_name,
    derive_title,
    fold,
    search_text,
)
from composer.model import Post
from composer.postfile import PostFileError, dumps_post, load_post, post_from_dict, save_post

#: Minimum age, in seconds, of content before a save keeps it as a snapshot.
SNAPSHOT_INTERVAL = 5 * 60
MAX_SNAPSHOTS = 100
SORT_KEYS = ("updated", "created", "title")

_COLUMNS = (
    "id, title, organisation, created, updated, status, status_changed, "
    "exported_channels, revision, name, file_path"
)
#: The stored title: the user's name for the draft, else the first line (``?``).
_TITLE = "CASE WHEN name != '' THEN name ELSE ? END"


def _when(value: float | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value).astimezone()


class DamagedDraft(DraftError):
    """A draft's row holds a value that cannot be read (another program, a bad disk)."""

    def __init__(self, draft_id: object, column: str, problem: str) -> None:
        super().__init__(f"draft {draft_id} is damaged ({column}: {problem})", "damaged")
        self.draft_id = draft_id
        self.column = column


def _time(value: Any) -> datetime:
    if not isinstance(value, int | float):
        raise TypeError(f"not a time: {value!r}"[:80])
    return _when(value)  # type: ignore[return-value]


def _channels(value: Any) -> tuple[str, ...]:
    channels = json.loads(value or "[]")
    if not isinstance(channels, list) or not all(isinstance(c, str) for c in channels):
        raise ValueError("not a list of channels")
    return tuple(channels)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not text: {value!r}"[:80])
    return value


_CHECKED_COLUMNS: tuple[tuple[str, int, Callable[[Any], Any]], ...] = (
    ("title", 1, _text),
    ("organisation", 2, _text),
    ("created", 3, _time),
    ("updated", 4, _time),
    ("status", 5, Status),
    ("status_changed", 6, lambda v: None if v is None else _time(v)),
    ("exported_channels", 7, _channels),
    ("revision", 8, int),
    ("name", 9, _text),
    ("file_path", 10, _text),
)


def _summary(row: tuple[Any, ...]) -> DraftSummary:
    """A row as a summary; raises :class:`DamagedDraft` naming the column it cannot read."""
    values = {}
    for column, index, convert in _CHECKED_COLUMNS:
        try:
            values[column] = convert(row[index])
        except (ValueError, TypeError, OverflowError, OSError) as exc:
            raise DamagedDraft(row[0], column, str(exc) or type(exc).__name__) from exc
    return DraftSummary(id=row[0], **values)


def _parse(raw: str, source: str) -> Post:
    try:
        return post_from_dict(json.loads(raw), source, check_organisation=False)
    except (ValueError, PostFileError) as exc:
        raise DraftError(f"{source} is unreadable: {exc}") from exc


class DraftStore:
    """Drafts in one SQLite file; thread-safe. Writes go through one connection behind a
    lock; reads through a second one behind a lock of their own, so a read (listing the
    drafts, opening one) never waits for a write that waits for another program's lock:
    in WAL mode readers do not wait for writers."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        notices: list[StoreNotice] | None = None,
        clock: Callable[[], float] = time.time,
        snapshot_interval: float = SNAPSHOT_INTERVAL,
        reader: sqlite3.Connection | None = None,
    ) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self._reader = reader or conn
        self._read_lock = threading.RLock() if reader is not None else self._lock
        #: Threads whose writes wait at most so many seconds (see :meth:`limit_waits`).
        self._limits: dict[int, float] = {}
        self._clock = clock
        self.path = path
        self.notices: list[StoreNotice] = list(notices or [])
        #: Drafts whose rows cannot be read, by id: left in the database, not listed.
        self.damaged: dict[int, str] = {}
        self.snapshot_interval = snapshot_interval

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        clock: Callable[[], float] = time.time,
        snapshot_interval: float = SNAPSHOT_INTERVAL,
    ) -> DraftStore:
        """Open the store (default: ``drafts.sqlite3`` in the data folder).

        A corrupt file is moved aside and reported in :attr:`notices`; raises
        :class:`DraftStoreError` when no database can be opened at all.
        """
        target = Path(path) if path is not None else database.default_path()
        conn, notices = database.open_database(target)
        reader = None
        if not any(n.kind == "read-only" for n in notices):
            try:
                reader = database.open_reader(target)
            except sqlite3.Error:
                reader = None  # reads share the writing connection
        return cls(conn, target, notices, clock, snapshot_interval, reader)

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        if self._reader is not self._conn:
            with self._read_lock:
                self._reader.close()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------

    def limit_waits(self, seconds: float | None, thread: int | None = None) -> None:
        """Writes made on ``thread`` (default: the calling one) wait at most ``seconds``
        for the database, held by another window, program or thread, then fail as busy
        (:class:`DraftSaveError` of kind ``busy``) instead of waiting up to the busy
        timeout; None lifts the limit. The app sets this for its UI thread."""
        thread = threading.get_ident() if thread is None else thread
        if seconds is None:
            self._limits.pop(thread, None)
        else:
            self._limits[thread] = seconds

    def _write(self, what: str, work: Callable[[sqlite3.Connection], Any]) -> Any:
        limit = self._limits.get(threading.get_ident())
        if limit is not None:
            return self._write_within(limit, what, work)
        try:
            with self._lock, database.write_transaction(self._conn) as conn:
                return work(conn)
        except (sqlite3.Error, OSError) as exc:
            raise save_error(exc, what) from exc

    def _write_within(self, limit: float, what: str,
                      work: Callable[[sqlite3.Connection], Any]) -> Any:
        if not self._lock.acquire(timeout=limit):
            raise DraftSaveError(f"could not save {what}: the drafts database is busy "
                                 "(a save is waiting for it)", BUSY)
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(limit * 1000):d}")
            try:
                with database.write_transaction(self._conn) as conn:
                    return work(conn)
            finally:
                self._conn.execute(f"PRAGMA busy_timeout = {database.BUSY_TIMEOUT_MS:d}")
        except (sqlite3.Error, OSError) as exc:
            raise save_error(exc, what) from exc
        finally:
            self._lock.release()

    def _insert(self, conn: sqlite3.Connection, post: Post, raw: str, now: float,
                file_path: str = "") -> int:
        cursor = conn.execute(
            "INSERT INTO drafts (post, title, organisation, search, created, updated, "
            "file_path) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (raw, derive_title(post), post.organisation, search_text(post), now, now,
             file_path),
        )
        return int(cursor.lastrowid or 0)

    def _snapshot(
        self, conn: sqlite3.Connection, draft_id: int, raw: str, title: str, taken: float,
        reason: str,
    ) -> bool:
        last = conn.execute(
            "SELECT post FROM snapshots WHERE draft_id = ? ORDER BY taken DESC, id DESC LIMIT 1",
            (draft_id,),
        ).fetchone()
        if last is not None and last[0] == raw:
            return False
        conn.execute(
            "INSERT INTO snapshots (draft_id, post, title, taken, reason) VALUES (?, ?, ?, ?, ?)",
            (draft_id, raw, title, taken, reason),
        )
        conn.execute(
            "DELETE FROM snapshots WHERE draft_id = ? AND id NOT IN (SELECT id FROM snapshots "
            "WHERE draft_id = ? ORDER BY taken DESC, id DESC LIMIT ?)",
            (draft_id, draft_id, MAX_SNAPSHOTS),
        )
        return True

    def _summary_of(self, conn: sqlite3.Connection, draft_id: int) -> DraftSummary:
        row = conn.execute(f"SELECT {_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise DraftNotFound(f"draft {draft_id}")
        return _summary(row)

    def create(self, post: Post, reason: str = "") -> DraftSummary:
        """Store a new draft; ``reason`` (``"imported"``, ``"template"``) also keeps its
        first content in the history."""
        raw = dumps_post(post)

        def work(conn: sqlite3.Connection) -> DraftSummary:
            now = self._clock()
            draft_id = self._insert(conn, post, raw, now)
            if reason:
                self._snapshot(conn, draft_id, raw, derive_title(post), now, reason)
            return self._summary_of(conn, draft_id)

        return self._write("the new draft", work)

    def save(
        self, draft_id: int | None, post: Post, base_revision: int | None = None,
        file_path: str | None = None,
    ) -> DraftSummary:
        """Write ``post`` as the draft's content (a new draft when ``draft_id`` is None or
        no longer exists). ``base_revision`` is the revision the caller last saw; when the
        stored one differs, another window saved in between and its content is kept as a
        snapshot before being replaced. ``file_path`` (when given) ties the draft to the
        post file its text came from or was saved to. Raises :class:`DraftSaveError`."""
        raw = dumps_post(post)

        def work(conn: sqlite3.Connection) -> DraftSummary:
            now = self._clock()
            row = None
            if draft_id is not None:
                row = conn.execute(
                    "SELECT post, title, revision, created, updated FROM drafts WHERE id = ?",
                    (draft_id,),
                ).fetchone()
            if row is None:
                return self._summary_of(conn, self._insert(conn, post, raw, now, file_path or ""))
            old_raw, old_title, revision, created, updated = row
            if file_path is not None:
                conn.execute("UPDATE drafts SET file_path = ? WHERE id = ?",
                             (file_path, draft_id))
            if old_raw == raw:
                return self._summary_of(conn, draft_id)  # type: ignore[arg-type]
            reason = ""
            if base_revision is not None and base_revision != revision:
                reason = "overwritten"
            else:
                last = conn.execute(
                    "SELECT max(taken) FROM snapshots WHERE draft_id = ?", (draft_id,)
                ).fetchone()[0]
                anchor = created if last is None else last
                if (updated - anchor >= self.snapshot_interval
                        or now - updated >= self.snapshot_interval):
                    reason = "autosave"
            if reason:
                self._snapshot(conn, draft_id, old_raw, old_title, updated, reason)  # type: ignore[arg-type]
            conn.execute(
                f"UPDATE drafts SET post = ?, title = {_TITLE}, organisation = ?, search = ?, "
                "updated = ?, revision = revision + 1 WHERE id = ?",
                (raw, derive_title(post), post.organisation, search_text(post),
                 max(now, updated), draft_id),
            )
            return self._summary_of(conn, draft_id)  # type: ignore[arg-type]

        return self._write("the draft", work)

    def rename(self, draft_id: int, name: str) -> DraftSummary:
        """Give the draft a name shown instead of its first line; ``""`` goes back to the
        first line."""
        name = clean_name(name)

        def work(conn: sqlite3.Connection) -> DraftSummary:
            row = conn.execute("SELECT post FROM drafts WHERE id = ?", (draft_id,)).fetchone()
            if row is None:
                raise DraftNotFound(f"draft {draft_id}")
            derived = name or derive_title(_parse(row[0], f"draft {draft_id}"))
            conn.execute("UPDATE drafts SET name = ?, title = ? WHERE id = ?",
                         (name, derived, draft_id))
            return self._summary_of(conn, draft_id)

        return self._write("the name", work)

    def for_file(self, path: str | Path) -> DraftSummary | None:
        """The latest draft tied to the post file ``path`` (its unsaved edits), if any."""
        rows = self._read(
            f"SELECT {_COLUMNS} FROM drafts WHERE file_path = ? ORDER BY updated DESC, id DESC "
            "LIMIT 1", (str(path),),
        )
        return _summary(rows[0]) if rows else None

    def snapshot(self, draft_id: int, reason: str = "manual") -> bool:
        """Keep the draft's current content in its history now; False if it is already
        the latest snapshot."""

        def work(conn: sqlite3.Connection) -> bool:
            row = conn.execute(
                "SELECT post, title FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
            if row is None:
                raise DraftNotFound(f"draft {draft_id}")
            return self._snapshot(conn, draft_id, row[0], row[1], self._clock(), reason)

        return self._write("the snapshot", work)

    def set_status(
        self, draft_id: int, status: Status | str, channels: Iterable[str] = ()
    ) -> DraftSummary:
        """Change the workflow status; ``exported`` records the time and adds ``channels``
        to those already exported to. The content at that moment goes into the history."""
        status = Status(status)

        def work(conn: sqlite3.Connection) -> DraftSummary:
            row = conn.execute(
                "SELECT post, title, status, exported_channels FROM drafts WHERE id = ?",
                (draft_id,),
            ).fetchone()
            if row is None:
                raise DraftNotFound(f"draft {draft_id}")
            now = self._clock()
            exported = json.loads(row[3] or "[]")
            if status is Status.EXPORTED:
                exported = list(dict.fromkeys([*exported, *channels]))
            conn.execute(
                "UPDATE drafts SET status = ?, status_changed = ?, exported_channels = ? "
                "WHERE id = ?",
                (status.value, now, json.dumps(exported), draft_id),
            )
            if status is not Status.DRAFT:
                self._snapshot(conn, draft_id, row[0], row[1], now, status.value)
            return self._summary_of(conn, draft_id)

        return self._write("the status", work)

    def mark_exported(self, draft_id: int, channels: Iterable[str]) -> DraftSummary:
        return self.set_status(draft_id, Status.EXPORTED, channels)

    def restore(self, draft_id: int, snapshot_id: int) -> Draft:
        """Make an earlier version current again; the content it replaces is kept."""

        def work(conn: sqlite3.Connection) -> int:
            snap = conn.execute(
                "SELECT post FROM snapshots WHERE id = ? AND draft_id = ?",
                (snapshot_id, draft_id),
            ).fetchone()
            row = conn.execute(
                "SELECT post, title, updated FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
            if snap is None or row is None:
                raise DraftNotFound(f"version {snapshot_id} of draft {draft_id}")
            post = _parse(snap[0], f"version {snapshot_id} of draft {draft_id}")
            self._snapshot(conn, draft_id, row[0], row[1], row[2], "before-restore")
            conn.execute(
                f"UPDATE drafts SET post = ?, title = {_TITLE}, organisation = ?, search = ?, "
                "updated = ?, revision = revision + 1 WHERE id = ?",
                (snap[0], derive_title(post), post.organisation, search_text(post),
                 max(self._clock(), row[2]), draft_id),
            )
            return draft_id

        return self.get(self._write("the restored version", work))

    def delete(self, draft_id: int) -> bool:
        """Remove a draft and its history; False if it did not exist."""

        def work(conn: sqlite3.Connection) -> bool:
            return conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount > 0

        return bool(self._write("the deletion", work))

    # -- reading -----------------------------------------------------------------------

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._read_lock:
                return self._reader.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise DraftError(f"cannot read the drafts database: {exc}") from exc

    def _set_aside(self, damaged: DamagedDraft) -> None:
        """Report a damaged draft once (:attr:`notices`); its row is left as it is, so
        nothing is lost, and it is not listed, so every other draft still opens."""
        if damaged.draft_id in self.damaged:
            return
        self.damaged[damaged.draft_id] = str(damaged)  # type: ignore[index]
        self.notices.append(StoreNotice("damaged", self.path, str(damaged)))

    def get(self, draft_id: int) -> Draft:
        if not -(2**63) <= draft_id < 2**63:  # no SQLite row has such an id
            raise DraftNotFound(f"draft {draft_id}")
        rows = self._read(f"SELECT {_COLUMNS}, post FROM drafts WHERE id = ?", (draft_id,))
        if not rows:
            raise DraftNotFound(f"draft {draft_id}")
        summary = _summary(rows[0])
        post = _parse(rows[0][-1], f"draft {draft_id}")
        return Draft(**{**summary.__dict__, "post": post})

    def list(
        self,
        search: str = "",
        status: Status | str | None = None,
        organisation: str | None = None,
        sort: str = "updated",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[DraftSummary]:
        """Drafts, newest change first by default. ``search`` matches every word
        (case-insensitively) anywhere in any version or alt text."""
        if sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {sort!r} (known: {', '.join(SORT_KEYS)})")
        where, params = ["1"], []
        for word in fold(search).split():
            where.append("instr(search, ?) > 0")
            params.append(word)
        if status:
            where.append("status = ?")
            params.append(Status(status).value)
        if organisation:
            where.append("organisation = ?")
            params.append(organisation)
        order = "DESC" if descending else "ASC"
        sql = (f"SELECT {_COLUMNS} FROM drafts WHERE {' AND '.join(where)} "
               f"ORDER BY {'updated' if sort == 'title' else sort} {order}, id {order}")
        drafts = []
        for row in self._read(sql, params):
            try:
                drafts.append(_summary(row))
            except DamagedDraft as exc:
                self._set_aside(exc)
        if sort == "title":
            drafts.sort(key=lambda d: (fold(d.title), d.id), reverse=descending)
        return drafts[:limit] if limit is not None else drafts

    def most_recent(self, exclude: Iterable[Status] = ()) -> DraftSummary | None:
        excluded = {Status(s) for s in exclude}
        for draft in self.list():
            if draft.status not in excluded:
                return draft
        return None

    def history(self, draft_id: int) -> builtins.list[SnapshotSummary]:
        """Earlier versions, newest first."""
        rows = self._read(
            "SELECT id, draft_id, taken, reason, title FROM snapshots WHERE draft_id = ? "
            "ORDER BY taken DESC, id DESC",
            (draft_id,),
        )
        return [SnapshotSummary(r[0], r[1], _when(r[2]), r[3], r[4]) for r in rows]  # type: ignore[arg-type]

    def get_snapshot(self, snapshot_id: int) -> Snapshot:
        rows = self._read(
            "SELECT id, draft_id, taken, reason, title, post FROM snapshots WHERE id = ?",
            (snapshot_id,),
        )
        if not rows:
            raise DraftNotFound(f"version {snapshot_id}")
        r = rows[0]
        return Snapshot(r[0], r[1], _when(r[2]), r[3], r[4],  # type: ignore[arg-type]
                        post=_parse(r[5], f"version {snapshot_id}"))

    # -- post files --------------------------------------------------------------------

    def import_file(self, path: str | Path) -> DraftSummary:
        """A post file as a new draft; raises :class:`PostFileError` for a bad file."""
        return self.create(load_post(path), reason="imported")

    def export_file(self, draft_id: int, path: str | Path) -> str:
        """Write the draft as a portable post file (atomically); returns what was at
        ``path`` before ("" for nothing)."""
        post = self.get(draft_id).post
        try:
            return save_post(post, path)
        except OSError as exc:
            raise DraftSaveError(
                f"cannot write {path}: {exc.strerror or exc}", save_error(exc).kind
            ) from exc
