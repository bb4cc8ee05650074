"""The window's post files: new, open, save, and asking before unsaved text is thrown
away; the window title names the file.

A part of :class:`~composer.ui.window.main_window.MainWindow`, given the window (the
parent of its dialogs, whose title and modified mark it keeps) and the callbacks it needs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from composer.model import Post
from composer.ui.drafts import post_io


class FilesController:
    """New, open and save for the main window."""

    def __init__(
        self,
        window: QMainWindow,
        current_post: Callable[[], Post],
        set_post: Callable[[Post], None],
        status_message: Callable[[str, int], None],
        show_error: Callable[[str, str], object],
        focus_editor: Callable[[], None],
    ) -> None:
        self._window = window
        self._current_post = current_post
        self._set_post = set_post
        self._status_message = status_message
        self._show_error = show_error
        self._focus_editor = focus_editor
        #: The post file shown (None: a new post or a draft).
        self.file_path: Path | None = None
        #: Ask before New/Open/Quit throw away unsaved text (autosave turns this off).
        self.confirm_discard = True

    def new_post(self) -> None:
        if not self._may_discard():
            return
        self.file_path = None
        shown = self._current_post()
        self._set_post(Post(organisation=shown.organisation, role=shown.role,
                            channels=list(shown.channels)))
        self._focus_editor()

    def choose_and_open(self) -> None:
        if self._may_discard():
            path = post_io.choose_open_path(self._window, self.file_path)
            if path:
                self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        post = post_io.read(path, self._show_error)
        if post is None:
            return False
        self._set_post(post)
        self.file_path = Path(path)
        self.update_title()
        text = QCoreApplication.translate("MainWindow", "Opened %1")
        self._status_message(text.replace("%1", str(path)), 5000)
        return True

    def save(self) -> bool:
        if self.file_path is None:
            return self.save_as()
        return self.save_file(self.file_path)

    def save_as(self) -> bool:
        path = post_io.choose_save_path(self._window, self.file_path)
        return self.save_file(path) if path else False

    def save_file(self, path: str | Path) -> bool:
        if not post_io.write(self._current_post(), path, self._show_error):
            return False
        self.file_path = Path(path)
        self._window.setWindowModified(False)
        self.update_title()
        text = QCoreApplication.translate("MainWindow", "Saved %1")
        self._status_message(text.replace("%1", str(path)), 5000)
        return True

    def _may_discard(self) -> bool:
        if not self.confirm_discard or not self._window.isWindowModified():
            return True
        answer = QMessageBox.question(
            self._window,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow", "The post has changes that are not saved in a file. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def may_close(self) -> bool:
        """Whether the window may close: when its text is saved nowhere (saves failing,
        or no drafts store), ask, offering to save it as a post file elsewhere."""
        if not self.confirm_discard or not self._window.isWindowModified():
            return True
        post = self._current_post()
        if not post.written_languages() and not post.media:
            return True
        answer = self.ask_before_close()
        if answer == "save":
            return self.save_as()
        return answer == "discard"

    def ask_before_close(self) -> str:
        """"save" (as a post file), "discard" or "cancel", asked in a message box."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Text not saved"),
            QCoreApplication.translate(
                "MainWindow", "This post is not saved anywhere: drafts cannot be saved "
                "right now. Save it as a post file before closing?"),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setObjectName("closeUnsavedDialog")
        save = box.addButton(
            QCoreApplication.translate("MainWindow", "Save as post file…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def quit_app(self) -> None:
        if self._window.close():  # the window asks first when its text is saved nowhere
            QApplication.quit()

    def update_title(self) -> None:
        new = QCoreApplication.translate("MainWindow", "New post")
        name = self.file_path.name if self.file_path else new
        self._window.setWindowTitle(f"{name}[*] — composer")
