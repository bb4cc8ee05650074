"""The About dialog: name, version and licence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import composer


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About composer"))
        title = QLabel(f"<h2>composer {composer.__version__}</h2>", self)
        text = QLabel(
            self.tr(
                "A post composer with a guideline assistant for the communications staff of "
                "Finnish municipalities. Works fully offline."
            ),
            self,
        )
        text.setWordWrap(True)
        licence = QLabel(
            self.tr(
                "Licence: GNU General Public License, version 3 or later. Uses Qt (LGPL), "
                "Voikko (GPL) and Hunspell dictionaries (LGPL)."
            ),
            self,
        )
        licence.setWordWrap(True)
        for label in (title, text, licence):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QVBoxLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(licence)
        layout.addLayout(self.details)
        layout.addWidget(buttons)
        self.resize(460, 240)
