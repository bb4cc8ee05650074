"""Spelling corrections in the editor's right-click menu: asked of the checking process
(or thread), never waited for on the UI thread, filled into the open menu when they
arrive, and no dictionary loaded in the window's own process."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication

LOOKING = "Looking for more suggestions…"


def right_click(editor, word: str, offset: int = 2) -> None:
    """A right-click on ``word`` in ``editor`` (as the mouse sends it)."""
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index(word) + offset)
    point = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(editor.viewport(), event)


def entries(editor) -> list[str]:
    return [a.text() for a in editor.menu.actions()] if editor.menu is not None else []


def fix_entries(editor) -> list[str]:
    """The menu's entries above the editor's own (Undo, Copy …)."""
    texts = entries(editor)
    return texts[: texts.index("")] if "" in texts else texts


@pytest.fixture
def checked_text(window, type_text, wait_checked):
    def write(language: str, text: str):
        editor = window.editor(language)
        type_text(editor, text)
        wait_checked(window)
        return editor

    return write


def close_menu(editor) -> None:
    if editor.menu is not None:
        editor.menu.close()


def test_menu_fills_in_the_engines_corrections_and_they_apply(window, checked_text, qtbot):
    editor = checked_text("sv", "Hej och välkomen till biblioteket på lördag!")
    finding = next(f for f in window.findings() if f.rule == "spelling.unknown")
    # the finding's quick corrections: the words one letter away
    assert finding.suggestions == ("välkommen", "välkomne")
    right_click(editor, "välkomen")
    # The right-click was handled without waiting for the engines (their answer can only
    # arrive through the event loop) ...
    assert "Replace with “välkomsten”" not in entries(editor)
    # ... and the menu opens with the finding's own corrections and fills in the rest.
    qtbot.waitUntil(lambda: "Replace with “välkomsten”" in entries(editor), timeout=20_000)
    fixes = fix_entries(editor)
    assert fixes[0] == "Replace with “välkommen”"
    assert LOOKING not in fixes
    assert fixes[-1] == "Add to my dictionary"
    assert len([f for f in fixes if f.startswith("Replace")]) == len(set(fixes)) - 3
    action = next(a for a in editor.menu.actions() if a.text() == "Replace with “välkommen”")
    action.trigger()
    close_menu(editor)
    assert editor.toPlainText() == "Hej och välkommen till biblioteket på lördag!"


def test_a_second_menu_for_the_word_opens_complete_at_once(window, checked_text, qtbot):
    editor = checked_text("en", "Welcome to the libary on Saturday.")
    right_click(editor, "libary")
    qtbot.waitUntil(lambda: editor.menu is not None and LOOKING not in entries(editor),
                    timeout=20_000)
    first = fix_entries(editor)
    close_menu(editor)
    right_click(editor, "libary")
    # Known corrections: the menu is up as soon as the right-click was handled.
    assert editor.menu is not None
    assert fix_entries(editor) == first
    assert first[0] == "Replace with “library”"
    close_menu(editor)


def test_resting_the_mouse_on_a_misspelt_word_asks_ahead(window, checked_text, qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    editor = checked_text("fi", "Tervetuloa kirjastoo lauantaina.")
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("kirjastoo") + 3)
    point = QPointF(editor.cursorRect(cursor).center())
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove, point, editor.viewport().mapToGlobal(point),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )
    answers = []
    window.checker.suggestions_ready.connect(lambda word, *_: answers.append(word))
    QApplication.sendEvent(editor.viewport(), move)
    qtbot.waitUntil(lambda: "kirjastoo" in answers, timeout=20_000)
    right_click(editor, "kirjastoo")
    assert editor.menu is not None
    fixes = fix_entries(editor)
    assert "Replace with “kirjastoon”" in fixes and LOOKING not in fixes
    close_menu(editor)


def test_correct_words_get_no_corrections(window, checked_text, qtbot):
    editor = checked_text("sv", "Välkommen till biblioteket på lördag!")
    assert not [f for f in window.findings() if f.rule == "spelling.unknown"]
    right_click(editor, "biblioteket")
    assert editor.menu is not None  # nothing to look for: at once
    assert not [t for t in entries(editor) if t.startswith("Replace") or t == LOOKING]
    close_menu(editor)


def test_a_word_without_corrections_says_so(window, checked_text, qtbot):
    editor = checked_text("sv", "Välkommen xqzvbnmkw!")
    assert any(f.rule == "spelling.unknown" for f in window.findings())
    right_click(editor, "xqzvbnmkw")
    qtbot.waitUntil(lambda: "No suggestions" in entries(editor), timeout=20_000)
    item = next(a for a in editor.menu.actions() if a.text() == "No suggestions")
    assert not item.isEnabled()
    assert "Add to my dictionary" in entries(editor)
    close_menu(editor)


def test_the_checking_thread_answers_the_menu_too(make_window, type_text, wait_checked,
                                                  qtbot, monkeypatch):
    monkeypatch.setenv("COMPOSER_CHECK_IN_THREAD", "1")
    window = make_window()
    editor = window.editor("en")
    type_text(editor, "Welcome to the libary on Saturday.")
    wait_checked(window)
    right_click(editor, "libary")
    qtbot.waitUntil(lambda: "Replace with “library”" in entries(editor)
                    and LOOKING not in entries(editor), timeout=20_000)
    close_menu(editor)


def test_the_menu_does_not_load_dictionaries_into_the_window_process():
    """Right-click corrections in all three languages, in a fresh app process: they reach
    the menu, and Voikko, Hunspell and pyspellchecker stay out of the window's process."""
    script = textwrap.dedent(
        """
        import json, sys, time
        from PySide6.QtCore import QEventLoop
        from PySide6.QtGui import QContextMenuEvent
        from PySide6.QtWidgets import QApplication
        from composer.settings import Settings
        from composer.ui.app import create_application
        from composer.ui.window.main_window import MainWindow

        def main():
            app = create_application([])
            window = MainWindow(Settings(ui_language="en"), "en")
            window.files.confirm_discard = False
            window.show()

            def wait(condition):
                end = time.monotonic() + 60
                while not condition() and time.monotonic() < end:
                    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

            words = {"fi": "kirjastoo", "sv": "biblioteke", "en": "libary"}
            for language, word in words.items():
                window.editor(language).setPlainText(f"{word} ja och and")
            window.check_now()
            wait(lambda: window.results.result is not None
                 and window.results.result.generation == window.checker.generation)
            menus = {}
            for language, word in words.items():
                editor = window.editor(language)
                cursor = editor.textCursor()
                cursor.setPosition(2)
                point = editor.cursorRect(cursor).center()
                QApplication.sendEvent(editor.viewport(), QContextMenuEvent(
                    QContextMenuEvent.Reason.Mouse, point, editor.viewport().mapToGlobal(point)))
                wait(lambda: editor.menu is not None and not editor._awaiting)
                menus[language] = [a.text() for a in editor.menu.actions()]
                editor.menu.close()
            loaded = [m for m in ("libvoikko", "hunspell", "spellchecker") if m in sys.modules]
            print(json.dumps({"menus": menus, "loaded": loaded}))
            window.close()

        if __name__ == "__main__":
            main()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    menus = report["menus"]
    assert "Replace with “kirjastoon”" in menus["fi"]
    assert "Replace with “biblioteket”" in menus["sv"]
    assert "Replace with “library”" in menus["en"]
    assert not any(LOOKING in entries for entries in menus.values())
    assert report["loaded"] == []
