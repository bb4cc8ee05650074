"""The editors' text size: Ctrl+plus, Ctrl+minus and Ctrl+0, remembered in the settings."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

MIN_SIZE = 7
MAX_SIZE = 40


def default_size() -> int:
    font = QApplication.font()
    return round(font.pointSizeF()) if font.pointSizeF() > 0 else 10


def stepped(size: int, step: int) -> int:
    """``size`` one step bigger (``step`` > 0), smaller (< 0) or the default (0);
    ``size`` 0 is the default size."""
    if step == 0:
        return 0
    current = size or default_size()
    return max(MIN_SIZE, min(MAX_SIZE, current + (1 if step > 0 else -1)))


def apply(editors: Iterable[QWidget], size: int) -> None:
    """Show the editors' text at ``size`` points (0: the application's font)."""
    for editor in editors:
        font = QFont(editor.font())
        font.setPointSizeF(float(size or default_size()))
        editor.setFont(font)
