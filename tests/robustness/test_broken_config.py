"""A broken user profile, template or settings file: skipped or ignored with an error
naming the file, the key and its line; every other organisation keeps working, and no
command (nor the app's start) fails because of it."""

from __future__ import annotations

import json
import os

import pytest

from composer.cli import main
from composer.profiles import reload_profiles, user_profile_dir
from composer.settings import Settings, config_dir

GOOD = 'id = "{id}"\n[names]\nfi = "Testi"\n[languages]\nrequired = ["fi"]\n'

BROKEN = [
    ("hashtags = 5\n", "hashtags", "must be a list"),
    ("[accounts]\nx = [1, 2]\n", "accounts.x", "must be a table"),
    ("accounts = [1, 2]\n", "accounts", "must be a table"),
    ("points = \"x\"\n", "points", "must be a table"),
    ("[rules]\ndisabled = [[1]]\n", "rules.disabled", "item 1 must be text"),
    ("rules = 5\n", "rules.disabled", "must be inside a table"),
    ("[words]\nconfidential = 3\n", "words.confidential", "must be a table"),
    ("[words.tone]\nde = [\"x\"]\n", "words.tone.de", "must be one of fi, sv, en"),
    ("[[hashtags]]\ntag = 7\n", "hashtags", "is not a hashtag"),
    ("guideline_language = \"de\"\n", "guideline_language", "must be one of"),
    ("feedback_channel = 1\n", "feedback_channel", "must be text"),
]


def _write_profile(name: str, text: str) -> None:
    folder = user_profile_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(("extra", "key", "message"), BROKEN)
def test_a_wrong_type_skips_that_profile_only(extra: str, key: str, message: str, tmp_path,
                                             capsys) -> None:
    _write_profile("good.toml", GOOD.format(id="good"))
    top_level = not extra.startswith("[")
    _write_profile("bad.toml", extra + GOOD.format(id="bad") if top_level
                   else GOOD.format(id="bad") + extra)
    result = reload_profiles()
    assert "good" in result.profiles and "jakobstad" in result.profiles
    assert "bad" not in result.profiles
    [error] = result.errors
    assert error.path.name == "bad.toml"
    assert f"{key}: " in str(error) and message in str(error)
    assert error.line == (1 if top_level else GOOD.count("\n") + 1 + (key.count(".") > 0
                                                                       and "[" in extra))
    post = tmp_path / "post.json"
    post.write_text(json.dumps({"organisation": "kokkola", "versions": {"fi": "Hei"}}),
                    encoding="utf-8")
    assert main(["check", str(post)]) in (0, 1)  # findings, not an unusable input
    assert main(["profiles"]) == 0
    assert "bad.toml" in capsys.readouterr().err


def test_the_line_is_the_offending_key() -> None:
    _write_profile("bad.toml", GOOD.format(id="bad") + "\n\n[rules]\ndisabled = [[1]]\n")
    [error] = reload_profiles().errors
    assert error.line == GOOD.count("\n") + 4
    assert f"bad.toml:{error.line}: rules.disabled: item 1 must be text" in str(error)


def test_a_fifo_profile_is_skipped_without_hanging() -> None:
    folder = user_profile_dir()
    folder.mkdir(parents=True)
    os.mkfifo(folder / "fifo.toml")
    _write_profile("good.toml", GOOD.format(id="good"))
    result = reload_profiles()
    assert "good" in result.profiles
    assert [e.path.name for e in result.errors] == ["fifo.toml"]
    assert "named pipe" in str(result.errors[0])


def test_broken_settings_fall_back_per_key() -> None:
    path = config_dir() / "settings.json"
    path.write_text(json.dumps({"ui_language": 5, "organisation": "kokkola",
                                "spelling": {"fi": "yes"}, "disabled_families": [1]}),
                    encoding="utf-8")
    settings = Settings.load()
    assert settings.organisation == "kokkola"
    assert settings.ui_language == ""
    assert settings.spelling_enabled("fi") is True
    assert settings.disabled_families == []


@pytest.mark.parametrize("content", ["[" * 100_000, "9" * 5000, "[1]"])
def test_unusable_settings_files_give_defaults(content: str) -> None:
    (config_dir() / "settings.json").write_text(content, encoding="utf-8")
    assert Settings.load() == Settings()


def test_a_fifo_settings_file_does_not_hang() -> None:
    os.mkfifo(config_dir() / "settings.json")
    assert Settings.load() == Settings()


def test_a_broken_template_names_file_entry_and_line() -> None:
    from composer.drafts.errors import TemplateError
    from composer.drafts.templates import templates_for

    folder = config_dir() / "templates"
    folder.mkdir()
    (folder / "kokkola.toml").write_text(
        '[event]\nnames = {fi = "Tapahtuma"}\n\n[broken]\nnames = 5\n', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"kokkola\.toml:4: \[broken\] names"):
        templates_for("kokkola")


def test_a_fifo_template_file_does_not_hang(tmp_path) -> None:
    from composer.drafts.errors import TemplateError
    from composer.drafts.templates import _parse

    fifo = tmp_path / "kokkola.toml"
    os.mkfifo(fifo)
    with pytest.raises(TemplateError, match="named pipe"):
        _parse(fifo, "kokkola")
