"""Where the bundled guideline data lives (profiles, word lists, messages, channels).

Looks in ``$COMPOSER_RESOURCES``, then next to a frozen (PyInstaller) executable,
then in the source tree's ``resources/`` folder.
"""

from __future__ import annotations

import functools
import os
import sys
import tomllib
from pathlib import Path
from typing import Any


class ResourceError(Exception):
    """A bundled data file is missing or malformed."""


@functools.cache
def resource_dir() -> Path:
    candidates: list[Path] = []
    if env := os.environ.get("COMPOSER_RESOURCES"):
        candidates.append(Path(env))
    if frozen := getattr(sys, "_MEIPASS", None):
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "profiles").is_dir():
            return candidate
    raise ResourceError(
        "composer's data folder (resources/) was not found; looked in: "
        + ", ".join(str(c) for c in candidates)
    )


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


@functools.cache
def load_toml(*parts: str) -> dict[str, Any]:
    """Read a bundled TOML file once; a malformed file names itself and the line."""
    path = resource_path(*parts)
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError as exc:
        raise ResourceError(f"{path}: missing data file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{path}: {exc}") from exc
