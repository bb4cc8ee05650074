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
    QGridLayout,
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
from composer.checking.preview_data import Preview, PreviewSet, clipboard_text, settings_key
from composer.model import CHANNELS, Post
from composer.settings import Settings
from composer.ui.language.ui_language import resolve_ui_language
from composer.ui.preview.card import ChannelCard
from composer.ui.shared import ui_turns

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

        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for index, channel in enumerate(CHANNELS):
            box = QCheckBox(get_spec(channel, self._settings).name, self)
            box.setObjectName(f"channel_{channel}")
            box.toggled.connect(self._box_toggled)
            self.boxes[channel] = box
            grid.addWidget(box, index // 5, index % 5)
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

    def copy(self, channel: str, part: int | None = None) -> None:
        text = self.copy_text(channel, part)
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        name = get_spec(channel, self._settings).name
        if part is None:
            self.status.setText(self.tr("Copied the text for {0}.").format(name))
        else:
            self.status.setText(self.tr("Copied part {0} for {1}.").format(part + 1, name))
        self.exported.emit([channel])

    def export_all(self, folder: str | Path) -> list[Path]:
        """Write one UTF-8 text file per selected channel that has its export into
        ``folder``."""
        exports = {c: e for c in self.channels() if (e := self.export_of(c)) is not None}
        if not exports:
            return []
        written = write_exports(exports, Path(folder))
        if written:
            self.exported.emit(list(exports))
        return written

    @Slot()
    def choose_export_folder(self) -> None:
        if self._post is None or not self.channels():
            self.status.setText(self.tr("Choose at least one channel to export."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export all channels to"))
        if not folder:
            return
        try:
            written = self.export_all(folder)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The files could not be written: {0}").format(exc))
            return
        self.status.setText(self.tr("Wrote {0} files to {1}.").format(len(written), folder))

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
