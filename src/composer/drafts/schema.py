"""The drafts database schema as a list of step-by-step migrations.

``MIGRATIONS[n - 1]`` upgrades a database at version ``n - 1`` to version ``n``; the version
is SQLite's ``PRAGMA user_version`` (0 for a new, empty file). Never edit a step once it has
shipped: add a new one. Every step runs inside the caller's transaction, so a crash in the
middle of a migration leaves the database at the previous version.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from composer.drafts.records import derive_title, search_text

#: Version 1, the first schema: one row per draft holding the post file's JSON.
SCHEMA_V1 = """
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX drafts_by_updated ON drafts (updated);
"""

#: Version 2: workflow status, organisation, search text and a revision counter that
#: detects two windows saving the same draft.
SCHEMA_V2 = """
ALTER TABLE drafts ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'ready', 'exported'));
ALTER TABLE drafts ADD COLUMN status_changed REAL;
ALTER TABLE drafts ADD COLUMN exported_channels TEXT NOT NULL DEFAULT '[]';
ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE drafts ADD COLUMN search TEXT NOT NULL DEFAULT '';
"""

#: Version 3: history, earlier versions of each draft.
SCHEMA_V3 = """
CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    post TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    taken REAL NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX snapshots_by_draft ON snapshots (draft_id, taken);
"""


#: Version 4: a name the user gave the draft ('' = its first line) and the post file the
#: draft's text belongs to ('' = none), so edits stay tied to their file across restarts.
SCHEMA_V4 = """
ALTER TABLE drafts ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN file_path TEXT NOT NULL DEFAULT '';
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    # executescript() would COMMIT the caller's transaction; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _to_v1(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V1)


def _to_v2(conn: sqlite3.Connection) -> None:
    from composer.postfile import PostFileError, post_from_dict

    _run_script(conn, SCHEMA_V2)
    rows = conn.execute("SELECT id, post FROM drafts").fetchall()
    for draft_id, raw in rows:
        try:
            post = post_from_dict(json.loads(raw), f"draft {draft_id}", check_organisation=False)
        except (ValueError, PostFileError):
            continue  # kept as it is; the app reports it when the draft is opened
        conn.execute(
            "UPDATE drafts SET organisation = ?, search = ?, title = ? WHERE id = ?",
            (post.organisation, search_text(post), derive_title(post), draft_id),
        )


def _to_v3(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V3)


def _to_v4(conn: sqlite3.Connection) -> None:
    _run_script(conn, SCHEMA_V4)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_to_v1, _to_v2, _to_v3, _to_v4)

#: The version this code writes.
CURRENT_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, start: int) -> int:
    """Apply the steps after ``start`` inside the open transaction; returns the new version."""
    for version in range(start + 1, CURRENT_VERSION + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(f"PRAGMA user_version = {version:d}")
    return CURRENT_VERSION
