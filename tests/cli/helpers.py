"""Shared pieces of the command-line tests."""

from __future__ import annotations

import json
from pathlib import Path


def write(folder: Path, data: object, name: str = "post.json") -> Path:
    """``data`` as a post file ``name`` in ``folder`` (UTF-8 JSON, as a user saves it)."""
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
