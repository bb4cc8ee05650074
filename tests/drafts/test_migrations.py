"""Step-by-step migrations from the first schema, with a backup copy made first."""

from __future__ import annotations

import json
import sqlite3

import pytest

from composer.drafts import DraftStore, DraftStoreError, Status
from composer.drafts import schema as current_schema
from composer.settings import data_dir

#: The first schema exactly as version 1 shipped it (a frozen copy: never edit).
V1_DDL = """
CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    post TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX drafts_by_updated ON drafts (updated);
PRAGMA user_version = 1;
"""

V1_ROWS = [
    (1, {"organisation": "kokkola", "versions": {"fi": "Tori on auki", "sv": "Torget är öppet"},
         "channels": ["facebook"]}, "Tori on auki", 1_600_000_000.0, 1_600_000_100.0),
    (2, {"organisation": "jakobstad", "versions": {"sv": "Gatan stängd\u0007", "fi": "Katu"},
         "media": [{"file": "map.png", "alt": {"sv": "Karta över omvägen"}}]},
     "Gatan stängd", 1_600_000_200.0, 1_600_000_300.0),
    (5, {"organisation": "naantali", "versions": {"fi": "Muumimaailma"}}, "Muumimaailma",
     1_600_000_400.0, 1_600_000_500.0),
]


def make_v1_database() -> None:
    path = data_dir() / "drafts.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    conn.executemany(
        "INSERT INTO drafts (id, post, title, created, updated) VALUES (?, ?, ?, ?, ?)",
        [(i, json.dumps(post, ensure_ascii=False), t, c, u) for i, post, t, c, u in V1_ROWS],
    )
    conn.commit()
    conn.close()


def test_a_version_1_database_is_upgraded_with_its_data_intact():
    make_v1_database()
    with DraftStore.open() as store:
        assert [n.kind for n in store.notices] == ["migrated"]
        backup = store.notices[0].moved_to
        assert backup == data_dir() / "drafts.sqlite3.bak-v1"
        drafts = {d.id: d for d in store.list()}
        assert sorted(drafts) == [1, 2, 5]
        assert [d.id for d in store.list()] == [5, 2, 1]  # by last change
        assert store.get(2).post.text("sv") == "Gatan stängd\u0007"
        assert store.get(2).post.media[0].alt["sv"] == "Karta över omvägen"
        assert store.get(1).post.channels == ["facebook"]
        assert drafts[1].organisation == "kokkola" and drafts[1].status is Status.DRAFT
        assert drafts[2].updated.timestamp() == 1_600_000_300.0
        # the new columns were filled from the old posts
        assert [d.id for d in store.list(search="öppet")] == [1]
        assert [d.id for d in store.list(search="omvägen")] == [2]
        assert [d.id for d in store.list(organisation="naantali")] == [5]
        # and the new tables work
        assert store.history(5) == []
        edited = store.get(5).post
        edited.versions["fi"] = "Muumimaailma avautuu"
        store.save(5, edited)  # the old text had stood for years: kept in the history
        assert [(h.reason, h.title) for h in store.history(5)] == [("autosave", "Muumimaailma")]
        store.set_status(5, Status.READY)
        assert [h.reason for h in store.history(5)] == ["ready", "autosave"]
        restored = store.restore(5, store.history(5)[1].id)
        assert restored.post.text("fi") == "Muumimaailma"
        new = store.save(None, store.get(1).post)
        assert new.id == 6  # AUTOINCREMENT continues after the old ids
        version = store._conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == current_schema.CURRENT_VERSION

    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT id, title FROM drafts ORDER BY id").fetchall() == [
        (1, "Tori on auki"), (2, "Gatan stängd"), (5, "Muumimaailma")]
    old.close()

    with DraftStore.open() as again:  # already current: no second backup
        assert again.notices == []
    assert sorted(p.name for p in data_dir().glob("*.bak-*")) == ["drafts.sqlite3.bak-v1"]


def test_each_step_runs_from_an_intermediate_version():
    make_v1_database()
    conn = sqlite3.connect(data_dir() / "drafts.sqlite3", isolation_level=None)
    conn.execute("BEGIN")
    current_schema.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()
    with DraftStore.open() as store:
        assert store.notices[0].moved_to.name == "drafts.sqlite3.bak-v2"
        assert store.get(1).title == "Tori on auki"
        assert store.snapshot(1)
        assert len(store.history(1)) == 1


def test_a_database_from_a_newer_version_is_left_untouched():
    make_v1_database()
    path = data_dir() / "drafts.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DraftStoreError, match="newer version") as error:
        DraftStore.open()
    assert error.value.kind == "too-new"
    assert path.read_bytes() == before
    assert not list(data_dir().glob("*.bak-*")) and not list(data_dir().glob("*.corrupt-*"))


def test_a_new_database_needs_no_backup():
    with DraftStore.open() as store:
        assert store.notices == []
    assert not list(data_dir().glob("*.bak-*"))


def test_version_3_drafts_get_an_empty_name_and_no_file():
    make_v1_database()
    conn = sqlite3.connect(data_dir() / "drafts.sqlite3", isolation_level=None)
    conn.execute("BEGIN")
    for step in current_schema.MIGRATIONS[1:3]:
        step(conn)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.close()
    with DraftStore.open() as store:
        assert store.notices[0].moved_to.name == "drafts.sqlite3.bak-v3"
        draft = store.get(1)
        assert (draft.title, draft.name, draft.file_path) == ("Tori on auki", "", "")
        assert store.rename(1, "Torikausi").title == "Torikausi"
