"""The small readability badge beside a version's character count.

Shows the version's plain-language level (clear, fair, heavy: from
:mod:`composer.readability`, computed in the checking process) and, as its tooltip, what
raises it (long sentences, long words, LIX, noun chains …). Empty versions show none.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from composer.ui.shared.palette_colours import readable


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadabilityBadge", text)


def level_name(level: str) -> str:
    return {"clear": _tr("Clear"), "fair": _tr("Fairly clear"), "heavy": _tr("Heavy")}.get(
        level, level)


def reason_text(reason: str, lix: float | None) -> str:
    texts = {
        "long-sentence": _tr("long sentences"),
        "long-word": _tr("long words"),
        "lix": _tr("readability index LIX %1").replace("%1", f"{lix:g}" if lix else "?"),
        "noun-chain": _tr("chains of genitive nouns"),
        "nominal-style": _tr("nominal style (“-minen” nouns)"),
        "passive": _tr("mostly passive verbs"),
        "participles": _tr("participle constructions"),
    }
    return texts.get(reason, reason)


#: Badge colours per level (made readable on the window's background).
_COLOURS = {"clear": "#1b6e2c", "fair": "#8a5a00", "heavy": "#a3301f"}


class ReadabilityBadge(QLabel):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"readability-{language}")
        self.level = ""
        self.hide()

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
        self.setText(f"<span style='color:{colour}'>●</span> {level_name(level)}")
        if reasons:
            tip = _tr("Plain language: %1. What raises it: %2.").replace(
                "%1", level_name(level).lower()).replace(
                "%2", ", ".join(reason_text(r, lix) for r in reasons))
        else:
            tip = _tr("Plain language: clear. Short sentences and familiar words.")
        self.setToolTip(tip)
        self.setAccessibleName(tip)
        self.show()
