"""`composer export` as a gate: errors hold the export back (exit 1, the errors named on
standard error) unless --force; files are named after the post and never replaced
without --overwrite; standard output is the text and one newline, byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.channels.export import export_channel, export_text
from composer.postfile import load_post
from tests.cli.helpers import write

SECRET = {
    "organisation": "jakobstad",
    "channels": ["facebook", "pinterest"],
    "versions": {
        "sv": "Beslutet gäller 131052-308T och är sekretessbelagt tills vidare. "
              "Välkommen på mötet lördag kl. 14!",
        "fi": "Päätös koskee henkilöä 131052-308T. Tervetuloa kokoukseen lauantaina klo 14!",
    },
}
CLEAN = {
    "organisation": "kokkola",
    "channels": ["facebook", "x"],
    "versions": {
        "fi": "Kirjasto on auki lauantaina 12.12. klo 10–14. Tervetuloa!",
        "sv": "Biblioteket är öppet lördag 12.12 kl. 10–14. Välkommen!",
    },
}


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, COMPOSER_LANG="en")
    return subprocess.run([sys.executable, "-m", "composer", *args], capture_output=True,
                          check=False, env=env)


def test_errors_hold_the_export_back_and_are_named(tmp_path: Path) -> None:
    result = run("export", str(write(tmp_path, SECRET, "meeting.post.json")),
                 "--channel", "facebook")
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert err.count("error: ") == 3
    assert "«131052-308T»" in err and "«sekretessbelagt»" in err
    assert "--force" in err


def test_force_exports_anyway_byte_for_byte(tmp_path: Path) -> None:
    path = write(tmp_path, SECRET, "meeting.post.json")
    result = run("export", str(path), "--channel", "facebook", "--force")
    assert result.returncode == 0
    expected = export_text(export_channel(load_post(path), "facebook")) + "\n"
    assert result.stdout == expected.encode("utf-8")
    assert result.stdout.endswith(b"14!\n")
    assert b"error: " in result.stderr  # still named, but not held back


def test_clean_post_prints_text_and_one_newline(tmp_path: Path) -> None:
    result = run("export", str(write(tmp_path, CLEAN, "library.json")), "--channel", "x")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Kirjasto on auki lauantaina 12.12. klo 10–14. Tervetuloa!\n\n—\n\n"
        "Biblioteket är öppet lördag 12.12 kl. 10–14. Välkommen!\n"
    ).encode()


def test_an_error_about_another_network_does_not_hold_this_one_back(tmp_path: Path) -> None:
    # Pinterest needs an image: that holds back Pinterest, not Facebook.
    post = dict(CLEAN, channels=["facebook", "pinterest"])
    path = write(tmp_path, post, "library.json")
    assert run("export", str(path), "--channel", "facebook").returncode == 0
    blocked = run("export", str(path), "--channel", "pinterest")
    assert blocked.returncode == 1 and b"Pinterest needs an image" in blocked.stderr


def test_export_all_is_gated_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("export", str(write(tmp_path, SECRET, "meeting.post.json")), "--all",
                 "--out", str(out))
    assert result.returncode == 1
    assert not out.exists() or not list(out.iterdir())


def test_files_are_named_after_the_post_and_never_silently_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = write(tmp_path, CLEAN, "Kirjasto lauantaina.post.json")
    result = run("export", str(first), "--all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["kirjasto-lauantaina-facebook.txt", "kirjasto-lauantaina-x.txt"]
    x_file = out / "kirjasto-lauantaina-x.txt"
    assert x_file.read_bytes().endswith("Välkommen!\n".encode())

    # Another post's files sit beside them.
    other = write(tmp_path, dict(CLEAN, versions={"fi": "Uimahalli on kiinni. Kiitos!",
                                                  "sv": "Simhallen är stängd. Tack!"}),
                  "uimahalli.post.json")
    assert run("export", str(other), "--all", "--out", str(out)).returncode == 0
    assert len(list(out.iterdir())) == 4

    # The same post again: refused, nothing changed, until --overwrite.
    x_file.write_text("edited by hand\n", encoding="utf-8")
    again = run("export", str(first), "--all", "--out", str(out))
    assert again.returncode == 2
    assert b"--overwrite" in again.stderr
    assert x_file.read_text(encoding="utf-8") == "edited by hand\n"
    assert run("export", str(first), "--all", "--out", str(out), "--overwrite").returncode == 0
    assert x_file.read_text(encoding="utf-8").startswith("Kirjasto on auki")


def test_a_link_in_place_of_an_export_file_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "elsewhere.txt"
    (out / "library-x.txt").symlink_to(target)
    result = run("export", str(write(tmp_path, CLEAN, "library.json")), "--all",
                 "--out", str(out))
    assert result.returncode == 2
    assert not target.exists()


@pytest.mark.parametrize(("name", "stem"), [
    ("Kirjasto lauantaina.post.json", "kirjasto-lauantaina"),
    ("market_day.JSON", "market-day"),
    ("...json", "post"),
    ("Ä" * 80 + ".json", "ä" * 48),
])
def test_file_stem(name: str, stem: str) -> None:
    from composer.channels.files import file_stem

    assert file_stem(name) == stem


def test_an_empty_required_version_holds_the_export_back(tmp_path: Path) -> None:
    # Only the optional English version is written; then nothing at all.
    english = {"organisation": "jakobstad", "channels": ["facebook"],
               "versions": {"en": "The library is open on Saturday from 10 to 14."}}
    result = run("export", str(write(tmp_path, english, "library.json")), "--channel",
                 "facebook")
    assert result.returncode == 1
    err = result.stderr.decode("utf-8")
    assert "The Swedish version is required but empty." in err
    assert "The Finnish version is required but empty." in err
    empty = {"organisation": "naantali", "channels": ["facebook"], "versions": {}}
    result = run("export", str(write(tmp_path, empty, "empty.json")), "--channel",
                 "facebook")
    assert result.returncode == 1 and result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert err.count("error: ") == 1 and "The Finnish version is required but empty." in err
