"""User settings shared by the CLI and the app, stored as JSON in the user config dir.

Secrets never go here (see the keyring-backed credentials store).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

from composer.model import LANGUAGES

#: What the platform's folders are derived from (platformdirs reads these on Linux and
#: macOS; on Windows it asks the system, whose answer does not change while running).
_FOLDER_VARIABLES = ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")
#: platformdirs' function for each kind of folder.
_FINDERS: dict[str, Callable[..., str]] = {
    "config": platformdirs.user_config_dir,
    "data": platformdirs.user_data_dir,
    "log": platformdirs.user_log_dir,
}


@lru_cache(maxsize=8)
def _platform_dir(kind: str, _environment: tuple[str | None, ...]) -> Path:
    """platformdirs' folder of ``kind`` (asked once per environment: every check reads
    the user's dictionary, and platformdirs takes some 30 µs an answer)."""
    return Path(_FINDERS[kind]("composer", appauthor=False))


def _folder(kind: str, override: str) -> Path:
    if env := os.environ.get(override):
        return Path(env)
    return _platform_dir(kind, tuple(os.environ.get(name) for name in _FOLDER_VARIABLES))


def config_dir() -> Path:
    """The user's configuration folder: settings, own profiles and templates
    (``$COMPOSER_CONFIG_DIR`` overrides it). The one place that decides it."""
    return _folder("config", "COMPOSER_CONFIG_DIR")


def data_dir() -> Path:
    """The user's data folder: drafts, the user's dictionary (``$COMPOSER_DATA_DIR``)."""
    return _folder("data", "COMPOSER_DATA_DIR")


#: The largest settings file read.
MAX_SETTINGS_BYTES = 1024 * 1024


def _same_shape(value: Any, default: Any) -> bool:
    """Whether ``value`` has the type of ``default``, down to the items of a list and the
    values of a table where the default shows them (``spelling``: true/false each)."""
    if type(value) is not type(default):
        return False
    if isinstance(default, list):
        return all(isinstance(item, str) for item in value)
    if isinstance(default, dict) and default:
        kinds = {type(item) for item in default.values()}
        return all(type(item) in kinds for item in value.values())
    return True


def log_dir() -> Path:
    """The user's log folder (``$COMPOSER_LOG_DIR``)."""
    return _folder("log", "COMPOSER_LOG_DIR")


MAX_RECENT_FILES = 10


@dataclass
class Settings:
    """Preferences; unknown keys in the file are ignored, missing ones take defaults."""

    #: UI and finding-message language: "" follows the system, else en/fi/sv.
    ui_language: str = ""
    #: Spelling on/off per post language.
    spelling: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(LANGUAGES, True))
    #: Rule families the user switched off.
    disabled_families: list[str] = field(default_factory=list)
    #: Channel figures the user changed, e.g. {"mastodon": {"max_length": 1000}}.
    channel_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Last organisation and role chosen in the app.
    organisation: str = "jakobstad"
    role: str = "organisation"
    #: Machine translation: "" (off), "deepl" or "libretranslate", and its options.
    translation_service: str = ""
    translation_options: dict[str, Any] = field(default_factory=dict)
    #: Team review: a folder or a WebDAV address, the user name there (the password is
    #: in the keyring) and the name shown on comments and review steps.
    team_space: str = ""
    team_user: str = ""
    team_name: str = ""
    #: Post files opened or saved lately, newest first (File → Open Recent).
    recent_files: list[str] = field(default_factory=list)
    #: The editors' text size in points (0 = the system's).
    editor_font_size: int = 0
    #: The first-start welcome was shown (and the organisation chosen).
    welcomed: bool = False
    #: The main window's geometry and dock/toolbar state (Qt's saveGeometry/saveState,
    #: base64), restored only where it fits the screens.
    window_geometry: str = ""
    window_state: str = ""
    #: The main window's splitters (Qt's QSplitter.saveState, base64), by object name.
    window_splitters: dict[str, str] = field(default_factory=dict)

    def add_recent_file(self, path: str) -> None:
        """Put ``path`` first in :attr:`recent_files` (at most ``MAX_RECENT_FILES``)."""
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]
        del self.recent_files[MAX_RECENT_FILES:]

    def family_enabled(self, family: str) -> bool:
        return family not in self.disabled_families

    def spelling_enabled(self, language: str) -> bool:
        return self.spelling.get(language, True)

    def fingerprint(self) -> str:
        return json.dumps(
            [self.spelling, self.disabled_families, self.channel_overrides], sort_keys=True
        )

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings in ``path``; a value of the wrong shape takes its default, an
        unusable file (not JSON, too deep, a FIFO, too large) gives all defaults."""
        from composer.safe_io import loads_json, read_limited

        path = path or config_dir() / "settings.json"
        try:
            data = loads_json(read_limited(path, MAX_SETTINGS_BYTES).decode("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        defaults = asdict(cls())
        values = {k: v for k, v in data.items() if k in defaults and _same_shape(v, defaults[k])}
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        path = path or config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self), handle, ensure_ascii=False, indent=2)
        os.replace(tmp, path)
