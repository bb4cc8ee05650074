"""Dialogs that fit the screen: a dialog asks for a comfortable size, and on a small
screen or at a large scale factor (a 1366×768 laptop at 150 % or 200 %) that size is more
than the screen has. A :class:`FitsScreen` dialog is, when shown, no larger than its
screen's available area (never below its minimum size) and lies inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QWidget


def fitted(frame: QRect, minimum: QSize, area: QRect, decoration: QSize) -> QRect:
    """``frame`` (a window with its decoration) shrunk to ``area`` where its ``minimum``
    allows, and moved inside it; the result is the frame's new place and size."""
    width = min(frame.width(), max(minimum.width() + decoration.width(), area.width()))
    height = min(frame.height(), max(minimum.height() + decoration.height(), area.height()))
    left = min(max(frame.left(), area.left()), area.left() + area.width() - width)
    top = min(max(frame.top(), area.top()), area.top() + area.height() - height)
    return QRect(max(left, area.left()), max(top, area.top()), width, height)


def fit_on_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen's available area and move it inside."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    decoration = frame.size() - window.size()
    place = fitted(frame, window.minimumSizeHint().expandedTo(window.minimumSize()), area,
                   decoration)
    if place.size() != frame.size():
        window.resize(place.size() - decoration)
    if place.topLeft() != frame.topLeft():
        window.move(place.topLeft())  # a window's position is its frame's


#: When the window manager has framed a new dialog (its title bar is known only then).
FRAMED_AFTER_MS = 250


class FitsScreen:
    """Mixin (before the Qt class) for a dialog that fits its screen when shown: at once,
    and again once the window manager has put its frame around it (a title bar it adds
    after the dialog is shown would push the buttons below the screen's edge)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        assert isinstance(self, QWidget)
        fit_on_screen(self)
        QTimer.singleShot(FRAMED_AFTER_MS, self, self._fit_framed)

    def _fit_framed(self) -> None:
        assert isinstance(self, QWidget)
        if self.isVisible():
            fit_on_screen(self)
