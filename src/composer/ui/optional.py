"""Loading the panels other parts of the app provide, when they are there."""

from __future__ import annotations

import importlib
import sys
from typing import Any


def optional_widget(module: str, name: str) -> Any:
    """A widget class from another UI module, or None when that module cannot be loaded
    (the window still works without the panel; the reason goes to stderr)."""
    try:
        return getattr(importlib.import_module(f"composer.ui.{module}"), name)
    except ImportError as exc:
        if getattr(exc, "name", None) != f"composer.ui.{module}":
            print(f"composer: {module} unavailable: {exc}", file=sys.stderr)
        return None
