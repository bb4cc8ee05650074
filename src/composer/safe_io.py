"""Reading and writing user files without trusting them.

- :func:`read_limited` looks at what a path is before reading it: a FIFO, a device or a
  folder is refused (opening never blocks), a file larger than the limit is refused from
  its size, and at most the limit is read even if the file grows meanwhile.
- :func:`write_atomic` writes a new file next to the target and renames it over it: never
  through a symbolic link (the link itself is replaced, its target left alone), never
  half-written, readable by the owner only; it says what it replaced.
- :func:`loads_json` decodes JSON with its limits turned into :class:`ValueError` with
  one plain line (nesting too deep, a number with thousands of digits).
- :func:`lone_surrogate` and :func:`without_lone_surrogates` deal with text that is not
  valid Unicode (JSON can carry "\\ud800"; UTF-8 cannot).
- :func:`printable` escapes control characters for a terminal.
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex


class UnreadableFile(OSError):
    """A path that is not a regular file of acceptable size; ``str()`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    for test, name in _KINDS:
        if test(mode):
            return name
    return "not a regular file"


def read_limited(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them; raises
    :class:`UnreadableFile` (or another :class:`OSError`) with a plain reason."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)  # O_NONBLOCK: opening a FIFO returns at once
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile(f"{_kind(info.st_mode)}, not a file")
        if info.st_size > limit:
            raise UnreadableFile(f"larger than {describe_size(limit)}")
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise UnreadableFile(f"larger than {describe_size(limit)}")
    return data


def describe_size(size: int) -> str:
    if size >= 1024 * 1024 and size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MiB"
    if size >= 1024 and size % 1024 == 0:
        return f"{size // 1024} KiB"
    return f"{size} bytes"


@dataclass(frozen=True)
class Written:
    """A file written by :func:`write_atomic`; ``replaced`` names what was at its path
    before ("" when nothing was)."""

    path: Path
    replaced: str


def _existing(path: Path) -> str:
    try:
        info = path.lstat()
    except FileNotFoundError:
        return ""
    if stat.S_ISLNK(info.st_mode):
        return "a symbolic link (its target was left alone)"
    if stat.S_ISREG(info.st_mode):
        return "an earlier file"
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "a folder is in the way", str(path))
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
        # "/dev/full" as a file name: a device is the system's, never replaced
        raise UnreadableFile(f"{_kind(info.st_mode)} is in the way; it was left alone")
    return _kind(info.st_mode)


def write_atomic(path: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> Written:
    """Write ``data`` to ``path`` through a temporary file in the same folder, flushed to
    disk and renamed over ``path``: a failure leaves any earlier file intact, a symbolic
    link or a FIFO at ``path`` is replaced, never written through, and a device there
    is refused (:class:`UnreadableFile`), never replaced."""
    target = Path(path)
    replaced = _existing(target)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Written(target, replaced)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"the key {key[:40]!r} appears twice in one object")
        found[key] = value
    return found


def loads_json(text: str, unique_keys: bool = False) -> Any:
    """``json.loads`` with its limits as one-line :class:`ValueError` messages;
    :class:`json.JSONDecodeError` (a ValueError) passes through for syntax errors.
    ``unique_keys``: a key given twice in one object is a :class:`ValueError` too (plain
    JSON keeps the last silently, so a second "fi" would replace the first unseen)."""
    try:
        return json.loads(text, object_pairs_hook=_unique_keys if unique_keys else None)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except json.JSONDecodeError:
        raise
    except ValueError as exc:  # a number with more digits than Python converts
        if "digits" in str(exc):
            raise ValueError("a number with too many digits") from None
        raise


_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def lone_surrogate(text: str) -> int:
    """Index of the first unpaired surrogate in ``text`` (not valid Unicode), or -1."""
    match = _LONE_SURROGATE.search(text)
    return match.start() if match else -1


def without_lone_surrogates(text: str) -> str:
    """``text`` with each unpaired surrogate replaced by U+FFFD."""
    if lone_surrogate(text) < 0:
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


# C0 and C1 controls but tab and line feed, DEL, and the bidirectional overrides and
# isolates (they reorder what a terminal shows).
_CONTROLS = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str, keep_newlines: bool = True) -> str:
    """``text`` safe to print on a terminal: control characters as ``\\x1b``-style
    escapes (line feeds and tabs kept unless ``keep_newlines`` is false)."""

    def escape(match: regex.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    text = _CONTROLS.sub(escape, text)
    if not keep_newlines:
        text = text.replace("\n", "\\n").replace("\t", "\\t")
    return text
