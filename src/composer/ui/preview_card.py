"""One channel's preview: the exported post(s) drawn like a post on that network.

A :class:`ChannelCard` shows the account, each post of the export (thread parts numbered,
each its own card), the feed's "See more" cut with a toggle, an image placeholder with
the alt text, a length gauge against the channel's limit, the channel's findings and Copy
buttons. It only displays what the core exported; it never changes the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import regex
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.channels import ChannelSpec
from composer.model import Finding, Severity
from composer.ui.palette_colours import link_colour
from composer.ui.preview_gauge import LengthGauge, error_colour
from composer.ui.preview_render import feed_cut_index, render_html

#: At most this many posts of a thread are drawn (Copy always takes them all).
MAX_PARTS_SHOWN = 25
#: Networks whose posts show the picture above the text.
MEDIA_FIRST = frozenset({"instagram", "pinterest", "tiktok", "youtube"})
AVATAR = 36


def _initials(name: str) -> str:
    words = [w for w in regex.split(r"[\s\-–—]+", name) if w and w[0].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def avatar_pixmap(name: str, palette: QPalette, size: int = AVATAR) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    painter.drawEllipse(QRectF(0, 0, size, size))
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(int(size * 0.38))
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, _initials(name))
    painter.end()
    return pixmap


def image_icon(palette: QPalette, size: int = 44) -> QPixmap:
    """A picture symbol (frame, sun, hills) in the palette's muted text colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = palette.color(QPalette.ColorRole.PlaceholderText)
    pen = QPen(colour, 2)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(3, 7, size - 6, size - 14), 4, 4)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(size * 0.62, size * 0.26, size * 0.14, size * 0.14))
    hills = QPolygonF([QPointF(6, size - 10), QPointF(size * 0.38, size * 0.42),
                       QPointF(size * 0.6, size * 0.66), QPointF(size * 0.72, size * 0.54),
                       QPointF(size - 6, size - 10)])
    painter.drawPolygon(hills)
    painter.end()
    return pixmap


