"""Team review in the real window: send for review from the current draft, the outbox
status while the team space is away, the Review list (open, comment, approve with open
errors, choose a version), comments shown in the editor, and a window that never waits
on the network."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPlainTextEdit

from composer.model import Post
from composer.settings import Settings
from composer.team.folder import FolderStorage
from composer.team.record import FindingsSummary, Status
from composer.team.service import TeamService
from tests.team.servers import PASSWORD, USER, Failing, dav_app, serve_wsgi

FI = "Kirjasto on suljettu maanantaina."
SV = "Biblioteket är stängt på måndag."


def _window(make_window, space: str, **values: str):
    settings = Settings(team_space=space, team_name="Anna", **values)
    return make_window("en", settings)


def _wait_idle(qtbot, window, timeout: int = 20_000) -> None:
    qtbot.waitUntil(lambda: not window.team.background.busy, timeout=timeout)


def _opened_from_ben(make_window, qtbot, tmp_path: Path):
    """Ben's post in the team folder, opened in Anna's window: (Ben's service, his post as
    sent, the window)."""
    ben = TeamService(FolderStorage(tmp_path), "Ben")
    sent = ben.send_new(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}),
                        FindingsSummary())
    window = _window(make_window, str(tmp_path))
    window.team.open_post(sent.record.id)
    qtbot.waitUntil(lambda: window.team.current is not None, timeout=20_000)
    _wait_idle(qtbot, window)
    return ben, sent, window


def test_send_for_review_from_the_window(make_window, qtbot, tmp_path: Path) -> None:
    window = _window(make_window, str(tmp_path))
    window.set_post(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}))
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    [post] = TeamService(FolderStorage(tmp_path), "x").list().posts
    assert (post.status, post.author, post.title) == (Status.READY, "Anna", FI)
    assert window.team.current is not None and window.team.current.record.id == post.id
    assert window.team.comments.isVisible()


def test_changes_wait_while_the_space_is_away(make_window, qtbot, tmp_path: Path) -> None:
    space = tmp_path / "drive"
    window = _window(make_window, str(space))
    window.set_post(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}))
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    label = window.team.queue_label
    assert label.isVisible() and label.text() == "1 change waiting to be sent"
    assert "network drive" in label.toolTip()
    space.mkdir()
    window.actions["team_flush"].trigger()
    _wait_idle(qtbot, window)
    assert not label.isVisible()
    assert len(TeamService(FolderStorage(space), "x").list().posts) == 1


def test_review_list_open_comment_and_approve_with_errors(
        make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ben = TeamService(FolderStorage(tmp_path), "Ben")
    sent = ben.send_new(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}),
                        FindingsSummary(errors=2))
    ben.comment(sent.record.id, "fi", "Which Monday?", 21, 32)
    window = _window(make_window, str(tmp_path))
    window.actions["team_review"].trigger()
    dialog = window.team.review_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert dialog.table.item(0, 1).text() == "Ready for review"
    assert dialog.table.item(0, 2).text() == "Ben"
    assert dialog.table.item(0, 4).text() == "2"
    dialog.table.selectRow(0)

    dialog.open_button.click()
    qtbot.waitUntil(lambda: window.team.current is not None, timeout=20_000)
    assert window.editor("fi").toPlainText() == FI
    panel = window.team.comments
    assert panel.list.count() == 1
    panel._show(panel.list.item(0))
    assert window.editor("fi").textCursor().selectedText() == "maanantaina"
    _wait_idle(qtbot, window)
    assert ben.lock_info(sent.record.id).owner == "Anna"  # "Anna is editing"
    dialog.refresh()
    qtbot.waitUntil(lambda: "Anna is editing" in dialog.table.item(0, 6).text(),
                    timeout=20_000)
    dialog.table.selectRow(0)

    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Looks good", True)))
    dialog.comment_button.click()
    _wait_idle(qtbot, window)
    asked = []

    def question(*args):
        asked.append(args)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog.approve_button.click()
    _wait_idle(qtbot, window)
    assert "2 open errors" in asked[0][2]
    record = ben.get(sent.record.id).record
    assert record.status is Status.APPROVED
    assert record.history[-1].open_errors == 2 and record.history[-1].by == "Anna"
    assert [c.text for c in record.comments] == ["Which Monday?", "Looks good"]
    assert record.comments[1].language == ""  # about the whole post, not the Finnish
    dialog.close()


def test_choose_between_two_versions(make_window, qtbot, tmp_path: Path) -> None:
    from composer.team.errors import Conflict

    anna, ben = TeamService(FolderStorage(tmp_path), "Anna"), TeamService(
        FolderStorage(tmp_path), "Ben")
    sent = anna.send_new(Post(organisation="jakobstad", versions={"fi": FI}),
                         FindingsSummary())
    ben.update_content(sent.record.id, Post(organisation="jakobstad", versions={"fi": "Ben"}),
                       FindingsSummary(), sent.revision, 1)
    with pytest.raises(Conflict):
        anna.update_content(sent.record.id, Post(organisation="jakobstad",
                                                 versions={"fi": "Anna"}),
                            FindingsSummary(), sent.revision, 1)
    window = _window(make_window, str(tmp_path))
    window.actions["team_review"].trigger()
    dialog = window.team.review_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    assert "two versions" in dialog.table.item(0, 6).text()
    dialog.table.selectRow(0)
    dialog.resolve_button.click()
    qtbot.waitUntil(lambda: getattr(window.team, "conflict_dialog", None) is not None,
                    timeout=20_000)
    chooser = window.team.conflict_dialog
    texts = sorted(w.toPlainText() for w in chooser.findChildren(QPlainTextEdit))
    assert texts == ["Anna", "Ben"]
    chooser.keep_mine.click()
    _wait_idle(qtbot, window)
    assert anna.get(sent.record.id).record.post.text("fi") == "Anna"
    assert anna.conflicts(sent.record.id) == []
    dialog.close()


def test_the_window_never_waits_on_a_slow_server(make_window, qtbot, tmp_path: Path,
                                                 monkeypatch) -> None:
    root = tmp_path / "root"
    root.mkdir()
    app = Failing(dav_app(root))
    app.status, app.methods, app.hang = "500 Internal Server Error", {"PUT", "PROPFIND"}, 3.0
    monkeypatch.setenv("COMPOSER_TEAM_USER", USER)
    monkeypatch.setenv("COMPOSER_TEAM_PASSWORD", PASSWORD)
    with serve_wsgi(app) as base:
        window = _window(make_window, base + "/dav/")
        window.set_post(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}))
        start = time.perf_counter()
        window.actions["team_send"].trigger()
        window.actions["team_review"].trigger()
        assert time.perf_counter() - start < 0.5  # the server takes 3 s to answer
        assert window.team.background.busy
        _wait_idle(qtbot, window, 30_000)
        assert window.team.queue_label.text() == "1 change waiting to be sent"
        assert "500" in window.team.queue_label.toolTip()
        window.team.review_dialog.close()


def test_editing_an_opened_post_updates_it_or_keeps_both(
        make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        type_text) -> None:
    ben, sent, window = _opened_from_ben(make_window, qtbot, tmp_path)
    editor = window.editor("fi")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Avoinna taas tiistaina.")
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    record = ben.get(sent.record.id).record
    assert record.post.text("fi") == FI + " Avoinna taas tiistaina."
    assert (record.content_version, record.updated_by) == (2, "Anna")

    # Ben changes the text too; Anna's next send keeps both and says so.
    current = ben.get(sent.record.id)
    ben.update_content(sent.record.id, Post(organisation="jakobstad", versions={"fi": "Ben"}),
                       FindingsSummary(), current.revision, current.record.content_version)
    type_text(editor, " Tervetuloa!")
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    notice = window.team.conflict_notice
    assert notice.isVisible() and "Both versions are kept" in notice.text()
    assert window.statusBar().currentMessage() != "Sent for review."  # it was not
    notice.close()
    [(_, mine)] = ben.conflicts(sent.record.id)
    assert mine.record.post.text("fi").endswith("Tervetuloa!")
    assert ben.get(sent.record.id).record.post.text("fi") == "Ben"

    # Anna keeps her version; her next change goes on top of it, no new conflict.
    dialog = window.team
    window.team.choose_version(sent.record.id, window)
    qtbot.waitUntil(lambda: getattr(dialog, "conflict_dialog", None) is not None,
                    timeout=20_000)
    dialog.conflict_dialog.keep_mine.click()
    _wait_idle(qtbot, window)
    assert editor.toPlainText().endswith("Tervetuloa!")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " Kiitos.")
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    assert ben.get(sent.record.id).record.post.text("fi").endswith("Tervetuloa! Kiitos.")
    assert ben.conflicts(sent.record.id) == []


def test_changes_to_different_versions_are_joined_and_shown(
        make_window, qtbot, tmp_path: Path, type_text) -> None:
    ben, sent, window = _opened_from_ben(make_window, qtbot, tmp_path)
    # Ben changes the Swedish version while Anna changes the Finnish one.
    current = ben.get(sent.record.id)
    bens = "Biblioteket är stängt på måndag och tisdag."
    ben.update_content(sent.record.id, Post(organisation="jakobstad",
                                            versions={"fi": FI, "sv": bens}),
                       FindingsSummary(), current.revision, current.record.content_version)
    finnish = window.editor("fi")
    finnish.moveCursor(finnish.textCursor().MoveOperation.End)
    type_text(finnish, " Tervetuloa!")
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    assert getattr(window.team, "conflict_notice", None) is None  # no "Two versions kept"
    record = ben.get(sent.record.id).record
    assert record.post.versions == {"fi": FI + " Tervetuloa!", "sv": bens}
    assert ben.conflicts(sent.record.id) == []
    swedish = window.editor("sv")
    assert swedish.toPlainText() == bens  # Ben's change is shown
    assert "joined with another person's change to: Swedish" in (
        window.statusBar().currentMessage())
    # Anna goes on in the Swedish text she now sees: no conflict, nothing lost.
    swedish.moveCursor(swedish.textCursor().MoveOperation.End)
    type_text(swedish, " Välkommen!")
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    assert ben.conflicts(sent.record.id) == []
    assert ben.get(sent.record.id).record.post.text("sv") == bens + " Välkommen!"


def test_opening_a_post_someone_is_editing_says_who(make_window, qtbot, tmp_path: Path) -> None:
    ben = TeamService(FolderStorage(tmp_path), "Ben")
    sent = ben.send_new(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}),
                        FindingsSummary())
    ben.lock(sent.record.id)
    window = _window(make_window, str(tmp_path))
    window.team.open_post(sent.record.id)
    qtbot.waitUntil(lambda: window.team.current is not None, timeout=20_000)
    assert window.editor("fi").toPlainText() == FI  # reading is not blocked
    assert window.statusBar().currentMessage().startswith("Ben is editing this post (until ")


def test_a_change_that_no_longer_applies_is_shown_until_discarded(
        make_window, qtbot, tmp_path: Path) -> None:
    ben = TeamService(FolderStorage(tmp_path), "Ben")
    sent = ben.send_new(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}),
                        FindingsSummary())
    window = _window(make_window, str(tmp_path))
    ben.set_status(sent.record.id, Status.APPROVED)  # while Anna's approval is on its way
    window.team.change_status(sent.record.id, Status.APPROVED)
    _wait_idle(qtbot, window)
    label = window.team.queue_label
    assert label.isVisible() and label.text() == "1 change not sent (Team menu)"
    window.actions["team_unsent"].trigger()
    _wait_idle(qtbot, window)
    dialog = window.team.unsent_dialog
    assert dialog.list.count() == 1
    assert "already approved by Ben" in dialog.list.item(0).text()
    dialog.discard_button.click()
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    assert not label.isVisible()
    dialog.close()


def test_team_errors_read_in_the_ui_language(ui_language) -> None:
    from composer.team import errors
    from composer.ui.team.messages import explain

    ui_language("fi")
    shown = explain(errors.AccessDenied(
        "https://dav.example.fi/team: the server refused the user name or password (401); "
        "check them in Preferences › Team space (Nextcloud wants an app password)"))
    assert shown.startswith("Tiimin tila esti pääsyn.")
    assert "palvelin ei hyväksynyt käyttäjätunnusta tai salasanaa (401)" in shown
    assert "https://dav.example.fi/team: " in shown  # where it happened, as it is
    # A form the translations do not know stays as the server wrote it.
    assert explain(errors.ServerError("Gateway says no")).endswith("\nGateway says no")


def test_comment_on_selection_comments_on_what_the_editor_has_selected(
        make_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QTextCursor

    ben, sent, window = _opened_from_ben(make_window, qtbot, tmp_path)
    editor = window.editor("sv")
    window.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.setPosition(SV.index("måndag"))
    cursor.setPosition(SV.index("måndag") + len("måndag"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    labels: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(
        lambda _parent, _title, label, *a, **k: labels.append(label) or ("Tisdag?", True)))
    panel = window.team.comments
    panel.show()
    panel.add.setFocus()  # as a click on the button does: the editor loses the focus
    qtbot.waitUntil(lambda: not editor.hasFocus())
    panel.add.click()
    _wait_idle(qtbot, window)
    assert labels == ["Comment on «måndag»:"]
    comment = ben.get(sent.record.id).record.comments[-1]
    assert (comment.language, comment.quote, comment.text) == ("sv", "måndag", "Tisdag?")
    assert (comment.start, comment.end) == (SV.index("måndag"), SV.index("måndag") + 6)


def test_team_times_are_written_as_the_drafts_list_writes_them(qtbot) -> None:
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from composer.ui.drafts.dialog import _when
    from composer.ui.team.messages import local_time

    stamp = "2026-12-08T00:29:04+00:00"
    before = QLocale()
    try:
        for name in ("fi_FI", "sv_FI", "en_GB"):
            QLocale.setDefault(QLocale(name))
            assert local_time(stamp) == _when(datetime.fromisoformat(stamp))
        QLocale.setDefault(QLocale("fi_FI"))
        assert local_time(stamp).startswith("8.12.2026")
    finally:
        QLocale.setDefault(before)
    assert local_time("not a time") == "not a time"


def test_approving_ones_own_post_is_asked_first(make_window, qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(make_window, str(tmp_path))
    window.set_post(Post(organisation="jakobstad", versions={"fi": FI, "sv": SV}))
    window.actions["team_send"].trigger()
    _wait_idle(qtbot, window)
    window.actions["team_review"].trigger()
    dialog = window.team.review_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=20_000)
    dialog.table.selectRow(0)
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, title, *a, **k: asked.append(title) or reply["button"]))
    dialog.approve_button.click()
    _wait_idle(qtbot, window)
    assert asked == ["Approve your own post?"]
    service = TeamService(FolderStorage(tmp_path), "Ben")
    [summary] = service.list().posts
    assert summary.status is Status.READY  # No: nothing changed
    reply["button"] = QMessageBox.StandardButton.Yes
    dialog.approve_button.click()
    _wait_idle(qtbot, window)
    [summary] = service.list().posts
    assert summary.status is Status.APPROVED and summary.author == "Anna"
    dialog.close()
