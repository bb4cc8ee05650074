"""The About dialog: the version from composer.__version__, the project licence and the
bundled components with their licences, consistent with the licence files shipped."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

import composer

REPO = Path(__file__).resolve().parents[2]
THIRD_PARTY = REPO / "packaging" / "THIRD_PARTY_LICENSES.md"


@pytest.fixture
def about(qtbot):
    from composer.ui.dialogs.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def rows(dialog) -> list[tuple[str, str, str]]:
    table = dialog.components
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def label_texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_shows_version_and_project_licence(about):
    text = label_texts(about)
    assert f"composer {composer.__version__}" in text
    assert "GNU General Public License, version 3 or later" in text


def test_lists_the_bundled_components_with_their_licences(about):
    licences = {name: spdx for name, spdx, _ in rows(about)}
    assert licences["Qt 6"] == "LGPL-3.0-only"
    assert licences["PySide6, Shiboken6"] == "LGPL-3.0-only"
    assert "GPL-2.0-or-later" in licences["voikko-fi"]
    assert "GPL-2.0-or-later" in licences["libvoikko"]
    assert licences["Hunspell"] == "MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"
    assert licences["Hunspell sv_FI"].startswith("LGPL")
    assert licences["Hunspell en_GB"].startswith("LGPL")
    assert licences["pyspellchecker"] == "MIT"
    assert licences["langdetect"] == "Apache-2.0"
    assert licences["phonenumbers"] == "Apache-2.0"
    assert licences["python-stdnum"] == "LGPL-2.1-or-later"
    assert licences["Python"] == "PSF-2.0"
    for name in ("keyring", "deepl", "platformdirs"):
        assert licences[name] == "MIT"


def test_points_to_the_full_licence_texts(about):
    from composer.ui.dialogs.about import licence_files

    names = {path.name for path in licence_files()}
    assert names == {"LICENSE", "THIRD_PARTY_LICENSES.md"}
    assert "THIRD_PARTY_LICENSES.md" in label_texts(about)


def test_every_component_is_described_in_the_third_party_file():
    from composer.ui.dialogs.about import COMPONENTS

    described = THIRD_PARTY.read_text(encoding="utf-8")
    for name, spdx, _ in COMPONENTS:
        first = name.split(",")[0].split(" (")[0]
        assert first in described, name
        assert spdx.split(" (")[0] in described, (name, spdx)


def test_project_licence_is_the_full_gpl3():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text


@pytest.mark.parametrize(("language", "expected"), [("fi", "Lisenssi"), ("sv", "Licens")])
def test_speaks_the_ui_language(qtbot, compiled_translations, language, expected):
    from composer.ui.dialogs.about import AboutDialog
    from composer.ui.language.ui_language import install_translators

    install_translators(language)
    try:
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        header = dialog.components.horizontalHeaderItem(1).text()
        purposes = {row[0]: row[2] for row in rows(dialog)}
    finally:
        install_translators("en")
    assert header == expected
    assert purposes["Qt 6"] != "User interface"


def test_opens_from_help_about_in_the_main_window(qtbot):
    from composer.settings import Settings
    from composer.ui.dialogs.about import AboutDialog
    from composer.ui.window.main_window import MainWindow

    window = MainWindow(Settings(), "en")
    window.files.confirm_discard = False
    qtbot.addWidget(window)
    window.actions["about"].trigger()
    qtbot.waitUntil(lambda: isinstance(window.dialogs.about_dialog, AboutDialog)
                    and window.dialogs.about_dialog.isVisible())
    window.dialogs.about_dialog.reject()
