"""``composer doctor``: each language's engine, dictionary and version, or what to
install; exit 0 when all is present, 1 otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer import morphology
from composer.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["doctor", *args])
    return code, capsys.readouterr().out


def test_everything_installed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys)
    assert code == 0
    lines = out.splitlines()
    fi = next(line for line in lines if line.strip().startswith("fi "))
    sv = next(line for line in lines if line.strip().startswith("sv "))
    en = next(line for line in lines if line.strip().startswith("en "))
    assert "ok" in fi and "Voikko" in fi and "suomi" in fi
    assert "ok" in sv and "Hunspell" in sv and "sv_FI" in sv
    assert "ok" in en and "Hunspell" in en and "en_GB" in en
    assert "pyspellchecker" in out
    assert "MISSING" not in out
    assert "Quoted foreign phrases (optional): French, Spanish, Italian, German" in out


def test_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["ok"] is True
    by_language = {entry["language"]: entry for entry in data["spelling"]}
    assert set(by_language) == {"fi", "sv", "en"}
    assert by_language["fi"]["engine"].startswith("Voikko")
    assert by_language["fi"]["engine_version"]
    assert by_language["fi"]["dictionary_version"]
    assert by_language["sv"]["dictionary"] == "sv_FI"
    assert by_language["en"]["dictionary"] == "en_GB"
    assert all(entry["available"] and not entry["install"] for entry in data["spelling"])
    assert data["foreign_phrases"] == {"available": ["fr", "es", "it", "de"], "install": ""}


def test_missing_dictionaries_say_what_to_install(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(morphology, "HUNSPELL_DIRS", (tmp_path,))
    code, out = run(capsys)
    assert code == 1
    assert "MISSING" in out
    assert "hunspell-sv" in out and "hunspell-en-gb" in out and "chunspell" in out
    fi = next(line for line in out.splitlines() if line.strip().startswith("fi "))
    assert "ok" in fi

    code, out = run(capsys, "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False
    sv = next(entry for entry in data["spelling"] if entry["language"] == "sv")
    assert sv["available"] is False
    assert sv["install"] == "Debian: hunspell-sv; pip: chunspell"


def test_missing_voikko_says_what_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(morphology, "VOIKKO_LANGUAGE", "fi-x-notinstalled")
    code, out = run(capsys)
    assert code == 1
    assert "libvoikko1 voikko-fi" in out and "pip: libvoikko" in out


def test_runs_as_a_command() -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "composer", "doctor"], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "sv_FI" in done.stdout
