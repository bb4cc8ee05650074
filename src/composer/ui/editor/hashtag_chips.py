"""Chips with the organisation's official hashtags for one language version.

Clicking a chip appends the hashtag to that version once (as an undoable edit): on the
last line when that line holds only hashtags, else on a new paragraph. Hashtags the
version already uses are shown checked and are not added again.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QTextCursor
from PySide6.QtWidgets import QLayout, QPlainTextEdit, QSizePolicy, QToolButton, QWidget

from composer.entities import entities
from composer.profiles import Profile
from composer.ui.shared.flow_layout import FlowLayout


def official_tags(profile: Profile, language: str) -> list[str]:
    """The organisation's hashtags for ``language``, in the profile's order."""
    return [h.tag for h in profile.official_hashtags(language)]


def used_tags(text: str) -> set[str]:
    return {e.text.casefold() for e in entities(text) if e.kind == "hashtag"}


def append_hashtag(editor: QPlainTextEdit, tag: str) -> bool:
    """Append ``tag`` to the editor's text unless it is already there; True if added."""
    text = editor.toPlainText()
    if tag.casefold() in used_tags(text):
        return False
    stripped = text.rstrip()
    last_line = stripped.rsplit("\n", 1)[-1]
    only_tags = bool(last_line.strip()) and all(w.startswith("#") for w in last_line.split())
    if not stripped:
        separator = ""
    elif only_tags:
        separator = " "
    else:
        separator = "\n\n"
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    # Drop trailing whitespace so the tag joins the text cleanly.
    trailing = len(text) - len(stripped)
    if trailing:
        cursor.movePosition(
            QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, trailing
        )
        cursor.removeSelectedText()
    cursor.insertText(separator + tag)
    cursor.endEditBlock()
    return True


class HashtagChips(QWidget):
    """One version's official hashtags as buttons; ``chosen(tag)`` when one is clicked."""

    chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setObjectName(f"hashtags-{language}")
        self._layout = FlowLayout(self, spacing=4)
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._buttons: dict[str, QToolButton] = {}
        self._used: set[str] = set()
        size_policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        size_policy.setHeightForWidth(True)
        self.setSizePolicy(size_policy)
        self.setAccessibleName(self.tr("Official hashtags"))

    def tags(self) -> list[str]:
        return list(self._buttons)

    def button(self, tag: str) -> QToolButton | None:
        return self._buttons.get(tag)

    def set_tags(self, tags: list[str]) -> None:
        if tags == list(self._buttons):
            return
        for button in self._buttons.values():
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = {}
        for tag in tags:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, t=tag: self._clicked(t))
            self._layout.addWidget(button)
            self._buttons[tag] = button
        self.setVisible(bool(tags))
        self._refresh()

    def set_used(self, used: set[str] | frozenset[str]) -> None:
        used = {tag.casefold() for tag in used}
        if used != self._used:
            self._used = used
            self._refresh()

    def is_used(self, tag: str) -> bool:
        return tag.casefold() in self._used

    def _refresh(self) -> None:
        room = self.width() if self.isVisible() else 0
        for tag, button in self._buttons.items():
            used = self.is_used(tag)
            button.setChecked(used)
            whole = f"✓ {tag}" if used else tag
            metrics = button.fontMetrics()
            padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
            shown = whole
            if room and padding + metrics.horizontalAdvance(whole) > room:
                # Wider than the column: the tag ends in "…" (whole in the tooltip).
                shown = metrics.elidedText(whole, Qt.TextElideMode.ElideRight,
                                           max(0, room - padding))
            button.setText(shown)
            tip = (self.tr("Already in this version") if used
                   else self.tr("Add to the end of this version"))
            button.setToolTip(tip if shown == whole else f"{tag}\n{tip}")
            if used:
                button.setAccessibleName(self.tr("Hashtag %1, already used").replace("%1", tag))
            else:
                button.setAccessibleName(self.tr("Add hashtag %1").replace("%1", tag))

    def rows_height(self, width: int) -> int:
        """The height its rows of tags take at ``width``."""
        return self._layout.rows_height(width)

    def set_aligned_height(self, height: int) -> None:
        """Take at least ``height`` where there is room (the highest rows of tags among
        the columns), so the editors above end on one line."""
        self._layout.set_least_height(height)

    def minimumSizeHint(self) -> QSize:
        # A tag wider than the column is shortened (see _refresh): the chips never widen it.
        return QSize(0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()  # its width may have changed while it was hidden

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refresh()

    def _clicked(self, tag: str) -> None:
        self._buttons[tag].setChecked(self.is_used(tag))
        if not self.is_used(tag):
            self.chosen.emit(tag)