class MediaPlaceholder(QFrame):
    """Where the image goes, with its alt text as a screen reader would read it."""

    def __init__(self, alt: str, missing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPlaceholder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        icon = QLabel(self)
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if missing:
            icon.setPixmap(self.style().standardIcon(
                QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        else:
            icon.setPixmap(image_icon(self.palette()))
        icon.setMinimumHeight(64)
        self.badge = QLabel(self.tr("ALT"), self)
        self.badge.setObjectName("altBadge")
        palette = self.palette()
        self.badge.setStyleSheet(
            f"background: {palette.color(QPalette.ColorRole.WindowText).name()};"
            f"color: {palette.color(QPalette.ColorRole.Window).name()};"
            "border-radius: 3px; padding: 0px 4px; font-weight: bold;")
        self.alt_label = QLabel(self)
        self.alt_label.setWordWrap(True)
        self.alt_label.setTextFormat(Qt.TextFormat.PlainText)
        if missing:
            self.alt_label.setText(self.tr("This channel needs an image or video."))
        elif alt:
            self.alt_label.setText(alt)
        else:
            self.alt_label.setText(self.tr("Image without alt text"))
            self.alt_label.setStyleSheet(f"color: {error_colour(palette).name()}")
        caption = QHBoxLayout()
        if not missing:
            caption.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        caption.addWidget(self.alt_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addLayout(caption)
        self.setAccessibleName(self.tr("Image: {0}").format(self.alt_label.text()))


class PostPart(QFrame):
    """One post as the network shows it (a thread has one per part)."""

    copy_requested = Signal(int)

    def __init__(self, index: int, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.total = total
        self._text = ""
        self._cut: int | None = None
        self._links_clickable = True
        self.setObjectName("postPart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        self.avatar = QLabel(self)
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.name = QLabel(self)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        self.handle = QLabel(self)
        self.handle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.number = QLabel(self)
        self.number.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.handle)
        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(names, 1)
        header.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)

        self.text = QLabel(self)
        self.text.setObjectName("postText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setMinimumWidth(120)
        self.more = QToolButton(self)
        self.more.setObjectName("seeMore")
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.toggled.connect(self._show_text)
        self.media_box = QVBoxLayout()
        self.media_box.setContentsMargins(0, 0, 0, 0)

        self.gauge = LengthGauge(self)
        self.copy = QPushButton(self)
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.index))
        self.copy.setVisible(total > 1)
        footer = QHBoxLayout()
        footer.addWidget(self.gauge, 1)
        footer.addWidget(self.copy)

        self.body = QVBoxLayout(self)
        self.body.addLayout(header)
        self._media_first = False
        self.body.addWidget(self.text)
        self.body.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addLayout(self.media_box)
        self.body.addLayout(footer)
        self._retranslate()

    def _retranslate(self) -> None:
        self.more.setText(self.tr("See less") if self.more.isChecked() else self.tr("See more"))
        self.more.setAccessibleName(self.more.text())
        self.copy.setText(self.tr("Copy part {0}").format(self.index + 1))
        self.copy.setAccessibleName(self.tr("Copy part {0} of {1}").format(
            self.index + 1, self.total))
        if self.total > 1:
            self.number.setText(f"{self.index + 1}/{self.total}")
            self.number.setAccessibleName(self.tr("Part {0} of {1}").format(
                self.index + 1, self.total))
        self.text.setAccessibleName(self.tr("Post text"))
        self.gauge.setAccessibleName(self.tr("Length of part {0}").format(self.index + 1)
                                     if self.total > 1 else self.tr("Length"))

    def set_content(self, spec: ChannelSpec, text: str, length: int, account: tuple[str, str],
                    media: Sequence[tuple[str, bool]], palette: QPalette) -> None:
        """Show ``text`` of ``spec``'s channel; ``media`` is (alt text, missing) pairs."""
        name, handle = account
        self.name.setText(name)
        self.handle.setText(handle)
        self.handle.setVisible(bool(handle))
        self.avatar.setPixmap(avatar_pixmap(name, palette))
        self._text = text
        self._links_clickable = spec.links_clickable
        self._cut = feed_cut_index(text, spec.feed_cut, spec.feed_cut_lines)
        self.more.setVisible(self._cut is not None)
        self.more.setStyleSheet(
            f"QToolButton {{ color: {link_colour(palette).name()};"
            " border: none; padding: 0px; font-weight: bold; }")
        self._show_text(self.more.isChecked())
        self.gauge.set_values(length, spec.max_length, self.tr("characters"))
        while self.media_box.count():
            old = self.media_box.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for alt, missing in media:
            self.media_box.addWidget(MediaPlaceholder(alt, missing, self))
        media_first = spec.id in MEDIA_FIRST
        if media_first != self._media_first:
            self._media_first = media_first
            self.body.removeItem(self.media_box)
            self.body.insertLayout(1 if media_first else 3, self.media_box)

    def _show_text(self, expanded: bool) -> None:
        if self._cut is None or expanded:
            shown = render_html(self._text, self.palette(), self._links_clickable)
        else:
            shown = render_html(self._text, self.palette(), self._links_clickable, self._cut)
            shown += "…"
        self.text.setText(shown)
        self._retranslate()

    def expanded(self) -> bool:
        return self._cut is None or self.more.isChecked()

    def shown_text(self) -> str:
        """The text as the reader sees it now (cut or whole), without markup."""
        return self._text if self.expanded() else self._text[: self._cut] + "…"


class ChannelCard(QFrame):
    """The preview of one channel: its posts, findings and Copy button."""

    copy_requested = Signal(str, int)  # channel id, part index or -1 for everything

    def __init__(self, channel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        self.parts: list[PostPart] = []
        self.setObjectName(f"preview_{channel}")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copy")
        self.copy.setIcon(QIcon.fromTheme("edit-copy"))
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.channel, -1))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.summary, 1)
        header.addWidget(self.copy)

        self.parts_box = QVBoxLayout()
        self.parts_box.setSpacing(6)
        self.more_parts = QLabel(self)
        self.more_parts.setWordWrap(True)
        self.more_parts.hide()
        self.findings = QLabel(self)
        self.findings.setObjectName("channelFindings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.findings.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.parts_box)
        layout.addWidget(self.more_parts)
        layout.addWidget(self.findings)
        self._name = channel
        self._retranslate()

    def _retranslate(self) -> None:
        self.title.setText(self._name)
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
                   media: Sequence[tuple[str, bool]], mode: str = "single") -> None:
        """Show the export of one channel (``mode`` as in the core's ``ChannelExport``)."""
        self._name = spec.name
        palette = self.palette()
        total = max(1, len(posts))
        posts = list(posts)[:MAX_PARTS_SHOWN] or [""]
        lengths = list(lengths)[:MAX_PARTS_SHOWN] or [0]
        if len(self.parts) != len(posts) or (self.parts and self.parts[0].total != total):
            for part in self.parts:
                self.parts_box.removeWidget(part)
                part.deleteLater()
            self.parts = []
            for index in range(len(posts)):
                part = PostPart(index, total, self)
                part.copy_requested.connect(
                    lambda i, c=self.channel: self.copy_requested.emit(c, i))
                self.parts_box.addWidget(part)
                self.parts.append(part)
        for index, (part, text, length) in enumerate(zip(self.parts, posts, lengths, strict=True)):
            part.set_content(spec, text, length, account, media if index == 0 else (), palette)
        if mode == "per-language":
            self.summary.setText(self.tr("One post per language ({0} posts)").format(total))
        elif total > 1:
            self.summary.setText(self.tr("A thread of {0} posts").format(total))
        else:
            self.summary.setText("")
        if total > len(posts):
            self.more_parts.setText(self.tr(
                "{0} more posts are not shown here; Copy and Export include them.").format(
                total - len(posts)))
        self.more_parts.setVisible(total > len(posts))
        self._show_findings(findings)
        self._retranslate()

    def _show_findings(self, findings: Sequence[Finding]) -> None:
        if not findings:
            self.findings.hide()
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
            lines.append(f'<span style="color:{colour.name()}">{mark}</span> '
                         f"{escape(finding.message)}")
        self.findings.setText("<br>".join(lines))
        self.findings.show()

    def gauges(self) -> list[LengthGauge]:
        return [part.gauge for part in self.parts]
