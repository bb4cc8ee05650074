"""Opening and saving post files from the window, with errors shown in a dialog that
names the file and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from composer.cli.texts import post_file_error
from composer.model import Post
from composer.postfile import POST_SUFFIX, PostFileError, load_post, save_post
from composer.ui.language.ui_language import current_ui_language

#: Shows an error dialog: (title, text).
ShowError = Callable[[str, str], object]


def _filters() -> str:
    return ";;".join(
        [
            QCoreApplication.translate("PostFile", "Post files (*.post.json)"),
            QCoreApplication.translate("PostFile", "JSON files (*.json)"),
            QCoreApplication.translate("PostFile", "All files (*)"),
        ]
    )


def choose_open_path(parent: QWidget, current: Path | None) -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PostFile", "Open post file"),
        str(current.parent) if current else "",
        _filters(),
    )
    return path


def choose_save_path(parent: QWidget, current: Path | None) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PostFile", "Save post file"),
        str(current) if current else "",
        _filters(),
    )
    if path and not path.endswith(".json"):
        path += POST_SUFFIX
    return path


def read(path: str | Path, show_error: ShowError) -> Post | None:
    try:
        return load_post(path)
    except PostFileError as exc:
        show_error(
            QCoreApplication.translate("PostFile", "Cannot open the post file"),
            QCoreApplication.translate("PostFile", "%1 could not be opened:\n%2")
            .replace("%1", str(path))
            .replace("%2", _problem(exc, path)),
        )
        return None


def write(post: Post, path: str | Path, show_error: ShowError) -> bool:
    try:
        save_post(post, path)
    except OSError as exc:
        show_error(
            QCoreApplication.translate("PostFile", "Cannot save the post file"),
            QCoreApplication.translate("PostFile", "%1 could not be saved:\n%2")
            .replace("%1", str(path))
            .replace("%2", exc.strerror or str(exc)),
        )
        return False
    return True


def _problem(exc: PostFileError, path: str | Path) -> str:
    """The error in the UI language, without the file name repeated in front of it."""
    text = post_file_error(exc, current_ui_language())
    prefix = f"{exc.source}: "
    return text[len(prefix):] if text.startswith(prefix) and exc.source == str(path) else text
