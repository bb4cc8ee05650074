"""The channel panel: channel checkboxes, a preview per selected channel, Copy and
Export all.

Every text shown, copied or written comes from the core's export
(:func:`composer.channels.export.export_channel`), so the clipboard holds exactly what
``composer export FILE --channel ID`` prints and "Export all" writes what
``composer export FILE --all --out DIR`` writes. Previews are recomputed at most every
:data:`THROTTLE_MS` while the user types, only for the selected channels. A typical post
takes a few milliseconds and is exported on the UI thread; a long one (or after an export
was slow) is exported in the thread pool, one job at a time, and a result for a post that
has since changed is dropped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import time
from dataclasses import dataclass
from pathlib import Path

import regex
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
from composer.channels.export import (
    ChannelExport,
    export_channel,
    export_text,
    write_exports,
)
from composer.model import CHANNELS, Finding, Post
from composer.profiles import UnknownOrganisation, get_profile
from composer.settings import Settings
from composer.ui.preview_card import ChannelCard
from composer.ui.ui_language import resolve_ui_language

THROTTLE_MS = 150
#: Posts with more characters than this are exported off the UI thread, and so are all
#: posts after an export took longer than SLOW_SECONDS.
BACKGROUND_CHARS = 1500
SLOW_SECONDS = 0.02


@dataclass(frozen=True)
class Preview:
    """What one channel's card shows."""

    channel: str
    export: ChannelExport
    account: tuple[str, str]
    media: tuple[tuple[str, bool], ...]


def account_of(post: Post, channel: str, ui_language: str) -> tuple[str, str]:
    """``(display name, handle)`` of the organisation's account on ``channel``."""
    try:
        profile = get_profile(post.organisation)
    except UnknownOrganisation:
        return post.organisation, ""
    account = profile.accounts.get(channel)
    if account is not None:
        return account.name, account.handle or ""
    first = profile.language_order[0] if profile.language_order else ui_language
    return profile.name(first), ""


def media_of(post: Post, channel: str, settings: Settings) -> tuple[tuple[str, bool], ...]:
    """``(alt text, missing)`` per image: the alt text in the organisation's first language
    that has one; ``missing`` marks a placeholder for a channel that needs an image."""
    try:
        order = get_profile(post.organisation).language_order
    except UnknownOrganisation:
        order = list(post.versions)
    shown = []
    for item in post.media:
        alt = next((item.alt[lang] for lang in order if item.alt.get(lang, "").strip()), "")
        shown.append((alt, False))
    if not shown and get_spec(channel, settings).media_required:
        shown.append(("", True))
    return tuple(shown)


def build_previews(post: Post, channels: list[str], settings: Settings,
                   ui_language: str) -> dict[str, Preview]:
    """Export ``post`` for each of ``channels``; safe to run in a worker thread."""
    return {
        channel: Preview(
            channel,
            export_channel(post, channel, settings=settings, ui_language=ui_language),
            account_of(post, channel, ui_language),
            media_of(post, channel, settings),
        )
        for channel in channels
    }


def clipboard_text(export: ChannelExport, part: int | None = None) -> str:
    """The text Copy puts on the clipboard: one part, or all parts joined by ``---``."""
    if part is not None:
        return export.posts[part]
    return export_text(export)


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
        self._shown = 0  # generation on screen
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

    def set_post(self, post: Post, findings: list[Finding] | None = None) -> None:
        """Preview ``post``; ``findings`` of the ``channel`` family join each card."""
        self._post = post
        self._findings = list(findings or [])
        self._schedule()

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

    def export_of(self, channel: str) -> ChannelExport | None:
        """The current export of ``channel`` (up to date with the last :meth:`set_post`)."""
        if self._post is None:
            return None
        if self._shown != self._wanted or channel not in self._previews:
            return export_channel(self._post, channel, settings=self._settings,
                                  ui_language=self._ui_language)
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
        written = write_exports(post, Path(folder), settings=self._settings,
                                ui_language=self._ui_language, channels=channels)
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
        if generation != self._wanted or generation < self._shown:
            return  # the post changed since: a newer export is on its way
        if isinstance(result, Exception):
            self.status.setText(self.tr("The preview could not be made: {0}").format(result))
            return
        self._shown = generation
        self._previews = dict(result)  # type: ignore[arg-type]
        for channel, preview in self._previews.items():
            card = self.cards.get(channel)
            if card is None:
                continue
            export = preview.export
            card.set_export(
                get_spec(channel, self._settings), export.posts, export.lengths,
                [*export.findings, *self._channel_findings(channel, export)],
                preview.account, preview.media, export.mode,
            )
            card.setVisible(True)

    def _channel_findings(self, channel: str, export: ChannelExport) -> list[Finding]:
        """Findings passed in with the post that concern ``channel`` and are not already
        among the export's own."""
        escaped = regex.escape(get_spec(channel, self._settings).name)
        name = regex.compile(rf"(?<!\w){escaped}(?!\w)")
        known = {(f.rule, f.message) for f in export.findings}
        return [
            f for f in self._findings
            if f.family == "channel" and name.search(f.message)
            and (f.rule, f.message) not in known
        ]

    def preview(self, channel: str) -> Preview | None:
        return self._previews.get(channel)
