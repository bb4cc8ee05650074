"""`composer` without a command starts the desktop app: `--lang` (and $COMPOSER_LANG)
choose its language, and `composer FILE...` opens the files as `composer-gui FILE` does;
a mistyped command is still argparse's clear error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import composer.cli
from composer.cli import main

POST = {"organisation": "kokkola", "versions": {"fi": "Kirjasto on auki lauantaina."}}


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The arguments the desktop app would have started with (it is not started)."""
    calls: list[list[str]] = []

    def start(arguments: list[str]) -> int:
        calls.append(arguments)
        return 0

    monkeypatch.setattr(composer.cli, "start_gui", start)
    return calls


@pytest.fixture
def post(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "post.json"
    path.write_text(json.dumps(POST), encoding="utf-8")
    return path


def test_no_command_starts_the_app_in_the_language_asked(started: list[list[str]]) -> None:
    assert main([]) == 0
    assert main(["--lang", "fi"]) == 0
    assert started == [[], ["--lang", "fi"]]


@pytest.mark.parametrize("argv", [
    ["post.json"], ["--lang", "sv", "post.json"], ["post.json", "--lang", "sv"],
    ["--lang=sv", "post.json"], ["--", "post.json"],
])
def test_a_file_opens_in_the_app(started: list[list[str]], post: Path, argv: list[str]) -> None:
    assert main(argv) == 0
    expected = ["post.json"]
    if any(a.startswith("--lang") for a in argv):
        expected = ["--lang", "sv", *expected]
    assert started == [expected]


def test_several_files_and_absolute_paths(started: list[list[str]], post: Path) -> None:
    other = post.with_name("other.json")
    other.write_text("{}", encoding="utf-8")
    assert main([str(post), str(other)]) == 0
    assert started == [[str(post), str(other)]]


def test_commands_still_run(
    started: list[list[str]], post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (post.parent / "check").write_text("{}", encoding="utf-8")  # a file named as a command
    main(["check", "post.json"])
    assert started == []
    assert capsys.readouterr().out.startswith("post.json: ")


def test_a_mistyped_command_is_an_error(
    started: list[list[str]], post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["chekc", "post.json"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'chekc'" in capsys.readouterr().err
    assert started == []


def test_other_options_before_a_file_are_the_ordinary_parser_s(
    started: list[list[str]], post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version", "post.json"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("composer ")
    assert started == []


def test_an_unknown_language_is_an_error(
    started: list[list[str]], post: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "de", "post.json"])
    assert "invalid choice: 'de'" in capsys.readouterr().err
    assert started == []


def test_help_explains_the_language_order(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "FILE ..." in out
    assert ("The desktop app speaks --lang for that run (it is not saved), else the language "
            "chosen in its preferences, else $COMPOSER_LANG, else the system's language") in out


# -- the window's language ------------------------------------------------------------------


@pytest.fixture
def requested() -> Iterator[None]:
    from composer.ui.language.ui_language import request_ui_language

    yield
    request_ui_language(None, None)


def test_the_app_reads_lang_from_its_arguments() -> None:
    from composer.ui.app import split_arguments

    assert split_arguments(["--lang", "fi", "post.json"]) == ("fi", ["post.json"])
    assert split_arguments(["post.json", "--lang=sv"]) == ("sv", ["post.json"])
    assert split_arguments(["post.json"]) == (None, ["post.json"])


def test_language_order(requested: None) -> None:
    from composer.ui.language.ui_language import (
        request_ui_language,
        resolve_ui_language,
        system_ui_language,
    )

    env = {"COMPOSER_LANG": "fi"}
    assert resolve_ui_language("", {}) == system_ui_language()
    assert resolve_ui_language("", env) == "fi"  # $COMPOSER_LANG beats the system
    assert resolve_ui_language("", {"COMPOSER_LANG": "sv_FI.UTF-8"}) == "sv"
    assert resolve_ui_language("", {"COMPOSER_LANG": "de"}) == system_ui_language()
    assert resolve_ui_language("sv", env) == "sv"  # a saved preference beats it
    request_ui_language("en", "sv")
    assert resolve_ui_language("sv", env) == "en"  # --lang beats the saved preference
    # A language chosen in preferences during the run replaces --lang.
    assert resolve_ui_language("fi", env) == "fi"
    request_ui_language("sv", "")
    assert resolve_ui_language("", env) == "sv"  # --lang beats $COMPOSER_LANG


DRIVER = """
import sys
from composer.ui.window import main_window

shown = main_window.MainWindow.show

def show(self):
    from PySide6.QtCore import QCoreApplication
    print("language", self.ui_language, flush=True)
    print("preview", self.preview._ui_language, flush=True)
    print("file", self.files.file_path, flush=True)
    print("error", QCoreApplication.translate("FindingsPanel", "Error"), flush=True)
    shown(self)

main_window.MainWindow.show = show
from composer.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_app(*args: str, **env: str) -> dict[str, str]:
    environ = {k: v for k, v in os.environ.items() if k != "COMPOSER_LANG"}
    environ.update(COMPOSER_EXIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen", **env)
    result = subprocess.run([sys.executable, "-c", DRIVER, *args], capture_output=True,
                            text=True, encoding="utf-8", env=environ, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines()
                if line.split(" ", 1)[0] in ("language", "preview", "file", "error"))


@pytest.mark.usefixtures("compiled_translations")
def test_the_window_opens_in_finnish_with_the_file(post: Path) -> None:
    shown = run_app("--lang", "fi", str(post))
    assert shown == {"language": "fi", "preview": "fi", "file": str(post), "error": "Virhe"}


@pytest.mark.usefixtures("compiled_translations")
def test_the_window_follows_composer_lang() -> None:
    shown = run_app(COMPOSER_LANG="sv")
    assert shown["language"] == "sv" and shown["error"] == "Fel"
    assert shown["file"] == "None"
