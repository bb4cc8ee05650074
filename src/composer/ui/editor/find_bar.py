"""A find bar for the editor that last had the focus (Ctrl+F, F3, Shift+F3, Escape)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    def __init__(
        self, target: Callable[[], QPlainTextEdit | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._target = target
        self.label = QLabel(self.tr("Find:"), self)
        self.field = QLineEdit(self)
        self.field.setAccessibleName(self.tr("Text to find"))
        self.field.setClearButtonEnabled(True)
        self.label.setBuddy(self.field)
        self.field.returnPressed.connect(self.find_next)
        self.field.textEdited.connect(lambda _t: self._find(from_start=True))
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.previous_button.setAccessibleName(self.tr("Find previous"))
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.next_button.clicked.connect(self.find_next)
        self.case = QCheckBox(self.tr("Match case"), self)
        self.case.setAccessibleName(self.tr("Match case"))
        self.result = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close the find bar"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.close_button.clicked.connect(self.close_bar)
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addWidget(self.label)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.case)
        layout.addWidget(self.result)
        layout.addWidget(self.close_button)
        self.hide()

    def open_bar(self) -> None:
        editor = self._target()
        if editor is not None and editor.textCursor().hasSelection():
            selected = editor.textCursor().selectedText()
            if "\u2029" not in selected:
                self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        editor = self._target()
        if editor is not None:
            editor.setFocus()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool = False, from_start: bool = False) -> bool:
        editor = self._target()
        text = self.field.text()
        if editor is None or not text:
            self.result.clear()
            return False
        flags = QTextDocument.FindFlag(0)
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if from_start:
            cursor = editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            editor.setTextCursor(cursor)
        found = editor.find(text, flags)
        if not found:  # wrap around
            cursor = editor.textCursor()
            move = cursor.MoveOperation.End if backward else cursor.MoveOperation.Start
            cursor.movePosition(move)
            editor.setTextCursor(cursor)
            found = editor.find(text, flags)
        self.result.setText("" if found else self.tr("Not found"))
        if found:
            editor.ensureCursorVisible()
        return found

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
