"""Changes the team space refused for a reason a person must look at (a post removed
from the space, a status that no longer applies, a newer file): each with its message,
to try again or discard. Nothing leaves the outbox without the user's say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.team.outbox import Pending
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage


class UnsentDialog(FollowsLanguage, FitsScreen, QDialog):
    def __init__(self, retry: Callable[[int], None], discard: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamUnsent")
        self.setWindowTitle(self.tr("Changes not sent"))
        self._retry, self._discard = retry, discard
        intro = QLabel(self.tr("The team space did not accept these changes. Try again "
                               "once the reason is dealt with, or discard them."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Changes not sent"))
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.retry_button = QPushButton(self.tr("&Try again"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(lambda: self._act(self._retry))
        self.discard_button.clicked.connect(lambda: self._act(self._discard))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def kind_text(self, kind: str) -> str:
        return {"send": self.tr("Send for review"), "comment": self.tr("Comment"),
                "status": self.tr("Status change")}.get(kind, kind)

    def set_items(self, items: list[Pending]) -> None:
        self.list.clear()
        for pending in items:
            item = QListWidgetItem(f"{self.kind_text(pending.kind)} · {pending.post_id[:8]}\n"
                                   f"{pending.message}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, pending.seq)
        if items:
            self.list.setCurrentRow(0)
        self.retry_button.setEnabled(bool(items))
        self.discard_button.setEnabled(bool(items))

    def _act(self, action: Callable[[int], None]) -> None:
        item = self.list.currentItem()
        if item is not None:
            action(int(item.data(Qt.ItemDataRole.UserRole)))
