"""API keys in the operating system's credential store (Secret Service, Windows
Credential Manager, macOS Keychain) through ``keyring``.

Keys are never written to settings files, logs or exports. Where no keyring backend
exists (a headless machine), :class:`KeyringUnavailable` says so plainly and the key is
kept only in memory for the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import Any

SERVICE_NAME = "composer"

#: Keys the user entered where no credential store exists: in memory only, until the app
#: closes (never written to disk).
_session_keys: dict[str, str] = {}


class KeyringUnavailable(RuntimeError):
    """No usable credential store: the key cannot be saved."""


def _keyring() -> ModuleType:
    """``keyring``, imported on first use: it takes about 0.1 s, which the app's start-up
    (whose window builds the translation menu entries) must not pay."""
    import keyring
    import keyring.errors

    return keyring


def _backend_usable() -> tuple[bool, str]:
    from keyring.backends import fail

    backend = _keyring().get_keyring()
    if isinstance(backend, fail.Keyring):
        return False, "no credential store (keyring backend) is available on this system"
    try:
        priority = backend.priority
    except Exception as exc:  # a backend that cannot even report itself is unusable
        return False, str(exc)
    if priority <= 0:
        return False, f"the credential store {backend.name!r} is not usable here"
    return True, backend.name


def keyring_status() -> tuple[bool, str]:
    """``(usable, backend name or the reason it is not)``."""
    return _backend_usable()


def account_name(service: str, endpoint: str = "") -> str:
    """The keyring user name for a translation service (and endpoint, for LibreTranslate)."""
    return f"{service}:{endpoint}" if endpoint else service


def account_for(service_id: str, options: Mapping[str, Any]) -> str:
    """The keyring account of a configured service: DeepL has one key, a LibreTranslate
    key belongs to its server."""
    if service_id == "libretranslate":
        return account_name(service_id, str(options.get("url") or "").strip().rstrip("/"))
    return account_name(service_id)


def keep_for_session(account: str, key: str) -> None:
    """Hold ``key`` in memory for this session only (no credential store to save it in)."""
    if key:
        _session_keys[account] = key
    else:
        _session_keys.pop(account, None)


def current_key(account: str) -> str | None:
    """The key to use: the one held for this session, else the one in the keyring."""
    return _session_keys.get(account) or load_key(account)


def load_key(account: str) -> str | None:
    usable, _ = _backend_usable()
    if not usable:
        return None
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE_NAME, account)
    except keyring.errors.KeyringError:
        return None


def save_key(account: str, key: str) -> None:
    """Store ``key``; raises :class:`KeyringUnavailable` when it cannot be persisted."""
    usable, reason = _backend_usable()
    if not usable:
        raise KeyringUnavailable(reason)
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE_NAME, account, key)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc) or type(exc).__name__) from exc


def delete_key(account: str) -> None:
    _session_keys.pop(account, None)
    usable, _ = _backend_usable()
    if not usable:
        return
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE_NAME, account)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc
