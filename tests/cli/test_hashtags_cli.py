"""`composer hashtags FILE [--json]` run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from composer.cli import main
from tests.cli.helpers import write

POST = {
    "organisation": "jakobstad",
    "role": "organisation",
    "channels": ["facebook", "instagram"],
    "versions": {
        "sv": "Välkommen till torget lördag 8.6 kl. 14! #jakobstad",
        "fi": "Tervetuloa torille lauantaina 8.6. klo 14!",
    },
}


def test_json_output_from_the_installed_command(tmp_path: Path) -> None:
    path = write(tmp_path, POST)
    result = subprocess.run(
        [sys.executable, "-m", "composer", "hashtags", str(path), "--json"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["suggestions"][0] == {
        "tag": "#jakobstad", "language": "sv", "official": True, "used": True,
    }
    assert [(s["tag"], s["language"], s["used"]) for s in data["suggestions"]] == [
        ("#jakobstad", "sv", True),
        ("#enlitenstadmedstorthjärta", "sv", False),
        ("#vigördettillsammans", "sv", False),
        ("#pietarsaari", "fi", False),
        ("#pienikaupunkisuurisdän", "fi", False),
        ("#teemmesenyhdessä", "fi", False),
    ]
    assert all(s["official"] for s in data["suggestions"])


def test_human_output(tmp_path: Path, capsys) -> None:
    path = write(tmp_path, {**POST, "versions": {"fi": "Kesä! #kesäkokkola"}})
    assert main(["hashtags", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["fi", "#pietarsaari", "official", "not", "used"]
    assert lines[-1].split() == ["fi", "#kesäkokkola", "other", "used"]
    assert len(lines) == 4
    assert main(["--lang", "sv", "hashtags", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["fi", "#pietarsaari", "officiell", "används", "inte"]
    assert lines[-1].split() == ["fi", "#kesäkokkola", "annan", "används"]


def test_unusable_file_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["hashtags", str(broken), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "broken.json" in captured.err

    unknown = write(tmp_path, {**POST, "organisation": "atlantis"}, "unknown.json")
    assert main(["hashtags", str(unknown)]) == 2
    assert "organisation" in capsys.readouterr().err

    assert main(["hashtags", str(tmp_path / "missing.json")]) == 2
