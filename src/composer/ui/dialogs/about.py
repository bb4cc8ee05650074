"""The About dialog (Help → About): name, version, what composer is, its licence and the
licences of the components the installed app bundles. Also the app's icon.

The component list here is the short form of ``packaging/THIRD_PARTY_LICENSES.md``, which
ships next to the executable with the full details (the tests keep both in step).
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import composer
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage

#: Reverse-DNS id of the app: desktop file, icon and AppStream metadata names.
APP_ID = "fi.composer.Composer"
PROJECT_LICENCE = "GPL-3.0-or-later"

#: (component, SPDX licence expression, what composer uses it for). Names and licence
#: identifiers are not translated; the purposes are (context "AboutDialog").
COMPONENTS: tuple[tuple[str, str, object], ...] = (
    ("Python", "PSF-2.0", QT_TRANSLATE_NOOP("AboutDialog", "Runs the program")),
    ("Qt 6", "LGPL-3.0-only", QT_TRANSLATE_NOOP("AboutDialog", "User interface")),
    ("PySide6, Shiboken6", "LGPL-3.0-only",
     QT_TRANSLATE_NOOP("AboutDialog", "Connects the program to Qt")),
    ("libvoikko", "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later",
     QT_TRANSLATE_NOOP("AboutDialog", "Finnish spelling and word forms")),
    ("voikko-fi", "GPL-2.0-or-later", QT_TRANSLATE_NOOP("AboutDialog", "Finnish dictionary")),
    ("HFST ospell", "Apache-2.0", QT_TRANSLATE_NOOP("AboutDialog", "Used by Voikko")),
    ("Hunspell", "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later",
     QT_TRANSLATE_NOOP("AboutDialog", "Swedish and English spelling")),
    ("chunspell", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Connects the program to Hunspell")),
    ("Hunspell sv_FI", "LGPL-3.0-only", QT_TRANSLATE_NOOP("AboutDialog", "Swedish dictionary")),
    ("Hunspell en_GB", "LGPL-2.1-or-later",
     QT_TRANSLATE_NOOP("AboutDialog", "British English dictionary")),
    ("Hunspell fr, es, it, de", "MPL-2.0, GPL-3.0-only, GPL-2.0-or-later",
     QT_TRANSLATE_NOOP("AboutDialog", "Tells quoted foreign phrases from misspellings")),
    ("pyspellchecker", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Ranks English suggestions")),
    ("langdetect", "Apache-2.0",
     QT_TRANSLATE_NOOP("AboutDialog", "Recognises the language of a text")),
    ("phonenumbers", "Apache-2.0", QT_TRANSLATE_NOOP("AboutDialog", "Finds phone numbers")),
    ("python-stdnum", "LGPL-2.1-or-later",
     QT_TRANSLATE_NOOP("AboutDialog", "Finds identity codes and bank account numbers")),
    ("regex", "Apache-2.0 AND CNRI-Python", QT_TRANSLATE_NOOP("AboutDialog", "Text patterns")),
    ("keyring", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Keeps translation service keys safe")),
    ("deepl", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Optional machine translation")),
    ("httpx", "BSD-3-Clause",
     QT_TRANSLATE_NOOP("AboutDialog", "Team review on WebDAV servers")),
    ("platformdirs", "MIT", QT_TRANSLATE_NOOP("AboutDialog", "Finds the settings folders")),
    ("ICU", "Unicode-3.0", QT_TRANSLATE_NOOP("AboutDialog", "Used by Qt and Voikko")),
)


def _bundle_dir() -> Path | None:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else None


def _packaging_dir() -> Path:
    return Path(__file__).resolve().parents[4] / "packaging"


def licence_files() -> list[Path]:
    """The project's licence and the third-party list: in the bundle or the source tree."""
    bundle = _bundle_dir()
    folders = [bundle / "licenses"] if bundle else []
    folders += [_packaging_dir().parent, _packaging_dir()]
    found: dict[str, Path] = {}
    for folder in folders:
        for name in ("LICENSE", "THIRD_PARTY_LICENSES.md"):
            if name not in found and (folder / name).is_file():
                found[name] = folder / name
    return list(found.values())


def app_icon() -> QIcon:
    """The application icon: from the icon theme when installed, else the bundled PNGs."""
    icon = QIcon.fromTheme(APP_ID)
    if not icon.isNull():
        return icon
    icon = QIcon()
    bundle = _bundle_dir()
    if bundle and (bundle / "icons").is_dir():
        for png in sorted((bundle / "icons").glob("*.png")):
            icon.addFile(str(png))
    for png in sorted(_packaging_dir().glob(f"icons/hicolor/*/apps/{APP_ID}.png")):
        icon.addFile(str(png))
    return icon


class AboutDialog(FollowsLanguage, FitsScreen, QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(self.tr("About composer"))

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2>composer {composer.__version__}</h2>", self)
        title.setObjectName("about-title")
        header = QHBoxLayout()
        header.addWidget(icon)
        header.addWidget(title, 1)

        text = QLabel(
            self.tr(
                "A post composer with a guideline assistant for the communications staff of "
                "Finnish municipalities. Works fully offline."
            ),
            self,
        )
        licence = QLabel(
            self.tr(
                "Licence: GNU General Public License, version 3 or later. This program comes "
                "with absolutely no warranty; you may share and change it under that licence."
            ),
            self,
        )
        licence.setObjectName("about-licence")
        runtime = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__}",
            self,
        )
        runtime.setObjectName("about-runtime")
        components_title = QLabel(self.tr("Included components and their licences"), self)
        font = components_title.font()
        font.setBold(True)
        components_title.setFont(font)

        self.components = QTableWidget(len(COMPONENTS), 3, self)
        self.components.setObjectName("about-components")
        self.components.setAccessibleName(self.tr("Included components and their licences"))
        self.components.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Licence"), self.tr("Used for")]
        )
        for row, (name, spdx, purpose) in enumerate(COMPONENTS):
            for column, value in enumerate((name, spdx)):
                self.components.setItem(row, column, QTableWidgetItem(value))
            used_for = QTableWidgetItem()
            self.components.setItem(row, 2, used_for)
            self.follow(used_for.setText, lambda purpose=purpose: QCoreApplication.translate(
                "AboutDialog", str(purpose)))
        self.components.verticalHeader().hide()
        self.components.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.components.setWordWrap(False)
        header_view = self.components.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setStretchLastSection(True)
        self.components.resizeRowsToContents()

        files = licence_files()
        where = QLabel(self)
        self.follow(where.setText, lambda: self.tr("Full licence texts: %1").replace(
            "%1", ", ".join(str(p) for p in files) or "-"))
        where.setObjectName("about-licence-files")

        for label in (title, text, licence, runtime, where):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(text)
        layout.addWidget(licence)
        layout.addWidget(runtime)
        layout.addWidget(components_title)
        layout.addWidget(self.components, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)
        self.resize(860, 600)
