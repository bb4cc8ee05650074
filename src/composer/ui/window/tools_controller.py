"""The window's writing tools: Find and Replace across the versions, the emoji and
special-character picker, the editors' text size, jumping to a version by its column
(Ctrl+1/2/3, Alt+1/2/3) and the keyboard help."""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from composer.settings import Settings
from composer.ui.editor import text_size
from composer.ui.editor.emoji_picker import EmojiPicker, open_system_picker
from composer.ui.editor.find_replace import FindReplaceDialog

if TYPE_CHECKING:
    from composer.ui.window.main_window import MainWindow


class WritingTools(QObject):
    """Owned by the main window; the menus call its methods."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.find_replace: FindReplaceDialog | None = None
        self.picker: EmojiPicker | None = None
        self.shortcuts_dialog: QMessageBox | None = None

    # -- versions ----------------------------------------------------------------------------

    def editors_in_order(self) -> list[tuple[str, QPlainTextEdit]]:
        area = self.window.editors
        return [(lang, area.editors[lang].editor) for lang in area.order]

    def go_to_version(self, number: int) -> None:
        """Put the cursor in the version shown in column ``number`` (0-based)."""
        order = self.window.editors.order
        if not 0 <= number < len(order):
            return
        column = self.window.editors.editors[order[number]]
        column.set_collapsed(False)
        column.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- find and replace ------------------------------------------------------------------

    def open_find_replace(self) -> None:
        if self.find_replace is None:
            self.find_replace = FindReplaceDialog(self.editors_in_order, self.window)
        target = self.window._find_target()
        selected = target.textCursor().selectedText() if target is not None else ""
        self.find_replace.open_with(selected)

    # -- characters --------------------------------------------------------------------------

    def open_emoji_picker(self) -> None:
        target = self.window._find_target()
        if target is not None:
            target.setFocus()
        if open_system_picker():
            return
        if self.picker is None:
            self.picker = EmojiPicker(self.window)
            self.picker.chosen.connect(self._insert)
        self.picker.show()
        self.picker.raise_()

    def _insert(self, text: str) -> None:
        target = self.window._find_target()
        if target is not None:
            target.insertPlainText(text)

    # -- text size ---------------------------------------------------------------------------

    def apply_text_size(self) -> None:
        editors = [editor for _lang, editor in self.editors_in_order()]
        text_size.apply(editors, self.window.settings.editor_font_size)

    def change_text_size(self, step: int) -> None:
        """Ctrl+plus (1), Ctrl+minus (-1), Ctrl+0 (0); remembered for the next start."""
        size = text_size.stepped(self.window.settings.editor_font_size, step)
        self.window.settings.editor_font_size = size
        self.apply_text_size()
        stored = Settings.load()
        stored.editor_font_size = size
        with contextlib.suppress(OSError):
            stored.save()

    # -- help --------------------------------------------------------------------------------

    def shortcuts_text(self) -> str:
        system = {
            "win32": self.tr("Windows: Win+. (or Win+;) opens the emoji panel."),
            "darwin": self.tr("macOS: Ctrl+Cmd+Space opens Emoji & Symbols."),
        }.get(sys.platform, self.tr("Edit → Emoji and special characters (Ctrl+.) opens a "
                                    "small picker."))
        lines = [
            self.tr("Ctrl+1, Ctrl+2, Ctrl+3 (or Alt+1, 2, 3): go to the version in that "
                    "column"),
            self.tr("F8 / Shift+F8: next / previous finding in the text"),
            self.tr("Shift+F10 or the menu key: the editor's menu with corrections"),
            self.tr("Ctrl+F: find; Ctrl+H: find and replace in every version"),
            self.tr("Ctrl+Z / Ctrl+Y or Ctrl+Shift+Z: undo / redo"),
            self.tr("Ctrl+plus / Ctrl+minus / Ctrl+0: text size"),
            self.tr("Ctrl+E: export all channels to a folder (File menu)"),
            self.tr("Tab: the next field, the findings and their buttons"),
            system,
        ]
        return "\n".join(lines)

    def show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts and emoji"),
                          self.shortcuts_text(), QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("shortcutsDialog")
        self.shortcuts_dialog = box
        box.open()
