"""A large paste is saved at once (a kill -9 a second after it must not cost it), and a
paste that would make a version longer than accepted is refused with a message."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from composer.drafts import DraftStore
from composer.model import MAX_VERSION_CHARACTERS
from composer.ui.drafts.autosave import Autosave, open_store

LONG = 600_000  # the usual save timers never fire during the test


def _mime(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    return mime


def _stored() -> list[str]:
    with DraftStore.open() as store:
        return [store.get(d.id).post.text("fi") for d in store.list()]


def test_a_large_paste_is_saved_at_once(window, qtbot) -> None:
    store, _ = open_store()
    autosave = Autosave(window, store, debounce_ms=LONG, max_delay_ms=LONG)
    try:
        text = "Pitkä liitetty teksti.\n" * 20_000  # half a megabyte, in lines
        window.editor("fi").insertFromMimeData(_mime(text))
        qtbot.waitUntil(lambda: _stored() == [text], timeout=20_000)
    finally:
        autosave.shutdown()


def test_a_small_edit_waits_for_the_pause(window, qtbot, type_text) -> None:
    store, _ = open_store()
    autosave = Autosave(window, store, debounce_ms=LONG, max_delay_ms=LONG)
    try:
        type_text(window.editor("fi"), "Lyhyt")
        qtbot.wait(300)
        assert _stored() == []
    finally:
        autosave.shutdown()


def test_a_paste_over_the_limit_is_refused_with_a_message(window, monkeypatch) -> None:
    from composer.ui.editor import flag_edit

    assert flag_edit.MAX_VERSION_CHARACTERS == MAX_VERSION_CHARACTERS == 1_048_576
    monkeypatch.setattr(flag_edit, "MAX_VERSION_CHARACTERS", 100)  # a small stand-in
    editor = window.editor("fi")
    editor.insertFromMimeData(_mime("alku "))
    editor.insertFromMimeData(_mime("x" * 96))
    assert editor.toPlainText() == "alku "
    message = window.statusBar().currentMessage()
    assert message.startswith("Not pasted: a version can have at most 100 characters")
    editor.selectAll()  # replacing the text: the limit counts what stays
    editor.insertFromMimeData(_mime("y" * 100))
    assert editor.toPlainText() == "y" * 100
