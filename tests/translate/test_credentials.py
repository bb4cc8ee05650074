"""API keys in the OS keyring: a real Secret Service (gnome-keyring, started by
scripts/test.sh) and the no-backend path. The key never lands in the settings file."""

from __future__ import annotations

import os

import keyring
import pytest
from keyring.backends import fail

from composer.settings import Settings, config_dir
from composer.translate import credentials

SECRET = "0f1e2d3c-secret-key:fx"


@pytest.fixture
def real_keyring():
    usable, reason = credentials.keyring_status()
    if not usable:
        if os.environ.get("COMPOSER_REQUIRE_KEYRING"):
            pytest.fail(f"the Secret Service should be running here: {reason}")
        pytest.skip(f"no Secret Service outside scripts/test.sh: {reason}")
    yield
    credentials.delete_key(credentials.account_name("deepl"))


def test_key_round_trips_through_the_secret_service(real_keyring):
    account = credentials.account_name("deepl")
    credentials.save_key(account, SECRET)
    assert credentials.load_key(account) == SECRET
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"
    # Settings saved alongside never contain the key.
    settings = Settings(translation_service="deepl", translation_options={"server_url": ""})
    settings.save()
    assert SECRET not in (config_dir() / "settings.json").read_text(encoding="utf-8")
    credentials.delete_key(account)
    assert credentials.load_key(account) is None


def test_no_backend_is_said_plainly_and_nothing_is_persisted(monkeypatch):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        usable, reason = credentials.keyring_status()
        assert not usable and "no credential store" in reason
        with pytest.raises(credentials.KeyringUnavailable):
            credentials.save_key("deepl", SECRET)
        assert credentials.load_key("deepl") is None
    finally:
        keyring.set_keyring(previous)
