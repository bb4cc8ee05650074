"""A corrupt or unreadable database, a folder that cannot be written, a full disk."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from composer.drafts import DraftSaveError, DraftStore, DraftStoreError
from composer.model import Post
from composer.settings import data_dir


def db_path() -> Path:
    return data_dir() / "drafts.sqlite3"


def assert_fresh_store_works(store: DraftStore) -> None:
    assert store.list() == []
    saved = store.save(None, Post(versions={"fi": "Uusi alku"}))
    assert store.get(saved.id).post.text("fi") == "Uusi alku"


def test_garbage_file_is_moved_aside_and_a_fresh_database_started():
    garbage = b"this is not a database\x00\xff" * 500
    db_path().write_bytes(garbage)
    with DraftStore.open() as store:
        assert [n.kind for n in store.notices] == ["corrupt"]
        moved = store.notices[0].moved_to
        assert moved.name.startswith("drafts.sqlite3.corrupt-")
        assert moved.read_bytes() == garbage  # nothing overwritten
        assert "not a database" in store.notices[0].detail
        assert_fresh_store_works(store)
    with DraftStore.open() as again:
        assert again.notices == []
        assert len(again.list()) == 1


def test_damaged_pages_inside_a_real_database_are_detected():
    with DraftStore.open() as store:
        for i in range(200):
            store.save(None, Post(versions={"fi": f"Luonnos {i} " + "teksti " * 100}))
    conn = sqlite3.connect(db_path())
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(db_path().read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, 3 * page):
        data[offset:offset + 200] = os.urandom(200)
    db_path().write_bytes(bytes(data))
    with DraftStore.open() as store:
        assert [n.kind for n in store.notices] == ["corrupt"]
        assert store.notices[0].moved_to.read_bytes() == bytes(data)
        assert_fresh_store_works(store)


@pytest.mark.unprivileged
def test_a_folder_where_the_database_should_be_is_moved_aside():
    db_path().mkdir()
    (db_path() / "keep.txt").write_text("mine", "utf-8")
    with DraftStore.open() as store:
        assert [n.kind for n in store.notices] == ["corrupt"]
        assert (store.notices[0].moved_to / "keep.txt").read_text("utf-8") == "mine"
        assert_fresh_store_works(store)


def test_corrupt_files_are_never_overwritten_by_a_second_move():
    for _ in range(2):
        db_path().write_bytes(b"garbage " * 100)
        DraftStore.open().close()
    assert len(list(data_dir().glob("drafts.sqlite3.corrupt-*"))) == 2


def test_a_data_folder_that_cannot_exist_is_a_clear_error(tmp_path, monkeypatch):
    # chmod does not stop root, who runs the tests on CI; a path below a regular file
    # fails for everybody (ENOTDIR), like a read-only or missing mount would.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file", "utf-8")
    monkeypatch.setenv("COMPOSER_DATA_DIR", str(blocker / "composer"))
    with pytest.raises(DraftStoreError, match="cannot create the drafts folder") as error:
        DraftStore.open()
    assert error.value.kind == "read-only"
    assert blocker.read_text("utf-8") == "a file"


@pytest.mark.unprivileged
def test_a_read_only_empty_data_folder_is_a_clear_error():
    data_dir().chmod(0o500)
    try:
        with pytest.raises(DraftStoreError) as error:
            DraftStore.open()
        assert error.value.kind in ("read-only", "cannot-open")
        assert (data_dir().stat().st_mode & 0o777) == 0o500  # not changed behind our back
    finally:
        data_dir().chmod(0o700)


@pytest.mark.unprivileged
def test_drafts_in_a_read_only_data_folder_can_be_listed_and_opened(capsys):
    from composer.cli import main

    with DraftStore.open() as store:
        saved = store.save(None, Post(versions={"fi": "Luettavissa vaikka kansio on lukittu"}))
    data_dir().chmod(0o500)
    try:
        with DraftStore.open() as store:
            assert [n.kind for n in store.notices] == ["read-only"]
            assert [d.id for d in store.list()] == [saved.id]
            assert store.get(saved.id).post.text("fi").startswith("Luettavissa")
            with pytest.raises(DraftSaveError) as error:
                store.save(saved.id, Post(versions={"fi": "muutos"}))
            assert error.value.kind == "read-only"
        assert main(["drafts", "list"]) == 0
        captured = capsys.readouterr()
        assert "Luettavissa" in captured.out and "cannot be written" in captured.err
    finally:
        data_dir().chmod(0o700)


FULL_DISK = textwrap.dedent("""
    import json, resource, signal, sys
    from composer.drafts import DraftSaveError, DraftStore
    from composer.model import Post

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # report EFBIG instead of dying
    store = DraftStore.open()
    first = store.save(None, Post(versions={"fi": "Ennen levyn täyttymistä"}))
    size = store.path.stat().st_size + (store.path.parent / "drafts.sqlite3-wal").stat().st_size
    # No file may grow past its current size: writes fail like on a full disk, for root too.
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))
    big = Post(versions={"fi": "Iso liitos " * 100_000})
    result = {}
    try:
        store.save(first.id, big)
        result["error"] = None
    except DraftSaveError as exc:
        result["error"], result["kind"] = str(exc), exc.kind
    result["kept"] = big.text("fi") == "Iso liitos " * 100_000
    result["stored"] = store.get(first.id).post.text("fi")
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    store.save(first.id, big)  # space again: the retry succeeds
    result["after"] = len(store.get(first.id).post.text("fi"))
    print(json.dumps(result, ensure_ascii=False))
""")


def test_a_full_disk_is_a_save_error_and_nothing_stored_is_damaged():
    run = subprocess.run(
        [sys.executable, "-c", FULL_DISK], capture_output=True, text=True, timeout=60,
        env=os.environ.copy(),
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["error"] and result["error"].startswith("could not save the draft")
    assert result["kind"] in ("disk-full", "io-error")
    assert result["kept"]
    assert result["stored"] == "Ennen levyn täyttymistä"
    assert result["after"] == len("Iso liitos " * 100_000)
    with DraftStore.open() as store:
        assert store.notices == []
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_save_error_type_is_raised_for_writes_on_a_closed_path():
    store = DraftStore.open()
    saved = store.save(None, Post(versions={"fi": "teksti"}))
    store.close()
    with pytest.raises(DraftSaveError):
        store.save(saved.id, Post(versions={"fi": "teksti 2"}))
