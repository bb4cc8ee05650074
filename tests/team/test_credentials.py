"""The team password in the OS keyring (a real Secret Service under scripts/test.sh),
overridden by COMPOSER_TEAM_USER / COMPOSER_TEAM_PASSWORD; never in the settings file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer.settings import Settings, config_dir
from composer.team import credentials
from composer.team.space import open_service
from composer.translate import credentials as keystore
from tests.team.servers import PASSWORD, USER


@pytest.fixture
def real_keyring(dav_url: str):
    usable, reason = keystore.keyring_status()
    if not usable:
        if os.environ.get("COMPOSER_REQUIRE_KEYRING"):
            pytest.fail(f"the Secret Service should be running here: {reason}")
        pytest.skip(f"no Secret Service outside scripts/test.sh: {reason}")
    yield
    keystore.delete_key(credentials.account(dav_url))


def test_password_from_the_keyring_opens_the_space(real_keyring, dav_url: str,
                                                   monkeypatch) -> None:
    monkeypatch.delenv("COMPOSER_TEAM_USER", raising=False)
    monkeypatch.delenv("COMPOSER_TEAM_PASSWORD", raising=False)
    settings = Settings(team_space=dav_url, team_user=USER)
    settings.save()
    credentials.save_password(dav_url, PASSWORD)
    assert PASSWORD not in (config_dir() / "settings.json").read_text(encoding="utf-8")
    service = open_service()
    assert service.list().posts == []
    assert service.user == USER


def test_environment_overrides_settings(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("COMPOSER_TEAM_USER", "ci-bot")
    monkeypatch.setenv("COMPOSER_TEAM_PASSWORD", "token")
    settings = Settings(team_user="anna")
    assert credentials.user_name(settings) == "ci-bot"
    assert credentials.password("https://x.example/dav") == "token"
    assert credentials.display_name(Settings(team_name="Anna A.")) == "Anna A."
