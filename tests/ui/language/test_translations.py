"""The UI in Finnish, Swedish and English: every message translated, the compiled files
found, and no English left in any window or dialog of the Finnish and Swedish UI."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QWidget,
)

REPO = Path(__file__).resolve().parents[3]
TRANSLATIONS = REPO / "translations"
PLACEHOLDER = re.compile(r"%\d|%n|\{\d\}")
#: Names of the UI languages, written in their own language on purpose.
ENDONYMS = {"English", "suomi", "svenska"}


def messages(path: Path) -> list[dict]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                {
                    "context": name,
                    "source": message.findtext("source"),
                    "comment": message.findtext("comment") or "",
                    "unfinished": translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    "forms": forms or [translation.text or ""],
                }
            )
    return found


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_message_is_translated_with_its_placeholders(language):
    found = messages(TRANSLATIONS / f"composer_{language}.ts")
    assert found
    for message in found:
        assert not message["unfinished"], message
        for form in message["forms"]:
            assert form.strip(), message
            assert sorted(set(PLACEHOLDER.findall(form))) == sorted(
                set(PLACEHOLDER.findall(message["source"]))
            ), message


def test_english_plural_forms_are_written():
    for message in messages(TRANSLATIONS / "composer_en.ts"):
        assert not message["unfinished"] and all(message["forms"]), message
        assert len(message["forms"]) == 2


def test_translation_files_cover_every_string_in_the_code(tmp_path):
    fresh = tmp_path / "fresh_fi.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (REPO / "src" / "composer" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)

    def keys(path: Path) -> set[tuple[str, str, str]]:
        return {(m["context"], m["source"], m["comment"]) for m in messages(path)}

    in_code = keys(fresh)
    for language in ("fi", "sv"):
        missing = in_code - keys(TRANSLATIONS / f"composer_{language}.ts")
        assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:10]}"


def test_compiled_translations_are_found_and_used(compiled_translations, ui_language):
    assert {p.name for p in compiled_translations} >= {"composer_fi.qm", "composer_sv.qm"}
    loaded = ui_language("fi")
    assert any(p.endswith("composer_fi.qm") for p in loaded)
    assert QCoreApplication.translate("Menus", "&File") == "&Tiedosto"
    ui_language("sv")
    assert QCoreApplication.translate("Menus", "&File") == "&Arkiv"
    ui_language("en")
    assert QCoreApplication.translate("Menus", "&File") == "&File"


# -- what a user sees ---------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text).replace("[*]", "")
    return re.sub(r"&(?=\w)", "", text).strip()


def visible_texts(root: QWidget) -> list[str]:
    """Every text a user can see or hear in ``root``: labels, buttons, titles, items,
    tooltips, placeholders, accessible names and menus."""
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        texts += [widget.toolTip(), widget.accessibleName()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                item = widget.horizontalHeaderItem(column)
                if item is not None:
                    texts.append(item.text())
    menu_bar = getattr(root, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            texts.append(action.text())
            if action.menu() is not None:
                texts += [a.text() for a in action.menu().actions()]
    return [_clean(t) for t in texts if t and _clean(t)]


def english_patterns(language: str) -> list[re.Pattern[str]]:
    """Patterns of the English source strings whose translation differs from them."""
    patterns = []
    for message in messages(TRANSLATIONS / f"composer_{language}.ts"):
        source = message["source"]
        if any(form == source for form in message["forms"]) or source in ENDONYMS:
            continue
        text = _clean(source)
        if len(text) < 2:
            continue
        pattern = re.escape(text)
        pattern = re.sub(r"%\d|%n|\\\{\d\\\}", ".+", pattern)
        patterns.append(re.compile(f"^{pattern}$"))
    return patterns


def _open_everything(window, tmp_path):
    """Opens each dialog of the app; returns the widgets to inspect."""
    window.actions["find"].trigger()
    window.actions["preferences"].trigger()
    window.actions["about"].trigger()
    window.dialogs.show_guideline("")
    window.files.open_file(tmp_path / "missing.post.json")
    shown = window.dialogs
    dialogs = [window, shown.preferences_dialog, shown.about_dialog, shown.error_dialog]
    if window.dialogs.guideline_viewer is not None:
        dialogs.append(window.dialogs.guideline_viewer)
    tabs = window.dialogs.preferences_dialog.tabs
    pages = [tabs.widget(i) for i in range(tabs.count())]
    return dialogs, pages


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_no_english_shows_in_any_dialog(make_window, language, tmp_path, type_text, wait_checked):
    window = make_window(language)
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    dialogs, pages = _open_everything(window, tmp_path)
    patterns = english_patterns(language)
    untranslated = set()
    for root in [*dialogs, *pages]:
        for text in visible_texts(root):
            if any(p.match(text) for p in patterns):
                untranslated.add(text)
    for dialog in dialogs[1:]:
        dialog.close()
    assert untranslated == set()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fi", ["Ruotsiksi", "Suomeksi", "Englanniksi"]), ("sv", ["Svenska", "Finska", "Engelska"])],
)
def test_headers_and_findings_follow_the_ui_language(
    make_window, language, expected, type_text, wait_checked
):
    from composer import check

    window = make_window(language)
    # The whole name (a narrow column shows its code, the name in the tooltip).
    assert [window.editors.editors[lang].title.accessibleName()
            for lang in window.editors.order] == expected
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    shown = next(f for f in window.findings() if f.rule == "link.insecure")
    in_english = next(
        f for f in check(window.current_post(), ui_language="en") if f.rule == "link.insecure"
    )
    assert shown.message != in_english.message
    assert shown.guideline != in_english.guideline


def test_english_ui_shows_no_raw_placeholders(make_window, tmp_path, type_text, wait_checked):
    window = make_window("en")
    type_text(window.editor("fi"), "Hei! 👋")
    wait_checked(window)
    dialogs, pages = _open_everything(window, tmp_path)
    for root in [*dialogs, *pages]:
        for text in visible_texts(root):
            assert not PLACEHOLDER.search(text) and "(s)" not in text, text
    for dialog in dialogs[1:]:
        dialog.close()
