"""The main window driven like a user: typing, live findings, underlines, quick fixes,
hashtag chips, organisations, files, find, menus and keyboard use."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from composer.checking.work import CheckResult
from composer.model import Post


def selections(window, language: str) -> list[str]:
    """The texts under the editor's underlines."""
    return [s.cursor.selectedText() for s in window.editor(language).extraSelections()]


def click(panel, rect, offset: QPoint | None = None) -> None:
    """A left click in the findings list: on a button's centre, or ``offset`` into a card."""
    from PySide6.QtTest import QTest

    point = rect.topLeft() + offset if offset is not None else rect.center()
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_typing_into_each_editor_reaches_the_post(window, type_text, qtbot):
    texts = {
        "sv": "Välkommen på öppet hus i Rådhusparken på lördag – åk gärna buss!",
        "fi": "Tervetuloa avoimiin oviin Raatihuoneenpuistoon lauantaina – kävele tai pyöräile!",
        "en": "Welcome to the open house in the Town Hall Park on Saturday.",
    }
    changes = []
    window.post_changed.connect(lambda: changes.append(1))
    for language, text in texts.items():
        type_text(window.editor(language), text)
    post = window.current_post()
    assert post.versions == texts
    assert len(changes) == sum(len(t) for t in texts.values())


def test_findings_underline_the_right_characters_after_emoji(window, type_text, wait_checked):
    text = "🎈👍🏽 Läs mer på http://www.jakobstad.fi i dag."
    type_text(window.editor("sv"), text)
    wait_checked(window)
    rules = {(f.rule, f.language) for f in window.findings()}
    assert ("link.insecure", "sv") in rules
    assert "http://www.jakobstad.fi" in selections(window, "sv")


def test_emoji_in_another_version_does_not_shift_underlines(window, type_text, wait_checked):
    type_text(window.editor("fi"), "🎉🎉 Lisätietoja: http://www.pietarsaari.fi 👍🏽")
    type_text(window.editor("sv"), "Mer information: http://www.jakobstad.fi")
    wait_checked(window)
    assert selections(window, "fi") == ["http://www.pietarsaari.fi"]
    assert selections(window, "sv") == ["http://www.jakobstad.fi"]


def test_clean_text_gets_no_underlines(window, type_text, wait_checked):
    type_text(window.editor("sv"), "Välkommen till Skolparken på lördag klockan 11. Välkomna!")
    type_text(window.editor("fi"), "Tervetuloa Koulupuistoon lauantaina kello 11. Tervetuloa!")
    wait_checked(window)
    assert selections(window, "sv") == []
    assert selections(window, "fi") == []
    assert not [f for f in window.findings() if f.language in ("sv", "fi") and f.start is not None]


def test_findings_panel_lists_and_shows_a_finding(window, type_text, wait_checked, qtbot):
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "link.insecure")
    assert card.finding.guideline  # every finding names its guideline point
    assert card.citation == card.finding.guideline
    assert "http://" in card.text or card.finding.message in card.text
    click(panel, panel.button_rect(card, "Show"))
    editor = window.editor("sv")
    assert editor.textCursor().selectedText() == "http://www.jakobstad.fi"
    assert editor.hasFocus() or QApplication.focusWidget() is editor


def test_clicking_a_card_selects_its_span(window, type_text, wait_checked, qtbot):
    type_text(window.editor("fi"), "🎈 Lue lisää: http://www.pietarsaari.fi")
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "link.insecure")
    click(panel, panel.row_rect(card), QPoint(12, 8))
    assert window.editor("fi").textCursor().selectedText() == "http://www.pietarsaari.fi"


def test_quick_fix_replaces_the_span_and_undo_restores(window, type_text, wait_checked, qtbot):
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "link.insecure")
    fix = next(a.label for a in card.actions if "https://www.jakobstad.fi" in a.label)
    click(panel, panel.button_rect(card, fix))
    editor = window.editor("sv")
    assert editor.toPlainText() == "Läs mer på https://www.jakobstad.fi i dag."
    editor.undo()
    assert editor.toPlainText() == "Läs mer på http://www.jakobstad.fi i dag."
    wait_checked(window)
    assert "link.insecure" in {f.rule for f in window.findings()}


