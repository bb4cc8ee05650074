"""A layout that places its items left to right and wraps them onto new lines; with
``uniform`` every item takes the width of the widest, so the items line up in columns
(as many as the width holds)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QSizePolicy, QWidget

from composer.ui.shared.item_layout import ItemLayout


class FlowLayout(ItemLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 4,
                 uniform: bool = False) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._uniform = uniform
        self._least_height = 0
        self.setContentsMargins(0, 0, 0, 0)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def heightForWidth(self, width: int) -> int:
        return max(self.rows_height(width), self._least_height)

    def rows_height(self, width: int) -> int:
        """The height the items' rows take at ``width``."""
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def set_least_height(self, height: int) -> None:
        """Take at least ``height`` where the width is laid out (not in the minimum
        size): rows beside a higher neighbour's end on its line."""
        if height != self._least_height:
            self._least_height = height
            self.invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        widest = 0
        if self._uniform:
            widest = max((item.sizeHint().width() for item in self._items
                          if not item.isEmpty()), default=0)
        for item in self._items:
            widget = item.widget()
            if widget is not None and widget.isHidden():
                continue
            space = self._spacing
            if widget is not None and space < 0:
                space = widget.style().layoutSpacing(
                    QSizePolicy.ControlType.PushButton,
                    QSizePolicy.ControlType.PushButton,
                    Qt.Orientation.Horizontal,
                )
            hint = item.sizeHint()
            if widest:
                hint.setWidth(widest)
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + space
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


