"""Opening a team space from what the user typed: a folder or a WebDAV address."""

from __future__ import annotations

import hashlib
from pathlib import Path

from composer.settings import Settings, data_dir
from composer.team import credentials
from composer.team.errors import BadInput
from composer.team.folder import FolderStorage
from composer.team.service import TeamService
from composer.team.storage import TeamStorage


def is_web_address(location: str) -> bool:
    return location.strip().lower().startswith(("http://", "https://"))


def open_storage(location: str, user: str = "", password: str = "") -> TeamStorage:
    location = location.strip()
    if not location:
        raise BadInput("no team space: give a folder or a WebDAV address (--team, or "
                       "Preferences › Team space)")
    if is_web_address(location):
        from composer.team.webdav import WebDavStorage

        return WebDavStorage(location, user, password)
    if "://" in location:
        raise BadInput(f"{location}: a team space is a folder or an https:// address")
    return FolderStorage(Path(location).expanduser())


def open_service(location: str | None = None, settings: Settings | None = None) -> TeamService:
    """The team space at ``location`` (else the one in the settings), as the user."""
    settings = settings or Settings.load()
    location = (location or settings.team_space).strip()
    user = credentials.user_name(settings)
    password = credentials.password(location) if is_web_address(location) else ""
    storage = open_storage(location, user, password)
    return TeamService(storage, credentials.display_name(settings), cache_file(location))


def cache_file(location: str) -> Path:
    """Where the listing of ``location`` is cached between runs (user data folder)."""
    key = hashlib.sha256(location.strip().rstrip("/").encode()).hexdigest()[:24]
    return data_dir() / "team-cache" / f"{key}.json"