def test_remove_invisible_characters(window, type_text, wait_checked, qtbot):
    type_text(window.editor("fi"), "Tervetuloa\u200b kirjastoon\u2060 tänään.")
    wait_checked(window)
    def invisible_cards():
        return [
            c for c in window.findings_panel.listed() if c.finding.rule == "accessibility.invisible"
        ]

    cards = invisible_cards()
    assert cards
    panel = window.findings_panel
    while cards:
        click(panel, panel.button_rect(cards[0], "Remove invisible characters"))
        wait_checked(window)
        cards = invisible_cards()
    assert window.editor("fi").toPlainText() == "Tervetuloa kirjastoon tänään."


def test_context_menu_offers_the_suggestion(window, type_text, wait_checked):
    type_text(window.editor("sv"), "Följ oss! #jakobstadd")
    wait_checked(window)
    editor = window.editor("sv")
    position = editor.toPlainText().index("#jakobstadd") + 3
    menu = QMenu()
    actions = editor.fix_menu_actions(position, menu)
    replace = next(a for a in actions if "#jakobstad”" in a.text())
    replace.trigger()
    assert editor.toPlainText() == "Följ oss! #jakobstad"


def test_hovering_a_flag_shows_message_and_guideline(window, type_text, wait_checked, qtbot):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    editor = window.editor("sv")
    flag = next(f for f in editor.flags.flags if f.finding.rule == "link.insecure")
    cursor = editor.textCursor()
    cursor.setPosition(flag.start + 3)
    point = editor.cursorRect(cursor).center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, point, editor.viewport().mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    assert QToolTip.isVisible()
    assert flag.finding.message[:30] in QToolTip.text()
    assert "Guideline:" in QToolTip.text()
    QToolTip.hideText()


def test_whole_post_findings_have_no_show_button(make_window, type_text, wait_checked):
    window = make_window()
    type_text(window.editor("fi"), "Tervetuloa kirjastoon tänään kello 12.")
    wait_checked(window)
    missing = [c for c in window.findings_panel.listed() if c.finding.rule == "language.missing"]
    assert missing and missing[0].finding.language == "sv"
    assert "Show" not in [a.label for a in missing[0].actions]


def test_stale_results_are_dropped(window, type_text, wait_checked):
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    old_generation = window.checker.generation
    type_text(window.editor("sv"), " Välkommen!")
    stale = CheckResult(old_generation, Post(versions={"sv": "x"}), [], [])
    window.checker._receive(stale)  # as if it arrived from the checking process
    QApplication.processEvents()
    assert window.results.result is not stale
    wait_checked(window)
    assert "http://www.jakobstad.fi" in selections(window, "sv")


def test_hashtag_chip_appends_once_and_shows_used(window, qtbot, wait_checked):
    chips = window.editors.editors["sv"].chips
    assert chips.tags() == ["#jakobstad", "#enlitenstadmedstorthjärta", "#vigördettillsammans"]
    window.editor("sv").setPlainText("Välkommen till biblioteket!")
    button = chips.button("#jakobstad")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.editor("sv").toPlainText() == "Välkommen till biblioteket!\n\n#jakobstad"
    assert button.isChecked()
    qtbot.mouseClick(chips.button("#vigördettillsammans"), Qt.MouseButton.LeftButton)
    assert window.editor("sv").toPlainText().endswith("\n\n#jakobstad #vigördettillsammans")
    wait_checked(window)
    assert chips.is_used("#jakobstad") and chips.is_used("#vigördettillsammans")
    assert not chips.is_used("#enlitenstadmedstorthjärta")
    # The Finnish chips are the Finnish tags and untouched.
    assert window.editors.editors["fi"].chips.tags()[0] == "#pietarsaari"
    assert window.editor("fi").toPlainText() == ""


def test_chip_sees_a_tag_typed_in_another_case(window, qtbot):
    window.editor("sv").setPlainText("Hej! #Jakobstad")
    chip = window.editors.editors["sv"].chips.button("#jakobstad")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.editor("sv").toPlainText() == "Hej! #Jakobstad"


def test_organisation_switch_reorders_and_keeps_text(window, type_text):
    for language, text in {"sv": "Hej på er!", "fi": "Hei kaikki!", "en": "Hello all!"}.items():
        type_text(window.editor(language), text)
    assert window.editors.order == ["sv", "fi", "en"]
    combo = window.header.organisation
    combo.setCurrentIndex(combo.findData("kokkola"))
    assert window.editors.order == ["fi", "sv", "en"]
    assert window.current_post().organisation == "kokkola"
    assert window.editors.editors["fi"].required and window.editors.editors["sv"].required
    assert not window.editors.editors["en"].required
    combo.setCurrentIndex(combo.findData("naantali"))
    assert window.editors.order[0] == "fi"
    assert not window.editors.editors["sv"].required
    post = window.current_post()
    assert post.versions == {"sv": "Hej på er!", "fi": "Hei kaikki!", "en": "Hello all!"}
    # The columns are laid out left to right in that order.
    xs = [window.editors.editors[lang].x() for lang in window.editors.order]
    assert xs == sorted(xs)
    assert window.editors.editors["fi"].chips.tags() == []  # Naantali has no official tags


