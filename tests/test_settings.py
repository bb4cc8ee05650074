"""Where settings and data live: the COMPOSER_* overrides, else the platform's folders,
which follow the environment they are derived from even though they are remembered."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.settings import Settings, config_dir, data_dir


def test_overrides_win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPOSER_CONFIG_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("COMPOSER_DATA_DIR", str(tmp_path / "d"))
    assert (config_dir(), data_dir()) == (tmp_path / "c", tmp_path / "d")


def test_platform_folders_follow_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPOSER_CONFIG_DIR", raising=False)
    monkeypatch.delenv("COMPOSER_DATA_DIR", raising=False)
    for name in ("one", "two", "one"):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / name / "config"))
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / name / "data"))
        assert config_dir() == tmp_path / name / "config" / "composer"
        assert data_dir() == tmp_path / name / "data" / "composer"


def test_settings_are_saved_where_the_folder_now_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COMPOSER_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "first"))
    config_dir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "second"))
    settings = Settings(organisation="kokkola")
    settings.save()
    assert Settings.load().organisation == "kokkola"
    assert list((tmp_path / "second").rglob("*.json"))
    assert not (tmp_path / "first").exists()


def test_recent_files_newest_first_without_duplicates_and_bounded(tmp_path):
    from composer.settings import MAX_RECENT_FILES, Settings

    settings = Settings()
    for n in range(MAX_RECENT_FILES + 3):
        settings.add_recent_file(f"/posts/{n}.json")
    settings.add_recent_file("/posts/5.json")
    assert settings.recent_files[0] == "/posts/5.json"
    assert len(settings.recent_files) == MAX_RECENT_FILES
    assert settings.recent_files.count("/posts/5.json") == 1
    path = tmp_path / "settings.json"
    settings.editor_font_size = 14
    settings.welcomed = True
    settings.save(path)
    again = Settings.load(path)
    assert again.recent_files == settings.recent_files
    assert (again.editor_font_size, again.welcomed) == (14, True)
