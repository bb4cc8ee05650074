"""Autosave in the real main window: typing is saved without asking, also on focus loss,
close and when another post replaces the shown one; save errors keep the text; the last
draft comes back on start; the drafts dialog lists, searches, opens, restores, deletes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QTextCursor

from composer.drafts import DraftStore, Status, get_template
from composer.model import Post
from composer.postfile import save_post
from composer.settings import data_dir
from composer.ui.drafts.autosave import Autosave, open_store
from composer.ui.drafts.dialog import DraftsDialog
from composer.ui.window.features import attach_autosave

LONG = 600_000  # timers that never fire during a test: only the event under test saves


@pytest.fixture
def autosaved(window):
    """The real window with autosave as the app installs it."""
    autosave = attach_autosave(window)
    yield window, autosave
    autosave.shutdown()


@pytest.fixture
def slow_autosave(window):
    """Autosave whose timers never fire, to see which event saved."""
    store, _ = open_store()
    autosave = Autosave(window, store, debounce_ms=LONG, max_delay_ms=LONG)
    yield window, autosave
    autosave.shutdown()


def stored_texts(language: str = "sv") -> list[str]:
    with DraftStore.open() as store:
        return [store.get(d.id).post.text(language) for d in store.list()]


def test_typing_is_saved_without_asking(autosaved, qtbot, type_text):
    window, autosave = autosaved
    type_text(window.editor("sv"), "Simhallen öppnar på måndag 🏊")
    qtbot.waitUntil(lambda: stored_texts() == ["Simhallen öppnar på måndag 🏊"], timeout=5000)
    qtbot.waitUntil(lambda: autosave.status_label.text().startswith("Draft saved"))
    assert window.files.confirm_discard is False  # nothing to lose: New and Quit need not ask
    type_text(window.editor("fi"), "Uimahalli")
    qtbot.waitUntil(lambda: stored_texts("fi") == ["Uimahalli"], timeout=5000)
    assert len(stored_texts()) == 1  # the same draft, updated


def test_a_blank_window_creates_no_draft(autosaved):
    _, autosave = autosaved
    autosave._changed()  # e.g. a role switch with no text
    autosave.flush()
    assert stored_texts() == []


def test_focus_loss_saves_at_once(slow_autosave, type_text):
    window, autosave = slow_autosave
    type_text(window.editor("sv"), "Torget")
    assert stored_texts() == []
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    autosave.wait()
    assert stored_texts() == ["Torget"]


def test_closing_the_window_saves(slow_autosave, type_text):
    window, _ = slow_autosave
    type_text(window.editor("sv"), "Sista ordet")
    window.close()
    assert stored_texts() == ["Sista ordet"]


def test_new_post_keeps_the_old_draft_and_starts_another(slow_autosave, type_text, tmp_path):
    window, autosave = slow_autosave
    type_text(window.editor("sv"), "Första")
    window.files.new_post()  # hands "Första" to the save thread before clearing the editors
    autosave.wait()  # (the window did not wait for it)
    assert stored_texts() == ["Första"]
    type_text(window.editor("sv"), "Andra")
    autosave.flush()
    assert sorted(stored_texts()) == ["Andra", "Första"]
    file = tmp_path / "mailed.post.json"
    save_post(Post(versions={"sv": "Från en kollega"}), file)
    window.files.open_file(file)
    window.editor("sv").moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor("sv"), "!")
    autosave.flush()
    assert set(stored_texts()) == {"Andra", "Första", "Från en kollega!"}


def test_control_characters_and_a_megabyte_paste_are_kept(slow_autosave):
    window, autosave = slow_autosave
    text = "Öppet\u200b kl.\x07 8–16\n" + "Lång text ✓ " * 85_000
    window.editor("sv").insertPlainText(text)
    autosave.flush()
    assert stored_texts() == [text]
    assert window.editor("sv").toPlainText() == text


def test_a_save_error_keeps_the_text_and_saving_resumes(window, qtbot, type_text, tmp_path,
                                                        monkeypatch):
    # A data folder below a regular file cannot be created, even by root (ENOTDIR).
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("COMPOSER_DATA_DIR", str(blocker / "data"))
    autosave = attach_autosave(window)
    try:
        assert autosave.store is None
        assert "Draft not saved: The drafts folder cannot be written." in \
            autosave.status_label.text()
        type_text(window.editor("sv"), "Viktig text")
        autosave.flush()
        qtbot.wait(200)  # the failed attempt reports back
        assert window.editor("sv").toPlainText() == "Viktig text"
        assert window.files.confirm_discard is True  # New/Quit ask while nothing is saved
        assert "saving is retried" in autosave.status_label.text()
        good = tmp_path / "fixed"
        monkeypatch.setenv("COMPOSER_DATA_DIR", str(good))  # the disk is back
        qtbot.waitUntil(lambda: autosave.status_label.text().startswith("Draft saved"),
                        timeout=15_000)
        assert stored_texts() == ["Viktig text"]
        assert window.files.confirm_discard is False
    finally:
        autosave.shutdown()


def test_start_continues_the_latest_draft(window):
    with DraftStore.open() as store:
        done = store.save(None, Post(versions={"sv": "Redan publicerad"}))
        store.mark_exported(done.id, ["facebook"])
        latest = store.save(None, Post(versions={"sv": "Pågående"}))
    autosave = attach_autosave(window)
    try:
        assert window.editor("sv").toPlainText() == "Pågående"
        assert autosave.draft_id == latest.id
        assert window.statusBar().currentMessage() == "Continuing “Pågående”."
    finally:
        autosave.shutdown()


def test_nothing_is_reopened_when_the_last_draft_was_exported(window):
    with DraftStore.open() as store:
        done = store.save(None, Post(versions={"sv": "Publicerad"}))
        store.mark_exported(done.id, ["x"])
    autosave = attach_autosave(window)
    try:
        assert window.editor("sv").toPlainText() == ""
        assert autosave.draft_id is None
    finally:
        autosave.shutdown()


def test_a_draft_edited_after_its_export_is_reopened(window):
    with DraftStore.open() as store:
        done = store.save(None, Post(versions={"sv": "Publicerad"}))
        store.mark_exported(done.id, ["facebook"])
        store.save(done.id, Post(versions={"sv": "Publicerad – och rättad"}))
    autosave = attach_autosave(window)
    try:
        assert window.editor("sv").toPlainText() == "Publicerad – och rättad"
        assert autosave.draft_id == done.id
        assert window.statusBar().currentMessage() == "Continuing “Publicerad – och rättad”."
    finally:
        autosave.shutdown()


def test_a_corrupt_database_is_reported_and_the_app_works(window, qtbot, type_text):
    garbage = b"\x00\x01 not sqlite " * 300
    (data_dir() / "drafts.sqlite3").write_bytes(garbage)
    autosave = attach_autosave(window)
    try:
        box = autosave.notice_dialog
        assert box.isVisible() and "drafts.sqlite3.corrupt-" in box.text()
        [moved] = data_dir().glob("drafts.sqlite3.corrupt-*")
        assert moved.read_bytes() == garbage
        box.accept()
        type_text(window.editor("sv"), "Nytt utkast")
        autosave.flush()
        assert stored_texts() == ["Nytt utkast"]
    finally:
        autosave.shutdown()


def test_two_windows_save_their_own_drafts_and_share_one_without_loss(make_window, type_text):
    first, second = make_window(), make_window()
    one = Autosave(first, open_store()[0], debounce_ms=LONG, max_delay_ms=LONG)
    two = Autosave(second, open_store()[0], debounce_ms=LONG, max_delay_ms=LONG)
    try:
        type_text(first.editor("sv"), "Fönster ett")
        type_text(second.editor("sv"), "Fönster två")
        one.flush()
        two.flush()
        assert sorted(stored_texts()) == ["Fönster ett", "Fönster två"]
        two.open_draft(one.draft_id)  # the same draft in both windows
        second.editor("sv").moveCursor(QTextCursor.MoveOperation.End)
        type_text(first.editor("sv"), " A")
        type_text(second.editor("sv"), " B")
        one.flush()
        two.flush()
        with DraftStore.open() as store:
            shared = store.get(one.draft_id)
            assert shared.post.text("sv") == "Fönster ett B"  # the last write wins …
            kept = [store.get_snapshot(h.id).post.text("sv") for h in store.history(shared.id)]
        assert "Fönster ett A" in kept  # … and the text it replaced is in the history
    finally:
        one.shutdown()
        two.shutdown()


# -- the drafts dialog -------------------------------------------------------------------


def make_drafts() -> dict[str, int]:
    with DraftStore.open() as store:
        ids = {
            "library": store.save(None, Post(versions={"sv": "Biblioteket stänger",
                                                       "fi": "Kirjasto sulkeutuu"})).id,
            "market": store.save(None, Post(versions={"sv": "Torgdag på lördag"})).id,
        }
        store.set_status(ids["market"], Status.READY)
    return ids


def test_dialog_lists_searches_and_opens(autosaved, qtbot):
    window, autosave = autosaved
    ids = make_drafts()
    dialog = DraftsDialog(autosave, window)
    qtbot.addWidget(dialog)
    dialog.show()
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert titles == ["Torgdag på lördag", "Biblioteket stänger"]  # last change first
    assert dialog.tree.topLevelItem(0).text(2) == "Ready for review"
    dialog.search.setText("KIRJASTO")
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    assert dialog.tree.topLevelItem(0).text(0) == "Biblioteket stänger"
    assert "Kirjasto sulkeutuu" in dialog.preview.toPlainText()
    dialog.search.clear()
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData("ready"))
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    dialog.status_filter.setCurrentIndex(0)
    dialog.select(ids["library"])
    dialog.open_button.click()
    assert window.editor("fi").toPlainText() == "Kirjasto sulkeutuu"
    assert autosave.draft_id == ids["library"]
    assert not dialog.isVisible()


def test_dialog_restores_an_earlier_version(autosaved, qtbot, type_text):
    window, autosave = autosaved
    ids = make_drafts()
    autosave.open_draft(ids["market"])  # its "ready" snapshot holds the first text
    window.editor("sv").moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor("sv"), " – inställd!")
    autosave.flush()
    dialog = DraftsDialog(autosave, window)
    qtbot.addWidget(dialog)
    dialog.select(ids["market"])
    assert dialog.history.count() == 2  # current + the version marked ready
    dialog.history.setCurrentRow(1)
    assert dialog.preview.toPlainText().endswith("Torgdag på lördag")
    dialog.restore_button.click()
    assert window.editor("sv").toPlainText() == "Torgdag på lördag"
    with DraftStore.open() as store:
        assert store.get(ids["market"]).post.text("sv") == "Torgdag på lördag"
        kept = [store.get_snapshot(h.id).post.text("sv") for h in store.history(ids["market"])]
    assert "Torgdag på lördag – inställd!" in kept


def test_dialog_deletes_after_confirming_and_clears_the_open_draft(autosaved, qtbot):
    window, autosave = autosaved
    ids = make_drafts()
    autosave.open_draft(ids["library"])
    dialog = DraftsDialog(autosave, window)
    qtbot.addWidget(dialog)
    dialog.select(ids["library"])
    dialog.delete_button.click()
    dialog.confirm_box.reject()
    assert len(stored_texts()) == 2
    dialog.delete_button.click()
    dialog.confirm_box.accept()
    assert stored_texts() == ["Torgdag på lördag"]
    assert window.editor("sv").toPlainText() == ""  # not silently saved again
    autosave.flush()
    assert stored_texts() == ["Torgdag på lördag"]


def test_dialog_marks_ready_and_back(autosaved, qtbot):
    window, autosave = autosaved
    ids = make_drafts()
    dialog = DraftsDialog(autosave, window)
    qtbot.addWidget(dialog)
    dialog.select(ids["library"])
    assert dialog.ready_button.text() == "Mark ready for re&view"
    dialog.ready_button.click()
    with DraftStore.open() as store:
        assert store.get(ids["library"]).status is Status.READY
    dialog.select(ids["library"])
    assert dialog.ready_button.text() == "Mark as dra&ft"
    dialog.ready_button.click()
    with DraftStore.open() as store:
        assert store.get(ids["library"]).status is Status.DRAFT


def test_new_from_template_via_the_file_menu(autosaved, qtbot, type_text):
    window, autosave = autosaved
    menu = window.menus["templates"]
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions()]
    assert names == ["Opening hours", "Road works", "Event"]  # in the UI language
    menu.actions()[2].trigger()
    template = get_template("jakobstad", "event")
    assert window.editor("sv").toPlainText() == template.versions["sv"]
    assert window.current_post().channels == list(template.channels)
    autosave.flush()
    with DraftStore.open() as store:
        assert store.list() == []  # an untouched template leaves no draft behind
    type_text(window.editor("sv"), " Välkommen!")
    autosave.flush()
    with DraftStore.open() as store:
        [draft] = store.list()
        assert draft.id == autosave.draft_id
    qtbot.waitUntil(lambda: window.windowTitle().startswith(draft.title))
    # The next new post does not inherit the template's channels.
    window.files.new_post()
    assert window.current_post().channels == []


def test_a_draft_gets_a_name_and_the_title_follows_it(autosaved, type_text, qtbot):
    window, autosave = autosaved
    type_text(window.editor("sv"), "Simhallen öppnar\nPå måndag")
    autosave.flush()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Simhallen öppnar"))
    autosave.rename_current("Simhallen 2025")
    assert window.windowTitle().startswith("Simhallen 2025")
    type_text(window.editor("sv"), " kl. 8")
    autosave.flush()
    qtbot.wait(20)
    assert window.windowTitle().startswith("Simhallen 2025")
    with DraftStore.open() as store:
        [draft] = store.list()
        assert (draft.name, draft.title) == ("Simhallen 2025", "Simhallen 2025")
    window.files.new_post()
    assert window.windowTitle().startswith("New post")
    autosave.open_draft(draft.id)  # as from the Drafts dialog
    assert window.windowTitle().startswith("Simhallen 2025")


def test_edits_of_a_file_stay_tied_to_it_across_a_restart(make_window, type_text, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "simhall.post.json"
    save_post(Post(organisation="jakobstad", versions={"sv": "Simhallen"}), path)
    window = make_window()
    window.files.ask_to_save_file = True
    autosave = attach_autosave(window, reopen=False)
    assert window.files.open_file(path)
    window.editor("sv").moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor("sv"), " öppnar")
    autosave.flush()
    asked = []

    def exec_(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.close()  # changed since the file was saved: asks
    assert asked and "simhall.post.json" in asked[0]
    autosave.shutdown()
    # Next start: the draft comes back tied to the file, still to be saved there.
    again = make_window()
    attach_autosave(again, reopen=True)
    assert again.editor("sv").toPlainText() == "Simhallen öppnar"
    assert again.files.file_path == path and again.isWindowModified()
    assert again.windowTitle().startswith("simhall.post.json")
    assert again.files.save()
    assert not again.isWindowModified()


def test_dialog_speaks_finnish_and_swedish(make_window, qtbot):
    for language, title, open_text in (("fi", "Luonnokset", "&Avaa"), ("sv", "Utkast", "&Öppna")):
        window = make_window(language)
        autosave = attach_autosave(window, reopen=False)
        try:
            make_drafts()
            dialog = DraftsDialog(autosave, window)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == title
            assert dialog.open_button.text() == open_text
            assert dialog.tree.headerItem().text(3) in ("Viimeksi muutettu", "Senast ändrad")
            assert window.actions["drafts"].text() in ("Lu&onnokset…", "&Utkast…")
        finally:
            autosave.shutdown()


def test_copying_a_channel_marks_the_draft_exported(autosaved, qtbot, type_text,
                                                   monkeypatch):
    from composer.ui.preview.gate_dialog import GateDialog

    window, autosave = autosaved
    window.preview.boxes["facebook"].setChecked(True)
    type_text(window.editor("sv"), "Biblioteket har öppet i dag.")
    qtbot.waitUntil(lambda: stored_texts() == ["Biblioteket har öppet i dag."], timeout=5000)
    # The first check loads the checking process: on a busy machine that takes seconds.
    qtbot.waitUntil(lambda: window.preview.preview("facebook") is not None, timeout=20_000)
    # The Finnish version is missing (an error): the gate asks; copy anyway.
    asked: list[list[str]] = []
    monkeypatch.setattr(GateDialog, "exec", lambda self: asked.append(self.listed())
                        or GateDialog.DialogCode.Accepted)
    window.preview.copy("facebook")
    assert asked and any("Finnish" in line for line in asked[0])
    autosave.flush()

    def exported() -> bool:
        with DraftStore.open() as store:
            draft = store.get(store.list()[0].id)
            return draft.status is Status.EXPORTED and "facebook" in draft.exported_channels

    qtbot.waitUntil(exported, timeout=5000)


def test_dialog_says_exported_to_which_networks_and_changed_since(autosaved, qtbot):
    window, autosave = autosaved
    with DraftStore.open() as store:
        draft = store.save(None, Post(versions={"sv": "Torgdag på lördag"}))
        store.mark_exported(draft.id, ["facebook", "x"])
    dialog = DraftsDialog(autosave, window)
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.tree.topLevelItem(0).text(2)
    assert status.startswith("Exported ") and status.endswith("(Facebook, X)")
    with DraftStore.open() as store:
        store.save(draft.id, Post(versions={"sv": "Torgdag på lördag – inställd!"}))
    dialog.refresh()
    status = dialog.tree.topLevelItem(0).text(2)
    assert "(Facebook, X)" in status and status.endswith("changed since export")


def test_opening_a_post_file_makes_no_draft_until_the_user_types(autosaved, tmp_path,
                                                                  type_text, qtbot):
    window, autosave = autosaved
    sample = tmp_path / "sample.post.json"
    save_post(Post(organisation="jakobstad", channels=["facebook"],
                   versions={"sv": "Biblioteket är stängt på midsommar.",
                             "fi": "Kirjasto on suljettu juhannuksena."}), sample)
    assert window.files.open_file(sample)
    autosave.flush()
    window.files.new_post()
    autosave.flush()
    with DraftStore.open() as store:
        assert store.list() == []  # looked at, not changed: nothing to keep
    assert window.files.open_file(sample)
    window.editor("sv").moveCursor(QTextCursor.MoveOperation.End)
    type_text(window.editor("sv"), " Välkommen!")
    autosave.flush()
    with DraftStore.open() as store:
        [draft] = store.list()
        assert store.get(draft.id).post.text("sv").endswith("midsommar. Välkommen!")
