"""One channel's preview: the exported post(s) drawn like a post on that network.

A :class:`ChannelCard` shows the account, each post of the export (thread parts numbered,
each its own :class:`~composer.ui.preview.part.PostPart`), the channel's findings and Copy
buttons. It only displays what the core exported; it never changes the text.

A long thread draws its first :data:`MAX_PARTS_SHOWN` parts and says how many more Copy
and Export include. The parts are made and filled a few at a time (:meth:`ChannelCard.step`
with a deadline), reusing the parts of the previous result, so a new result never holds
up the window for long.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.channels import ChannelSpec
from composer.model import Finding, Severity
from composer.ui.preview.gauge import LengthGauge, error_colour
from composer.ui.preview.part import (
    PostPart,
    TextLabel,
    set_visible,
)
from composer.ui.shared.fit_row import FitRow

#: At most this many posts of a thread are drawn (Copy always takes them all).
MAX_PARTS_SHOWN = 10



class ChannelCard(QFrame):
    """The preview of one channel: its posts, findings and Copy button."""

    copy_requested = Signal(str, int)  # channel id, part index or -1 for everything

    def __init__(self, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.parts: list[PostPart] = []
        self._pending: tuple | None = None
        self._next = 0
        self.setObjectName(f"preview_{channel}")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = TextLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copy")
        self.copy.setIcon(QIcon.fromTheme("edit-copy"))
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.channel, -1))
        header = FitRow(grow=1)  # a column on a narrow card
        header.addWidget(self.title)
        header.addWidget(self.summary)
        header.addWidget(self.copy)

        self.parts_box = QVBoxLayout()
        self.parts_box.setSpacing(6)
        self.more_parts = TextLabel(self)
        self.more_parts.setWordWrap(True)
        self.more_parts.hide()
        self.findings = TextLabel(self)
        self.findings.setObjectName("channelFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addLayout(self.parts_box)
        layout.addWidget(self.more_parts)
        layout.addWidget(self.findings)
        self._name = channel
        self._copy_part = (0, 1)
        self._retranslate()

    def set_next_part(self, part: int, total: int) -> None:
        """The part the next Copy takes: a thread is copied one post at a time."""
        self._copy_part = (part, total)
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self._name)
        part, total = self._copy_part
        if total > 1:
            self.copy.setText(self.tr("Copy part {0}/{1}").format(part + 1, total))
        else:
            self.copy.setText(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the text for {0} to the clipboard").format(self._name))
        self.copy.setAccessibleName(self.tr("Copy the text for {0}").format(self._name))
        self.setAccessibleName(self.tr("Preview on {0}").format(self._name))
        self.findings.setAccessibleName(self.tr("Findings for {0}").format(self._name))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 560), hint.height())

    def set_export(self, spec: ChannelSpec, posts: Sequence[str], lengths: Sequence[int],
                   findings: Sequence[Finding], account: tuple[str, str],
                   media: Sequence[tuple[str, str]], mode: str = "single",
                   now: bool = True) -> None:
        """Show the export of one channel (``mode`` as in the core's ``ChannelExport``).
        With ``now`` false only the heading and findings change at once; the parts follow
        with :meth:`step`."""
        self._name = spec.name
        total = max(1, len(posts))
        shown = list(posts)[:MAX_PARTS_SHOWN] or [""]
        self._pending = (spec, shown, list(lengths)[:MAX_PARTS_SHOWN] or [0], total,
                         account, tuple(media))
        self._next = 0
        if mode == "per-language":
            self.summary.setText(self.tr("One post per language ({0} posts)").format(total))
        elif total > 1:
            self.summary.setText(self.tr("A thread of {0} posts").format(total))
        else:
            self.summary.setText("")
        set_visible(self.summary, bool(self.summary.text()))  # no empty row when narrow
        if total > len(shown):
            self.more_parts.setText(self.tr(
                "{0} more posts are not shown here; Copy and Export include them.").format(
                total - len(shown)))
        set_visible(self.more_parts, total > len(shown))
        self._show_findings(findings)
        self._retranslate()
        if now:
            self.step(None)

    def step(self, deadline: float | None) -> bool:
        """Make or fill parts until ``deadline`` (a ``time.perf_counter()`` value; None
        for all); True when every part is up to date."""
        if self._pending is None:
            return True
        spec, posts, lengths, total, account, media = self._pending
        palette = self.palette()
        while self._next < len(posts):
            if deadline is not None and self._next and time.perf_counter() > deadline:
                return False
            index = self._next
            if index < len(self.parts):
                part = self.parts[index]
                part.set_total(total)
            else:
                part = PostPart(index, total, self)
                part.copy_requested.connect(
                    lambda i, c=self.channel: self.copy_requested.emit(c, i))
                self.parts_box.addWidget(part)
                part.show()
                self.parts.append(part)
            part.set_content(spec, posts[index], lengths[index] if index < len(lengths) else 0,
                             account, media if index == 0 else None, palette)
            self._next += 1
            if deadline is not None and time.perf_counter() > deadline:
                break
        if self._next < len(posts):
            return False
        for part in self.parts[len(posts):]:
            self.parts_box.removeWidget(part)
            part.deleteLater()
        del self.parts[len(posts):]
        self._pending = None
        return True

    def busy(self) -> bool:
        """Parts are still to be made or filled."""
        return self._pending is not None

    def _show_findings(self, findings: Sequence[Finding]) -> None:
        if not findings:
            set_visible(self.findings, False)
            self.findings.setText("")
            return
        lines = []
        palette = self.palette()
        for finding in sorted(findings, key=Finding.sort_key):
            if finding.severity == Severity.ERROR:
                colour = error_colour(palette)
            else:
                colour = QColor(palette.color(QPalette.ColorRole.WindowText))
            mark = {Severity.ERROR: "✖", Severity.WARNING: "▲"}.get(finding.severity, "ℹ")
            # Which version it is about, as the findings list says it (one per version).
            version = f"{finding.language.upper()} · " if finding.language else ""
            lines.append(f'<span style="color:{colour.name()}">{mark}</span> '
                         f"{version}{escape(finding.message)}")
        self.findings.setText("<br>".join(lines))
        set_visible(self.findings, True)

    def gauges(self) -> list[LengthGauge]:
        return [part.gauge for part in self.parts]
