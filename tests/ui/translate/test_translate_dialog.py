"""Translating a version in the real main window against a loopback server that speaks
LibreTranslate's and DeepL's APIs: the draft lands in the target editor marked as machine
translated, the warning stands until a person edits or confirms it, Undo brings the old
text back, existing text is replaced only when the user says so, gatekeeping keeps
personal data on the computer, and errors are explained."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from composer.model import Post
from composer.settings import Settings
from composer.translate import credentials
from composer.ui.translate.dialog import TranslateDialog
from tests.translate.fake_services import GOOD_KEY, QUOTA_KEY, FakeServer

FINNISH = "Kirjasto on auki tänään."
SWEDISH = "Biblioteket är öppet i dag."


@pytest.fixture
def server():
    with FakeServer() as srv:
        yield srv


def libre_settings(url: str) -> Settings:
    return Settings(ui_language="en", organisation="kokkola",
                    translation_service="libretranslate", translation_options={"url": url})


@pytest.fixture
def libre_window(make_window, server):
    window = make_window("en", libre_settings(server.url))
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    return window


@pytest.fixture
def deepl_key():
    account = credentials.account_for("deepl", {})

    def use(key: str) -> None:
        credentials.keep_for_session(account, key)

    yield use
    credentials.keep_for_session(account, "")


@pytest.fixture
def answer(monkeypatch):
    """Answers the "replace the text?" question; records that it was asked."""
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.Yes}

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def set_reply(button: QMessageBox.StandardButton) -> list[str]:
        reply["button"] = button
        return asked

    return set_reply


def open_from_header(window, qtbot, target: str) -> TranslateDialog:
    button = window.editors.editors[target].translate
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.translate_dialog
    assert dialog.isVisible() and dialog.target_language() == target
    return dialog


def run(dialog: TranslateDialog, qtbot) -> None:
    """Press Translate and wait for the answer."""
    qtbot.mouseClick(dialog.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def rules(window) -> set[tuple[str, str | None]]:
    return {(f.rule, f.language) for f in window.findings()}


def test_finnish_to_swedish_lands_marked_until_a_person_edits(
    libre_window, server, qtbot, wait_checked, type_text
):
    window = libre_window
    dialog = open_from_header(window, qtbot, "sv")
    assert dialog.source_language() == "fi"
    # The dialog names the service and the host that receive the text.
    port = server.server_address[1]
    assert "LibreTranslate" in dialog.recipient.text()
    assert f"127.0.0.1:{port}" in dialog.recipient.text()
    assert not dialog.overwrite_note.isVisible()  # the Swedish version is empty
    run(dialog, qtbot)

    assert not dialog.isVisible()
    assert window.editor("sv").toPlainText() == SWEDISH
    assert window.current_post().unreviewed == ["sv"]
    column = window.editors.editors["sv"]
    assert column.unreviewed.isVisible() and column.confirm.isVisible()
    assert not column.translate.isVisible()  # the version has text now
    [(path, _headers, body)] = server.requests
    assert path == "/translate"
    assert (body["q"], body["source"], body["target"]) == (FINNISH, "fi", "sv")
    assert "LibreTranslate" in window.statusBar().currentMessage()

    wait_checked(window)
    assert ("language.unreviewed", "sv") in rules(window)
    # A clean text: no personal-data or confidential alarms about it.
    assert not {r for r, _ in rules(window)} & {"personal-data", "confidential"}

    type_text(window.editor("sv"), " Välkommen!")
    assert window.current_post().unreviewed == []
    assert not column.unreviewed.isVisible()
    wait_checked(window)
    assert ("language.unreviewed", "sv") not in rules(window)


def test_confirming_as_reviewed_clears_the_warning(libre_window, qtbot, wait_checked):
    window = libre_window
    run(open_from_header(window, qtbot, "sv"), qtbot)
    qtbot.mouseClick(window.editors.editors["sv"].confirm, Qt.MouseButton.LeftButton)
    assert window.current_post().unreviewed == []
    assert window.editor("sv").toPlainText() == SWEDISH
    wait_checked(window)
    assert ("language.unreviewed", "sv") not in rules(window)


def test_existing_text_is_replaced_only_when_the_user_says_so_and_undo_restores_it(
    make_window, server, qtbot, answer
):
    window = make_window("en", libre_settings(server.url))
    old = "Biblioteket har öppet."
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH, "sv": old}))
    window.actions["translate"].trigger()
    dialog = window.translate_dialog
    dialog.select("fi", "sv")
    assert dialog.overwrite_note.isVisible()

    asked = answer(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.translate_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "already has text" in asked[0]
    assert server.requests == []  # not even sent
    assert window.editor("sv").toPlainText() == old
    assert dialog.isVisible()

    answer(QMessageBox.StandardButton.Yes)
    run(dialog, qtbot)
    editor = window.editor("sv")
    assert editor.toPlainText() == SWEDISH
    assert window.current_post().unreviewed == ["sv"]

    editor.undo()
    assert editor.toPlainText() == old
    assert window.current_post().unreviewed == []  # the machine text is gone again
    editor.redo()
    assert editor.toPlainText() == SWEDISH
    assert window.current_post().unreviewed == ["sv"]  # the machine's text: marked again
    assert window.editors.editors["sv"].unreviewed.isVisible()


def test_deepl_through_its_api_with_the_key_from_this_session(
    make_window, server, qtbot, deepl_key
):
    deepl_key(GOOD_KEY)
    settings = Settings(ui_language="en", organisation="kokkola", translation_service="deepl",
                        translation_options={"deepl_plan": "custom", "server_url": server.url})
    window = make_window("en", settings)
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    dialog = open_from_header(window, qtbot, "sv")
    assert "DeepL API" in dialog.recipient.text()
    run(dialog, qtbot)
    assert window.editor("sv").toPlainText() == SWEDISH
    [(path, headers, body)] = server.requests
    assert path == "/v2/translate"
    assert headers["Authorization"] == f"DeepL-Auth-Key {GOOD_KEY}"
    assert (body["source_lang"], body["target_lang"]) == ("FI", "SV")


@pytest.mark.parametrize(
    "text",
    [
        "Voittaja on Matti Meikäläinen, henkilötunnus 131052-308T.",
        "SALASSA PIDETTÄVÄ: kaupunginhallituksen muistio.",
    ],
)
def test_personal_data_never_leaves_and_the_dialog_says_why(make_window, server, qtbot, text):
    window = make_window("en", libre_settings(server.url))
    window.set_post(Post(organisation="kokkola", versions={"fi": text}))
    dialog = open_from_header(window, qtbot, "sv")
    run(dialog, qtbot)
    assert server.requests == []  # nothing reached the server
    assert dialog.isVisible()
    shown = dialog.message.text()
    assert dialog.message.isVisible() and "Nothing was sent" in shown
    assert "Finnish version" in shown
    assert "guideline" in shown.lower()  # the finding's guideline point is named
    assert window.editor("sv").toPlainText() == ""
    assert window.current_post().unreviewed == []
    dialog.reject()


def test_identity_code_named_in_the_reason(make_window, server, qtbot):
    window = make_window("en", libre_settings(server.url))
    window.set_post(Post(organisation="kokkola", versions={
        "fi": "Voittaja on Matti Meikäläinen, henkilötunnus 131052-308T."}))
    dialog = open_from_header(window, qtbot, "sv")
    run(dialog, qtbot)
    assert "131052-308T" in dialog.message.text()
    dialog.reject()


def test_offline_is_explained(make_window, qtbot):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    window = make_window("en", libre_settings(f"http://127.0.0.1:{port}"))
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    dialog = open_from_header(window, qtbot, "sv")
    run(dialog, qtbot)
    assert "could not reach" in dialog.message.text()
    assert f"127.0.0.1:{port}" in dialog.message.text()
    assert window.editor("sv").toPlainText() == ""
    dialog.reject()


def test_timeout_is_explained(libre_window, server, qtbot):
    server.delay = 2.0
    dialog = TranslateDialog(libre_window, "sv", timeout=0.3)
    dialog.open()
    run(dialog, qtbot)
    assert "did not answer within 0.3 seconds" in dialog.message.text()
    assert libre_window.editor("sv").toPlainText() == ""
    dialog.reject()


@pytest.mark.parametrize(
    ("key", "expected"),
    [("wrong-key", "did not accept the API key"), (QUOTA_KEY, "quota")],
)
def test_deepl_key_and_quota_errors_are_explained(
    make_window, server, qtbot, deepl_key, key, expected
):
    deepl_key(key)
    settings = Settings(ui_language="en", organisation="kokkola", translation_service="deepl",
                        translation_options={"deepl_plan": "custom", "server_url": server.url})
    window = make_window("en", settings)
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    dialog = open_from_header(window, qtbot, "sv")
    run(dialog, qtbot)
    assert expected in dialog.message.text()
    assert window.editor("sv").toPlainText() == ""
    dialog.reject()


def test_cancel_drops_the_answer(libre_window, server, qtbot):
    server.delay = 1.0
    dialog = open_from_header(libre_window, qtbot, "sv")
    qtbot.mouseClick(dialog.translate_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy() and dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "cancelled" in libre_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: len(server.requests) == 1)
    qtbot.wait(1500)  # the answer arrives meanwhile and is dropped
    assert libre_window.editor("sv").toPlainText() == ""
    assert libre_window.current_post().unreviewed == []


def test_with_the_service_off_the_dialog_explains_how_to_turn_it_on(make_window, qtbot):
    window = make_window("en", Settings(ui_language="en", organisation="kokkola"))
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    window.actions["translate"].trigger()
    dialog = window.translate_dialog
    assert "Machine translation is off" in dialog.recipient.text()
    assert "Preferences" in dialog.recipient.text()
    assert not dialog.translate_button.isEnabled()
    assert dialog.preferences_button.isVisible()
    qtbot.mouseClick(dialog.preferences_button, Qt.MouseButton.LeftButton)
    preferences = window.dialogs.preferences_dialog
    assert preferences.isVisible()
    assert preferences.tabs.currentWidget() is preferences.translation
    preferences.reject()


def test_deepl_without_a_key_says_where_to_enter_it(make_window, qtbot):
    settings = Settings(ui_language="en", organisation="kokkola", translation_service="deepl")
    window = make_window("en", settings)
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    window.actions["translate"].trigger()
    dialog = window.translate_dialog
    assert "API key" in dialog.recipient.text()
    assert not dialog.translate_button.isEnabled()
    dialog.reject()


def test_the_export_warns_until_reviewed(libre_window, qtbot, wait_checked):
    window = libre_window
    run(open_from_header(window, qtbot, "sv"), qtbot)
    panel = window.preview
    panel.boxes["facebook"].setChecked(True)
    wait_checked(window)
    qtbot.waitUntil(panel.settled)
    assert "language.unreviewed" in {f.rule for f in panel.preview("facebook").findings}
    card = panel.cards["facebook"]
    assert card.findings.isVisible()
    assert "machine translated" in card.findings.text()
    # One warning for the version, though a channel is selected.
    unreviewed = [f.language for f in window.findings() if f.rule == "language.unreviewed"]
    assert unreviewed == ["sv"]

    qtbot.mouseClick(window.editors.editors["sv"].confirm, Qt.MouseButton.LeftButton)
    wait_checked(window)
    qtbot.waitUntil(panel.settled)
    assert "language.unreviewed" not in {f.rule for f in panel.preview("facebook").findings}
    assert "language.unreviewed" not in {f.rule for f in window.findings()}
