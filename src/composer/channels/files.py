"""Export file names: one text file per channel, named after the post
(``kirjasto-on-auki-lauantaina-facebook.txt``), so the files of two posts never share a
name, and a file that already exists is never replaced without the caller saying so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from pathlib import Path

import regex

#: Longest stem taken from a post's title or file name.
STEM_LENGTH = 48
_NOT_NAME = regex.compile(r"[^\p{L}\p{N}]+")
_POST_SUFFIXES = (".post.json", ".json")


class ExportFilesExist(FileExistsError):
    """Export files that are already there; nothing was written."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__(", ".join(str(p) for p in paths))
        self.paths = paths


def file_stem(name: str) -> str:
    """A file-name-safe stem from a post's title or file name: letters (ä, ö, å kept)
    and digits in lower case joined by hyphens, at most :data:`STEM_LENGTH` characters,
    cut at a hyphen; ``"post"`` when nothing is left."""
    base = name
    for suffix in _POST_SUFFIXES:
        if base.casefold().endswith(suffix):
            base = base[: -len(suffix)]
            break
    words = _NOT_NAME.sub("-", unicodedata.normalize("NFC", base).casefold()).strip("-")
    if len(words) > STEM_LENGTH:
        cut = words.rfind("-", 0, STEM_LENGTH + 1)
        words = words[: cut if cut > 0 else STEM_LENGTH].strip("-")
    return words or "post"


def export_paths(folder: Path, stem: str, channels: Iterable[str]) -> dict[str, Path]:
    """The file each channel's text goes to: ``folder/<stem>-<channel>.txt``."""
    return {channel: folder / f"{stem}-{channel}.txt" for channel in channels}


def existing(paths: Iterable[Path]) -> list[Path]:
    """Those of ``paths`` that exist already (a dangling link counts as existing)."""
    return [p for p in paths if p.exists() or p.is_symlink()]


def write_texts(texts: dict[Path, str], *, overwrite: bool = False) -> list[Path]:
    """Write each UTF-8 text (ending in a newline). Without ``overwrite`` nothing is
    written when any file exists (:class:`ExportFilesExist`), and each file is created
    anew, never through a link left in its place."""
    if not overwrite:
        there = existing(texts)
        if there:
            raise ExportFilesExist(there)
    written: list[Path] = []
    for path, text in texts.items():
        data = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        with path.open("wb" if overwrite else "xb") as handle:
            handle.write(data)
        written.append(path)
    return written
