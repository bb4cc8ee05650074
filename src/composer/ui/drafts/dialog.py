"""The drafts dialog: every saved draft with search, sorting and status; open, delete,
mark ready for review, earlier versions with restore, and new drafts from templates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.channels import channel_name
from composer.drafts import DraftError, DraftSummary, Status, TemplateError, templates_for
from composer.model import LANGUAGES
from composer.profiles import load_profiles
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.shared.long_runs import LongRunWrap

if TYPE_CHECKING:
    from datetime import datetime

    from composer.ui.drafts.autosave import Autosave

TITLE, ORGANISATION, STATUS, UPDATED = range(4)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole


class _Item(QTreeWidgetItem):
    """Sorts by the hidden sort value (times as numbers, titles case-folded)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else UPDATED
        return (self.data(column, SORT_ROLE), self.data(0, ID_ROLE)) < (
            other.data(column, SORT_ROLE), other.data(0, ID_ROLE))


def _when(value: datetime) -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())),
                              QLocale.FormatType.ShortFormat)


class DraftsDialog(FollowsLanguage, FitsScreen, QDialog):
    def __init__(self, autosave: Autosave, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsDialog")
        self.autosave = autosave
        self.window_ = autosave.window
        self.setWindowTitle(self.tr("Drafts"))
        self.resize(980, 620)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search in the text of every draft"))
        self.search.setAccessibleName(self.tr("Search drafts"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show drafts with status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in Status:
            self.status_filter.addItem(self.status_name(status), status.value)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Saved drafts"))
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Organisation"), self.tr("Status"),
                                   self.tr("Last change")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(UPDATED, Qt.SortOrder.DescendingOrder)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (ORGANISATION, STATUS, UPDATED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self._preview_text = LongRunWrap(self.preview)  # a draft may hold a long run
        self.preview.setAccessibleName(self.tr("Text of the selected draft or version"))
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("Earlier versions"))
        self.history.currentItemChanged.connect(self._version_changed)
        self.restore_button = QPushButton(self.tr("&Restore this version"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        history_box = QWidget(self)
        history_layout = QVBoxLayout(history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("Earlier versions"), history_box))
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.restore_button)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.preview)
        lower.addWidget(history_box)
        lower.setSizes([560, 320])
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setSizes([330, 250])

        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.ready_button = QPushButton(self.tr("Mark ready for re&view"), self)
        self.ready_button.clicked.connect(self.toggle_ready)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.template_button = QPushButton(self.tr("New from &template"), self)
        self.template_menu = QMenu(self.template_button)
        self.template_menu.aboutToShow.connect(self._fill_templates)
        self.template_button.setMenu(self.template_menu)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for button in (self.open_button, self.ready_button, self.delete_button,
                       self.template_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        autosave.saved.connect(self._saved)
        self.refresh()

    # -- texts ---------------------------------------------------------------------------

    def status_name(self, status: Status) -> str:
        return {
            Status.DRAFT: self.tr("Draft"),
            Status.READY: self.tr("Ready for review"),
            Status.EXPORTED: self.tr("Exported"),
        }[status]

    def status_text(self, draft: DraftSummary) -> str:
        """The status as listed: when it was exported, to which networks (by name), and
        whether it was edited since."""
        if draft.status is Status.EXPORTED and draft.status_changed is not None:
            text = self.tr("Exported %1").replace("%1", _when(draft.status_changed))
            if draft.exported_channels:
                text += " (" + ", ".join(channel_name(c) for c in draft.exported_channels) + ")"
            if draft.changed_since_export:
                text += " · " + self.tr("changed since export")
            return text
        return self.status_name(draft.status)

    def reason_name(self, reason: str) -> str:
        return {
            "autosave": self.tr("saved while writing"),
            "overwritten": self.tr("replaced by another window"),
            "before-restore": self.tr("before a restore"),
            "ready": self.tr("marked ready for review"),
            "exported": self.tr("exported"),
            "imported": self.tr("imported"),
            "template": self.tr("from a template"),
            "recovered": self.tr("kept in a file when composer closed"),
        }.get(reason, reason)

    def _organisation_name(self, org: str) -> str:
        profile = load_profiles().profiles.get(org)
        return profile.name(self.window_.ui_language) if profile else org

    # -- list ----------------------------------------------------------------------------

    def store_or_none(self):
        if self.autosave.store is None:
            self.message.setText(self.autosave.last_error or self.tr("Drafts are not available."))
        return self.autosave.store

    def refresh(self) -> None:
        store = self.store_or_none()
        selected = self.selected_id()
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        if store is not None:
            try:
                drafts = store.list(search=self.search.text(),
                                    status=self.status_filter.currentData() or None)
            except DraftError as exc:
                self.message.setText(str(exc))
                drafts = []
            current = self.autosave.draft_id
            for draft in drafts:
                item = _Item(self.tree)
                title = draft.title or self.tr("(empty)")
                if draft.id == current:
                    title = self.tr("%1 (open)").replace("%1", title)
                values = [
                    (title, draft.title.casefold()),
                    (self._organisation_name(draft.organisation), draft.organisation),
                    (self.status_text(draft), draft.status.value),
                    (_when(draft.updated), draft.updated.timestamp()),
                ]
                for column, (text, key) in enumerate(values):
                    item.setText(column, text)
                    item.setToolTip(column, text)
                    item.setData(column, SORT_ROLE, key)
                item.setData(0, ID_ROLE, draft.id)
                if draft.id == selected:
                    item.setSelected(True)
        self.tree.setSortingEnabled(True)
        first = self.tree.topLevelItem(0)
        if not self.tree.selectedItems() and first is not None:
            self.tree.setCurrentItem(first)
        self._selection_changed()

    def _saved(self, _summary: DraftSummary) -> None:
        if self.isVisible():
            self.refresh()

    def selected_id(self) -> int | None:
        items = self.tree.selectedItems() if hasattr(self, "tree") else []
        return items[0].data(0, ID_ROLE) if items else None

    def select(self, draft_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == draft_id:
                self.tree.setCurrentItem(item)

    def _selection_changed(self) -> None:
        draft_id = self.selected_id()
        has = draft_id is not None
        for button in (self.open_button, self.ready_button, self.delete_button):
            button.setEnabled(has)
        self.history.clear()
        self.preview.clear()
        self.restore_button.setEnabled(False)
        store = self.autosave.store
        if draft_id is None or store is None:
            return
        try:
            draft = store.get(draft_id)
            versions = store.history(draft_id)
        except DraftError as exc:
            self.message.setText(str(exc))
            return
        self._preview_text.set_text(_post_text(draft.post))
        self.ready_button.setText(self.tr("Mark as dra&ft") if draft.status is Status.READY
                                  else self.tr("Mark ready for re&view"))
        current = QListWidgetItem(self.tr("Current version, %1").replace("%1",
                                                                        _when(draft.updated)))
        current.setData(ID_ROLE, None)
        self.history.addItem(current)
        for version in versions:
            item = QListWidgetItem(f"{_when(version.taken)} — {self.reason_name(version.reason)}")
            item.setToolTip(version.title)
            item.setData(ID_ROLE, version.id)
            self.history.addItem(item)

    def _version_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        store = self.autosave.store
        version_id = item.data(ID_ROLE) if item is not None else None
        self.restore_button.setEnabled(version_id is not None)
        if store is None or item is None:
            return
        try:
            if version_id is None:
                draft_id = self.selected_id()
                if draft_id is not None:
                    self._preview_text.set_text(_post_text(store.get(draft_id).post))
            else:
                self._preview_text.set_text(_post_text(store.get_snapshot(version_id).post))
        except DraftError as exc:
            self.message.setText(str(exc))

    # -- actions -------------------------------------------------------------------------

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        try:
            self.autosave.open_draft(draft_id)
        except (DraftError, KeyError) as exc:
            self.message.setText(self.tr("Cannot open the draft: %1").replace("%1", str(exc)))
            return
        self.accept()

    def restore_selected(self) -> None:
        draft_id = self.selected_id()
        item = self.history.currentItem()
        version_id = item.data(ID_ROLE) if item is not None else None
        store = self.autosave.store
        if draft_id is None or version_id is None or store is None:
            return
        try:
            if self.autosave.draft_id == draft_id:
                self.autosave.restore(version_id)
            else:
                store.restore(draft_id, version_id)
                self.autosave.open_draft(draft_id)
        except (DraftError, KeyError) as exc:
            self.message.setText(self.autosave.describe(exc))
            return
        self.window_.status_message(self.tr("Earlier version restored; the replaced text is "
                                            "kept in the history."), 6000)
        self.accept()

    def toggle_ready(self) -> None:
        draft_id = self.selected_id()
        store = self.store_or_none()
        if draft_id is None or store is None:
            return
        try:
            self.autosave.settle()
            status = store.get(draft_id).status
            store.set_status(draft_id, Status.DRAFT if status is Status.READY else Status.READY)
        except DraftError as exc:
            self.message.setText(self.autosave.describe(exc))
        self.refresh()

    def delete_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        title = self.tree.selectedItems()[0].text(TITLE)
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Delete draft"),
            self.tr("Delete “%1” and its earlier versions? This cannot be undone.")
            .replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setObjectName("deleteDraftDialog")
        box.accepted.connect(lambda: self._delete(draft_id))
        self.confirm_box = box
        box.open()

    def _delete(self, draft_id: int) -> None:
        store = self.store_or_none()
        if store is None:
            return
        try:
            self.autosave.forget_if_current(draft_id)
            store.delete(draft_id)
        except DraftError as exc:
            self.message.setText(self.autosave.describe(exc))
        self.refresh()

    def _fill_templates(self) -> None:
        self.template_menu.clear()
        organisation = self.window_.current_post().organisation
        try:
            templates = templates_for(organisation)
        except TemplateError as exc:
            self.message.setText(str(exc))
            return
        for template in templates:
            action = self.template_menu.addAction(template.name(self.window_.ui_language))
            action.triggered.connect(lambda _=False, t=template: self.new_from_template(t))
        if not templates:
            self.template_menu.addAction(self.tr("No templates for this organisation")) \
                .setEnabled(False)

    def new_from_template(self, template) -> None:
        try:
            self.autosave.new_from_template(template)
        except (DraftError, KeyError) as exc:
            self.message.setText(str(exc))
            return
        self.accept()


def _post_text(post) -> str:
    return "\n\n".join(f"[{lang}]\n{post.text(lang)}" for lang in LANGUAGES if post.text(lang))
