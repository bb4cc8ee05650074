"""What people expect of a desktop app: keyboard conventions, the tab order, recent
files, text size, the UI language switching at once, the first-start welcome."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from composer.model import Post
from composer.postfile import save_post
from composer.settings import Settings


def press(window, sequence: str) -> None:
    """A shortcut as the user types it, sent to the focused widget."""
    target = QApplication.focusWidget() or window
    QTest.keySequence(target, QKeySequence(sequence))


def focus_editor(window, qtbot, language: str) -> None:
    window.activateWindow()
    window.editor(language).setFocus()
    qtbot.waitUntil(window.editor(language).hasFocus)


def test_ctrl_y_redoes_and_ctrl_shift_z_too(window, qtbot, type_text):
    focus_editor(window, qtbot, "sv")
    type_text(window.editor("sv"), "Torget")
    window.editor("sv").undo()
    assert window.editor("sv").toPlainText() == ""
    assert "Ctrl+Y" in [k.toString() for k in window.actions["redo"].shortcuts()]
    press(window, "Ctrl+Y")
    assert window.editor("sv").toPlainText() == "Torget"
    window.editor("sv").undo()
    press(window, "Ctrl+Shift+Z")
    assert window.editor("sv").toPlainText() == "Torget"


def test_ctrl_and_alt_digits_go_to_the_versions_in_column_order(window, qtbot):
    focus_editor(window, qtbot, "en")
    order = window.editors.order  # Jakobstad: sv, fi, en
    assert order[:2] == ["sv", "fi"]
    window.set_optional_visible(False)  # the English column collapsed
    for number, language in enumerate(order, start=1):
        press(window, f"Ctrl+{number}")
        assert window.editor(language).hasFocus(), language
    press(window, "Alt+2")
    assert window.editor(order[1]).hasFocus()
    assert not window.editors.editors["en"].is_collapsed()  # opened to take the cursor


def test_shift_f10_opens_the_editor_menu_at_the_cursor(window, qtbot, type_text,
                                                      wait_checked):
    focus_editor(window, qtbot, "fi")
    type_text(window.editor("fi"), "Tervetuloa musikkia")
    wait_checked(window)
    editor = window.editor("fi")
    cursor = editor.textCursor()
    cursor.setPosition(13)
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: editor.menu is not None and editor.menu.isVisible())
    texts = [a.text() for a in editor.menu.actions()]
    assert "Ignore in this post" in texts and "Add to my dictionary" in texts
    editor.menu.close()


def test_tab_follows_the_columns_as_shown(window, qtbot):
    window.set_post(Post(organisation="kokkola", versions={"fi": "Tori", "sv": "Torget"}))
    for column in window.editors.editors.values():
        column.set_translatable(True)
    window._update_tab_order()
    window.activateWindow()
    window.header.organisation.setFocus()
    qtbot.waitUntil(window.header.organisation.hasFocus)
    seen: list[QWidget] = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is window.findings_panel.view:
            break
    names = [w.objectName() for w in seen]
    columns = [n for n in names if n.startswith(("translate-", "editor-"))]
    # Kokkola's order is fi, sv, en; each column's Translate… before its text.
    assert columns == ["translate-fi", "editor-fi", "translate-sv", "editor-sv",
                       "translate-en", "editor-en"]
    assert seen[-1] is window.findings_panel.view  # Tab reaches the findings


def test_tab_brings_a_tabbed_panel_to_the_front(window, qtbot):
    panels = window.panels
    findings, preview = panels.findings_dock, panels.preview_dock
    window.tabifyDockWidget(findings, preview)
    findings.raise_()
    qtbot.waitUntil(lambda: window.preview.visibleRegion().isEmpty())
    window.activateWindow()
    window.media_panel.add_button.setFocus()
    qtbot.waitUntil(window.media_panel.add_button.hasFocus)
    # The images' button, then the findings, then the previews: each on screen when
    # the keyboard reaches it.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.findings_panel.view
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert preview.isAncestorOf(QApplication.focusWidget())
    qtbot.waitUntil(lambda: not window.preview.visibleRegion().isEmpty())
    assert window.findings_panel.view.visibleRegion().isEmpty()


def test_text_size_is_changed_with_the_keyboard_and_remembered(window, qtbot, make_window):
    focus_editor(window, qtbot, "sv")
    before = window.editor("sv").font().pointSizeF()
    press(window, "Ctrl++")
    press(window, "Ctrl++")
    assert window.editor("sv").font().pointSizeF() == before + 2
    assert window.editor("fi").font().pointSizeF() == before + 2
    assert Settings.load().editor_font_size == before + 2
    again = make_window(settings=Settings.load())
    assert again.editor("en").font().pointSizeF() == before + 2
    focus_editor(window, qtbot, "sv")
    press(window, "Ctrl+0")
    assert window.editor("sv").font().pointSizeF() == before
    assert Settings.load().editor_font_size == 0


def test_recent_files_and_the_title(window, tmp_path):
    first, second = tmp_path / "tori.post.json", tmp_path / "simhall.post.json"
    save_post(Post(organisation="kokkola", versions={"fi": "Tori"}), first)
    save_post(Post(organisation="jakobstad", versions={"sv": "Simhallen"}), second)
    assert window.windowTitle().startswith("New post")
    window.files.open_file(first)
    window.files.open_file(second)
    assert window.windowTitle().startswith("simhall.post.json")
    menu: QMenu = window.menus["recent"]
    menu.aboutToShow.emit()
    entries = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert entries[:2] == ["&1 simhall.post.json", "&2 tori.post.json"]
    assert Settings.load().recent_files[:2] == [str(second), str(first)]
    menu.actions()[1].trigger()
    assert window.editor("fi").toPlainText() == "Tori"
    assert window.windowTitle().startswith("tori.post.json")
    window.files.new_post()
    assert window.windowTitle().startswith("New post")


def test_the_ui_language_changes_at_once(window, qtbot, ui_language):
    assert window.menus["file"].title() == "&File"
    settings = Settings(**{**window.settings.__dict__, "ui_language": "fi"})
    window.apply_settings(settings)
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Tiedosto")
    assert window.actions["replace"].text() == "Etsi ja ko&rvaa…"
    assert window.panels.findings_dock.windowTitle() == "Havainnot"
    column = window.editors.editors["fi"]
    assert column.status.accessibleName() in ("pakollinen", "valinnainen")
    assert window.header._labels[0].text() == "O&rganisaatio:"
    assert window.windowTitle().startswith("Uusi julkaisu")
    window.apply_settings(Settings(**{**settings.__dict__, "ui_language": "sv"}))
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Arkiv")
    assert window.menus["recent"].title() == "Öppna s&enaste"


def test_the_images_and_the_date_change_language_at_once_too(window, qtbot, ui_language,
                                                              tmp_path):
    from tests.ui.editor.test_media_panel import make_png

    window.media_panel.add_files([make_png(tmp_path), str(tmp_path / "gone.png")])
    found, missing = window.media_panel.items()
    qtbot.waitUntil(missing.failed)
    window.apply_settings(Settings(**{**window.settings.__dict__, "ui_language": "fi"}))
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Tiedosto")
    assert window.header.publish_on.specialValueText() == "tänään"
    assert window.media_panel.add_button.text() == "&Lisää kuvia…"
    assert found.remove.text() == "&Poista" and found.alt_heading.text() == (
        "Vaihtoehtoinen teksti")
    label = found.form.labelForField(found.alt_field("fi"))
    assert label.text() == "Suomi:"
    assert found.alt_field("fi").accessibleName() == "Vaihtoehtoinen teksti, kieli: suomi"
    assert missing.message().startswith("Tiedostoa ei löytynyt")
    assert "gone.png" in missing.message()


def test_first_start_welcome_asks_for_the_organisation_once(window, qtbot):
    from composer.ui.app import welcome

    assert not window.settings.welcomed
    welcome(window)
    dialog = window.welcome_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.organisation.setCurrentIndex(dialog.organisation.findData("naantali"))
    dialog.accept()
    stored = Settings.load()
    assert stored.welcomed and stored.organisation == "naantali"
    assert window.current_post().organisation == "naantali"
    assert window.editors.order[0] == "fi"


def test_a_new_post_shows_no_errors_before_anything_is_written(window, wait_checked,
                                                              type_text):
    wait_checked(window)
    assert [f for f in window.findings() if f.rule == "language.missing"] == []
    assert window.editors.editors["sv"].status.accessibleName() == "required"
    window.editor("en").moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor("en"), "The market opens today.")
    wait_checked(window)
    assert {f.language for f in window.findings() if f.rule == "language.missing"} == {
        "sv", "fi"}


def test_a_narrow_column_shortens_its_header_and_never_cuts_it(qtbot, ui_language):
    from composer.ui.editor.editors import MIN_COLUMN_WIDTH, LanguageEditor

    ui_language("en")
    column = LanguageEditor("sv")
    qtbot.addWidget(column)
    column.set_length(37)
    column.set_readability(("clear", (), None))
    column.resize(600, 300)
    column.show()
    labels = (column.title, column.status, column.length, column.readability)

    def whole() -> bool:  # every label at least as wide as the text it shows
        return all(label.width() >= label.sizeHint().width() for label in labels[:3]) and (
            column.readability.width() >= column.readability.minimumSizeHint().width())

    qtbot.waitUntil(lambda: column.length.text() == "37 characters" and whole())
    assert (column.title.text(), column.status.text()) == ("Swedish", "required")
    assert column.title.toolTip() == "" and "Clear" in column.readability.text()
    column.resize(MIN_COLUMN_WIDTH, 300)
    qtbot.waitUntil(lambda: column.status.text() == "*" and whole())
    assert column.length.text() == "37"
    assert "Clear" not in column.readability.text()  # the dot alone
    # The whole texts stay in the tooltips and for screen readers.
    assert (column.status.toolTip(), column.length.toolTip()) == ("required", "37 characters")
    assert column.length.accessibleName() == "37 characters"
    # With a "reads as" badge beside them as well, it names the language by its code,
    # and the version's name becomes its code too.
    column.set_other_language("fi")
    qtbot.waitUntil(lambda: column.title.text() == "SV" and whole()
                    and column.badge.width() >= column.badge.sizeHint().width())
    assert column.badge.text() == "FI" and "Finnish" in column.badge.toolTip()
    assert column.title.toolTip() == "Swedish"
    column.resize(600, 300)
    qtbot.waitUntil(lambda: column.badge.text() == "reads as Finnish" and whole())
    column.set_other_language(None)
    column.resize(600, 300)
    qtbot.waitUntil(lambda: column.title.text() == "Swedish" and whole())


def test_the_machine_translation_mark_is_shortened_never_cut(qtbot, ui_language):
    from composer.ui.editor.editors import LanguageEditor

    ui_language("en")
    column = LanguageEditor("en")
    qtbot.addWidget(column)
    column.set_length(180)
    column.set_readability(("clear", (), None))
    column.set_translatable(True)
    column.resize(700, 300)
    column.show()
    column.set_unreviewed(True)
    shown = (column.title, column.status, column.length, column.unreviewed, column.confirm)

    def whole() -> bool:  # each shows its whole text
        return all(w.width() >= w.sizeHint().width() for w in shown)

    qtbot.waitUntil(lambda: column.unreviewed.text() == "machine translation" and whole())
    assert column.confirm.text() == "Reviewed"
    column.resize(300, 300)  # a column of a 1366×768 laptop's window at 150 %
    qtbot.waitUntil(lambda: column.unreviewed.text() == "MT" and whole())
    assert column.confirm.text() == "✓"
    assert "Machine translated" in column.unreviewed.toolTip()
    assert "machine translation" in column.confirm.toolTip()
    column.resize(700, 300)
    qtbot.waitUntil(lambda: column.confirm.text() == "Reviewed" and whole())


def test_a_hashtag_wider_than_its_column_ends_in_an_ellipsis(qtbot, ui_language):
    from composer.ui.editor.hashtag_chips import HashtagChips

    ui_language("en")
    chips = HashtagChips("sv")
    qtbot.addWidget(chips)
    chips.set_tags(["#jakobstad", "#enlitenstadmedstorthjärta"])
    chips.resize(400, 80)
    chips.show()
    long = chips.button("#enlitenstadmedstorthjärta")
    qtbot.waitUntil(lambda: long.text() == "#enlitenstadmedstorthjärta")
    chips.resize(120, 80)
    qtbot.waitUntil(lambda: long.text().endswith("…") and long.width() <= chips.width())
    assert long.width() >= long.sizeHint().width()  # its shortened text is shown whole
    assert long.toolTip().startswith("#enlitenstadmedstorthjärta\n")
    assert chips.button("#jakobstad").text() == "#jakobstad"  # it fits: whole
    clicked = []
    chips.chosen.connect(clicked.append)
    long.click()
    assert clicked == ["#enlitenstadmedstorthjärta"]  # the whole tag is added
    chips.resize(400, 80)
    qtbot.waitUntil(lambda: long.text() == "#enlitenstadmedstorthjärta")


def test_the_writing_splitter_is_remembered_with_the_window(make_window, qtbot):
    first = make_window()
    splitter = first.left_splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 220, 220])
    qtbot.waitUntil(lambda: splitter.sizes()[1] == 220)
    first.close()
    stored = Settings.load()
    assert "writingSplitter" in stored.window_splitters
    again = make_window(settings=stored)
    qtbot.waitUntil(lambda: again.left_splitter.sizes() == [total - 220, 220])


def test_the_editors_take_the_height_a_post_without_images_leaves(make_window, qtbot,
                                                                   tmp_path):
    from tests.ui.editor.test_media_panel import make_png

    window = make_window()
    window.resize(1000, 560)  # a laptop at 150 %: 1366×768 is about 911×512 there
    box, splitter = window.media_box, window.left_splitter
    note = window.media_panel.empty

    def one_line() -> bool:  # no taller than down to the note's last line
        return box.height() <= note.mapTo(box, note.rect().bottomLeft()).y() + 8

    # No images: the box is its heading, its button and its note, nothing more, and
    # stays so when the user drags the splitter or the window grows.
    qtbot.waitUntil(one_line)
    assert not window.media_panel.scroll_area.isVisible()
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    window.resize(1000, 700)
    qtbot.waitUntil(one_line)
    # The first image: the box grows to show it, the editors keep the rest.
    window.media_panel.add_files([make_png(tmp_path)])
    item = window.media_panel.items()[0]
    qtbot.waitUntil(lambda: window.media_panel.scroll_area.isVisible())
    qtbot.waitUntil(lambda: box.height() >= item.sizeHint().height())
    assert splitter.sizes()[0] >= 0.6 * sum(splitter.sizes()) - 1
    # The user may make it taller now; removing the image makes it one line again.
    window.media_panel._remove(item)
    qtbot.waitUntil(one_line)


def test_the_editors_end_on_one_line_whatever_their_hashtag_rows(qtbot):
    from composer.ui.editor.editors import EditorArea

    area = EditorArea()
    qtbot.addWidget(area)
    area.editors["sv"].chips.set_tags(["#jakobstad", "#enlitenstadmedstorthjärta",
                                       "#vigördettillsammans", "#pedersöre"])
    area.editors["fi"].chips.set_tags(["#pietarsaari"])
    area.resize(900, 500)
    area.show()
    columns = [area.editors[lang] for lang in ("sv", "fi", "en")]  # en: no hashtags

    def bottoms() -> set[int]:
        return {c.editor.mapTo(area, c.editor.rect().bottomLeft()).y() for c in columns}

    def rows(column) -> int:
        return len({b.y() for b in column.chips._buttons.values()})

    qtbot.waitUntil(lambda: rows(columns[0]) > rows(columns[1]) == 1 and len(bottoms()) == 1)
    area.resize(1400, 500)  # fewer rows: the line moves down, still one line
    qtbot.waitUntil(lambda: rows(columns[0]) == 2 and len(bottoms()) == 1)
