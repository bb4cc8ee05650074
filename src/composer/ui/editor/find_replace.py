"""Find and Replace across the language versions (Ctrl+H).

A small non-modal dialog: the text to find, its replacement, "Match case", and a count of
the matches in every visible version ("5 matches in 2 versions"). Find next walks the
versions in column order and wraps; Replace replaces the selected match and moves on;
Replace all replaces in each version as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.shared.fit_screen import FitsScreen

#: The editors to search, in column order: (language, editor).
Editors = Callable[[], list[tuple[str, QPlainTextEdit]]]
#: At most this many matches are counted in one version (the count reads "1000+").
MAX_COUNT = 1000
_NO_FLAGS = QTextDocument.FindFlag(0)


def matches(document: QTextDocument, needle: str,
            flags: QTextDocument.FindFlag = _NO_FLAGS) -> list[QTextCursor]:
    """Every match of ``needle`` in ``document`` (at most ``MAX_COUNT``)."""
    found: list[QTextCursor] = []
    if not needle:
        return found
    cursor = document.find(needle, 0, flags)
    while not cursor.isNull() and len(found) < MAX_COUNT:
        found.append(cursor)
        cursor = document.find(needle, cursor, flags)
    return found


class FindReplaceDialog(FitsScreen, QDialog):
    """Find and replace in every language version."""

    def __init__(self, editors: Editors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceDialog")
        self._editors = editors
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("findText")
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setObjectName("replaceText")
        self.case = QCheckBox(self)
        self.count = QLabel(self)
        self.count.setObjectName("matchCount")
        self.find_label = QLabel(self)
        self.find_label.setBuddy(self.find_field)
        self.replace_label = QLabel(self)
        self.replace_label.setBuddy(self.replace_field)

        self.buttons = QDialogButtonBox(self)
        self.find_button = QPushButton(self)
        self.replace_button = QPushButton(self)
        self.replace_all_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.find_button, self.replace_button, self.replace_all_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.find_next)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.reject)
        self.find_field.textChanged.connect(lambda _t: self.update_count())
        self.case.toggled.connect(lambda _c: self.update_count())

        form = QFormLayout()
        form.addRow(self.find_label, self.find_field)
        form.addRow(self.replace_label, self.replace_field)
        form.addRow(QLabel(self), self.case)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find and Replace"))
        self.find_label.setText(self.tr("&Find:"))
        self.replace_label.setText(self.tr("Replace &with:"))
        self.case.setText(self.tr("&Match case"))
        self.find_button.setText(self.tr("Find &next"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &all"))
        self.close_button.setText(self.tr("&Close"))
        self.find_field.setAccessibleName(self.tr("Text to find"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.update_count()

    # -- searching --------------------------------------------------------------------------

    def _flags(self) -> QTextDocument.FindFlag:
        if self.case.isChecked():
            return QTextDocument.FindFlag.FindCaseSensitively
        return QTextDocument.FindFlag(0)

    def _targets(self) -> list[tuple[str, QPlainTextEdit]]:
        return [(lang, editor) for lang, editor in self._editors() if editor.isVisibleTo(
            editor.window()) or editor.toPlainText()]

    def counts(self) -> dict[str, int]:
        """Matches per version (only versions with matches)."""
        needle = self.find_field.text()
        found = {}
        for language, editor in self._targets():
            n = len(matches(editor.document(), needle, self._flags()))
            if n:
                found[language] = n
        return found

    def update_count(self) -> None:
        if not self.find_field.text():
            self.count.setText("")
            return
        counts = self.counts()
        total = sum(counts.values())
        if not total:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%n match(es)", "", total) + " · "
                + self.tr("in %n version(s)", "", len(counts)))

    def _is_match(self, cursor: QTextCursor) -> bool:
        selected = cursor.selectedText()
        needle = self.find_field.text()
        if not selected or not needle:
            return False
        if self.case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()

    def _current(self) -> int:
        """The version the search goes on from: where the last match was, else the
        focused editor, else the first."""
        targets = [editor for _lang, editor in self._targets()]
        last = getattr(self, "_last", None)
        if last in targets:
            return targets.index(last)
        for index, editor in enumerate(targets):
            if editor.hasFocus():
                return index
        return 0

    def find_next(self) -> bool:
        """Select the next match after the cursor, going on to the next versions and
        wrapping around; False when there is none."""
        needle = self.find_field.text()
        targets = self._targets()
        if not needle or not targets:
            return False
        start = self._current()
        order = [*range(start, len(targets)), *range(0, start + 1)]
        for step, index in enumerate(order):
            editor = targets[index][1]
            document = editor.document()
            if step == 0:
                found = document.find(needle, editor.textCursor(), self._flags())
            else:  # the next versions, and back where we began, from their top
                found = document.find(needle, 0, self._flags())
            if not found.isNull():
                editor.setTextCursor(found)
                editor.ensureCursorVisible()
                self._last = editor
                return True
        self.count.setText(self.tr("No matches"))
        return False

    def replace(self) -> bool:
        """Replace the selected match (if it is one), then find the next."""
        editor = getattr(self, "_last", None)
        if editor is not None:
            cursor = editor.textCursor()
            if self._is_match(cursor):
                cursor.insertText(self.replace_field.text())
        found = self.find_next()
        self.update_count()
        return found

    def replace_all(self) -> int:
        """Replace every match in every version (one undoable edit per version)."""
        needle, replacement = self.find_field.text(), self.replace_field.text()
        total = 0
        for _language, editor in self._targets():
            found = matches(editor.document(), needle, self._flags())
            if not found:
                continue
            edit = QTextCursor(editor.document())
            edit.beginEditBlock()
            for cursor in reversed(found):
                cursor.insertText(replacement)
            edit.endEditBlock()
            total += len(found)
        self.update_count()
        self.count.setText(self.tr("Replaced %n match(es)", "", total))
        return total

    def open_with(self, text: str = "") -> None:
        """Show the dialog, the find field filled with ``text`` (the selection)."""
        if text and "\u2029" not in text:
            self.find_field.setText(text)
        self.update_count()
        self.show()
        self.raise_()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()
