"""The checking process runs isolated: modules in the folder the app was started from,
or on PYTHONPATH, never run inside it."""

from __future__ import annotations

import sys

from composer.checking import process
from composer.checking.work import CheckRequest, CheckResult
from composer.model import Post
from composer.settings import Settings

EVIL = "import pathlib\npathlib.Path({marker!r}).write_text('ran')\n"


def test_a_langdetect_module_in_the_current_folder_is_not_imported(tmp_path, monkeypatch):
    marker = tmp_path / "marker"
    evil = tmp_path / "cwd"
    evil.mkdir()
    for name in ("langdetect.py", "regex.py", "stdnum.py"):
        (evil / name).write_text(EVIL.format(marker=str(marker)), encoding="utf-8")
    monkeypatch.chdir(evil)
    monkeypatch.setenv("PYTHONPATH", str(evil))
    child, pipe = process._launch()
    try:
        post = Post(organisation="jakobstad", versions={"fi": "Tunnus 131052-308T."})
        pipe.send(CheckRequest(1, post, "en", Settings()))
        answer = pipe.recv()
    finally:
        process.stop(child, pipe)
    assert isinstance(answer, CheckResult) and not answer.error
    assert any(f.rule == "personal-data.hetu" for f in answer.findings)
    assert not marker.exists(), "a module from the current folder ran in the checker"


def test_the_command_is_isolated() -> None:
    command = process.command()
    assert command[0] == sys.executable and "-I" in command and "-m" not in command
