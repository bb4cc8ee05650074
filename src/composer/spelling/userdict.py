"""The user's own dictionary: words added with "Add to my dictionary", per language.

Stored as plain text, one word a line, in ``<user data dir>/dictionary/<language>.txt``
(``composer.settings.data_dir()``). Reads are cached by the file's modification time,
so a word added in one thread (or by another process) is seen at the next check.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from composer.model import LANGUAGES
from composer.settings import data_dir

_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int], frozenset[str]]] = {}


def dictionary_path(language: str) -> Path:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    return data_dir() / "dictionary" / f"{language}.txt"


def _stamp(path: Path) -> tuple[int, int]:
    try:
        stat = path.stat()
    except OSError:
        return (0, -1)
    return (stat.st_mtime_ns, stat.st_size)


def user_words(language: str) -> frozenset[str]:
    """The words the user added for ``language``."""
    path = dictionary_path(language)
    stamp = _stamp(path)
    cached = _cache.get(path)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        lines = []
    words = frozenset(line.strip() for line in lines if line.strip())
    _cache[path] = (stamp, words)
    return words


def _clean(word: str) -> str:
    cleaned = word.strip().replace("’", "'")
    if not cleaned or any(c.isspace() for c in cleaned):
        raise ValueError(f"not a single word: {word!r}")
    return cleaned


def _write(path: Path, words: frozenset[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".dictionary-")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.writelines(f"{w}\n" for w in sorted(words, key=str.casefold))
    os.replace(tmp, path)
    _cache.pop(path, None)


def add_to_user_dictionary(language: str, word: str) -> None:
    """Never flag ``word`` again in ``language`` (nor its inflected forms)."""
    cleaned = _clean(word)
    with _lock:
        words = user_words(language)
        if cleaned not in words:
            _write(dictionary_path(language), words | {cleaned})


def remove_from_user_dictionary(language: str, word: str) -> bool:
    """Take ``word`` out of the user's ``language`` dictionary; False if it was not there."""
    cleaned = _clean(word)
    with _lock:
        words = user_words(language)
        if cleaned not in words:
            return False
        _write(dictionary_path(language), words - {cleaned})
    return True
