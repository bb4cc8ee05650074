"""Emoji and special characters: the system's picker where composer can open it
(Windows: Win+.), else a small picker of its own with the characters posts need most.

On macOS the system adds "Emoji & Symbols" to the Edit menu itself (Ctrl+Cmd+Space).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage

#: Emoji common in municipal posts (events, seasons, places, thanks, warnings).
EMOJI = ("😊", "🙂", "😀", "👍", "👏", "🙏", "🎉", "🎈", "🎄", "☀️", "🌞", "🌷", "🌸", "🍁",
    "❄️", "⛄", "🌊", "⛵", "🏖️", "🌲", "🏞️", "📅", "⏰", "📍", "📢",
    "ℹ️", "⚠️", "❗", "✅", "❌", "➡️", "👉", "📞",
    "✉️", "🔗", "📷", "🎵", "📚", "🏛️", "🚌", "🚲", "♿", "❤️", "💙", "💚", "⭐", "🏆")
#: Special characters a keyboard lacks: dashes, quotes, ellipsis, units, arrows.
SPECIAL = ("–", "—", "“", "”", "‘", "’", "«", "»", "…", "·", "•", "€", "°", "×", "÷", "±",
    "½", "§", "©", "®", "™", "→", "←", "✓", "№", "‰")
#: Column count of the grids.
COLUMNS = 12


def open_system_picker() -> bool:
    """Open the platform's own emoji picker; False where composer cannot."""
    if sys.platform == "win32":
        try:
            import ctypes

            user32 = ctypes.windll.user32  # type: ignore[attr-defined]
            win, period, release = 0x5B, 0xBE, 0x0002
            user32.keybd_event(win, 0, 0, 0)
            user32.keybd_event(period, 0, 0, 0)
            user32.keybd_event(period, 0, release, 0)
            user32.keybd_event(win, 0, release, 0)
        except (AttributeError, OSError):
            return False
        return True
    return False


class EmojiPicker(FollowsLanguage, FitsScreen, QDialog):
    """A small grid of emoji and special characters; a click inserts one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emojiPicker")
        self.setWindowTitle(self.tr("Emoji and special characters"))
        layout = QVBoxLayout(self)
        self.buttons: list[QToolButton] = []
        for title, characters in ((lambda: self.tr("Emoji"), EMOJI),
                                  (lambda: self.tr("Special characters"), SPECIAL)):
            heading = QLabel(self)
            self.follow(heading.setText, lambda title=title: f"<b>{title()}</b>")
            layout.addWidget(heading)
            grid = QGridLayout()
            grid.setSpacing(2)
            for index, char in enumerate(characters):
                button = QToolButton(self)
                button.setText(char)
                button.setAutoRaise(True)
                button.setAccessibleName(char)
                button.clicked.connect(lambda _=False, c=char: self._choose(c))
                grid.addWidget(button, index // COLUMNS, index % COLUMNS)
                self.buttons.append(button)
            layout.addLayout(grid)

    def _choose(self, char: str) -> None:
        self.chosen.emit(char)
