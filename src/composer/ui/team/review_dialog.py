"""The Review list: the team's posts with status, author, languages, open errors and last
change; open, comment, request changes, approve, mark published, and choose between two
versions after a conflict. Listing runs in the background; the list stays usable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.team.record import Status
from composer.team.service import Listing, Summary
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.flow_layout import FlowLayout
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.team.messages import local_time

if TYPE_CHECKING:
    from composer.ui.team.controller import TeamController


def status_text(status: Status) -> str:
    translate = QCoreApplication.translate
    return {
        Status.DRAFT: translate("TeamReview", "Draft"),
        Status.READY: translate("TeamReview", "Ready for review"),
        Status.CHANGES: translate("TeamReview", "Changes requested"),
        Status.APPROVED: translate("TeamReview", "Approved"),
        Status.PUBLISHED: translate("TeamReview", "Published"),
    }[status]


class ReviewDialog(FollowsLanguage, FitsScreen, QDialog):
    def __init__(self, controller: TeamController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamReview")
        self.setWindowTitle(self.tr("Review list"))
        self.controller = controller
        self.posts: list[Summary] = []
        self.table = QTableWidget(0, 7, self)
        self.table.setAccessibleName(self.tr("Team posts"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Post"), self.tr("Status"), self.tr("Author"), self.tr("Languages"),
            self.tr("Open errors"), self.tr("Last change"), self.tr("Notes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._open())
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        def button(text: str, slot) -> QPushButton:
            widget = QPushButton(text, self)
            widget.clicked.connect(slot)
            return widget

        self.refresh_button = button(self.tr("&Refresh"), self.refresh)
        self.open_button = button(self.tr("&Open"), self._open)
        self.comment_button = button(self.tr("&Comment…"), self._comment)
        self.changes_button = button(self.tr("Request c&hanges"),
                                     lambda: self._set_status(Status.CHANGES))
        self.approve_button = button(self.tr("&Approve"), self._approve)
        self.publish_button = button(self.tr("Mark &published"),
                                     lambda: self._set_status(Status.PUBLISHED))
        self.resolve_button = button(self.tr("Choose a &version…"), self._resolve)
        row = FlowLayout(spacing=6)  # onto two rows on a small screen
        for widget in (self.refresh_button, self.open_button, self.comment_button,
                       self.changes_button, self.approve_button, self.publish_button,
                       self.resolve_button):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.state)
        layout.addLayout(row)
        self.resize(1000, 520)
        self._update_buttons()

    # -- listing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.state.setText(self.tr("Reading the team space…"))
        self.refresh_button.setEnabled(False)
        self.controller.list_posts(self.show_listing, self.show_error)

    def show_error(self, message: str) -> None:
        self.refresh_button.setEnabled(True)
        self.state.setText(message)

    def show_listing(self, listing: Listing) -> None:
        self.refresh_button.setEnabled(True)
        selected = self.selected()
        self.posts = list(listing.posts)
        self.table.setRowCount(len(self.posts))
        for row, post in enumerate(self.posts):
            notes = []
            if post.locked_by:
                notes.append(self.tr("%1 is editing").replace("%1", post.locked_by))
            elif post.locked:
                notes.append(self.tr("being edited"))
            if post.conflicts:
                notes.append(self.tr("two versions: choose one"))
            if post.comments:
                notes.append(self.tr("%n comment(s)", "", post.comments))
            cells = [post.title or self.tr("(empty)"), status_text(post.status), post.author,
                     ", ".join(lang.upper() for lang in post.languages),
                     str(post.open_errors), local_time(post.updated),
                     "; ".join(notes)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, post.id)
                self.table.setItem(row, column, item)
            if selected is not None and post.id == selected.id:
                self.table.selectRow(row)
        lines = []
        if not self.posts:
            lines.append(self.tr("No posts in the team space yet."))
        if listing.problems:
            lines.append(self.tr("Not shown (left as they are): %1").replace(
                "%1", "; ".join(listing.problems[:3])))
        if listing.foreign:
            lines.append(self.tr("%n other file(s) in the team space left alone.", "",
                                 len(listing.foreign)))
        self.state.setText("\n".join(lines))
        self._update_buttons()

    def selected(self) -> Summary | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() \
            else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        post_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((p for p in self.posts if p.id == post_id), None)

    def select_post(self, post_id: str) -> None:
        for row, post in enumerate(self.posts):
            if post.id == post_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        post = self.selected()
        for widget in (self.open_button, self.comment_button):
            widget.setEnabled(post is not None)
        self.changes_button.setEnabled(post is not None and post.status in (
            Status.READY, Status.APPROVED, Status.PUBLISHED))
        self.approve_button.setEnabled(post is not None and post.status is Status.READY)
        self.publish_button.setEnabled(post is not None and post.status is Status.APPROVED)
        self.resolve_button.setEnabled(post is not None and bool(post.conflicts))

    # -- actions ----------------------------------------------------------------------------

    def _open(self) -> None:
        if (post := self.selected()) is not None:
            self.controller.open_post(post.id)

    def _comment(self) -> None:
        if (post := self.selected()) is not None:
            # about the whole post: no version's language (it was labelled the first's)
            self.controller.ask_comment(post.id, "", None, None, "", self)

    def _approve(self) -> None:
        if (post := self.selected()) is not None:
            self.controller.approve(post.id, post.open_errors, self, post.author)

    def _set_status(self, status: Status) -> None:
        if (post := self.selected()) is not None:
            self.controller.change_status(post.id, status)

    def _resolve(self) -> None:
        if (post := self.selected()) is not None:
            self.controller.choose_version(post.id, self)
