"""The main window on the screen it opens on: a first size that fits the available area
at any scale factor, and the remembered geometry and dock state (Qt's saveGeometry /
saveState) restored only when the window would still be on a screen and fit it.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

#: The size the window asks for on a large screen (logical pixels).
PREFERRED = QSize(1500, 920)
#: Part of the available area a first window takes at most.
SHARE = 0.92
#: Part of a restored window that must lie on some screen.
VISIBLE_SHARE = 0.5


def fitted_rect(available: QRect, preferred: QSize = PREFERRED, share: float = SHARE) -> QRect:
    """The preferred size shrunk to ``share`` of ``available``, centred in it."""
    width = min(preferred.width(), int(available.width() * share))
    height = min(preferred.height(), int(available.height() * share))
    left = available.left() + (available.width() - width) // 2
    top = available.top() + (available.height() - height) // 2
    return QRect(left, top, width, height)


def fits_screens(frame: QRect, screens: list[QRect]) -> bool:
    """True when ``frame`` is no larger than the screen it is mostly on and at least
    ``VISIBLE_SHARE`` of it (its title bar included) is on that screen."""
    if frame.isEmpty():
        return False
    for area in screens:
        overlap = area.intersected(frame)
        if overlap.isEmpty():
            continue
        if frame.width() > area.width() or frame.height() > area.height():
            continue
        shown = overlap.width() * overlap.height()
        title_visible = area.contains(QPoint(frame.center().x(), frame.top() + 5))
        if shown >= VISIBLE_SHARE * frame.width() * frame.height() and title_visible:
            return True
    return False


def _screen_for(window: QMainWindow) -> QScreen | None:
    return window.screen() or QGuiApplication.primaryScreen()


def place_first_time(window: QMainWindow) -> None:
    """Size and centre ``window`` within its screen's available area."""
    screen = _screen_for(window)
    if screen is None:
        window.resize(PREFERRED)
        return
    rect = fitted_rect(screen.availableGeometry())
    window.resize(rect.size())
    window.move(rect.topLeft())


def encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def decode(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except (ValueError, UnicodeEncodeError):
        return QByteArray()


def restore(window: QMainWindow, geometry: str, state: str) -> bool:
    """Restore the remembered geometry and dock state; when the geometry no longer fits
    the screens (another monitor, another scale factor) place the window afresh.
    True when the remembered geometry was used."""
    if state:
        window.restoreState(decode(state))
    data = decode(geometry) if geometry else QByteArray()
    if not data.isEmpty():
        before = window.geometry()
        if window.restoreGeometry(data):
            areas = [s.availableGeometry() for s in QGuiApplication.screens()]
            frame = window.frameGeometry() if window.isVisible() else window.geometry()
            if fits_screens(frame, areas) and not window.isMaximized():
                return True
            if window.isMaximized() and any(frame.intersects(a) for a in areas):
                return True
            if window.isVisible():
                window.showNormal()
            window.setGeometry(before)
    place_first_time(window)
    return False


def remember(window: QMainWindow) -> tuple[str, str]:
    """The window's geometry and state, for the settings."""
    return encode(window.saveGeometry()), encode(window.saveState())
