"""`composer export` and `composer count` run as a user runs them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from composer.cli import main
from tests.cli.helpers import write

POST = {
    "organisation": "jakobstad",
    "role": "organisation",
    "channels": ["x", "instagram"],
    "versions": {
        "sv": "Välkommen till torget lördag 8.6 kl. 14! Läs mer: https://www.jakobstad.fi/torg"
        "\n\n#jakobstad",
        "fi": "Tervetuloa torille lauantaina 8.6. klo 14! Lue lisää: https://www.jakobstad.fi/tori"
        "\n\n#pietarsaari",
    },
    "media": [{"file": "torg.jpg", "alt": {
        "sv": "Människor handlar grönsaker vid stånden på torget en solig dag.",
        "fi": "Ihmiset ostavat vihanneksia torin kojuista aurinkoisena päivänä.",
    }}],
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args], input=stdin, capture_output=True,
        text=True, encoding="utf-8", check=False,
    )


def test_export_one_channel_prints_the_text(tmp_path: Path) -> None:
    result = run("export", str(write(tmp_path, POST)), "--channel", "instagram")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Välkommen till torget")
    assert "kl. 14! Läs mer: länk i profilen\n" in result.stdout
    assert "https://" not in result.stdout
    assert result.stdout.rstrip().endswith("#jakobstad #pietarsaari")
    assert "Instagram" in result.stderr  # the note about the moved links


def test_export_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(write(tmp_path, POST)), "--channel", "x", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"channel", "posts", "lengths", "limit", "findings"}
    assert data["channel"] == "x" and data["limit"] == 280
    assert len(data["posts"]) == 1 and data["lengths"][0] <= 280
    assert data["posts"][0].index("Välkommen") < data["posts"][0].index("Tervetuloa")


def test_export_thread_parts_are_separated_by_dashes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = dict(POST, organisation="naantali",
                versions={"fi": "Pitkä lause, jossa on monta sanaa. " * 30})
    assert main(["export", str(write(tmp_path, long)), "--channel", "x"]) == 0
    out = capsys.readouterr().out
    parts = out.rstrip("\n").split("\n---\n")
    assert len(parts) > 1
    assert parts[0].endswith(f"1/{len(parts)}")


def test_export_over_the_limit_elsewhere_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = dict(POST, channels=["pinterest"], versions={"fi": "Pitkä lause. " * 60})
    assert main(["export", str(write(tmp_path, long)), "--channel", "pinterest"]) == 1
    assert "over the limit" in capsys.readouterr().err


def test_export_all_writes_a_file_per_selected_channel(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("export", str(write(tmp_path, POST)), "--all", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["post-instagram.txt", "post-x.txt"]
    assert (out / "post-x.txt").read_text(encoding="utf-8").startswith("Välkommen")


def test_unknown_channel_is_a_clear_error(tmp_path: Path) -> None:
    result = run("export", str(write(tmp_path, POST)), "--channel", "myspace")
    assert result.returncode == 2
    assert "unknown channel 'myspace'" in result.stderr
    result = run("count", "--channel", "myspace", stdin="hei")
    assert result.returncode == 2
    assert "unknown channel" in result.stderr


def test_count_reads_stdin(monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    text = "Hei 👨\u200d👩\u200d👧\u200d👦 https://www.kokkola.fi/" + "x" * 50 + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["count", "--channel", "x"]) == 0
    assert json.loads(capsys.readouterr().out) == {"length": 4 + 2 + 1 + 23, "limit": 280,
                                                   "fits": True}


def test_count_json_lines() -> None:
    lines = [json.dumps("a" * 301), json.dumps("👨\u200d👩\u200d👧\u200d👦"), json.dumps("")]
    result = run("count", "--channel", "bluesky", "--json-lines", stdin="\n".join(lines))
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"length": 301, "limit": 300, "fits": False},
        {"length": 1, "limit": 300, "fits": True},
        {"length": 0, "limit": 300, "fits": True},
    ]


def test_count_json_lines_reports_a_bad_line() -> None:
    result = run("count", "--channel", "mastodon", "--json-lines", stdin='"ok"\nnot json\n')
    assert result.returncode == 2
    first, second = result.stdout.splitlines()
    assert json.loads(first)["length"] == 2
    assert "line 2" in json.loads(second)["error"]


def test_count_refuses_binary_and_huge_input(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Input that is not text gets a clear error (exit 2), as a post file does, not a
    length no network would show."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00garbage")))
    assert main(["count", "--channel", "x"]) == 2
    assert "not UTF-8 text (byte 0)" in capsys.readouterr().err
    huge = io.BytesIO(b"a" * (16 * 1024 * 1024 + 1))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(huge))
    assert main(["count", "--channel", "x"]) == 2
    assert "larger than 16 MiB" in capsys.readouterr().err


def test_output_that_cannot_be_written_is_said_without_a_traceback(tmp_path):
    post = tmp_path / "post.json"
    post.write_text('{"organisation": "naantali", "versions": {"fi": "Kirjasto on auki."}}',
                    encoding="utf-8")
    for command, language, said in (
        (["check", str(post)], "en", "cannot write the output: No space left on device"),
        (["export", str(post), "--channel", "x"], "fi", "tulostetta ei voi kirjoittaa"),
        (["profiles"], "sv", "utdata kan inte skrivas"),
    ):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "composer", *command], stdout=full,
                                  stderr=subprocess.PIPE, text=True, timeout=120,
                                  env={**os.environ, "COMPOSER_LANG": language})
        assert said in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert done.returncode in (1, 2)
