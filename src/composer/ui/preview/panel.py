"""The channel panel: channel checkboxes, a preview per selected channel, Copy and
Export all.

The panel shows what each check brings (:class:`composer.checking.preview_data.PreviewSet`,
made from the check pipeline's exports in the checking process) and never exports on its
own: every text shown, copied or written is the check's export, so the clipboard holds
exactly what ``composer export FILE --channel ID`` prints and "Export all" writes what
``composer export FILE --all --out DIR`` writes. A channel just ticked, or limits just
changed, wait for the next check (its card appears when its export arrives).

Showing a result is spread over event-loop turns: each turn fills cards for at most
:data:`STEP_MS`, so a thread of hundreds of parts never holds up typing.

Copy and Export all are gated (:mod:`composer.gate`): with errors that must be fixed
before publishing on a network, the person is asked first and the errors are named
(:class:`~composer.ui.preview.gate_dialog.GateDialog`); open warnings are a quiet note in
the status line. A thread (X, Bluesky, Threads, Mastodon) is copied part by part, since a
network takes one post at a time: each Copy puts the next part on the clipboard and says
"Part 2/3 copied". Export all names its files after the post and asks before replacing
files already there.
"""

from __future__ import annotations

import itertools
import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from composer.channels import get_spec
from composer.channels.export import ChannelExport, write_exports
from composer.channels.files import ExportFilesExist
from composer.checking.preview_data import Preview, PreviewSet, clipboard_text, settings_key
from composer.drafts.records import derive_title
from composer.gate import blocking, concerning
from composer.model import CHANNELS, Finding, Post, Severity
from composer.settings import Settings
from composer.ui.language.ui_language import resolve_ui_language
from composer.ui.preview.card import ChannelCard
from composer.ui.preview.gate_dialog import COPY, EXPORT, GateDialog, warnings_note
from composer.ui.shared import ui_turns
from composer.ui.shared.flow_layout import FlowLayout

#: Time given to filling preview cards in one event-loop turn.
STEP_MS = 2


