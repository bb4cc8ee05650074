"""`composer doctor`, `composer team` and `composer profiles` speak the language of --lang
(or $COMPOSER_LANG): their headings, columns, notes and error messages; JSON output and
English stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer import morphology
from composer.cli import main
from composer.cli.texts import team_error
from tests.cli.helpers import write

#: A post with one error (a personal identity code) for the team space.
POST = {
    "organisation": "kokkola",
    "channels": ["facebook"],
    "versions": {"fi": "Matin henkilötunnus on 131052-308T.",
                 "sv": "Biblioteket är stängt på måndag."},
}


@pytest.fixture(autouse=True)
def no_language_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPOSER_LANG", raising=False)


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", ["Oikeinkirjoitus", "  fi  suomi    kunnossa  Voikko", ", sanasto en_GB",
            "Lainatut vieraskieliset ilmaukset (valinnainen): ranska, espanja, italia, saksa"]),
    ("sv", ["Stavning", "  sv  svenska  ok      Hunspell", ", ordlista sv_FI",
            "Citerade främmande fraser (valfritt): franska, spanska, italienska, tyska"]),
])
def test_doctor_translated(
    capsys: pytest.CaptureFixture[str], language: str, expected: list[str]
) -> None:
    assert main(["--lang", language, "doctor"]) == 0
    out = capsys.readouterr().out
    for line in expected:
        assert line in out
    assert "Spelling" not in out and "Quoted foreign phrases" not in out
    assert ", dictionary " not in out and "dictionary from Debian package" not in out


@pytest.mark.parametrize(("language", "expected", "english"), [
    ("fi", ["PUUTTUU", "ei asennettu: Hunspell-sanasto sv_FI tai sv_SE", "asenna: Debian: ",
            "Osa oikeinkirjoituksen tarkistuksesta puuttuu"], "MISSING"),
    ("sv", ["SAKNAS", "inte installerad: Hunspell-ordlistan sv_FI eller sv_SE",
            "installera: Debian: ", "En del av stavningskontrollen saknas"], "MISSING"),
])
def test_doctor_missing_translated(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    language: str, expected: list[str], english: str,
) -> None:
    monkeypatch.setattr(morphology, "HUNSPELL_DIRS", (tmp_path,))
    assert main(["--lang", language, "doctor"]) == 1
    out = capsys.readouterr().out
    for line in expected:
        assert line in out
    assert english not in out and "install: " not in out
    assert "not installed:" not in out and "Some spelling support" not in out


def test_doctor_json_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "fi", "doctor", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["foreign_phrases"]["available"] == ["fr", "es", "it", "de"]
    assert any("dictionary from Debian package" in note
               for entry in data["spelling"] for note in entry["notes"])


def send(folder: Path, capsys: pytest.CaptureFixture[str], language: str) -> str:
    """Send :data:`POST` to the team folder ``folder``; its id."""
    space = folder / "space"
    space.mkdir(exist_ok=True)
    path = write(folder, POST)
    assert main(["--lang", language, "team", "--team", str(space), "send", str(path)]) == 0
    return capsys.readouterr().out.strip()


@pytest.mark.parametrize(("language", "errors", "open_errors", "already"), [
    ("fi", "  1 virhe ", "on 1 avoin virhe; hyväksy se silti vasta, kun olet lukenut sen",
     "on jo tilassa ”hyväksytty” (tilan asetti "),
    ("sv", "  1 fel ", "har 1 öppet fel; godkänn det ändå först när du har läst det",
     "har redan statusen ”godkänt” (satt av "),
])
def test_team_list_and_approve_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, errors: str,
    open_errors: str, already: str,
) -> None:
    post_id = send(tmp_path, capsys, language)
    team = ["--lang", language, "team", "--team", str(tmp_path / "space")]
    assert main([*team, "list"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(post_id) and errors in out and "error(s)" not in out
    assert main([*team, "approve", post_id]) == 1
    err = capsys.readouterr().err
    assert open_errors in err and "open error" not in err
    assert main([*team, "approve", post_id, "--despite-errors"]) == 0
    assert main([*team, "approve", post_id]) == 1
    err = capsys.readouterr().err
    assert already in err and "already approved" not in err


@pytest.mark.parametrize(("language", "no_space", "not_an_id", "missing_folder"), [
    ("fi", "composer: ei tiimin tilaa: anna kansio tai WebDAV-osoite (--team tai "
           "Asetukset › Tiimin tila)",
     "composer: 'x' ei ole tiimin julkaisun tunniste (32 heksadesimaalinumeroa)",
     "(onko verkkolevy yhdistetty?)"),
    ("sv", "composer: inget teamutrymme: ange en mapp eller en WebDAV-adress (--team eller "
           "Inställningar › Teamets utrymme)",
     "composer: 'x' är inte ett id för ett teaminlägg (32 hexadecimala siffror)",
     "(är nätverksenheten ansluten?)"),
])
def test_team_errors_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, no_space: str,
    not_an_id: str, missing_folder: str,
) -> None:
    assert main(["--lang", language, "team", "list"]) == 2
    assert capsys.readouterr().err.strip() == no_space
    (tmp_path / "space").mkdir()
    out = str(tmp_path / "out.json")
    assert main(["--lang", language, "team", "--team", str(tmp_path / "space"),
                 "get", "x", out]) == 2
    assert capsys.readouterr().err.strip() == not_an_id
    assert main(["--lang", language, "team", "--team", str(tmp_path / "nowhere"),
                 "list"]) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith(missing_folder) and "network drive" not in err


def test_team_english_is_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    post_id = send(tmp_path, capsys, "en")
    team = ["team", "--team", str(tmp_path / "space")]
    assert main([*team, "list"]) == 0
    assert "  1 error(s) " in capsys.readouterr().out
    assert main([*team, "approve", post_id]) == 1
    assert capsys.readouterr().err.strip() == (
        f"composer: {post_id} has 1 open error(s); approve anyway only after reading them")
    assert main(["team", "list"]) == 2
    assert capsys.readouterr().err.strip() == (
        "composer: no team space: give a folder or a WebDAV address (--team, or "
        "Preferences › Team space)")


def test_team_environment_chooses_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPOSER_LANG", "sv")
    assert main(["team", "list"]) == 2
    assert capsys.readouterr().err.startswith("composer: inget teamutrymme: ")


def test_team_error_of_unknown_form_stays_as_it_is() -> None:
    assert team_error("space: something new happened", "fi") == "space: something new happened"
    assert team_error("a.team.json: not a composer team post", "sv") == (
        "a.team.json: inte ett teaminlägg från composer")
    assert team_error("a.team.json: versions: must be an object", "fi") == (
        "a.team.json: versions: pitää olla objekti")


@pytest.mark.parametrize(("language", "expected", "english"), [
    ("fi", "kokkola      Kokkolan kaupunki", "City of Kokkola"),
    ("sv", "kokkola      Karleby stad", "City of Kokkola"),
])
def test_profiles_translated(
    capsys: pytest.CaptureFixture[str], language: str, expected: str, english: str
) -> None:
    kind = {"fi": " sisäänrakennettu ", "sv": " inbyggd "}[language]
    assert main(["--lang", language, "profiles"]) == 0
    out = capsys.readouterr().out
    assert expected in out and kind in out
    assert english not in out and "built-in" not in out


def test_a_very_long_team_error_is_left_as_it_is() -> None:
    """A message built from a server's or a file's text can be any length: past the bound
    it is not read for translation (the patterns would take minutes), only shown."""
    from composer.cli.texts import MAX_TRANSLATED, team_error

    hostile = ("x: " * MAX_TRANSLATED
               + "is already approved by someone at 12:00; nothing was changed")
    assert team_error(hostile, "fi") == hostile
    short = "abc is already approved; nothing was changed"
    assert team_error(short, "fi") != short


def test_hostile_team_files_are_named_in_the_message_language() -> None:
    where = "ffffffffffffffffffffffffffffffff.team.json"
    assert team_error(f"{where}: not usable JSON: nested too deeply", "fi") == (
        f"{where}: käyttökelvoton JSON: liian syvälle sisäkkäin")
    assert team_error(f"{where}: a named pipe (FIFO), not a file", "sv").endswith(
        "inte en fil")
    assert team_error(f"{where}: a link that leads round in a loop", "fi") == (
        f"{where}: linkki, joka kiertää silmukkaa")