def test_optional_version_collapses_and_required_does_not(window):
    english = window.editors.editors["en"]
    assert english.toggle.isVisible()
    english.toggle.click()
    assert english.is_collapsed() and not english.editor.isVisible()
    english.toggle.click()
    assert english.editor.isVisible()
    swedish = window.editors.editors["sv"]
    assert not swedish.toggle.isVisible()
    swedish.set_collapsed(True)
    assert swedish.editor.isVisible()


def test_role_change_reaches_the_post_and_is_remembered(window):
    from composer.settings import Settings

    window.header.role.setCurrentIndex(window.header.role.findData("elected"))
    assert window.current_post().role == "elected"
    assert Settings.load().role == "elected"


def test_set_post_round_trips_and_does_not_emit(window):
    post = Post(
        organisation="kokkola",
        role="employee",
        channels=["facebook", "x"],
        versions={"fi": "Hei 👋", "sv": "Hej 👋"},
    )
    changes = []
    window.post_changed.connect(lambda: changes.append(1))
    window.set_post(post)
    assert changes == []
    current = window.current_post()
    assert (current.organisation, current.role, current.versions) == (
        "kokkola", "employee", post.versions
    )
    assert current.channels == ["facebook", "x"]
    assert window.header.organisation.currentData() == "kokkola"


def test_header_shows_length_and_language_badge(window, type_text, wait_checked):
    finnish = (
        "Kaupunginkirjasto on suljettuna juhannuksena, mutta palautusautomaatti toimii koko "
        "ajan. Tervetuloa taas maanantaina!"
    )
    window.editor("sv").setPlainText(finnish)
    type_text(window.editor("en"), "Hi 👋🏽!")
    wait_checked(window)
    swedish = window.editors.editors["sv"]
    assert swedish.badge.isVisible()
    assert "Finnish" in swedish.badge.accessibleName()  # shown whole or as "FI"
    assert window.editors.editors["en"].length.accessibleName() == "5 characters"
    assert not window.editors.editors["en"].badge.isVisible()


def test_open_shows_errors_naming_the_problem(window, tmp_path):
    broken = tmp_path / "broken.post.json"
    broken.write_text('{"organisation": "jakobstad", "versions": ', encoding="utf-8")
    assert not window.files.open_file(broken)
    assert window.dialogs.error_dialog.isVisible()
    assert "broken.post.json" in window.dialogs.error_dialog.text()
    assert "invalid JSON" in window.dialogs.error_dialog.text()
    window.dialogs.error_dialog.close()

    unknown = tmp_path / "unknown.post.json"
    unknown.write_text(json.dumps({"organisation": "turku"}), encoding="utf-8")
    assert not window.files.open_file(unknown)
    assert "organisation" in window.dialogs.error_dialog.text()
    assert "turku" in window.dialogs.error_dialog.text()
    window.dialogs.error_dialog.close()

    assert not window.files.open_file(tmp_path / "missing.post.json")
    assert "missing.post.json" in window.dialogs.error_dialog.text()


def test_open_errors_are_in_the_ui_language_detail_and_all(make_window, tmp_path):
    window = make_window("fi")
    broken = tmp_path / "rikki.post.json"
    broken.write_text('{"organisation": "jakobstad", "versions": ', encoding="utf-8")
    assert not window.files.open_file(broken)
    shown = window.dialogs.error_dialog.text()
    assert "rikki.post.json" in shown and "virheellinen JSON rivillä 1" in shown
    assert "invalid JSON" not in shown
    window.dialogs.error_dialog.close()
    wrong = tmp_path / "vaara.post.json"
    wrong.write_text(json.dumps({"organisation": "jakobstad", "versions": []}),
                     encoding="utf-8")
    assert not window.files.open_file(wrong)
    assert "versions: pitää olla objekti" in window.dialogs.error_dialog.text()


