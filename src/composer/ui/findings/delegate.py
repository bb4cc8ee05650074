"""Draws the rows of the findings list: a heading per severity, and each finding as a card
with a severity-coloured left edge, its message, the guideline point it comes from and
its buttons (quick fixes, Show, Guideline).

The buttons are drawn, not widgets, so a list of a thousand findings costs only the rows
on screen; the view asks :meth:`FindingDelegate.hit` which button a click landed on. A
card's layout is computed once per text and width and then reused.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

from composer.ui.findings.model import FINDING, HEADER, Action, FindingsModel, Row
from composer.ui.shared.palette_colours import severity_colour

#: Space between cards (half above, half below each) and right of them.
GAP = 6
RIGHT = 4
EDGE = 4  # the severity-coloured left edge
PADDING = (8, 6, 6, 6)  # inside the card: left, top, right, bottom
SPACING = 3  # between message, citation and button rows
BUTTON_SPACING = 4
_TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


@dataclass
class CardLayout:
    """Where everything of one row goes, relative to the row's top left corner."""

    height: int
    message: QRect
    citation: QRect
    buttons: list[tuple[QRect, Action]]


class FindingDelegate(QStyledItemDelegate):
    """Paints and measures the rows of a :class:`FindingsModel` in ``view``."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self._layouts: dict[tuple[object, int], CardLayout] = {}
        self._buttons: dict[str, QSize] = {}
        #: (row key, button) under the mouse, pressed, and chosen with the keyboard.
        self.hovered: tuple[object, int] | None = None
        self.pressed: tuple[object, int] | None = None
        self.focused: tuple[object, int] | None = None

    # -- fonts and sizes -------------------------------------------------------------------

    def _font(self) -> QFont:
        return QFont(self.view.font())

    def _bold(self) -> QFont:
        font = self._font()
        font.setBold(True)
        return font

    def _small(self) -> QFont:
        font = self._font()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def forget(self) -> None:
        """Drop the cached layouts (the font or style changed)."""
        self._layouts.clear()
        self._buttons.clear()

    def width(self) -> int:
        return max(160, self.view.viewport().width())

    def _button_size(self, text: str) -> QSize:
        size = self._buttons.get(text)
        if size is None:
            size = self._buttons[text] = self._measure_button(text)
        return size

    def _measure_button(self, text: str) -> QSize:
        option = QStyleOptionButton()
        option.initFrom(self.view)
        option.text = text
        metrics = QFontMetrics(self._font())
        contents = QSize(metrics.horizontalAdvance(text), metrics.height())
        style = self.view.style()
        return style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, contents,
                                      self.view)

    def layout(self, row: Row, width: int | None = None) -> CardLayout:
        width = width or self.width()
        cache_key = (row.key, width)
        found = self._layouts.get(cache_key)
        if found is not None:
            return found
        if len(self._layouts) > 5000:
            self._layouts.clear()
        found = self._header_layout(row, width) if row.kind != FINDING else \
            self._card_layout(row, width)
        self._layouts[cache_key] = found
        return found

    def _header_layout(self, row: Row, width: int) -> CardLayout:
        font = self._bold() if row.kind == HEADER else self._font()
        metrics = QFontMetrics(font)
        top = GAP if row.kind == HEADER else GAP // 2
        box = metrics.boundingRect(QRect(0, 0, width - RIGHT, 100000), _TEXT_FLAGS, row.text)
        text = QRect(0, top, width - RIGHT, box.height())
        return CardLayout(top + box.height() + GAP // 2, text, QRect(), [])

    def _card_layout(self, row: Row, width: int) -> CardLayout:
        left, top, right, bottom = PADDING
        x = 1 + EDGE + left
        inner = max(40, width - RIGHT - x - right - 1)
        y = GAP // 2 + 1 + top
        metrics = QFontMetrics(self._font())
        box = metrics.boundingRect(QRect(0, 0, inner, 100000), _TEXT_FLAGS, row.text)
        message = QRect(x, y, inner, box.height())
        y = message.bottom() + 1
        citation = QRect()
        if row.citation:
            small = QFontMetrics(self._small())
            box = small.boundingRect(QRect(0, 0, inner, 100000), _TEXT_FLAGS, row.citation)
            citation = QRect(x, y + SPACING, inner, box.height())
            y = citation.bottom() + 1
        buttons: list[tuple[QRect, Action]] = []
        fixes = [a for a in row.actions if a.fix is not None]
        others = [a for a in row.actions if a.fix is None]
        for group in (fixes, others):
            if not group:
                continue
            y += SPACING
            line_x, line_height = x, 0
            for action in group:
                size = self._button_size(action.label)
                if line_x > x and line_x + size.width() > x + inner:
                    y += line_height + SPACING  # wrap onto the next line
                    line_x, line_height = x, 0
                buttons.append((QRect(QPoint(line_x, y), size), action))
                line_x += size.width() + BUTTON_SPACING
                line_height = max(line_height, size.height())
            y += line_height
        height = y + bottom + 1 + GAP // 2
        return CardLayout(height, message, citation, buttons)

    # -- QStyledItemDelegate ---------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(FindingsModel.ROW_ROLE)
        if row is None:
            return QSize(0, 0)
        width = self.width()
        return QSize(width, self.layout(row, width).height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row: Row | None = index.data(FindingsModel.ROW_ROLE)
        if row is None:
            return
        rect = QRect(option.rect)
        layout = self.layout(row, rect.width())
        palette = option.palette
        painter.save()
        painter.translate(rect.topLeft())
        if row.kind != FINDING:
            painter.setFont(self._bold() if row.kind == HEADER else self._font())
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(layout.message, _TEXT_FLAGS, row.text)
            painter.restore()
            return
        self._paint_card(painter, option, row, layout, rect.width())
        painter.restore()

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, row: Row,
                    layout: CardLayout, width: int) -> None:
        palette = option.palette
        state = option.state
        card = QRect(0, GAP // 2, width - RIGHT, layout.height - GAP)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(palette.color(QPalette.ColorRole.Highlight))
            hover.setAlpha(18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hover)
            painter.drawRoundedRect(card.adjusted(1, 1, -1, -1), 3, 3)
        current = bool(state & QStyle.StateFlag.State_Selected)
        focused = current and bool(state & QStyle.StateFlag.State_HasFocus)
        if focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        elif current:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2
        painter.drawRoundedRect(card.toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        assert row.severity is not None
        painter.setBrush(severity_colour(row.severity, palette))
        painter.drawRoundedRect(card.x(), card.y(), EDGE + 1, card.height(), 2, 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

        painter.setFont(self._font())
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(layout.message, _TEXT_FLAGS, row.text)
        if row.citation:
            painter.setFont(self._small())
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(layout.citation, _TEXT_FLAGS, row.citation)
        style = self.view.style()
        for number, (rect, action) in enumerate(layout.buttons):
            button = QStyleOptionButton()
            button.initFrom(self.view)
            button.rect = rect
            button.text = action.label
            button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
            if self.hovered == (row.key, number):
                button.state |= QStyle.StateFlag.State_MouseOver
            if self.pressed == (row.key, number):
                button.state |= QStyle.StateFlag.State_Sunken
            if focused and self.focused == (row.key, number):
                button.state |= QStyle.StateFlag.State_HasFocus
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, self.view)

    # -- hit testing ---------------------------------------------------------------------------

    def hit(self, row: Row, rect: QRect, position: QPoint) -> int | None:
        """The number of the button of ``row`` (drawn in ``rect``) at ``position``."""
        if row.kind != FINDING:
            return None
        local = position - rect.topLeft()
        for number, (button, _action) in enumerate(self.layout(row, rect.width()).buttons):
            if button.contains(local):
                return number
        return None

    def button_rect(self, row: Row, rect: QRect, number: int) -> QRect:
        """Where button ``number`` of ``row`` is drawn (view coordinates)."""
        button, _action = self.layout(row, rect.width()).buttons[number]
        return button.translated(rect.topLeft())
