"""A missing engine or dictionary: reported once per language, with what to install,
while the other languages keep being checked. Absence is simulated by pointing the
engines' search at a folder without dictionaries."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer import morphology
from composer.engine import Engine
from composer.model import Post, Severity
from composer.spelling import SpellingUnavailable, language_status, misspellings

POST = Post(
    organisation="kokkola",
    versions={
        "fi": "Voit kayttaa kirjaston tiloja.",
        "sv": "Välkomen till biblioteket.",
        "en": "Welcome to the libary.",
    },
)


def spelling_findings(ui_language: str = "en") -> list:
    return Engine().check(POST, families=["spelling"], ui_language=ui_language)


@pytest.fixture
def no_hunspell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    empty = tmp_path / "no-dictionaries"
    empty.mkdir()
    monkeypatch.setattr(morphology, "HUNSPELL_DIRS", (empty,))
    return empty


def test_missing_hunspell_dictionaries_are_reported_and_finnish_still_checked(
    no_hunspell: Path,
) -> None:
    findings = spelling_findings()
    unavailable = {f.language: f for f in findings if f.rule == "spelling.unavailable"}
    assert set(unavailable) == {"sv", "en"}
    assert all(f.severity is Severity.INFO for f in unavailable.values())
    assert "hunspell-sv" in unavailable["sv"].message
    assert "hunspell-en-gb" in unavailable["en"].message
    assert "composer doctor" in unavailable["sv"].message
    unknown = [(f.language, POST.text("fi")[f.start:f.end]) for f in findings
               if f.rule == "spelling.unknown"]
    assert unknown == [("fi", "kayttaa")]


def test_unavailable_message_in_finnish_and_swedish(no_hunspell: Path) -> None:
    fi = [f for f in spelling_findings("fi") if f.rule == "spelling.unavailable"]
    sv = [f for f in spelling_findings("sv") if f.rule == "spelling.unavailable"]
    assert any("ruotsinkielinen" in f.message and "hunspell-sv" in f.message for f in fi)
    assert any("svenska" in f.message and "hunspell-sv" in f.message for f in sv)


def test_missing_voikko_dictionary_is_reported_and_swedish_still_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(morphology, "VOIKKO_LANGUAGE", "fi-x-notinstalled")
    findings = spelling_findings()
    [unavailable] = [f for f in findings if f.rule == "spelling.unavailable"]
    assert unavailable.language == "fi"
    assert "voikko-fi" in unavailable.message
    unknown = {(f.language, POST.text(f.language)[f.start:f.end]) for f in findings
               if f.rule == "spelling.unknown"}
    assert unknown == {("sv", "Välkomen"), ("en", "libary")}


def test_the_api_raises_with_what_to_install(no_hunspell: Path) -> None:
    with pytest.raises(SpellingUnavailable) as raised:
        misspellings("Hej", "sv")
    assert raised.value.language == "sv"
    assert "hunspell-sv" in raised.value.install
    status = language_status("sv")
    assert not status.available
    assert "hunspell-sv" in status.install


def test_swedish_falls_back_to_the_sweden_swedish_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = morphology.hunspell_dictionary("sv")
    assert real is not None
    only_se = tmp_path / "sv_SE-only"
    only_se.mkdir()
    source = real[1]
    for suffix in ("aff", "dic"):
        os.symlink(source / f"sv_SE.{suffix}", only_se / f"sv_SE.{suffix}")
    monkeypatch.setattr(morphology, "HUNSPELL_DIRS", (only_se,))
    assert [m.word for m in misspellings("Välkomen till biblioteket.", "sv")] == ["Välkomen"]
    status = language_status("sv")
    assert status.available and status.dictionary == "sv_SE"
    assert any("sv_FI is not installed" in note for note in status.notes)
