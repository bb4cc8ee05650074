"""The command line speaks the language of --lang (or $COMPOSER_LANG): its own texts (the
header of `composer check`, the severity names, why an export is held back, why a file
cannot be used) as well as the finding messages; JSON output stays as it is."""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest

from composer.cli import main
from tests.cli.helpers import write

POST = {
    "organisation": "jakobstad",
    "channels": ["x"],
    "versions": {
        "fi": "Lue lisää http://www.jakobstad.fi/tori ja tule torille lauantaina klo 14!",
        "sv": "",
    },
}


@pytest.fixture(autouse=True)
def no_language_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPOSER_LANG", raising=False)


def test_check_in_finnish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, POST)
    assert main(["--lang", "fi", "check", str(path)]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}: ") and lines[0].endswith(" havaintoa")
    assert "finding" not in out
    assert "  virhe    language.missing" in out
    assert "  varoitus link.insecure" in out
    assert " error " not in out and " warning " not in out
    assert "Salaamaton http://-linkki" in out  # the finding message, translated as before


def test_check_in_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, POST)
    assert main(["--lang", "sv", "check", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(" anmärkningar")
    assert "  fel     language.missing" in out
    assert "  varning link.insecure" in out


def test_one_finding_is_singular(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one = dict(POST, versions={"fi": "Tervetuloa torille lauantaina klo 14!"})
    path = write(tmp_path, one)
    main(["--lang", "fi", "check", str(path)])
    header = capsys.readouterr().out.splitlines()[0]
    count = int(header.rsplit(" ", 2)[1])
    assert header.endswith(" havainto" if count == 1 else " havaintoa")


def test_environment_chooses_the_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPOSER_LANG", "sv")
    main(["check", str(write(tmp_path, POST))])
    assert " anmärkningar" in capsys.readouterr().out.splitlines()[0]
    main(["--lang", "fi", "check", str(write(tmp_path, POST))])  # --lang beats it
    assert capsys.readouterr().out.splitlines()[0].endswith(" havaintoa")


def test_english_is_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, POST)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(" finding(s)")
    assert "  error   language.missing" in out
    assert "  warning link.insecure" in out


def test_json_stays_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, POST)
    main(["--lang", "fi", "check", "--json", str(path)])
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"file", "findings"}
    assert {f["severity"] for f in data["findings"]} <= {"error", "warning", "info"}
    assert "error" in {f["severity"] for f in data["findings"]}


@pytest.mark.parametrize(("language", "prefix", "held_back"), [
    ("fi", "virhe: ", "composer: ei viety: 1 virhe on korjattava ennen julkaisua "
                      "(--force vie silti)"),
    ("sv", "fel: ", "composer: exporterades inte: 1 fel måste rättas före publicering "
                    "(--force exporterar ändå)"),
    ("en", "error: ", "composer: not exported: 1 error(s) must be fixed before publishing "
                      "(--force exports anyway)"),
])
def test_export_held_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, prefix: str,
    held_back: str,
) -> None:
    path = write(tmp_path, POST)
    assert main(["--lang", language, "export", str(path), "--channel", "x"]) == 1
    err = capsys.readouterr().err
    assert held_back in err.splitlines()
    assert err.startswith(prefix)


def test_export_unknown_channel(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, POST)
    assert main(["--lang", "fi", "export", str(path), "--channel", "foo"]) == 2
    assert capsys.readouterr().err.startswith("composer: tuntematon kanava 'foo'; tunnetut")
    assert main(["--lang", "sv", "count", "--channel", "foo"]) == 2
    assert capsys.readouterr().err.startswith("composer: okänd kanal 'foo'; kända kanaler:")


def unusable(folder: Path) -> dict[str, Path]:
    fifo = folder / "pipe.json"
    os.mkfifo(fifo)
    big = folder / "big.json"
    with big.open("wb") as handle:
        handle.truncate(17 * 1024 * 1024)
    broken = folder / "broken.json"
    broken.write_text("{", encoding="utf-8")
    return {
        "organisation": write(folder, {"organisation": "helsinki"}, "org.json"),
        "channel": write(folder, {"channels": ["foo"]}, "channel.json"),
        "json": broken,
        "fifo": fifo,
        "big": big,
    }


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize(("language", "expected"), [
    ("fi", {
        "organisation": "org.json: organisation: tuntematon organisaatio 'helsinki' (tunnetut: ",
        "channel": "channel.json: channels[0]: tuntematon kanava 'foo' (tunnetut: ",
        "json": "broken.json: virheellinen JSON rivillä 1, sarakkeessa 2: ",
        "fifo": "pipe.json: ei voi lukea: nimetty putki (FIFO), ei tiedosto",
        "big": "big.json: ei voi lukea: suurempi kuin 16 MiB",
    }),
    ("sv", {
        "organisation": "org.json: organisation: okänd organisation 'helsinki' (kända: ",
        "channel": "channel.json: channels[0]: okänd kanal 'foo' (kända: ",
        "json": "broken.json: ogiltig JSON på rad 1, kolumn 2: ",
        "fifo": "pipe.json: kan inte läsas: en namngiven pipe (FIFO), inte en fil",
        "big": "big.json: kan inte läsas: större än 16 MiB",
    }),
    ("en", {
        "organisation": "org.json: organisation: unknown organisation 'helsinki' (known: ",
        "channel": "channel.json: channels[0]: unknown channel 'foo' (known: ",
        "json": "broken.json: invalid JSON at line 1, column 2: ",
        "fifo": "pipe.json: cannot read: a named pipe (FIFO), not a file",
        "big": "big.json: cannot read: larger than 16 MiB",
    }),
])
def test_unusable_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str,
    expected: dict[str, str],
) -> None:
    paths = unusable(tmp_path)
    for kind, path in paths.items():
        assert main(["--lang", language, "check", str(path)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"composer: {tmp_path}/{expected[kind]}"), (kind, err)
    assert main(["--lang", language, "export", str(paths["fifo"]), "--channel", "x"]) == 2
    assert expected["fifo"] in capsys.readouterr().err


def test_every_cli_text_is_in_three_languages() -> None:
    from composer.resources import load_toml

    for name, entry in load_toml("messages", "cli.toml").items():
        assert {"en", "fi", "sv"} <= set(entry), name
        fields = [{field for _, field, _, _ in string.Formatter().parse(entry[language])
                   if field} for language in ("en", "fi", "sv")]
        assert fields[0] == fields[1] == fields[2], name
