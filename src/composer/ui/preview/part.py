"""One post of a channel preview as the network shows it: the account (avatar shape, name
and handle as that network writes them), the text with the feed's cut in the network's
own words ("See more", "… more", "Show more"), the real pictures cropped to the network's
shape with their alt text on hover (:mod:`composer.ui.preview.media`), the network's row
of buttons and a length gauge (:mod:`composer.ui.preview.looks` says how each looks).

A :class:`PostPart` is reused from one result to the next: what did not change is not set
again, so a new result for a long thread costs only the parts whose text changed. The
text label remembers its height per width, so laying out a column of parts again does
not lay out each part's rich text again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
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
from composer.ui.preview.gauge import LengthGauge, error_colour
from composer.ui.preview.looks import ROUND, handle_text, look_of, more_label
from composer.ui.preview.media import MediaShown, MediaView
from composer.ui.preview.render import feed_cut_index, render_html
from composer.ui.shared.fit_row import FitRow
from composer.ui.shared.palette_colours import link_colour

#: Networks whose posts show the picture above the text.
MEDIA_FIRST = frozenset(c for c in ("instagram", "pinterest", "tiktok", "youtube")
                        if look_of(c).media_first)
AVATAR = 36
#: A post's text is drawn up to this many characters, even when "See more" shows it all
#: (Copy and Export always take all of it).
MAX_DRAWN = 5000
_PIXMAPS: dict[tuple[object, ...], QPixmap] = {}


def _cached(key: tuple[object, ...], make: Callable[[], QPixmap]) -> QPixmap:
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        if len(_PIXMAPS) > 64:
            _PIXMAPS.clear()
        pixmap = _PIXMAPS[key] = make()
    return pixmap


def set_visible(widget: QWidget, visible: bool) -> None:
    """Shows or hides ``widget`` only when that changes something (each call relays out)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)




