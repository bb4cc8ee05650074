"""Closing the window while another program holds the drafts database's write lock: the
window does not wait for the lock (the save would wait up to the busy timeout), the
text is kept in a recovery file and the user told where, and the next start puts it
back into the drafts."""

from __future__ import annotations

import sqlite3

import pytest

from composer.drafts import DraftStore, database
from composer.drafts.recovery import kept_files
from composer.postfile import load_post
from composer.ui.drafts.autosave import Autosave, open_store

LONG = 600_000  # the usual save timers never fire during the test
FIRST = "Kirjaston aukioloajat muuttuvat."
MORE = " Lisätietoja saat neuvonnasta."


@pytest.fixture
def locked(window, type_text, monkeypatch):
    """The window with a saved draft, then more text typed while a second SQLite
    connection (another program) holds the database's write lock."""

    def make(busy_timeout_ms: int):
        monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", busy_timeout_ms)
        store, _ = open_store()
        autosave = Autosave(window, store, debounce_ms=LONG, max_delay_ms=LONG)
        told: list[str] = []
        autosave.tell_kept_aside = told.append
        window.files.ask_before_close = lambda: pytest.fail("asked although the text is safe")
        type_text(window.editor("fi"), FIRST)
        autosave.flush()
        assert autosave.draft_id is not None
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        type_text(window.editor("fi"), MORE)
        return autosave, other, told

    return make


def test_closing_does_not_wait_for_the_lock_and_keeps_the_text(locked, window, qtbot) -> None:
    autosave, other, told = locked(busy_timeout_ms=120_000)
    try:
        assert window.close() is True
        job = autosave._last_job
        # The window closed while the save still waits for the lock: it did not wait.
        assert job is not None and not job.wait(0)
        [kept] = kept_files()
        assert load_post(kept).text("fi") == FIRST + MORE
        assert len(told) == 1 and str(kept) in told[0]
        assert "in use by another program" in told[0]
        autosave.shutdown()  # as when the app quits: bounded as well
        assert not job.wait(0)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert job.wait(30)  # the lock is gone: the save it was waiting for goes through
    with DraftStore.open() as store:
        assert store.get(autosave.draft_id).post.text("fi") == FIRST + MORE
        # the next start finds the text already there: nothing doubled, the file goes
        assert len(store.list()) == 1


def test_the_next_start_puts_the_kept_text_back(locked, window, make_window, qtbot) -> None:
    autosave, other, told = locked(busy_timeout_ms=1500)
    draft_id = autosave.draft_id
    try:
        assert window.close() is True
        assert len(kept_files()) == 1 and len(told) == 1
        qtbot.waitUntil(lambda: autosave._last_job.wait(0), timeout=20_000)
        assert autosave._last_job.error is not None  # the save gave up on the lock
        autosave.shutdown()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with DraftStore.open() as store:
        assert store.get(draft_id).post.text("fi") == FIRST
    # The next start.
    second = make_window()
    store, _ = open_store()
    restarted = Autosave(second, store)
    try:
        message = restarted.reopen_on_start()
        assert message.startswith("Text that could not be saved when composer closed is back")
        assert second.editor("fi").toPlainText() == FIRST + MORE
        assert restarted.draft_id == draft_id
        assert kept_files() == []
        assert store.get(draft_id).post.text("fi") == FIRST + MORE
    finally:
        second.files.confirm_discard = False
        restarted.shutdown()


def test_without_a_lock_closing_saves_as_before(window, type_text) -> None:
    store, _ = open_store()
    autosave = Autosave(window, store, debounce_ms=LONG, max_delay_ms=LONG)
    autosave.tell_kept_aside = lambda message: pytest.fail(message)
    type_text(window.editor("fi"), FIRST)
    assert window.close() is True
    autosave.shutdown()
    assert kept_files() == []
    with DraftStore.open() as check:
        assert [check.get(d.id).post.text("fi") for d in check.list()] == [FIRST]


# -- other moments the window would have waited for the locked database ---------------------


def _texts() -> dict[int, str]:
    with DraftStore.open() as store:
        return {d.id: store.get(d.id).post.text("fi") for d in store.list()}


def test_a_new_post_does_not_wait_and_each_text_keeps_its_draft(locked, window, type_text,
                                                                 qtbot) -> None:
    autosave, other, _told = locked(busy_timeout_ms=120_000)
    first_id = autosave.draft_id
    try:
        window.files.new_post()
        job = autosave._last_job
        assert job is not None and not job.wait(0)  # still waiting for the lock
        assert window.editor("fi").toPlainText() == ""
        type_text(window.editor("fi"), "Toinen julkaisu")
        autosave.save_soon()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert autosave.wait(30)
    qtbot.waitUntil(lambda: autosave.draft_id not in (None, first_id), timeout=5000)
    texts = _texts()
    assert texts[first_id] == FIRST + MORE  # written to its own draft after the switch
    assert texts[autosave.draft_id] == "Toinen julkaisu"
    assert len(texts) == 2
    autosave.shutdown()


