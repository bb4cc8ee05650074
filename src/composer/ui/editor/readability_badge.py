"""The small readability badge beside a version's character count.

Shows the version's plain-language level (clear, fair, heavy: from
:mod:`composer.readability`, computed in the checking process) and, as its tooltip, what
raises it (long sentences, long words, LIX, noun chains …). Empty versions show none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from composer.ui.shared.palette_colours import readable


def level_name(level: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "clear": translate("ReadabilityBadge", "Clear"),
        "fair": translate("ReadabilityBadge", "Fairly clear"),
        "heavy": translate("ReadabilityBadge", "Heavy"),
    }
    return names.get(level, level)


def reason_text(reason: str, lix: float | None) -> str:
    translate = QCoreApplication.translate
    texts = {
        "long-sentence": translate("ReadabilityBadge", "long sentences"),
        "long-word": translate("ReadabilityBadge", "long words"),
        "lix": translate("ReadabilityBadge", "readability index LIX %1").replace(
            "%1", f"{lix:g}" if lix else "?"),
        "noun-chain": translate("ReadabilityBadge", "chains of genitive nouns"),
        "nominal-style": translate("ReadabilityBadge", "nominal style (“-minen” nouns)"),
        "passive": translate("ReadabilityBadge", "mostly passive verbs"),
        "participles": translate("ReadabilityBadge", "participle constructions"),
    }
    return texts.get(reason, reason)


#: Badge colours per level (made readable on the window's background).
_COLOURS = {"clear": "#1b6e2c", "fair": "#8a5a00", "heavy": "#a3301f"}


class ReadabilityBadge(QLabel):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"readability-{language}")
        self.level = ""
        self._dot = ""  # the coloured dot, as rich text
        #: The dot alone whatever the width (the column's header is short of room).
        self.dot_only = False
        self.hide()

    # A narrow column keeps the dot alone (the level stays in the tooltip), so the
    # version's name and character count beside it are never cut.
    def _full_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(f"● {level_name(self.level)}") + 2

    def sizeHint(self) -> QSize:
        return QSize(self._full_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("●") + 2,
                     super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._render()
        super().resizeEvent(event)

    def set_dot_only(self, dot_only: bool) -> None:
        if dot_only != self.dot_only:
            self.dot_only = dot_only
            self._render()

    def _render(self) -> None:
        if not self.level:
            return
        wide = not self.dot_only and self.width() >= self._full_width()
        text = f"{self._dot} {level_name(self.level)}" if wide else self._dot
        if text != self.text():
            self.setText(text)

    def set_readability(self, entry: tuple[str, tuple[str, ...], float | None] | None) -> None:
        """Show ``(level, reasons, LIX)``; ``None`` hides the badge."""
        if entry is None:
            self.level = ""
            self.hide()
            return
        level, reasons, lix = entry
        self.level = level
        background = self.palette().color(QPalette.ColorRole.Window)
        colour = readable(QColor(_COLOURS.get(level, "#555555")), background).name()
        self._dot = f"<span style='color:{colour}'>●</span>"
        self.setText(f"{self._dot} {level_name(level)}")
        self.updateGeometry()
        self._render()
        if reasons:
            tip = self.tr("Plain language: %1. What raises it: %2.").replace(
                "%1", level_name(level).lower()).replace(
                "%2", ", ".join(reason_text(r, lix) for r in reasons))
        else:
            tip = self.tr("Plain language: clear. Short sentences and familiar words.")
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.show()
