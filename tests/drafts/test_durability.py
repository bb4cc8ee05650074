"""What keeps drafts safe, each tested so that weakening it fails a test: durable commits
(WAL, synchronous=FULL), post files flushed and renamed into place, migrations that keep
drafts they cannot parse, the history limit, and a real full disk."""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from composer.drafts import DraftSaveError, DraftStore
from composer.drafts import errors as draft_errors
from composer.drafts import store as draft_store
from composer.model import Post
from composer.postfile import load_post, save_post
from composer.settings import data_dir
from tests.drafts.test_migrations import V1_DDL


def test_commits_are_durable() -> None:
    with DraftStore.open() as store:
        conn = store._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_save_post_flushes_then_renames_into_place(tmp_path, monkeypatch) -> None:
    target = tmp_path / "post.json"
    save_post(Post(versions={"fi": "vanha"}), target)
    calls: list[tuple[str, object]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(source: object, destination: object) -> None:
        calls.append(("replace", str(destination)))
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    save_post(Post(versions={"fi": "uusi"}), target)
    kinds = [kind for kind, _ in calls]
    assert kinds == ["fsync", "replace"], calls
    assert calls[0][1] != str(target)  # the new text was flushed in another file ...
    assert calls[1][1] == str(target)  # ... renamed over the old one afterwards
    assert load_post(target).text("fi") == "uusi"


def test_a_failing_save_post_leaves_the_old_file_whole(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    target = folder / "post.json"
    save_post(Post(versions={"fi": "vanha teksti"}), target)
    before = target.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        save_post(Post(versions={"fi": "uusi teksti " * 1000}), target)
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == ["post.json"]  # no temporary left


def test_a_migration_keeps_drafts_it_cannot_parse() -> None:
    path = data_dir() / "drafts.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(V1_DDL)
    rows = [(1, "{not json", "rikki", 1.0, 2.0),
            (2, json.dumps({"versions": {"xx": "outo kieli"}}), "outo", 1.0, 3.0),
            (3, json.dumps({"versions": {"fi": "ehjä"}}), "ehjä", 1.0, 4.0)]
    conn.executemany("INSERT INTO drafts VALUES (?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    with DraftStore.open() as store:
        kept = store._conn.execute("SELECT id, post FROM drafts ORDER BY id").fetchall()
        assert kept == [(1, "{not json"), (2, rows[1][1]), (3, rows[2][1])]
        assert store.get(3).post.text("fi") == "ehjä"


def test_the_history_keeps_at_most_the_limit(monkeypatch) -> None:
    monkeypatch.setattr(draft_store, "MAX_SNAPSHOTS", 5)
    with DraftStore.open() as store:
        draft = store.save(None, Post(versions={"fi": "versio 0"}))
        for n in range(1, 12):
            store.save(draft.id, Post(versions={"fi": f"versio {n}"}))
            assert store.snapshot(draft.id)
        history = store.history(draft.id)
        assert len(history) == 5
        assert history[0].title == "versio 11"  # the newest are kept


def test_the_default_history_limit_is_enforced() -> None:
    with DraftStore.open() as store:
        draft = store.save(None, Post(versions={"fi": "alku"}))
        for n in range(draft_store.MAX_SNAPSHOTS + 3):
            store.save(draft.id, Post(versions={"fi": f"muutos {n}"}))
            store.snapshot(draft.id)
        assert len(store.history(draft.id)) == draft_store.MAX_SNAPSHOTS


# -- a real full disk ------------------------------------------------------------------

SMALL_DISK = textwrap.dedent("""
    import json, os, subprocess, sys
    folder = sys.argv[1]
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", folder], check=True)
    os.environ["COMPOSER_DATA_DIR"] = folder
    from composer.drafts import DraftSaveError, DraftStore
    from composer.model import Post
    store = DraftStore.open()
    first = store.save(None, Post(versions={"fi": "Ennen levyn täyttymistä"}))
    big = Post(versions={"fi": "Iso liitos " * 60_000})
    result = {}
    try:
        store.save(first.id, big)
        result["error"] = None
    except DraftSaveError as exc:
        result["error"], result["kind"] = str(exc), exc.kind
    result["stored"] = store.get(first.id).post.text("fi")
    store.save(first.id, Post(versions={"fi": "Pieni muutos mahtuu"}))
    result["after"] = store.get(first.id).post.text("fi")
    result["integrity"] = store._conn.execute("PRAGMA integrity_check").fetchone()[0]
    print(json.dumps(result, ensure_ascii=False))
""")


def _can_mount_in_a_namespace() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None:
        return False
    probe = subprocess.run([unshare, "-rm", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_in_a_namespace(),
                    reason="no user and mount namespaces here (see the classification test)")
def test_a_really_full_disk_is_reported_as_full_and_damages_nothing(tmp_path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    run = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", SMALL_DISK, str(folder)],
        capture_output=True, text=True, timeout=120, env=os.environ.copy(),
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["error"] and result["kind"] == "disk-full", result
    assert result["stored"] == "Ennen levyn täyttymistä"
    assert result["after"] == "Pieni muutos mahtuu"  # space for a small save: it works
    assert result["integrity"] == "ok"


@pytest.mark.parametrize(("error", "kind"), [
    (OSError(errno.ENOSPC, "No space left on device"), "disk-full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "disk-full"),
    (OSError(errno.EFBIG, "File too large"), "disk-full"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    (OSError(errno.EIO, "Input/output error"), "io-error"),
])
def test_disk_errors_are_classified(error: OSError, kind: str) -> None:
    assert draft_errors.error_kind(error) == kind
    assert draft_errors.save_error(error).kind == kind


def test_sqlite_full_is_classified_as_a_full_disk() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    assert draft_errors.error_kind(error) == "disk-full"
    assert isinstance(draft_errors.save_error(error), DraftSaveError)
