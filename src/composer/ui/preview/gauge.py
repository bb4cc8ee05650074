"""A length gauge: a bar filled to length / limit with the figures beside it ("245 / 280").

Colours come from the palette (the highlight colour for the fill); over the limit the bar
turns red, a red chosen to stay readable on the palette's background, light or dark.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.model import Severity
from composer.ui.shared.palette_colours import severity_colour


def error_colour(palette: QPalette) -> QColor:
    """The error colour of the severity palette."""
    return severity_colour(Severity.ERROR, palette)


def warning_colour(palette: QPalette) -> QColor:
    return severity_colour(Severity.WARNING, palette)


class LengthGauge(QWidget):
    """Shows ``value`` against ``maximum``; :meth:`over` when the value exceeds it."""

    WARN_RATIO = 0.9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._maximum = 1
        self._unit = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Length"))

    # -- public -----------------------------------------------------------------------------

    def set_values(self, value: int, maximum: int, unit: str = "") -> None:
        """``unit`` names what is counted, for the tooltip and screen readers."""
        hint = self.sizeHint()
        self._value = max(0, int(value))
        self._maximum = max(1, int(maximum))
        self._unit = unit
        self.setToolTip(self.description())
        self.setAccessibleDescription(self.description())
        if self.sizeHint() != hint:  # else the layout around it need not be redone
            self.updateGeometry()
        self.update()

    def value(self) -> int:
        return self._value

    def maximum(self) -> int:
        return self._maximum

    def over(self) -> bool:
        return self._value > self._maximum

    def text(self) -> str:
        """The figures as shown: ``245 / 280``."""
        locale = QLocale()
        return f"{locale.toString(self._value)} / {locale.toString(self._maximum)}"

    def description(self) -> str:
        locale = QLocale()
        text = self.tr("{0} of {1} {2}").format(
            locale.toString(self._value), locale.toString(self._maximum),
            self._unit or self.tr("characters"))
        if self.over():
            text += " — " + self.tr("{0} over the limit").format(
                locale.toString(self._value - self._maximum))
        return text

    # -- painting ---------------------------------------------------------------------------

    def _label(self, room: int | None = None) -> str:
        """The figures, and how far over the limit where ``room`` (pixels) allows."""
        if self.over() and (room is None or QFontMetrics(self._label_font()).horizontalAdvance(
                self._full_label()) <= room):
            return self._full_label()
        return self.text()

    def _full_label(self) -> str:
        if self.over():
            return self.tr("{0} ({1} over)").format(
                self.text(), QLocale().toString(self._value - self._maximum))
        return self.text()

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self.over())
        return font

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._label_font())
        return QSize(160 + metrics.horizontalAdvance(self._label()), metrics.height() + 6)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self._label_font())
        # A short bar and the figures (how far over is then in the tooltip): the gauge
        # fits the narrowest card.
        return QSize(30 + metrics.horizontalAdvance(self.text()), metrics.height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self._label_font())
        label = self._label(self.width() - 30)
        label_width = metrics.horizontalAdvance(label) + 8
        bar = QRectF(0.5, (self.height() - 8) / 2, max(20, self.width() - label_width - 1), 8)
        track = QColor(palette.color(QPalette.ColorRole.Mid))
        track.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        ratio = min(1.0, self._value / self._maximum)
        if self.over():
            fill = error_colour(palette)
        elif ratio >= self.WARN_RATIO:
            fill = warning_colour(palette)
        else:
            fill = palette.color(QPalette.ColorRole.Highlight)
        if ratio > 0:
            filled = QRectF(bar)
            filled.setWidth(max(8.0, bar.width() * ratio))
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(error_colour(palette) if self.over()
                       else palette.color(QPalette.ColorRole.WindowText))
        painter.setFont(self._label_font())
        text_rect = QRectF(bar.right() + 8, 0, label_width, self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         label)
        painter.end()
