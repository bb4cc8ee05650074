"""Find and Replace across the language versions: count, find next, replace, replace all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from composer.ui.editor.find_replace import FindReplaceDialog


@pytest.fixture
def host(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def editors(qtbot, host, ui_language):
    ui_language("en")
    texts = {"fi": "Kirjasto on auki. Kirjasto sulkeutuu klo 20.",
             "sv": "Biblioteket är öppet. 😀 Kirjasto på finska.",
             "en": "The library is open."}
    edits = {}
    for lang, text in texts.items():
        edit = QPlainTextEdit(host)
        edit.setPlainText(text)
        edits[lang] = edit
    host.show()
    return edits


@pytest.fixture
def dialog(qtbot, editors):
    box = FindReplaceDialog(lambda: list(editors.items()))
    qtbot.addWidget(box)
    return box


def test_counts_matches_in_every_version(dialog):
    dialog.find_field.setText("kirjasto")
    assert dialog.counts() == {"fi": 2, "sv": 1}
    assert dialog.count.text() == "3 matches · in 2 versions"
    dialog.case.setChecked(True)
    dialog.find_field.setText("Kirjasto")
    assert sum(dialog.counts().values()) == 3
    dialog.find_field.setText("kirjasto")
    assert dialog.counts() == {}
    assert dialog.count.text() == "No matches"


def test_find_next_walks_the_versions_and_wraps(dialog, editors):
    dialog.find_field.setText("kirjasto")
    seen = []
    for _ in range(4):
        assert dialog.find_next()
        editor = dialog._last
        lang = next(lang for lang, e in editors.items() if e is editor)
        seen.append((lang, editor.textCursor().selectionStart()))
    assert seen == [("fi", 0), ("fi", 18), ("sv", 25), ("fi", 0)]


def test_replace_then_replace_all_is_one_undo_per_version(dialog, editors):
    dialog.find_field.setText("Kirjasto")
    dialog.replace_field.setText("Pääkirjasto")
    dialog.find_next()
    dialog.replace()
    assert editors["fi"].toPlainText().startswith("Pääkirjasto on auki. Kirjasto")
    assert dialog.replace_all() == 3  # "Pääkirjasto" matches too, without case
    assert editors["fi"].toPlainText() == (
        "PääPääkirjasto on auki. Pääkirjasto sulkeutuu klo 20.")
    assert editors["sv"].toPlainText() == "Biblioteket är öppet. 😀 Pääkirjasto på finska."
    assert dialog.count.text() == "Replaced 3 matches"
    editors["sv"].undo()
    assert editors["sv"].toPlainText() == "Biblioteket är öppet. 😀 Kirjasto på finska."
    assert editors["en"].toPlainText() == "The library is open."
