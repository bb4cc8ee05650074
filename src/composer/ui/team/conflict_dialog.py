"""Two versions of a post side by side, after two people changed it at once: the one in
the team space and the one kept beside it. The user chooses which stays."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES
from composer.team.service import Fetched
from composer.ui.language import language_names
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.shared.long_runs import LongRunWrap
from composer.ui.team.messages import local_time


class ConflictDialog(FollowsLanguage, FitsScreen, QDialog):
    #: (kept file name, True to keep the kept version, False for the one in the space).
    chosen = Signal(str, bool)

    def __init__(self, current: Fetched, kept_name: str, kept: Fetched,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamConflict")
        self.setWindowTitle(self.tr("Choose a version"))
        self.kept_name = kept_name
        theirs, mine = current.record, kept.record
        intro = QLabel(self.tr(
            "Two people changed this post at the same time. Both versions are kept; choose "
            "the one to continue with. The other is removed from the team space."), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, text, record in (
                (1, self.tr("In the team space (%1, %2)"), theirs),
                (2, self.tr("Kept beside it (%1, %2)"), mine)):
            label = QLabel(text.replace("%1", record.updated_by).replace(
                "%2", local_time(record.updated)), self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names come from others' files
            grid.addWidget(label, 0, column)
        row = 1
        for language in LANGUAGES:
            left, right = theirs.post.text(language), mine.post.text(language)
            if not left and not right:
                continue
            grid.addWidget(QLabel(language_names.title(language), self), row, 0)
            for column, text in ((1, left), (2, right)):
                view = QPlainTextEdit(self)
                view.setReadOnly(True)
                LongRunWrap(view).set_text(text)  # a long run without a space is cheap
                view.setAccessibleName(language_names.title(language))
                grid.addWidget(view, row, column)
            row += 1
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_theirs = QPushButton(self.tr("Keep the version in the team space"), self)
        self.keep_mine = QPushButton(self.tr("Keep the version beside it"), self)
        buttons.addButton(self.keep_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs.clicked.connect(lambda: self._choose(False))
        self.keep_mine.clicked.connect(lambda: self._choose(True))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(900, 500)

    def _choose(self, keep_mine: bool) -> None:
        self.chosen.emit(self.kept_name, keep_mine)
        self.accept()
