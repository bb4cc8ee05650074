"""Changes waiting to be sent to a team space, kept in ``team.sqlite3`` in the user data
folder, so nothing is lost while the space is unreachable or the app closes.

Changes go out in the order they were made. One that fails for a passing reason (no
network, server busy) stays waiting; one that needs a person (refused, conflict, newer
file) is marked *failed* with its message and kept. The table ``links`` remembers which
team post each local source became and the revision it was last sent as; a source is
``draft:<id>`` for a local draft, ``team:<id>`` for a team post opened for editing.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer import settings as app_settings
from composer.model import Post
from composer.postfile import PostFileError, post_from_dict
from composer.team.errors import Conflict, TeamError
from composer.team.record import FindingsSummary, Status, new_id, now
from composer.team.service import TeamService

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, space TEXT NOT NULL, kind TEXT NOT NULL,
  post_id TEXT NOT NULL, payload TEXT NOT NULL, created TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'waiting',
  message TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS links (
  source TEXT NOT NULL, space TEXT NOT NULL, post_id TEXT NOT NULL,
  revision TEXT NOT NULL DEFAULT '', content_version INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (source, space));
CREATE TABLE IF NOT EXISTS bases (
  source TEXT NOT NULL, space TEXT NOT NULL, post TEXT NOT NULL,
  PRIMARY KEY (source, space));
"""


def _put_base(db: sqlite3.Connection, space: str, source: str, base: Post) -> None:
    db.execute("INSERT OR REPLACE INTO bases VALUES (?, ?, ?)",
               (source, space, json.dumps(base.to_dict(), ensure_ascii=False)))


def draft_source(draft_id: int) -> str:
    return f"draft:{draft_id}"


def team_source(post_id: str) -> str:
    return f"team:{post_id}"


@dataclass(frozen=True)
class Link:
    source: str
    post_id: str
    revision: str
    content_version: int


@dataclass(frozen=True)
class Pending:
    seq: int
    kind: str
    post_id: str
    state: str
    attempts: int
    message: str


@dataclass
class FlushResult:
    sent: int = 0
    waiting: int = 0
    failed: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    #: Why sending stopped (the space unreachable …), "" if everything went.
    stopped: str = ""
    #: Texts joined with someone else's change meanwhile: (source, the post sent, the
    #: post as the team space now has it).
    joined: list[tuple[str, Post, Post]] = field(default_factory=list)


