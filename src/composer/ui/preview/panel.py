"""The channel panel: channel checkboxes, a preview per selected channel, Copy and
Export all.

Every text shown, copied or written comes from the core's export
(:func:`composer.channels.export.export_channel`), so the clipboard holds exactly what
``composer export FILE --channel ID`` prints and "Export all" writes what
``composer export FILE --all --out DIR`` writes.

In the window the exports come with each check result, made in the checking process
(:func:`composer.checking.preview_data.previews_from`). On its own, or when the channels or
limits changed since, the panel exports itself, at most every :data:`THROTTLE_MS`: a
typical post on the UI thread (a few milliseconds), a long one in the thread pool, one
job at a time; a result for a post that has since changed is dropped.

Showing a result is spread over event-loop turns: each turn fills cards for at most
:data:`STEP_MS`, so a thread of hundreds of parts never holds up typing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import time
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
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
from composer.channels.export import ChannelExport, export_channel, write_exports
from composer.checking.preview_data import (
    Preview,
    PreviewSet,
    account_of,
    build_previews,
    clipboard_text,
    media_of,
    settings_key,
)
from composer.model import CHANNELS, Finding, Post
from composer.settings import Settings
from composer.ui.language.ui_language import resolve_ui_language
from composer.ui.preview.card import ChannelCard
from composer.ui.shared import ui_turns

THROTTLE_MS = 150
#: Posts with more characters than this are exported off the UI thread, and so are all
#: posts after an export took longer than SLOW_SECONDS.
BACKGROUND_CHARS = 1500
SLOW_SECONDS = 0.02
#: Time given to filling preview cards in one event-loop turn.
STEP_MS = 2

__all__ = [
    "THROTTLE_MS",
    "ChannelPreviewPanel",
    "Preview",
    "account_of",
    "build_previews",
    "clipboard_text",
    "media_of",
]


class _Done(QObject):
    finished = Signal(int, object, float)


class _ExportJob(QRunnable):
    def __init__(self, generation: int, args: tuple, done: _Done) -> None:
        super().__init__()
        self.generation = generation
        self.args = args
        self.done = done

    def run(self) -> None:
        started = time.perf_counter()
        try:
            result: object = build_previews(*self.args)
        except Exception as exc:  # shown in the panel, never lost in the worker
            result = exc
        with contextlib.suppress(RuntimeError):  # the panel was deleted meanwhile
            self.done.finished.emit(self.generation, result, time.perf_counter() - started)


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
        self._findings: list[Finding] = []
        self._previews: dict[str, Preview] = {}
        self._generation = itertools.count(1)
        self._wanted = 0  # generation of the newest request
        self._current = 0  # generation of ``_previews``
        self._shown = 0  # generation fully drawn
        #: Check results bring the exports (see :meth:`set_post`): a long post is then
        #: never exported in this process.
        self._following = False
        self._force = False
        self._filling: list[str] = []  # channels whose cards are still being filled
        self._started: set[str] = set()  # of those, the ones given their export
        self._done = _Done(self)
        self._done.finished.connect(self._job_done)
        self._busy = False
        self._pending = False
        self._slow = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self._recompute)

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
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._cards_widget)

        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(actions)
        layout.addWidget(self.scroll, 1)
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
        self._schedule()

    def channels(self) -> list[str]:
        """The ticked channels in the usual order."""
        return [channel for channel, box in self.boxes.items() if box.isChecked()]

    def set_post(self, post: Post, findings: list[Finding] | None = None,
                 previews: PreviewSet | None = None, force: bool = False) -> None:
        """Preview ``post``; ``findings`` of the ``channel`` family join each card.

        ``previews``: the exports of ``post`` made with the check (then nothing is exported
        here, and from then on a long post waits for the next check's exports instead of
        being exported in this process). ``force``: export here even so (the check
        brought none)."""
        self._post = post
        self._findings = list(findings or [])
        if previews is not None:
            self._following = True
            if self._usable(previews):
                self._timer.stop()
                self._force = False
                self._wanted = next(self._generation)
                self._apply(self._wanted, {c: previews.previews[c] for c in self.channels()})
                return
        self._force = self._force or force or (previews is not None)
        self._schedule()

    def _usable(self, previews: PreviewSet) -> bool:
        return (
            not previews.error
            and previews.ui_language == self._ui_language
            and previews.settings_key == settings_key(self._settings)
            and all(channel in previews.previews for channel in self.channels())
        )

    def settled(self) -> bool:
        """Every selected channel's card shows the latest post."""
        return self._shown == self._wanted and not self._busy and not self._timer.isActive()

    def set_settings(self, settings: Settings) -> None:
        """New channel limits or UI language from preferences."""
        self._settings = settings
        self._ui_language = resolve_ui_language(settings.ui_language)
        for channel, box in self.boxes.items():
            box.setText(get_spec(channel, settings).name)
        self._schedule()

    def set_ui_language(self, ui_language: str) -> None:
        """The language of the findings shown under each preview."""
        self._ui_language = resolve_ui_language(ui_language)
        self._schedule()

    def flush(self) -> None:
        """Bring every preview up to date now, on this thread."""
        self._timer.stop()
        if self._post is None:
            return
        generation = next(self._generation)
        self._wanted = generation
        self._apply(generation, build_previews(
            self._post, self.channels(), self._settings, self._ui_language))
        self._fill(None)

    def export_of(self, channel: str) -> ChannelExport | None:
        """The current export of ``channel`` (up to date with the last :meth:`set_post`)."""
        if self._post is None:
            return None
        if self._current != self._wanted or channel not in self._previews:
            return export_channel(self._post, channel, settings=self._settings)
        return self._previews[channel].export

    def copy_text(self, channel: str, part: int | None = None) -> str:
        """What Copy puts on the clipboard for ``channel`` (one ``part`` or all)."""
        export = self.export_of(channel)
        return clipboard_text(export, part) if export is not None else ""

    def copy(self, channel: str, part: int | None = None) -> None:
        text = self.copy_text(channel, part)
        QGuiApplication.clipboard().setText(text)
        name = get_spec(channel, self._settings).name
        if part is None:
            self.status.setText(self.tr("Copied the text for {0}.").format(name))
        else:
            self.status.setText(self.tr("Copied part {0} for {1}.").format(part + 1, name))
        if text:
            self.exported.emit([channel])

    def export_all(self, folder: str | Path) -> list[Path]:
        """Write one UTF-8 text file per selected channel into ``folder``."""
        if self._post is None:
            return []
        channels = self.channels()
        post = dataclasses.replace(self._post, channels=channels)
        exports = {channel: self.export_of(channel) for channel in post.channels}
        written = write_exports({c: e for c, e in exports.items() if e is not None},
                                Path(folder))
        if written:
            self.exported.emit(channels)
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
        self.scroll.setAccessibleName(self.tr("Channel previews"))

    def _box_toggled(self) -> None:
        self._sync_cards()
        self._schedule()
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

    def _schedule(self) -> None:
        self._wanted = next(self._generation)
        if not self._timer.isActive():
            self._timer.start()

    def _recompute(self) -> None:
        if self._post is None:
            return
        if self._busy:  # one export job at a time; the newest post follows it
            self._pending = True
            return
        generation = self._wanted
        args = (self._post, self.channels(), self._settings, self._ui_language)
        size = sum(len(text) for text in self._post.versions.values())
        if self._following and size > BACKGROUND_CHARS and not self._force:
            return  # the next check brings the exports, made in the checking process
        self._force = False
        if self._slow or size > BACKGROUND_CHARS:
            self._busy = True
            self._pending = False
            QThreadPool.globalInstance().start(_ExportJob(generation, args, self._done))
            return
        started = time.perf_counter()
        previews = build_previews(*args)
        self._slow = time.perf_counter() - started > SLOW_SECONDS
        self._apply(generation, previews)

    @Slot(int, object, float)
    def _job_done(self, generation: int, result: object, seconds: float) -> None:
        self._busy = False
        self._slow = seconds > SLOW_SECONDS
        self._apply(generation, result)
        if self._pending or generation != self._wanted:
            self._pending = False
            if not self._timer.isActive():
                self._timer.start()

    @Slot(int, object)
    def _apply(self, generation: int, result: object) -> None:
        if generation != self._wanted or generation < self._current:
            return  # the post changed since: a newer export is on its way
        if isinstance(result, Exception):
            self.status.setText(self.tr("The preview could not be made: {0}").format(result))
            return
        self._current = generation
        self._previews = dict(result)  # type: ignore[arg-type]
        # Each card is filled in a later event-loop turn (see _fill).
        self._filling = [c for c in self._previews if c in self.cards]
        self._started: set[str] = set()
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
                        [*preview.findings, *self._channel_findings(preview)],
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
        self._shown = self._current

    def _channel_findings(self, preview: Preview) -> list[Finding]:
        """Findings passed in with the post about ``preview``'s channel that it does not
        already show."""
        return [
            f for f in self._findings
            if f.channel == preview.channel and f not in preview.findings
        ]

    def preview(self, channel: str) -> Preview | None:
        return self._previews.get(channel)
