"""``composer drafts list / export / import``."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from composer.cli import main
from composer.drafts import DraftStore
from composer.model import Post
from composer.postfile import load_post, save_post
from composer.settings import data_dir


def make_drafts() -> tuple[int, int]:
    with DraftStore.open() as store:
        a = store.save(None, Post(organisation="kokkola",
                                  versions={"fi": "Kirjasto suljettu", "sv": "Biblioteket"}))
        b = store.save(None, Post(versions={"sv": "Torget öppnar", "fi": "Tori aukeaa"}))
        store.mark_exported(b.id, ["facebook", "instagram"])
    return a.id, b.id


def test_list_shows_newest_first_with_status(capsys):
    a, b = make_drafts()
    assert main(["drafts", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[0] == str(b) and "exported (Facebook, Instagram)" in lines[0]
    assert lines[0].endswith("Torget öppnar")
    assert lines[1].split()[0] == str(a) and "kokkola" in lines[1] and "draft" in lines[1]
    # A long status does not push its title out of line with the others.
    assert lines[0].index("Torget öppnar") == lines[1].index("Kirjasto suljettu")


def test_list_json_and_search(capsys):
    a, _ = make_drafts()
    assert main(["drafts", "list", "--json", "--search", "KIRJASTO"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data["drafts"]] == [a]
    assert data["drafts"][0]["title"] == "Kirjasto suljettu"
    assert data["drafts"][0]["status"] == "draft"
    assert main(["drafts", "list", "--json", "--status", "exported"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["drafts"][0]["exported_channels"] == ["facebook", "instagram"]
    assert main(["drafts", "list", "--json", "--search", "nothing like this"]) == 0
    assert json.loads(capsys.readouterr().out) == {"drafts": []}


def test_export_writes_a_post_file_the_check_command_reads(tmp_path, capsys):
    a, _ = make_drafts()
    target = tmp_path / "kirjasto.post.json"
    assert main(["drafts", "export", str(a), str(target)]) == 0
    assert load_post(target).text("fi") == "Kirjasto suljettu"
    assert main(["drafts", "export", "999", str(tmp_path / "x.json")]) == 2
    assert "draft 999 not found" in capsys.readouterr().err
    huge = "9" * 25  # beyond any database row id: not found, no traceback
    assert main(["drafts", "export", huge, str(tmp_path / "x.json")]) == 2
    assert f"draft {huge} not found" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()
    # What stood at the path is said when replaced, as ``export --all`` says it.
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert main(["drafts", "export", str(a), str(fifo)]) == 0
    assert "pipe.json: replaced a named pipe (FIFO)" in capsys.readouterr().err
    assert load_post(fifo).text("fi") == "Kirjasto suljettu"


def test_import_adds_drafts_and_reports_bad_files(tmp_path, capsys):
    good = tmp_path / "good.post.json"
    save_post(Post(organisation="naantali", versions={"fi": "Muumit"}), good)
    bad = tmp_path / "bad.post.json"
    bad.write_text("{not json", "utf-8")
    assert main(["drafts", "import", str(good), str(bad)]) == 2
    captured = capsys.readouterr()
    assert captured.out.strip().endswith(str(good))
    assert "bad.post.json: invalid JSON at line 1" in captured.err
    with DraftStore.open() as store:
        assert [d.title for d in store.list()] == ["Muumit"]


def test_a_corrupt_database_is_reported_and_listing_still_works(capsys):
    (data_dir() / "drafts.sqlite3").write_bytes(b"\x00garbage" * 64)
    assert main(["drafts", "list"]) == 0
    err = capsys.readouterr().err
    assert "was unusable" in err and "drafts.sqlite3.corrupt-" in err


def test_the_installed_command_runs(tmp_path):
    make_drafts()
    run = subprocess.run(
        [sys.executable, "-m", "composer", "drafts", "list", "--json"],
        capture_output=True, text=True, env=os.environ.copy(), timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert len(json.loads(run.stdout)["drafts"]) == 2


def test_list_says_when_a_draft_changed_since_its_export(capsys):
    with DraftStore.open() as store:
        draft = store.save(None, Post(versions={"sv": "Torget öppnar", "fi": "Tori aukeaa"}))
        store.mark_exported(draft.id, ["x"])
    assert main(["drafts", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["drafts"][0]["changed_since_export"] is False
    with DraftStore.open() as store:
        store.save(draft.id, Post(versions={"sv": "Torget öppnar kl. 9", "fi": "Tori aukeaa"}))
    assert main(["drafts", "list"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert "exported, changed since export (X)" in line


def test_list_says_where_text_kept_when_the_app_closed_waits(capsys):
    from composer.drafts.recovery import keep_aside, recovery_dir

    make_drafts()
    assert main(["drafts", "list"]) == 0
    assert "kept when the app closed" not in capsys.readouterr().err
    keep_aside(Post(versions={"fi": "Odottaa"}), None, None)
    assert main(["drafts", "list"]) == 0
    err = capsys.readouterr().err
    assert "1 text(s) kept when the app closed" in err and str(recovery_dir()) in err


def test_a_device_at_the_export_path_is_left_alone(tmp_path, capsys):
    a, _ = make_drafts()
    device = tmp_path / "full"
    try:  # a copy of /dev/full: the test never risks the system's own
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    assert main(["drafts", "export", str(a), str(device)]) == 2
    assert "a character device is in the way; it was left alone" in capsys.readouterr().err
    assert stat.S_ISCHR(device.lstat().st_mode)
