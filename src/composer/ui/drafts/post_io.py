"""Opening and saving post files from the window, with errors shown in a dialog that
names the file and the problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from composer.model import Post
from composer.postfile import POST_SUFFIX, PostFileError, load_post, save_post

if TYPE_CHECKING:
    from composer.ui.window.main_window import MainWindow


def _filters(window: MainWindow) -> str:
    return ";;".join(
        [
            QCoreApplication.translate("PostFile", "Post files (*.post.json)"),
            QCoreApplication.translate("PostFile", "JSON files (*.json)"),
            QCoreApplication.translate("PostFile", "All files (*)"),
        ]
    )


def choose_open_path(window: MainWindow, current: Path | None) -> str:
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("PostFile", "Open post file"),
        str(current.parent) if current else "",
        _filters(window),
    )
    return path


def choose_save_path(window: MainWindow, current: Path | None) -> str:
    path, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("PostFile", "Save post file"),
        str(current) if current else "",
        _filters(window),
    )
    if path and not path.endswith(".json"):
        path += POST_SUFFIX
    return path


def read(window: MainWindow, path: str | Path) -> Post | None:
    try:
        return load_post(path)
    except PostFileError as exc:
        window.show_error(
            QCoreApplication.translate("PostFile", "Cannot open the post file"),
            QCoreApplication.translate("PostFile", "%1 could not be opened:\n%2")
            .replace("%1", str(path))
            .replace("%2", _problem(exc, path)),
        )
        return None


def write(window: MainWindow, post: Post, path: str | Path) -> bool:
    try:
        save_post(post, path)
    except OSError as exc:
        window.show_error(
            QCoreApplication.translate("PostFile", "Cannot save the post file"),
            QCoreApplication.translate("PostFile", "%1 could not be saved:\n%2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return False
    return True


def _problem(exc: PostFileError, path: str | Path) -> str:
    """The error without the file name repeated in front of it."""
    text = str(exc)
    prefix = f"{exc.source}: "
    return text[len(prefix):] if text.startswith(prefix) and exc.source == str(path) else text
