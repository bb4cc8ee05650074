"""The main window's post files: new, open, save, and asking before unsaved text is
thrown away (a mixin of :class:`MainWindow`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from composer.model import Post
from composer.ui.drafts import post_io


class FilesMixin:
    """New, open and save for the main window."""

    def new_post(self) -> None:
        if not self._may_discard():
            return
        self.file_path = None
        self.set_post(Post(organisation=self._organisation, role=self._role,
                           channels=list(self._channels)))
        self.editor(self.editors.order[0]).setFocus()

    def choose_and_open(self) -> None:
        if self._may_discard():
            path = post_io.choose_open_path(self, self.file_path)
            if path:
                self.open_file(path)

    def open_file(self, path: str | Path) -> bool:
        post = post_io.read(self, path)
        if post is None:
            return False
        self.set_post(post)
        self.file_path = Path(path)
        self._update_title()
        text = QCoreApplication.translate("MainWindow", "Opened %1")
        self.status_message(text.replace("%1", str(path)))
        return True

    def save(self) -> bool:
        if self.file_path is None:
            return self.save_as()
        return self.save_file(self.file_path)

    def save_as(self) -> bool:
        path = post_io.choose_save_path(self, self.file_path)
        return self.save_file(path) if path else False

    def save_file(self, path: str | Path) -> bool:
        if not post_io.write(self, self.current_post(), path):
            return False
        self.file_path = Path(path)
        self.setWindowModified(False)
        self._update_title()
        text = QCoreApplication.translate("MainWindow", "Saved %1")
        self.status_message(text.replace("%1", str(path)))
        return True

    def _may_discard(self) -> bool:
        if not self.confirm_discard or not self.isWindowModified():
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Unsaved changes"),
            QCoreApplication.translate(
                "MainWindow", "The post has changes that are not saved in a file. Discard them?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def quit_app(self) -> None:
        if self._may_discard():
            self.close()
            QApplication.quit()

    def _update_title(self) -> None:
        new = QCoreApplication.translate("MainWindow", "New post")
        name = self.file_path.name if self.file_path else new
        self.setWindowTitle(f"{name}[*] — composer")
