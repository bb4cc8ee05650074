"""The window's dialogs: guideline viewer, preferences, About and error messages; the
log folder opened in the file manager.

A part of :class:`~composer.ui.window.main_window.MainWindow`, given the parent window and
the callbacks it needs. Each dialog opens without blocking and is kept in an attribute
(the one shown last), so it stays alive and can be found.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from composer.profiles import Profile
from composer.settings import Settings, log_dir

if TYPE_CHECKING:
    from composer.ui.dialogs.about import AboutDialog
    from composer.ui.dialogs.guideline_viewer import GuidelineViewer
    from composer.ui.dialogs.preferences import PreferencesDialog


class DialogsController:
    """Opens the dialogs of the main window."""

    def __init__(
        self,
        parent: QWidget,
        profile: Callable[[], Profile],
        ui_language: Callable[[], str],
        settings: Callable[[], Settings],
        apply_settings: Callable[[Settings], None],
        status_message: Callable[[str, int], None],
    ) -> None:
        self._parent = parent
        self._profile = profile
        self._ui_language = ui_language
        self._settings = settings
        self._apply_settings = apply_settings
        self._status_message = status_message
        self.guideline_viewer: GuidelineViewer | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.error_dialog: QMessageBox | None = None

    def show_guideline(self, reference: str = "") -> None:
        from composer.ui.dialogs.guideline_viewer import GuidelineViewer

        if self.guideline_viewer is None:
            self.guideline_viewer = GuidelineViewer(self._parent, self._ui_language())
        else:
            self.guideline_viewer.set_ui_language(self._ui_language())
        self.guideline_viewer.show_reference(self._profile(), reference)
        self.guideline_viewer.show()
        self.guideline_viewer.raise_()
        self.guideline_viewer.activateWindow()

    def organisation_changed(self, profile: Profile) -> None:
        """An open guideline viewer follows the organisation."""
        if self.guideline_viewer is not None and self.guideline_viewer.isVisible():
            self.guideline_viewer.show_reference(profile, "")

    def show_preferences(self) -> PreferencesDialog:
        from composer.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._settings(), self._parent)
        self.preferences_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_settings(dialog.settings))
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from composer.ui.dialogs.about import AboutDialog

        self.about_dialog = AboutDialog(self._parent)
        self.about_dialog.open()

    def open_log_folder(self) -> bool:
        """Help → Open the log folder: in the file manager, else its path is shown."""
        folder = log_dir()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        text = QCoreApplication.translate("MainWindow", "The log folder: %1")
        self._status_message(text.replace("%1", str(folder)), 15000)
        return False

    def show_error(self, title: str, text: str) -> QMessageBox:
        """A non-blocking error dialog (kept in ``error_dialog``)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setObjectName("errorDialog")
        self.error_dialog = box
        box.open()
        return box