def test_a_save_of_the_post_shown_before_that_fails_is_kept_in_a_file(locked, window,
                                                                        qtbot) -> None:
    autosave, other, _told = locked(busy_timeout_ms=1500)
    first_id = autosave.draft_id
    try:
        window.files.new_post()
        qtbot.waitUntil(lambda: len(kept_files()) == 1, timeout=20_000)
    finally:
        other.execute("ROLLBACK")
        other.close()
    [kept] = kept_files()
    assert kept.name.startswith(f"draft-{first_id}-")
    assert load_post(kept).text("fi") == FIRST + MORE
    message = window.statusBar().currentMessage()
    assert message.startswith("The post shown before could not be saved as a draft")
    assert str(kept) in message
    autosave.shutdown()


def test_marking_an_export_does_not_wait(locked, window, qtbot) -> None:
    from composer.drafts import Status

    autosave, other, _told = locked(busy_timeout_ms=120_000)
    try:
        autosave.mark_exported(["facebook"])
        assert not autosave._worker.wait(0)  # the mark waits in the save thread
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert autosave._worker.wait(30)
    with DraftStore.open() as store:
        draft = store.get(autosave.draft_id)
        assert draft.status is Status.EXPORTED and draft.exported_channels == ("facebook",)
        assert draft.post.text("fi") == FIRST + MORE
    autosave.shutdown()


def test_the_drafts_list_opens_while_a_save_waits_for_the_lock(locked, window, qtbot) -> None:
    from composer.ui.drafts.autosave import show_drafts_dialog
    from composer.ui.drafts.dialog import TITLE

    autosave, other, _told = locked(busy_timeout_ms=120_000)
    try:
        show_drafts_dialog(window, autosave)
        job = autosave._last_job
        assert job is not None and not job.wait(0)  # the save still waits for the lock
        dialog = window.drafts_dialog
        assert [s.title for s in autosave.store.list()] == [FIRST]  # reads do not wait
        assert dialog.tree.topLevelItemCount() == 1
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert job.wait(30)
    # the list follows once the save is written
    qtbot.waitUntil(lambda: "Lisätietoja" in dialog.tree.topLevelItem(0).text(TITLE),
                    timeout=5000)
    dialog.close()
    autosave.shutdown()


def test_dialog_actions_say_busy_instead_of_freezing(locked, window, qtbot) -> None:
    from composer.drafts import Status
    from composer.ui.drafts.autosave import show_drafts_dialog

    autosave, other, _told = locked(busy_timeout_ms=120_000)
    draft_id = autosave.draft_id
    try:
        show_drafts_dialog(window, autosave)
        dialog = window.drafts_dialog
        dialog.select(draft_id)
        dialog.toggle_ready()  # waits a moment for the save, then says why not
        assert "in use by another window or program" in dialog.message.text()
        dialog.message.setText("")
        dialog._delete(draft_id)  # deleting now would bring the draft back as a new one
        assert "in use by another window or program" in dialog.message.text()
        assert window.editor("fi").toPlainText() == FIRST + MORE  # still shown
        job = autosave._last_job
        assert not job.wait(0)  # the save still waits for the lock all along
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert job.wait(30)
    qtbot.wait(50)
    dialog.select(draft_id)
    dialog.toggle_ready()  # the lock is gone: it works
    with DraftStore.open() as store:
        draft = store.get(draft_id)
        assert draft.status is Status.READY and draft.post.text("fi") == FIRST + MORE
    dialog.close()
    autosave.shutdown()


def test_a_cancelled_close_then_another_leaves_one_file_with_the_latest_text(
        locked, window, type_text, qtbot) -> None:
    autosave, other, told = locked(busy_timeout_ms=120_000)
    try:
        autosave.prepare_close()  # a close that something then cancelled
        assert len(kept_files()) == 1
        type_text(window.editor("fi"), " Tervetuloa!")
        autosave.prepare_close()
        qtbot.waitUntil(lambda: len(kept_files()) == 1, timeout=5000)
        [kept] = kept_files()
        assert load_post(kept).text("fi") == FIRST + MORE + " Tervetuloa!"
        assert len(told) == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    autosave.shutdown()