class ChannelPreviewPanel(QWidget):
    """Channel checkboxes and live previews of the post on each selected channel."""

    channels_changed = Signal(list)
    #: The user copied or exported the text of these channels (for the draft's status).
    exported = Signal(list)

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelPreview")
        self._settings = settings or Settings.load()
        self._ui_language = resolve_ui_language(self._settings.ui_language)
        self._post: Post | None = None
        self._latest: PreviewSet | None = None  # what the last check brought
        self._previews: dict[str, Preview] = {}  # what the cards show
        self._generation = itertools.count(1)
        self._wanted = 0  # generation of the newest previews given to the cards
        self._shown = 0  # generation fully drawn
        self._filling: list[str] = []  # channels whose cards are still being filled
        self._started: set[str] = set()  # of those, the ones given their export
        #: The check's findings: the gate before Copy and Export all.
        self._findings: list[Finding] = []
        #: Errors only the check for publishing found (see :meth:`set_findings`).
        self._publishing: list[Finding] = []
        #: Per channel, the thread part the next Copy takes.
        self._next_part: dict[str, int] = {}
        #: Channels whose errors the person chose to copy anyway, with those errors.
        self._allowed: dict[str, tuple[object, ...]] = {}

        self.boxes: dict[str, QCheckBox] = {}
        # As many columns of boxes as the width holds (five on a wide dock, two on the
        # narrowest): every name is shown whole.
        grid = FlowLayout(spacing=8, uniform=True)
        for channel in CHANNELS:
            box = QCheckBox(get_spec(channel, self._settings).name, self)
            box.setObjectName(f"channel_{channel}")
            box.toggled.connect(self._box_toggled)
            self.boxes[channel] = box
            grid.addWidget(box)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportAll")
        self.export_button.clicked.connect(self.choose_export_folder)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.cards: dict[str, ChannelCard] = {}
        self._cards_widget = QWidget(self)
        self._cards_layout = QVBoxLayout(self._cards_widget)
        self._cards_layout.setContentsMargins(0, 0, 0, 0)
        self._cards_layout.addWidget(self.empty)
        self._cards_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._cards_widget)

        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.scroll_area, 1)
        previous = None
        for widget in [*self.boxes.values(), self.export_button]:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        self._retranslate()
        self._sync_cards()

    # -- public -----------------------------------------------------------------------------

    def set_channels(self, channels: list[str]) -> None:
        """Tick exactly ``channels`` (does not emit ``channels_changed``)."""
        for channel, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(channel in channels)
            box.blockSignals(False)
        self._sync_cards()
        self._show_latest()

    def channels(self) -> list[str]:
        """The ticked channels in the usual order."""
        return [channel for channel, box in self.boxes.items() if box.isChecked()]

    def set_post(self, post: Post, previews: PreviewSet | None = None) -> None:
        """Show the check of ``post``: its ``previews``, each with the findings about its
        channel (None: none yet; the cards wait for the next check)."""
        if self._post is not None and post.versions != self._post.versions:
            self.status.clear()  # what was copied or written is no longer this text
        self._post = post
        self._latest = previews
        self._show_latest()

    def settled(self) -> bool:
        """Every selected channel's card shows the last check's export."""
        return self._shown == self._wanted and all(
            channel in self._previews for channel in self.channels()
        )

    def set_settings(self, settings: Settings) -> None:
        """New channel limits or UI language from preferences (shown from the next check)."""
        self._settings = settings
        self._ui_language = resolve_ui_language(settings.ui_language)
        for channel, box in self.boxes.items():
            box.setText(get_spec(channel, settings).name)
        self._show_latest()

    def set_ui_language(self, ui_language: str) -> None:
        """The language of the findings shown under each preview (from the next check)."""
        self._ui_language = resolve_ui_language(ui_language)
        self._show_latest()

    def export_of(self, channel: str) -> ChannelExport | None:
        """The export of ``channel`` the card shows (None while it waits for one)."""
        preview = self._previews.get(channel)
        return preview.export if preview is not None else None

    def copy_text(self, channel: str, part: int | None = None) -> str:
        """What Copy puts on the clipboard for ``channel`` (one ``part`` or all)."""
        export = self.export_of(channel)
        return clipboard_text(export, part) if export is not None else ""

    def set_findings(self, findings: list[Finding],
                     publishing: list[Finding] | None = None) -> None:
        """The check's findings, for the gate before Copy and Export all, and the errors
        only its check for publishing found (an empty required version)."""
        self._findings = list(findings)
        self._publishing = list(publishing or [])

    def open_findings(self, channels: list[str],
                      severity: Severity = Severity.ERROR) -> list[Finding]:
        """The check's findings of ``severity`` that concern publishing on ``channels``
        (the errors only a check for publishing finds among them)."""
        found = list(self._findings)
        for channel in channels:
            preview = self._previews.get(channel)
            if preview is not None:
                found.extend(preview.findings)
        if severity is Severity.ERROR:
            found.extend(self._publishing)
        return concerning(found, channels, self._settings, severity)

    def confirm(self, errors: list[Finding], action: str, target: str) -> bool:
        """Ask whether to copy or export in spite of ``errors``; True to go ahead."""
        if self._post is None:
            return False
        dialog = GateDialog(errors, self._post, self._ui_language, action, target, self)
        try:
            return dialog.exec() == GateDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _gate(self, channel: str) -> bool:
        errors = blocking(self.open_findings([channel]), [channel], self._settings)
        if not errors:
            self._allowed.pop(channel, None)
            return True
        key = tuple((f.rule, f.message, f.language, f.start) for f in errors)
        if self._allowed.get(channel) == key:
            return True  # asked at the first part of this thread already
        name = get_spec(channel, self._settings).name
        if not self.confirm(errors, COPY, name):
            self.status.setText(self.tr("Not copied: fix the errors first, or copy anyway."))
            return False
        self._allowed[channel] = key
        return True

    def copy(self, channel: str, part: int | None = None) -> None:
        """Copy ``channel``'s text: one ``part``; without one, the whole post, or for a
        thread the next part (one post at a time is what a network takes)."""
        export = self.export_of(channel)
        if export is None:
            return
        total = len(export.posts)
        if part is None and total > 1:
            part = self._next_part.get(channel, 0) % total
        if part is None or part == 0:
            self._allowed.pop(channel, None)  # a new copy: ask again
        if not self._gate(channel):
            return
        name = get_spec(channel, self._settings).name
        text = clipboard_text(export, part) if export.posts else ""
        if not text:
            self.status.setText(self.tr("Nothing copied: the text for {0} is empty.").format(
                name))
            return
        QGuiApplication.clipboard().setText(text)
        if part is None:
            message = self.tr("Copied the text for {0}.").format(name)
        else:
            self._next_part[channel] = part + 1
            if part + 1 < total:
                message = self.tr("Part {0}/{1} copied for {2}. Paste it, then Copy again "
                                  "for part {3}.").format(part + 1, total, name, part + 2)
            else:
                message = self.tr("Part {0}/{1} copied for {2}: the whole thread is "
                                  "copied.").format(part + 1, total, name)
                self._next_part[channel] = 0
            card = self.cards.get(channel)
            if card is not None:
                card.set_next_part(self._next_part[channel], total)
        note = warnings_note(self.open_findings([channel], Severity.WARNING),
                             len(self.open_findings([channel])))
        self.status.setText(f"{message} {note}".strip())
        self.exported.emit([channel])

    def export_name(self) -> str:
        """The name export files start with: the post's first line."""
        return derive_title(self._post) if self._post is not None else "post"

    def export_all(self, folder: str | Path, overwrite: bool = False) -> list[Path]:
        """Write one UTF-8 text file per selected channel that has its export into
        ``folder``, named after the post; raises ``ExportFilesExist`` for files already
        there unless ``overwrite``."""
        exports = {c: e for c in self.channels()
                   if (e := self.export_of(c)) is not None and e.posts}  # an empty text: none
        if not exports:
            return []
        written = write_exports(exports, Path(folder), name=self.export_name(),
                                overwrite=overwrite)
        if written:
            self.exported.emit(list(exports))
        return written

    @Slot()
    def choose_export_folder(self) -> None:
        if self._post is None or not self.channels():
            self.status.setText(self.tr("Choose at least one channel to export."))
            return
        channels = self.channels()
        errors = self.open_findings(channels)
        names = ", ".join(get_spec(c, self._settings).name for c in channels)
        if errors and not self.confirm(errors, EXPORT, names):
            self.status.setText(self.tr("Not exported: fix the errors first, or export "
                                        "anyway."))
            return
        if not any((e := self.export_of(c)) is not None and e.posts for c in channels):
            self.status.setText(self.tr("Nothing exported: the post has no text yet."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export all channels to"))
        if not folder:
            return
        try:
            try:
                written = self.export_all(folder)
            except ExportFilesExist as exc:
                listed = "\n".join(p.name for p in exc.paths)
                answer = QMessageBox.question(
                    self, self.tr("Replace the files?"),
                    self.tr("These files are already in the folder:\n{0}\n\nReplace "
                            "them?").format(listed),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    self.status.setText(self.tr("Nothing exported: the files are already "
                                                "there."))
                    return
                written = self.export_all(folder, overwrite=True)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The files could not be written: {0}").format(exc))
            return
        note = warnings_note(self.open_findings(channels, Severity.WARNING),
                             len(self.open_findings(channels)))
        wrote = self.tr("Wrote %n file(s) to %1.", "", len(written)).replace("%1", folder)
        self.status.setText(f"{wrote} {note}".strip())

    # -- internals --------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Channels and previews"))
        for box in self.boxes.values():
            box.setAccessibleName(self.tr("Publish on {0}").format(box.text()))
        self.export_button.setText(self.tr("Export all…"))
        self.export_button.setAccessibleName(self.tr("Export all channels"))
        self.export_button.setToolTip(
            self.tr("Write one text file per selected channel into a folder"))
        self.empty.setText(self.tr("Choose the channels to publish on to see previews."))
        self.scroll_area.setAccessibleName(self.tr("Channel previews"))

    def _box_toggled(self) -> None:
        self._sync_cards()
        self._show_latest()
        self.channels_changed.emit(self.channels())

    def _sync_cards(self) -> None:
        selected = self.channels()
        for channel in list(self.cards):
            if channel not in selected:
                card = self.cards.pop(channel)
                self._cards_layout.removeWidget(card)
                card.deleteLater()
        for channel in selected:
            if channel not in self.cards:
                card = ChannelCard(channel, self._cards_widget)
                card.copy_requested.connect(
                    lambda c, part: self.copy(c, None if part < 0 else part))
                card.setVisible(False)  # until its first export arrives
                self.cards[channel] = card
        for position, channel in enumerate(selected):
            self._cards_layout.insertWidget(position + 1, self.cards[channel])
        self.empty.setVisible(not selected)
        self.export_button.setEnabled(bool(selected))

    def _show_latest(self) -> None:
        """Give the cards the last check's previews, when made with the panel's limits and
        language (a channel the check did not export waits for the next one)."""
        latest = self._latest
        if latest is None:
            self._previews = {}
            self._filling = []
            for card in self.cards.values():
                card.setVisible(False)
            return
        if (
            latest.ui_language != self._ui_language
            or latest.settings_key != settings_key(self._settings)
        ):
            return
        previews = {c: latest.previews[c] for c in self.channels() if c in latest.previews}
        if previews.keys() == self._previews.keys() and all(
            previews[c] is self._previews[c] for c in previews
        ):
            return  # the cards show these already
        self._wanted = next(self._generation)
        for channel, preview in previews.items():
            old = self._previews.get(channel)
            if old is None or old.export.posts != preview.export.posts:
                self._next_part.pop(channel, None)  # a changed text: copy from part 1
        self._previews = previews
        # Each card is filled in a later event-loop turn (see _fill).
        self._filling = [c for c in self._previews if c in self.cards]
        self._started = set()
        ui_turns.shared().add(self, self._fill)

    def _fill(self, budget_ms: float | None = STEP_MS) -> None:
        """Fill the cards for up to ``budget_ms`` (None: all), then again next turn."""
        deadline = None if budget_ms is None else time.perf_counter() + budget_ms / 1000
        worked = False
        while self._filling:
            if worked and deadline is not None and time.perf_counter() > deadline:
                ui_turns.shared().add(self, self._fill)
                return
            worked = True
            channel = self._filling[0]
            card = self.cards.get(channel)
            preview = self._previews.get(channel)
            if card is not None and preview is not None:
                if channel not in self._started:
                    self._started.add(channel)
                    export = preview.export
                    card.set_export(
                        get_spec(channel, self._settings), export.posts, export.lengths,
                        list(preview.findings),
                        preview.account, preview.media, export.mode, now=False,
                    )
                    card.set_next_part(self._next_part.get(channel, 0), len(export.posts))
                done = card.step(deadline)
                if card.isHidden():
                    card.setVisible(True)
                if not done:
                    ui_turns.shared().add(self, self._fill)
                    return
            self._filling.pop(0)
        ui_turns.shared().cancel(self)
        self._shown = self._wanted

    def preview(self, channel: str) -> Preview | None:
        return self._previews.get(channel)
