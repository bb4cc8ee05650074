"""Hostile files and paths at the command line: each gets exit 2 and one plain line, and
nothing hangs, reads more than the limit, writes through a link or leaves an export
readable by others."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from composer.cli import main
from composer.model import MAX_VERSION_CHARACTERS
from composer.postfile import MAX_FILE_BYTES, PostFileError, load_post

POST = {"organisation": "kokkola", "channels": ["x", "bluesky"],
        "versions": {"fi": "Kirjasto on auki tänään.", "sv": "Biblioteket är öppet i dag."}}


def _write(tmp_path: Path, data: object, name: str = "post.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _run_within(seconds: float, *argv: str) -> int:
    """``composer argv`` in a thread; fails the test if it does not return in time."""
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(main(list(argv))), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"composer {' '.join(argv)} hung"
    return result[0]


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_a_fifo_is_refused_without_hanging(tmp_path, capsys) -> None:
    fifo = tmp_path / "post.json"
    os.mkfifo(fifo)
    assert _run_within(10, "check", str(fifo)) == 2
    assert "named pipe" in _one_error_line(capsys)


def test_a_link_to_a_device_is_refused_unread(tmp_path, capsys) -> None:
    link = tmp_path / "post.json"
    link.symlink_to("/dev/zero")
    assert _run_within(10, "check", str(link)) == 2
    assert "character device" in _one_error_line(capsys)


def test_a_sparse_huge_file_is_refused_from_its_size(tmp_path, capsys) -> None:
    sparse = tmp_path / "post.json"
    with sparse.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GB, no blocks
    assert _run_within(10, "check", str(sparse)) == 2
    assert "larger than 16 MiB" in _one_error_line(capsys)


def test_reading_stops_at_the_limit_even_when_the_size_lies(tmp_path, monkeypatch) -> None:
    from composer import safe_io

    path = tmp_path / "post.json"
    path.write_bytes(b" " * 5000)
    with pytest.raises(OSError, match="larger than"):
        safe_io.read_limited(path, 4096)
    assert len(safe_io.read_limited(path, 5000)) == 5000


@pytest.mark.parametrize(("text", "reason"), [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"organisation": ' + "9" * 5000 + "}", "too many digits"),
])
def test_json_limits_give_one_line(tmp_path, capsys, text: str, reason: str) -> None:
    path = tmp_path / "post.json"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path)]) == 2
    assert reason in _one_error_line(capsys)
    assert main(["drafts", "import", str(path)]) == 2


def test_json_limits_in_count_lines(capsys, monkeypatch) -> None:
    import io
    import sys

    lines = "[" * 100_000 + "\n" + "9" * 5000 + '\n"fine"\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    assert main(["count", "--channel", "x", "--json-lines"]) == 2
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [("error" in item) for item in out] == [True, True, False]


@pytest.mark.parametrize("command", [
    ["check"], ["export", "--channel", "x"], ["export", "--all", "--out", "OUT"],
    ["drafts", "import"], ["hashtags"],
])
def test_a_lone_surrogate_is_one_clear_line(tmp_path, capsys, command: list[str]) -> None:
    path = tmp_path / "post.json"
    path.write_text('{"versions": {"fi": "a\\ud800"}}', encoding="utf-8")
    argv = [str(tmp_path / "out") if part == "OUT" else part for part in command]
    assert main([*argv, str(path)]) == 2
    line = _one_error_line(capsys)
    assert "versions.fi" in line and "surrogate" in line


def test_a_lone_surrogate_is_counted(capsys, monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'"a\\ud800"\n')))
    assert main(["count", "--channel", "bluesky", "--json-lines"]) == 0
    assert json.loads(capsys.readouterr().out)["length"] == 2


def test_a_version_over_the_limit_is_refused(tmp_path) -> None:
    path = _write(tmp_path, {"versions": {"fi": "a" * (MAX_VERSION_CHARACTERS + 1)}})
    with pytest.raises(PostFileError, match=r"versions\.fi: .* at most 1,048,576"):
        load_post(path)
    assert MAX_VERSION_CHARACTERS * 3 < MAX_FILE_BYTES


def test_check_escapes_control_characters(tmp_path, capsys) -> None:
    post = dict(POST, versions={"fi": "Soita \x1b[2J\x07 SALASSA PIDETTÄVÄ 131052-308T"})
    path = _write(tmp_path, post, "bad\x1bname.json")
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out


def test_export_all_replaces_a_link_and_a_fifo_never_writing_through(tmp_path, capsys) -> None:
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (out / "x.txt").symlink_to(victim)
    os.mkfifo(out / "bluesky.txt")
    path = _write(tmp_path, POST)
    assert _run_within(20, "export", "--all", "--out", str(out), str(path)) in (0, 1)
    captured = capsys.readouterr()
    assert victim.read_text(encoding="utf-8") == "keep me"
    for name in ("x.txt", "bluesky.txt"):
        info = (out / name).lstat()
        assert stat.S_ISREG(info.st_mode)
        assert info.st_mode & 0o077 == 0, oct(info.st_mode)  # not readable by others
    assert "x.txt: replaced a symbolic link" in captured.err
    assert "bluesky.txt: replaced a named pipe" in captured.err
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]