class Outbox:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or app_settings.data_dir() / "team.sqlite3"

    @contextlib.contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=10)
        try:
            db.executescript(_SCHEMA)
            with db:
                yield db
        finally:
            db.close()

    # Queueing ----------------------------------------------------------------------

    def _add(self, space: str, kind: str, post_id: str, payload: dict[str, Any]) -> None:
        with self._db() as db:
            db.execute("INSERT INTO outbox (space, kind, post_id, payload, created) "
                       "VALUES (?, ?, ?, ?, ?)",
                       (space, kind, post_id, json.dumps(payload, ensure_ascii=False), now()))

    def queue_send(self, space: str, source: str, post: Post, findings: FindingsSummary,
                   start: Link | None = None) -> str:
        """Queue ``source``'s post for review; returns its team post id (a new one gets
        one now). ``start``: the team post and revision it was fetched as, if it was."""
        link = self.link(space, source)
        payload = {"source": source, "post": post.to_dict(), "findings": findings.to_dict()}
        with self._db() as db:
            if link is None and start is not None:
                post_id = start.post_id
                db.execute("INSERT INTO links VALUES (?, ?, ?, ?, ?)",
                           (source, space, post_id, start.revision, start.content_version))
            elif link is None:
                post_id = new_id()
                db.execute("INSERT INTO links (source, space, post_id) VALUES (?, ?, ?)",
                           (source, space, post_id))
            else:
                post_id = link.post_id
            waiting = db.execute(
                "SELECT seq FROM outbox WHERE space = ? AND post_id = ? AND kind = 'send' "
                "AND state = 'waiting'", (space, post_id)).fetchone()
            if waiting:  # a newer text replaces the one not sent yet
                db.execute("UPDATE outbox SET payload = ? WHERE seq = ?",
                           (json.dumps(payload, ensure_ascii=False), waiting[0]))
                return post_id
        self._add(space, "send", post_id, payload)
        return post_id

    def queue_comment(self, space: str, post_id: str, language: str, text: str,
                      start: int | None, end: int | None, content_version: int | None) -> None:
        self._add(space, "comment", post_id, {
            "language": language, "text": text, "start": start, "end": end,
            "content_version": content_version, "comment_id": new_id()})

    def queue_status(self, space: str, post_id: str, status: Status,
                     accept_open_errors: bool = False) -> None:
        self._add(space, "status", post_id, {"status": status.value,
                                             "accept_open_errors": accept_open_errors})

    # Reading -----------------------------------------------------------------------

    def link(self, space: str, source: str) -> Link | None:
        with self._db() as db:
            row = db.execute("SELECT source, post_id, revision, content_version FROM links "
                             "WHERE space = ? AND source = ?", (space, source)).fetchone()
        return Link(*row) if row else None

    def link_post(self, space: str, source: str, post_id: str, revision: str,
                  content_version: int, base: Post | None = None) -> None:
        """``source``'s next change starts from ``revision`` of ``post_id``; ``base`` is
        the post as this computer last had it there (the text it sent or opened), with
        which someone else's change meanwhile can be joined."""
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?)",
                       (source, space, post_id, revision, content_version))
            if base is None:
                db.execute("DELETE FROM bases WHERE source = ? AND space = ?", (source, space))
            else:
                _put_base(db, space, source, base)

    def set_base(self, space: str, source: str, base: Post) -> None:
        """The window now shows ``base`` as the post ``source``'s next change starts from
        (a joined text it took in)."""
        with self._db() as db:
            _put_base(db, space, source, base)

    def base(self, space: str, source: str) -> Post | None:
        """The post ``source``'s next change starts from, if known (:meth:`link_post`)."""
        with self._db() as db:
            row = db.execute("SELECT post FROM bases WHERE space = ? AND source = ?",
                             (space, source)).fetchone()
        if row is None:
            return None
        try:
            return post_from_dict(json.loads(row[0]), "outbox", check_organisation=False)
        except (ValueError, TeamError, PostFileError):
            return None  # unusable: changes meanwhile are kept side by side instead

    def pending(self, space: str) -> list[Pending]:
        with self._db() as db:
            rows = db.execute("SELECT seq, kind, post_id, state, attempts, message FROM outbox "
                              "WHERE space = ? ORDER BY seq", (space,)).fetchall()
        return [Pending(*row) for row in rows]

    def waiting_count(self, space: str) -> int:
        return sum(p.state == "waiting" for p in self.pending(space))

    def discard(self, seq: int) -> None:
        with self._db() as db:
            db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    def retry(self, seq: int) -> None:
        with self._db() as db:
            db.execute("UPDATE outbox SET state = 'waiting', message = '' WHERE seq = ?", (seq,))

    # Sending -----------------------------------------------------------------------

    def flush(self, space: str, service: TeamService) -> FlushResult:
        result = FlushResult()
        with self._db() as db:
            rows = db.execute("SELECT seq, kind, post_id, payload FROM outbox WHERE space = ? "
                              "AND state = 'waiting' ORDER BY seq", (space,)).fetchall()
        for seq, kind, post_id, payload in rows:
            try:
                joined = self._send(space, service, kind, post_id, json.loads(payload))
            except Conflict as exc:
                result.conflicts.append(exc)
                self.discard(seq)  # both versions are kept in the team space
                continue
            except TeamError as exc:
                with self._db() as db:
                    if exc.transient:
                        db.execute("UPDATE outbox SET attempts = attempts + 1, message = ? "
                                   "WHERE seq = ?", (str(exc), seq))
                        result.stopped = str(exc)
                        break
                    db.execute("UPDATE outbox SET state = 'failed', message = ? WHERE seq = ?",
                               (str(exc), seq))
                result.failed.append(str(exc))
                continue
            self.discard(seq)
            result.sent += 1
            if joined is not None:
                result.joined.append(joined)
        result.waiting = self.waiting_count(space)
        return result

    def _send(self, space: str, service: TeamService, kind: str, post_id: str,
              payload: dict[str, Any]) -> tuple[str, Post, Post] | None:
        """Send one queued change; for a text joined with someone else's change
        meanwhile, ``(source, post sent, post joined)``."""
        if kind == "send":
            post = post_from_dict(payload["post"], "outbox", check_organisation=False)
            findings = FindingsSummary(**{k: v for k, v in payload["findings"].items()
                                          if k != "rules"},
                                       rules=tuple(payload["findings"].get("rules", ())))
            source = str(payload["source"])
            link = self.link(space, source)
            if link is None or not link.revision:
                fetched = service.send_new(post, findings, post_id)
            else:
                fetched = service.update_content(post_id, post, findings, link.revision,
                                                 link.content_version,
                                                 base=self.base(space, source))
            # The next change starts from what this computer sent: a version joined in
            # from someone else and changed here again before the window showed it is
            # then a change on both sides, kept side by side, never lost.
            self.link_post(space, source, post_id, fetched.revision,
                           fetched.record.content_version, base=post)
            if fetched.record.post.to_dict() != post.to_dict():
                return source, post, fetched.record.post
        elif kind == "comment":
            service.comment(post_id, payload["language"], payload["text"], payload["start"],
                            payload["end"], payload["content_version"], payload["comment_id"])
        elif kind == "status":
            service.set_status(post_id, Status(payload["status"]),
                               bool(payload.get("accept_open_errors")))
        return None
