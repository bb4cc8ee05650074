"""``composer team`` against a real WebDAV server: the commands, their output and exit
codes (0 done, 1 conflict, 2 bad input or unreachable)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from composer.cli import main
from composer.settings import Settings
from tests.team.servers import PASSWORD, USER

POST = {"organisation": "kokkola", "channels": ["facebook"],
        "versions": {"fi": "Kirjasto on suljettu maanantaina.",
                     "sv": "Biblioteket är stängt på måndag."}}


@pytest.fixture
def team(dav_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COMPOSER_TEAM_USER", USER)
    monkeypatch.setenv("COMPOSER_TEAM_PASSWORD", PASSWORD)
    return dav_url


def _send(tmp_path: Path, team: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "post.json"
    path.write_text(json.dumps(POST), encoding="utf-8")
    assert main(["team", "--team", team, "send", str(path)]) == 0
    return capsys.readouterr().out.strip()


def test_send_list_get_comment_approve(tmp_path: Path, team: str, capsys) -> None:
    post_id = _send(tmp_path, team, capsys)
    assert len(post_id) == 32
    assert main(["team", "list", "--json", "--team", team]) == 0
    [row] = json.loads(capsys.readouterr().out)["posts"]
    assert (row["id"], row["status"], row["author"], row["languages"]) == (
        post_id, "ready_for_review", USER, ["fi", "sv"])
    assert {"open_errors", "last_change"} <= set(row)
    out = tmp_path / "out.json"
    assert main(["team", "get", post_id, str(out), "--team", team]) == 0
    fetched = json.loads(out.read_text(encoding="utf-8"))
    assert fetched["team"]["id"] == post_id and fetched["team"]["revision"]
    assert main(["team", "comment", post_id, "--lang", "fi", "--text", "Mikä päivä?",
                 "--team", team]) == 0
    assert main(["team", "approve", post_id, "--team", team]) == 0
    assert main(["team", "status", post_id, "published", "--team", team]) == 0
    assert main(["team", "list", "--team", team]) == 0
    assert "published" in capsys.readouterr().out


def test_update_from_get_and_conflict_exit_1(tmp_path: Path, team: str, capsys) -> None:
    post_id = _send(tmp_path, team, capsys)
    mine, theirs = tmp_path / "mine.json", tmp_path / "theirs.json"
    for out in (mine, theirs):
        assert main(["team", "get", post_id, str(out), "--team", team]) == 0
    for path, text in ((theirs, "Heidän versionsa."), (mine, "Minun versioni.")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["versions"]["fi"] = text
        path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["team", "send", str(theirs), "--team", team]) == 0
    assert capsys.readouterr().out.strip() == post_id
    assert main(["team", "send", str(mine), "--team", team]) == 1
    err = capsys.readouterr().err
    assert "Both versions are kept" in err and ".conflict-" in err
    assert main(["team", "list", "--json", "--team", team]) == 0
    [row] = json.loads(capsys.readouterr().out)["posts"]
    assert len(row["conflicts"]) == 1


def test_bad_input_and_unreachable_exit_2(tmp_path: Path, team: str, capsys) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["team", "send", str(broken), "--team", team]) == 2
    assert main(["team", "get", "not-an-id", str(tmp_path / "x.json"), "--team", team]) == 2
    assert main(["team", "get", "0" * 32, str(tmp_path / "x.json"), "--team", team]) == 2
    assert "404" in capsys.readouterr().err
    assert main(["team", "comment", "0" * 32, "--text", "x", "--start", "0", "--end", "1",
                 "--team", team]) == 2
    assert "--lang" in capsys.readouterr().err
    assert main(["team", "list", "--team", "http://127.0.0.1:9/dav/"]) == 2
    assert "cannot reach" in capsys.readouterr().err
    assert main(["team", "list"]) == 2  # no space anywhere
    assert "no team space" in capsys.readouterr().err


def test_space_from_settings_and_open_errors(tmp_path: Path, team: str, capsys) -> None:
    settings = Settings()
    settings.team_space = str(tmp_path / "space")
    (tmp_path / "space").mkdir()
    settings.save()
    post = dict(POST, versions={"fi": "Matin henkilötunnus on 131052-308T."})
    path = tmp_path / "post.json"
    path.write_text(json.dumps(post), encoding="utf-8")
    assert main(["team", "send", str(path)]) == 0
    post_id = capsys.readouterr().out.strip()
    assert main(["team", "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)["posts"]
    assert row["open_errors"] == 2  # the identity code, and no Swedish version
    assert main(["team", "approve", post_id]) == 1
    assert "2 open error" in capsys.readouterr().err
    assert main(["team", "approve", post_id, "--despite-errors"]) == 0
    assert main(["team", "approve", post_id]) == 1
    assert "already approved" in capsys.readouterr().err
    out = tmp_path / "out.json"
    assert main(["team", "get", post_id, str(out)]) == 0
    step = json.loads(out.read_text(encoding="utf-8"))["team"]["review"][-1]
    assert (step["status"], step["open_errors"]) == ("approved", 2)


def test_sending_a_post_with_an_error_says_so(tmp_path: Path, capsys) -> None:
    """Review is how a post with an error gets fixed, so it is sent; but the sender is
    told the shared copy holds what must not be published."""
    path = tmp_path / "post.json"
    post = dict(POST, versions={"fi": "Voittajan henkilötunnus on 131052-308T.",
                                "sv": "Biblioteket är stängt på måndag."})
    path.write_text(json.dumps(post), encoding="utf-8")
    folder = tmp_path / "team"
    folder.mkdir()
    assert main(["team", "--team", str(folder), "send", str(path)]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.strip()) == 32
    assert "sent with 1 error open" in captured.err
    assert main(["--lang", "fi", "team", "--team", str(folder), "send", str(path)]) == 0
    assert "1 virhe on avoinna" in capsys.readouterr().err
