"""A very long run of text without a space (a pasted hash, key or table without
separators) is wrapped anywhere, so Qt lays it out in linear time instead of freezing the
window for minutes; the text is kept whole, the user is told, and normal wrapping comes
back when the run is gone."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextOption

from composer.model import Post
from composer.ui.shared.long_runs import LONG_RUN, has_long_run

ANYWHERE = QTextOption.WrapMode.WrapAnywhere
NORMAL = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
#: Large enough that Qt's usual wrapping would take seconds (a million: minutes).
RUN = 200_000


def _mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def test_what_counts_as_a_long_run() -> None:
    assert has_long_run("x" * LONG_RUN)
    assert not has_long_run("x" * (LONG_RUN - 1))
    assert has_long_run("alku " + "7f" * LONG_RUN + " loppu")
    assert not has_long_run(("x" * (LONG_RUN - 1) + " ") * 50)
    assert not has_long_run(("x" * (LONG_RUN - 1) + "\u2029") * 50)  # paragraphs
    # A no-break space is no break opportunity: the run goes on through it.
    assert has_long_run(("x" * 100 + "\u00a0") * 20)
    assert has_long_run("1-" * LONG_RUN)


def test_the_run_scan_is_linear() -> None:
    """Runs just short of the limit, ten million characters: a scan trying every start
    takes some 12 s; each run read once, a fraction of a second."""
    import time

    text = ("x" * (LONG_RUN - 1) + " ") * 10_000
    began = time.perf_counter()
    assert not has_long_run(text)
    assert time.perf_counter() - began < 5


def test_a_huge_paste_without_spaces_wraps_anywhere_and_is_kept_whole(window, qtbot) -> None:
    editor = window.editor("fi")
    assert editor.wordWrapMode() == NORMAL
    editor.insertFromMimeData(_mime("a" * RUN))
    assert editor.toPlainText() == "a" * RUN
    assert editor.wordWrapMode() == ANYWHERE
    assert "characters in a row without a space" in window.statusBar().currentMessage()
    qtbot.wait(50)
    # Wrapped into the editor's width: many lines, nothing to scroll sideways to.
    assert editor.document().firstBlock().layout().lineCount() > 10
    assert editor.horizontalScrollBar().maximum() == 0
    assert window.editor("sv").wordWrapMode() == NORMAL  # only that version


def test_ordinary_long_text_keeps_wrapping_at_words(window) -> None:
    editor = window.editor("fi")
    paragraph = "Kirjaston aukioloajat muuttuvat kesäkuussa, tervetuloa. " * 2000
    editor.insertFromMimeData(_mime(paragraph))
    editor.textCursor().insertText("https://example.fi/" + "polku/" * 100)
    assert editor.wordWrapMode() == NORMAL
    assert window.statusBar().currentMessage() == ""


def test_joining_two_runs_by_deleting_a_space_switches(window) -> None:
    editor = window.editor("fi")
    half = "b" * (LONG_RUN // 2 + 10)
    editor.setPlainText(f"Alku. {half} {half} loppu.")
    assert editor.wordWrapMode() == NORMAL
    cursor = editor.textCursor()
    cursor.setPosition(len("Alku. ") + len(half))
    cursor.setPosition(cursor.position() + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    assert editor.wordWrapMode() == ANYWHERE


def test_normal_wrapping_returns_when_the_run_is_gone(window, qtbot) -> None:
    editor = window.editor("fi")
    editor.insertFromMimeData(_mime("c" * RUN))
    assert editor.wordWrapMode() == ANYWHERE
    editor.selectAll()
    editor.textCursor().insertText("Lyhyt teksti.")
    qtbot.waitUntil(lambda: editor.wordWrapMode() == NORMAL, timeout=5000)
    assert editor.toPlainText() == "Lyhyt teksti."


def test_an_opened_post_with_a_long_run_wraps_anywhere_from_the_start(window) -> None:
    window.set_post(Post(organisation="naantali", versions={"fi": "d" * RUN, "sv": "Hej."}))
    assert window.editor("fi").wordWrapMode() == ANYWHERE
    assert window.editor("fi").toPlainText() == "d" * RUN
    assert window.editor("sv").wordWrapMode() == NORMAL
    window.set_post(Post(organisation="naantali", versions={"fi": "Tavallinen teksti."}))
    window.editor("fi").long_runs.recheck()
    assert window.editor("fi").wordWrapMode() == NORMAL


def test_the_drafts_list_previews_a_long_run_cheaply(window) -> None:
    from composer.ui.drafts.autosave import Autosave, open_store, show_drafts_dialog

    store, _ = open_store()
    store.save(None, Post(organisation="naantali", versions={"fi": "e" * RUN}))
    autosave = Autosave(window, store)
    try:
        show_drafts_dialog(window, autosave)
        preview = window.drafts_dialog.preview
        assert ("e" * RUN) in preview.toPlainText()
        assert preview.wordWrapMode() == ANYWHERE
        window.drafts_dialog.close()
    finally:
        window.files.confirm_discard = False
        autosave.shutdown()
