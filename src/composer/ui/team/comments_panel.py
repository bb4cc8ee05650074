"""Comments on the team post shown in the window: a dock beside the editors. Choosing a
comment selects its span in that language's editor (when the text is still the version
it was written on, or the quoted words are still there); "Comment on selection" anchors a
new one to the selected text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.team.record import Comment, TeamPost
from composer.ui.language import language_names
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.team.messages import local_time


def utf16(text: str, index: int) -> int:
    """Qt's position (UTF-16 units) of code-point ``index`` in ``text``."""
    return len(text[:index].encode("utf-16-le")) // 2


def code_points(text: str, position: int) -> int:
    """The code-point index of Qt position ``position`` in ``text``."""
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", "ignore"))


class CommentsPanel(FollowsLanguage, QDockWidget):
    #: The user asked to comment on the selection: (language, start, end, quote).
    comment_requested = Signal(str, int, int, str)

    def __init__(self, editor_of: Callable[[str], QPlainTextEdit],
                 focused_language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamComments")
        self.setWindowTitle(self.tr("Review comments"))
        self._editor_of = editor_of
        self._focused_language = focused_language
        self._record: TeamPost | None = None
        body = QWidget(self)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(body)
        self.list.setAccessibleName(self.tr("Review comments"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._show)
        self.list.itemClicked.connect(self._show)
        self.where = QLabel(body)
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.add = QPushButton(self.tr("Comment on &selection…"), body)
        self.add.clicked.connect(self._request)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.where)
        layout.addWidget(self.add)
        self.setWidget(body)

    def set_record(self, record: TeamPost | None, status_text: str = "") -> None:
        self._record = record
        self.list.clear()
        self.where.clear()
        if record is None:
            self.heading.clear()
            return
        self.heading.setText(status_text)
        for comment in record.comments:
            item = QListWidgetItem(self._label(comment), self.list)
            item.setData(Qt.ItemDataRole.UserRole, comment.id)
        if not record.comments:
            self.where.setText(self.tr("No comments yet."))

    def _label(self, comment: Comment) -> str:
        where = language_names.in_sentence(comment.language) if comment.language else ""
        quote = f" «{comment.quote}»" if comment.quote else ""
        return f"{comment.author} · {local_time(comment.at)} · {where}{quote}\n" \
               f"{comment.text}"

    def comment(self, comment_id: str) -> Comment | None:
        if self._record is None:
            return None
        return next((c for c in self._record.comments if c.id == comment_id), None)

    def _show(self, item: QListWidgetItem) -> None:
        comment = self.comment(item.data(Qt.ItemDataRole.UserRole))
        if comment is None or not comment.language or comment.start is None:
            return
        editor = self._editor_of(comment.language)
        text = editor.toPlainText()
        start, end = comment.start, comment.end or comment.start
        same = (self._record is not None
                and comment.content_version == self._record.content_version
                and text[start:end] == comment.quote[: end - start])
        if not same and comment.quote:
            found = text.find(comment.quote)
            start, end = (found, found + len(comment.quote)) if found >= 0 else (-1, -1)
        if start < 0 or end > len(text):
            self.where.setText(self.tr("The commented text has changed since (the comment "
                                       "was written on version %1).").replace(
                                           "%1", str(comment.content_version)))
            return
        cursor = QTextCursor(editor.document())
        cursor.setPosition(utf16(text, start))
        cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        editor.setFocus()
        self.where.clear()

    def _request(self) -> None:
        language = self._focused_language()
        editor = self._editor_of(language)
        cursor = editor.textCursor()
        text = editor.toPlainText()
        start = code_points(text, cursor.selectionStart())
        end = code_points(text, cursor.selectionEnd())
        self.comment_requested.emit(language, start, end, text[start:end])
