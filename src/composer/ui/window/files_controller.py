"""The main window's post files: new, open, save, File → Open Recent, the window title
(the file's name, else the draft's), asking before unsaved text is thrown away and, for
a post that came from a file, asking to save it on close (a mixin of :class:`MainWindow`)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from composer.model import Post
from composer.settings import Settings
from composer.ui.drafts import post_io


class FilesMixin:
    """New, open and save for the main window."""

    def new_post(self) -> None:
        if not self._may_discard():
            return
        self.file_path = None
        self.draft_title = ""
        # A new post starts without the last post's (or template's) channels.
        self.set_post(Post(organisation=self._organisation, role=self._role))
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
        self.draft_title = ""
        self.remember_recent(self.file_path)
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
        self.remember_recent(self.file_path)
        self._update_title()
        self.file_saved.emit(str(self.file_path))
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

    def may_close_file(self) -> bool:
        """On close: a post from a file with changes not saved there asks Save, Discard
        or Cancel (the draft keeps the changes either way). False: stay open."""
        if self.file_path is None or not self.isWindowModified() or not self.ask_to_save_file:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("MainWindow", "Save the changes?"),
            QCoreApplication.translate(
                "MainWindow", "“%1” has changes not saved in the file. Save them?"
            ).replace("%1", self.file_path.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("saveChangesDialog")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files ------------------------------------------------------------------------

    def remember_recent(self, path: Path) -> None:
        self.settings.add_recent_file(str(path))
        stored = Settings.load()
        stored.add_recent_file(str(path))
        with contextlib.suppress(OSError):
            stored.save()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        shown = 0
        for number, name in enumerate(self.settings.recent_files, start=1):
            path = Path(name)
            action = menu.addAction(f"&{number % 10} {path.name}" if number <= 10 else path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
            shown += 1
        if not shown:
            empty = menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            clear = menu.addAction(QCoreApplication.translate("MainWindow", "&Clear the list"))
            clear.triggered.connect(self.clear_recent)

    def open_recent(self, path: Path) -> bool:
        if not self._may_discard() or not self.may_close_file():
            return False
        return self.open_file(path)

    def clear_recent(self) -> None:
        self.settings.recent_files = []
        stored = Settings.load()
        stored.recent_files = []
        with contextlib.suppress(OSError):
            stored.save()

    def _update_title(self) -> None:
        """The file's name, else the draft's title, else "New post"."""
        new = QCoreApplication.translate("MainWindow", "New post")
        if self.file_path is not None:
            name = self.file_path.name
        else:
            name = getattr(self, "draft_title", "") or new
        self.setWindowTitle(f"{name}[*] — composer")
