"""No two entries reachable with the same Alt+letter: the menu bar with the window's
labels and buttons, each menu, and the dialogs, in every UI language."""

from __future__ import annotations

import pytest

from composer.ui.window.features import attach_autosave
from tests.ui.language.mnemonics import clashes, menu_clashes, mnemonic, window_entries


def test_mnemonic_reading():
    assert mnemonic("&Tiedosto") == "t"
    assert mnemonic("Save &as…") == "a"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("No mnemonic") is None
    assert clashes([("&Ohje", "menu"), ("&Organisaatio:", "label")]) == {
        "o": ["menu: &Ohje", "label: &Organisaatio:"]}


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_mnemonic_clashes_in_the_window_and_its_menus(make_window, language, qtbot):
    window = make_window(language)
    attach_autosave(window, reopen=False)
    window.menus["recent"].aboutToShow.emit()
    window.menus["templates"].aboutToShow.emit()
    assert clashes(window_entries(window, window.menuBar())) == {}
    for menu in window.menus.values():
        assert menu_clashes(menu) == {}, menu.title()


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_mnemonic_clashes_in_the_dialogs(make_window, language, qtbot):
    from composer.profiles import load_profiles
    from composer.ui.dialogs.preferences import PreferencesDialog
    from composer.ui.dialogs.welcome import WelcomeDialog
    from composer.ui.editor.find_replace import FindReplaceDialog

    window = make_window(language)
    dialogs = [
        PreferencesDialog(window.settings, window),
        FindReplaceDialog(window.tools.editors_in_order, window),
        WelcomeDialog(list(load_profiles().profiles.values()), language, window.settings,
                      window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        tabs = getattr(dialog, "tabs", None)
        pages = [tabs.widget(i) for i in range(tabs.count())] if tabs is not None else [None]
        for page in pages:
            if page is not None:
                tabs.setCurrentWidget(page)
            assert clashes(window_entries(dialog)) == {}, (type(dialog).__name__, page)


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_no_mnemonic_clashes_in_the_other_dialogs(make_window, language, qtbot):
    from tests.ui.language.test_open_dialogs_follow_language import DIALOGS

    window = make_window(language)
    found = {}
    for name, make in sorted(DIALOGS.items()):
        if name in ("preferences", "find_replace", "welcome"):
            continue  # above, page by page
        dialog = make(window)
        qtbot.addWidget(dialog)
        dialog.show()
        if clashing := clashes(window_entries(dialog)):
            found[name] = clashing
        dialog.close()
    assert found == {}