def test_save_and_open_round_trip(window, tmp_path, type_text):
    type_text(window.editor("sv"), "Hej på er, välkomna!")
    window.header.role.setCurrentIndex(window.header.role.findData("employee"))
    path = tmp_path / "post.post.json"
    assert window.files.save_file(path)
    assert not window.isWindowModified()
    assert "post.post.json" in window.windowTitle()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["versions"] == {"sv": "Hej på er, välkomna!"}
    assert data["role"] == "employee"
    window.files.new_post()
    assert window.current_post().versions == {}
    assert window.files.open_file(path)
    assert window.editor("sv").toPlainText() == "Hej på er, välkomna!"


def test_save_error_keeps_the_text(window, tmp_path, type_text):
    type_text(window.editor("fi"), "Tärkeä teksti")
    target = tmp_path / "no-such-folder" / "post.post.json"
    assert not window.files.save_file(target)
    assert window.dialogs.error_dialog.isVisible()
    assert "post.post.json" in window.dialogs.error_dialog.text()
    assert window.editor("fi").toPlainText() == "Tärkeä teksti"
    assert window.isWindowModified()


def test_find_bar_works_on_the_focused_editor(window, qtbot):
    window.editor("sv").setPlainText("Ett två tre två")
    window.editor("fi").setPlainText("Yksi kaksi kolme kaksi")
    window.editor("fi").setFocus()
    QApplication.processEvents()
    window.actions["find"].trigger()
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("kaksi")
    assert window.find_bar.find_next()
    cursor = window.editor("fi").textCursor()
    assert (cursor.selectedText(), cursor.selectionStart()) == ("kaksi", 5)
    assert window.find_bar.find_next()
    assert window.editor("fi").textCursor().selectionStart() == 17
    assert window.find_bar.find_next()  # wraps around
    assert window.editor("fi").textCursor().selectionStart() == 5
    window.find_bar.field.setText("saknas")
    assert not window.find_bar.find_next()
    assert window.find_bar.result.text() == "Not found"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert window.editor("sv").textCursor().selectedText() == ""


def test_menus_and_standard_shortcuts(window):
    assert set(window.menus) == {"file", "edit", "view", "tools", "team", "help", "recent"}
    from PySide6.QtGui import QKeySequence

    expected = {
        "new": QKeySequence.StandardKey.New,
        "open": QKeySequence.StandardKey.Open,
        "save": QKeySequence.StandardKey.Save,
        "undo": QKeySequence.StandardKey.Undo,
        "redo": QKeySequence.StandardKey.Redo,
        "copy": QKeySequence.StandardKey.Copy,
        "find": QKeySequence.StandardKey.Find,
        "quit": QKeySequence.StandardKey.Quit,
    }
    for name, key in expected.items():
        action = window.actions[name]
        assert not action.shortcut().isEmpty()
        bindings = QKeySequence.keyBindings(key)
        assert not bindings or action.shortcut() in bindings
        assert action in window.menus["file"].actions() + window.menus["edit"].actions()


def test_undo_and_copy_actions_work_on_the_focused_editor(window, type_text):
    editor = window.editor("sv")
    editor.setFocus()
    QApplication.processEvents()
    type_text(editor, "Hej")
    editor.selectAll()
    window.actions["copy"].trigger()
    assert QApplication.clipboard().text() == "Hej"
    window.actions["undo"].trigger()
    assert editor.toPlainText() != "Hej"


def test_tab_moves_from_the_selectors_through_the_editors_in_order(window):
    window.header.organisation.setFocus()
    QApplication.processEvents()
    seen = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if isinstance(widget, QPlainTextEdit) and widget.objectName() not in seen:
            seen.append(widget.objectName())
        window.focusNextChild()
        QApplication.processEvents()
    assert seen[:3] == ["editor-sv", "editor-fi", "editor-en"]


def test_every_control_has_an_accessible_name(window, type_text, wait_checked):
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    others = [w for w in (window.media_panel, window.preview) if w is not None]
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)):
            continue
        if any(o is widget or o.isAncestorOf(widget) for o in others):
            continue  # those panels test themselves
        if widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QLineEdit):
            continue  # Qt's own parts (a line edit's clear button)
        if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
            parent = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(parent).__name__}")
    assert missing == []


@pytest.mark.parametrize("name", ["preferences", "about"])
def test_dialogs_open_from_the_menus(window, name, qtbot):
    window.actions[name].trigger()
    shown = window.dialogs
    dialog = shown.preferences_dialog if name == "preferences" else shown.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()


