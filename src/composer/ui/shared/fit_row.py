"""A row that turns into a column when narrow: its items side by side while the width
holds their minimum widths (the growing item, the first unless told, takes the width left
over), else one under another (the growing one across the row, the others as wide as they
ask). A narrow dock thus shows every button and label whole.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QWidget

from composer.ui.shared.item_layout import ItemLayout


class FitRow(ItemLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6, grow: int = 0) -> None:
        super().__init__(parent)
        self._gap = spacing
        self._grow = grow
        #: Heights per width, and the size hints, until the layout is invalidated (Qt asks
        #: for them very often; it invalidates every layout below one it lays out anew).
        self._heights: dict[int, int] = {}
        self._hints: dict[str, QSize] = {}
        self.setContentsMargins(0, 0, 0, 0)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def invalidate(self) -> None:
        self._heights.clear()
        self._hints.clear()
        super().invalidate()

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 16:
                self._heights.clear()
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), apply=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        hint = self._hints.get("hint")
        if hint is None:
            hint = self._hints["hint"] = self._size_hint()
        return QSize(hint)

    def minimumSize(self) -> QSize:
        minimum = self._hints.get("minimum")
        if minimum is None:
            minimum = self._hints["minimum"] = self._minimum_size()
        return QSize(minimum)

    def _size_hint(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def _minimum_size(self) -> QSize:
        width = max((item.minimumSize().width() for item in self._shown()), default=0)
        return QSize(width, 0) + self._margin_size()

    # -- internals --------------------------------------------------------------------------

    def _margin_size(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def fits(self, width: int) -> bool:
        """The items fit side by side in ``width`` (the contents' width)."""
        shown = self._shown()
        needed = sum(item.minimumSize().width() for item in shown)
        return needed + self._gap * max(0, len(shown) - 1) <= width

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return item.sizeHint().height()

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = self._shown()
        if not shown:
            return margins.top() + margins.bottom()
        growing = self._items[self._grow] if self._grow < len(self._items) else None
        # Where the growing item is hidden, the space left over stays empty in its place.
        grow = shown.index(growing) if growing in shown else -1
        gap_before = sum(1 for item in self._items[:self._grow] if not item.isEmpty())
        if self.fits(area.width()):
            # The others as wide as they ask (within what is left), the growing one the rest.
            widths = [max(item.minimumSize().width(),
                          min(item.sizeHint().width(), item.maximumSize().width()))
                      for item in shown]
            spare = area.width() - self._gap * (len(shown) - 1)
            rest = spare - sum(w for i, w in enumerate(widths) if i != grow)
            if grow >= 0:
                widths[grow] = max(shown[grow].minimumSize().width(), rest)
            excess = sum(widths) - spare
            for index in reversed(range(len(widths))):  # squeeze the others if needed
                if excess <= 0:
                    break
                if index == grow:
                    continue
                give = min(excess, widths[index] - shown[index].minimumSize().width())
                widths[index] -= give
                excess -= give
            empty = max(0, -excess) if grow < 0 else 0
            height = max(self._height(item, w) for item, w in zip(shown, widths, strict=True))
            if apply:  # each as high as it needs, centred in the row
                x = area.x()
                for index, (item, width) in enumerate(zip(shown, widths, strict=True)):
                    if index == gap_before:
                        x += empty
                    own = self._height(item, width)
                    top = area.y() + (height - own) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, own)))
                    x += width + self._gap
            return height + margins.top() + margins.bottom()
        y = area.y()
        for index, item in enumerate(shown):
            # The growing one across the row, the others as wide as they ask.
            width = min(area.width(), item.maximumSize().width())
            if index != grow:
                width = min(width, max(item.minimumSize().width(), item.sizeHint().width()))
            height = self._height(item, width)
            if apply:
                item.setGeometry(QRect(QPoint(area.x(), y), QSize(width, height)))
            y += height + self._gap
        return y - self._gap - area.y() + margins.top() + margins.bottom()
