"""Who the user is in the team space and the password or app token to use.

The user name lives in the settings; the password in the operating system's credential
store (as the translation keys are), under the account ``team:<address>``.
``COMPOSER_TEAM_USER`` and ``COMPOSER_TEAM_PASSWORD`` override both (for scripts and CI).
"""

from __future__ import annotations

import getpass
import os

from composer.settings import Settings
from composer.translate import credentials as keystore


def account(location: str) -> str:
    return f"team:{location.strip().rstrip('/')}"


def user_name(settings: Settings) -> str:
    return os.environ.get("COMPOSER_TEAM_USER") or settings.team_user


def display_name(settings: Settings) -> str:
    """The name shown on review steps and comments."""
    if name := settings.team_name.strip() or user_name(settings):
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def password(location: str) -> str:
    if value := os.environ.get("COMPOSER_TEAM_PASSWORD"):
        return value
    return keystore.current_key(account(location)) or ""


def save_password(location: str, value: str) -> None:
    """Store it in the keyring; :class:`KeyringUnavailable` if there is none."""
    keystore.save_key(account(location), value)