def _initials(name: str) -> str:
    words = [w for w in regex.split(r"[\s\-–—]+", name) if w and w[0].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def avatar_pixmap(name: str, palette: QPalette, size: int = AVATAR,
                  shape: str = ROUND) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
    if shape == ROUND:
        painter.drawEllipse(QRectF(0, 0, size, size))
    else:
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
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


class TextLabel(QLabel):
    """A word-wrapped rich-text label that remembers its height for each width (Qt lays
    the text out anew for every height asked, and a column of parts asks often)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 8:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()
        super().changeEvent(event)


class NameLabel(QLabel):
    """An account's name: on one line where it fits, wrapped on a narrow card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        one_line = self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin() + 2
        return QSize(one_line, super().sizeHint().height())


class ElidedLabel(QLabel):
    """One line that ends in "…" where it is too narrow (an account's handle on a narrow
    card); the whole text is its tooltip."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(min(super().minimumSizeHint().width(),
                         metrics.horizontalAdvance(self.text()[:2] + "…")),
                     super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             rect.width())
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()


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
            palette = self.palette()
            icon.setPixmap(_cached(("image", palette.cacheKey()), lambda: image_icon(palette)))
        icon.setMinimumHeight(64)
        self.badge = QLabel(self.tr("ALT"), self)
        self.badge.setObjectName("altBadge")
        palette = self.palette()
        self.badge.setStyleSheet(
            f"background: {palette.color(QPalette.ColorRole.WindowText).name()};"
            f"color: {palette.color(QPalette.ColorRole.Window).name()};"
            "border-radius: 3px; padding: 0px 4px; font-weight: bold;")
        self.alt_label = TextLabel(self)
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
        self._shown: tuple[object, ...] | None = None
        self._account: tuple[object, ...] | None = None
        self._media: tuple[object, ...] | None = None
        self._link: str = ""
        self.setObjectName("postPart")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        self.avatar = QLabel(self)
        self.avatar.setFixedSize(AVATAR, AVATAR)
        self.name = NameLabel(self)
        self.name.setObjectName("accountName")
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        #: The handle beside the name, for networks that write it so ("Name @handle").
        self.inline_handle = ElidedLabel(self)
        self.inline_handle.setObjectName("inlineHandle")
        self.inline_handle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.inline_handle.hide()
        self.handle = ElidedLabel(self)
        self.handle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.number = QLabel(self)
        self.number.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # The name, then the handle (under it on a narrow card).
        name_row = FitRow(spacing=6, grow=1)
        name_row.addWidget(self.name)
        name_row.addWidget(self.inline_handle)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addLayout(name_row)
        names.addWidget(self.handle)
        header = QHBoxLayout()
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(names, 1)
        header.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)

        self.text = TextLabel(self)
        self.text.setObjectName("postText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setMinimumWidth(100)
        self.more = QToolButton(self)
        self.more.setObjectName("seeMore")
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.toggled.connect(self._show_text)
        self._more_words = more_label("see-more")
        self.media = MediaView(self)
        self.media.hide()
        self.media_box = QVBoxLayout()
        self.media_box.setContentsMargins(0, 0, 0, 0)
        self.media_box.addWidget(self.media)
        self.action_row = QLabel(self)
        self.action_row.setObjectName("networkActions")
        self.action_row.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._look: object = None
        self.colour = QColor()

        self.gauge = LengthGauge(self)
        self.copy = QPushButton(self)
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.index))
        self.copy.setVisible(total > 1)
        footer = FitRow()  # the gauge above its Copy button on a narrow card
        footer.addWidget(self.gauge)
        footer.addWidget(self.copy)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(7, 7, 7, 7)
        self.body.addLayout(header)
        self._media_first = False
        self.body.addWidget(self.text)
        self.body.addWidget(self.more, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addLayout(self.media_box)
        self.body.addWidget(self.action_row)
        self.body.addLayout(footer)
        self._retranslate()

    def _retranslate(self) -> None:
        self.more.setText(self.tr("See less") if self.more.isChecked() else self._more_words)
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

    def set_total(self, total: int) -> None:
        """The thread now has ``total`` parts (this one keeps its place)."""
        if total != self.total:
            self.total = total
            set_visible(self.copy, total > 1)
            set_visible(self.number, total > 1)
            self._retranslate()

    def set_content(self, spec: ChannelSpec, text: str, length: int, account: tuple[str, str],
                    media: Sequence[tuple[str, str]] | None, palette: QPalette) -> None:
        """Show ``text`` of ``spec``'s channel; ``media`` is the post's (file, alt text)
        pairs, None for a part that shows no pictures (a thread's later parts). Only what
        changed since the last call is set again."""
        key = palette.cacheKey()
        look = look_of(spec.id)
        if self._look is not look:
            self._look = look
            self._account = None
            self._more_words = more_label(look.more)
            self.action_row.setText(look.actions)
            self.action_row.setAccessibleName(self.tr("Buttons under the post on {0}").format(
                spec.name))
            self.colour = QColor(look.colour)  # the bar drawn above the post
            self.update()
            self._retranslate()
        if self._account != (account, key):
            self._account = (account, key)
            name, handle = account
            handle = handle_text(look, handle)
            self.name.setText(name)
            self.handle.setText(handle)
            self.inline_handle.setText(handle)
            set_visible(self.inline_handle, look.handle_inline and bool(handle))
            set_visible(self.handle, not look.handle_inline and bool(handle))
            self.avatar.setPixmap(_cached(("avatar", name, look.avatar, key),
                                          lambda: avatar_pixmap(name, palette,
                                                                shape=look.avatar)))
        link = link_colour(palette).name()
        if link != self._link:
            self._link = link
            self.more.setStyleSheet(
                f"QToolButton {{ color: {link}; border: none; padding: 0px;"
                " font-weight: bold; }")
        shown = (text, spec.links_clickable, spec.feed_cut, spec.feed_cut_lines, key)
        if shown != self._shown:
            self._shown = shown
            self._text = text
            self._links_clickable = spec.links_clickable
            self._cut = feed_cut_index(text, spec.feed_cut, spec.feed_cut_lines)
            set_visible(self.more, self._cut is not None)
            self._show_text(self.more.isChecked())
        if (self.gauge.value(), self.gauge.maximum()) != (length, spec.max_length):
            self.gauge.set_values(length, spec.max_length, self.tr("characters"))
        shown_media = None if media is None else tuple(media)
        if self._media != (shown_media, spec.id, key):
            self._media = (shown_media, spec.id, key)
            if shown_media is None:
                self.media.hide()
            else:
                self.media.set_media([MediaShown(file, alt) for file, alt in shown_media],
                                     spec, look, spec.media_required and not shown_media)
        media_first = look.media_first
        if media_first != self._media_first:
            self._media_first = media_first
            self.body.removeItem(self.media_box)
            self.body.insertLayout(1 if media_first else 3, self.media_box)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame, and the network's colour as a bar along the top (painted, not a
        style sheet: a style sheet would slow every child's layout and painting)."""
        super().paintEvent(event)
        if self.colour.isValid():
            painter = QPainter(self)
            painter.fillRect(QRectF(0, 0, self.width(), 3), self.colour)
            painter.end()

    def _end(self) -> int | None:
        """Where the drawn text ends (None: all of it)."""
        end = None if self.expanded() else self._cut
        if end is None and len(self._text) > MAX_DRAWN:
            end = MAX_DRAWN
        return end

    def _show_text(self, _expanded: bool = False) -> None:
        end = self._end()
        shown = render_html(self._text, self.palette(), self._links_clickable, end)
        self.text.setText(shown if end is None else shown + "…")
        self._retranslate()
        if self.text.width() > 0:
            # Lay the text out now, at the width it has, so the cost is counted in the
            # step that changed it rather than in the next layout of the whole card.
            self.text.heightForWidth(self.text.width())

    def expanded(self) -> bool:
        return self._cut is None or self.more.isChecked()