def test_preferences_change_finding_language_and_spelling(window, type_text, wait_checked):
    from composer.settings import Settings
    from composer.ui.dialogs.preferences import PreferencesDialog

    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    english = next(f for f in window.findings() if f.rule == "link.insecure").message
    dialog = PreferencesDialog(window.settings, window)
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.spelling["sv"].setChecked(False)
    dialog.limit_boxes[("mastodon", "max_length")].setValue(1000)
    dialog.accept()
    window.apply_settings(dialog.settings)
    stored = Settings.load()
    assert stored.ui_language == "fi"
    assert stored.spelling["sv"] is False
    assert stored.channel_overrides["mastodon"]["max_length"] == 1000
    assert "x" not in stored.channel_overrides  # unchanged figures are not stored
    wait_checked(window)
    finnish = next(f for f in window.findings() if f.rule == "link.insecure").message
    assert finnish != english


def test_guideline_button_opens_the_viewer_at_the_point(window, type_text, wait_checked, qtbot):
    type_text(window.editor("sv"), "Läs mer på http://www.jakobstad.fi i dag.")
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "link.insecure")
    click(panel, panel.button_rect(card, "Guideline"))
    viewer = window.dialogs.guideline_viewer
    assert viewer is not None and viewer.isVisible()
    viewer.close()


def test_add_to_my_dictionary_stops_the_flag(window, type_text, wait_checked, qtbot):
    type_text(window.editor("fi"), "Tervetuloa kirjastoon, siellä on kivaa musikkia.")
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "spelling.unknown")
    assert window.editor("fi").toPlainText()[card.finding.start:card.finding.end] == "musikkia"
    click(panel, panel.button_rect(card, "Add to my dictionary"))
    wait_checked(window)
    assert not [f for f in window.findings() if f.rule == "spelling.unknown"]
    assert selections(window, "fi") == []


def test_machine_translation_is_marked_until_reviewed(window, wait_checked, qtbot, type_text):
    post = Post(
        organisation="kokkola",
        versions={"fi": "Kirjasto on auki tänään.", "sv": "Biblioteket är öppet i dag."},
        unreviewed=["sv"],
    )
    window.set_post(post)
    swedish = window.editors.editors["sv"]
    assert swedish.unreviewed.isVisible() and swedish.confirm.isVisible()
    assert not window.editors.editors["fi"].unreviewed.isVisible()
    wait_checked(window)
    assert "language.unreviewed" in {f.rule for f in window.findings()}
    changes = []
    window.post_changed.connect(lambda: changes.append(1))
    qtbot.mouseClick(swedish.confirm, Qt.MouseButton.LeftButton)
    assert changes and window.current_post().unreviewed == []
    assert not swedish.unreviewed.isVisible()
    wait_checked(window)
    assert "language.unreviewed" not in {f.rule for f in window.findings()}
    # Editing a machine-translated version counts as reviewing it too.
    window.set_unreviewed(["fi"])
    assert window.editors.editors["fi"].unreviewed.isVisible()
    type_text(window.editor("fi"), "!")
    assert window.current_post().unreviewed == []


def test_ignore_hides_a_word_in_this_post_and_ignore_all_until_closing(
        window, type_text, wait_checked):
    from composer.model import Post
    from composer.ui.findings.quick_fixes import IGNORE, IGNORE_ALL, fixes_for

    def misspelt() -> list[str]:
        text = window.editor("fi").toPlainText()
        return [text[f.start:f.end] for f in window.findings() if f.rule == "spelling.unknown"]

    type_text(window.editor("fi"), "Tervetuloa, siellä on kivaa musikkia ja kirjastoa tänaan.")
    wait_checked(window)
    assert sorted(misspelt()) == ["musikkia", "tänaan"]
    card = next(c for c in window.findings_panel.listed()
                if c.finding.rule == "spelling.unknown" and c.finding.start == 28)
    assert "Ignore in this post" in [a.label for a in card.actions]
    for word, kind in (("musikkia", IGNORE), ("tänaan", IGNORE_ALL)):
        finding = next(f for f in window.findings()
                       if window.editor("fi").toPlainText()[f.start:f.end] == word)
        fix = next(f for f in fixes_for(finding) if f.kind == kind)
        window.results.apply_fix("fi", window.editor("fi").flags.for_index(
            window.findings().index(finding)), fix)
        wait_checked(window)
    assert misspelt() == []
    # Another post: the word ignored in the last post counts again, "Ignore all" stays.
    window.set_post(Post(organisation="kokkola",
                         versions={"fi": "Kivaa musikkia tänaan.", "sv": "Musik i dag."}))
    wait_checked(window)
    assert misspelt() == ["musikkia"]
