"""The main window's dialogs: guideline viewer, preferences, About and error messages
(a mixin of :class:`MainWindow`)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from composer.settings import Settings
from composer.ui.language.ui_language import resolve_ui_language


class DialogsMixin:
    """Opens the dialogs of the main window."""

    def show_guideline(self, reference: str = "") -> None:
        from composer.ui.dialogs.guideline_viewer import GuidelineViewer

        if self._guideline_viewer is None:
            self._guideline_viewer = GuidelineViewer(self, self.ui_language)
        else:
            self._guideline_viewer.set_ui_language(self.ui_language)
        self._guideline_viewer.show_reference(self.profile(), reference)
        self._guideline_viewer.show()
        self._guideline_viewer.raise_()
        self._guideline_viewer.activateWindow()

    def show_preferences(self) -> None:
        from composer.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        self.preferences_dialog = dialog
        dialog.accepted.connect(lambda: self.apply_settings(dialog.settings))
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        """Use new preferences: finding language, spelling, channel limits."""
        self.settings = settings
        self.ui_language = resolve_ui_language(settings.ui_language)
        self.checker.set_options(self.ui_language, settings)
        self.preview.set_settings(settings)

    def show_about(self) -> None:
        from composer.ui.dialogs.about import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def show_error(self, title: str, text: str) -> QMessageBox:
        """A non-blocking error dialog (kept in ``error_dialog``)."""
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("errorDialog")
        self.error_dialog = box
        box.open()
        return box
