"""The Translation page of the preferences: the service and its address go to the
settings file, the API key to the real Secret Service (never to the file), and where no
credential store exists the page says so plainly and the key lasts only this session."""

from __future__ import annotations

import os

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from composer.model import Post
from composer.settings import Settings, config_dir
from composer.translate import credentials
from composer.ui.translate.settings_page import DEEPL_URLS
from tests.translate.fake_services import FakeServer

SECRET = "libre-secret-9f8e7d"
FINNISH = "Kirjasto on auki tänään."


@pytest.fixture
def server():
    with FakeServer(libre_key=SECRET) as srv:
        yield srv


@pytest.fixture
def real_keyring():
    usable, reason = credentials.keyring_status()
    if not usable:
        if os.environ.get("COMPOSER_REQUIRE_KEYRING"):
            pytest.fail(f"the Secret Service should be running here: {reason}")
        pytest.skip(f"no Secret Service outside scripts/test.sh: {reason}")
    accounts: list[str] = []
    yield accounts
    for account in accounts:
        credentials.delete_key(account)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    accounts: list[str] = []
    yield accounts
    for account in accounts:
        credentials.keep_for_session(account, "")
    keyring.set_keyring(previous)


def open_page(window):
    window.actions["preferences"].trigger()
    dialog = window.dialogs.preferences_dialog
    page = dialog.translation
    dialog.tabs.setCurrentWidget(page)
    return dialog, page


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def set_up_libretranslate(qtbot, page, url: str, key: str) -> None:
    choose(page.service, "libretranslate")
    assert page.libre_box.isVisible() and not page.deepl_box.isVisible()
    page.libre_url.clear()
    qtbot.keyClicks(page.libre_url, url)
    qtbot.keyClicks(page.key, key)


def press_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def settings_file() -> str:
    return (config_dir() / "settings.json").read_text(encoding="utf-8")


def translate_into_swedish(window, qtbot) -> None:
    window.set_post(Post(organisation="kokkola", versions={"fi": FINNISH}))
    window.actions["translate"].trigger()
    dialog = window.translate_dialog
    dialog.select("fi", "sv")
    qtbot.mouseClick(dialog.translate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20_000)


def test_the_key_goes_to_the_secret_service_and_never_to_the_settings_file(
    make_window, server, qtbot, real_keyring
):
    window = make_window("en", Settings(ui_language="en", organisation="kokkola"))
    dialog, page = open_page(window)
    assert "credential store" in page.keyring_note.text()
    set_up_libretranslate(qtbot, page, server.url, SECRET)
    account = credentials.account_for("libretranslate", {"url": server.url})
    real_keyring.append(account)
    press_ok(qtbot, dialog)

    assert not dialog.isVisible()
    stored = Settings.load()
    assert stored.translation_service == "libretranslate"
    assert stored.translation_options["url"] == server.url
    assert SECRET not in settings_file()
    assert credentials.load_key(account) == SECRET
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.SecretService"

    # The window uses the new preferences and the key from the keyring.
    translate_into_swedish(window, qtbot)
    assert window.editor("sv").toPlainText() == "Biblioteket är öppet i dag."
    assert server.requests[-1][2]["api_key"] == SECRET

    # Reopened: the page says a key is saved without showing it; Forget removes it.
    dialog, page = open_page(window)
    assert page.key.text() == ""
    assert "A key is saved" in page.key_state.text()
    qtbot.mouseClick(page.forget, Qt.MouseButton.LeftButton)
    assert credentials.load_key(account) is None
    assert "removed" in page.key_state.text()
    dialog.reject()


def test_without_a_credential_store_the_user_is_told_and_the_key_is_not_kept(
    make_window, server, qtbot, no_keyring
):
    window = make_window("en", Settings(ui_language="en", organisation="kokkola"))
    dialog, page = open_page(window)
    set_up_libretranslate(qtbot, page, server.url, SECRET)
    note = page.keyring_note
    assert note.isVisible()
    assert "No credential store is available" in note.text()
    assert "cannot be saved" in note.text() and "until it closes" in note.text()
    account = credentials.account_for("libretranslate", {"url": server.url})
    no_keyring.append(account)
    press_ok(qtbot, dialog)

    assert SECRET not in settings_file()
    assert credentials.load_key(account) is None  # nothing persisted
    # It still works for this session.
    translate_into_swedish(window, qtbot)
    assert window.editor("sv").toPlainText() == "Biblioteket är öppet i dag."
    dialog, page = open_page(window)
    assert "until composer closes" in page.key_state.text()
    dialog.reject()


def test_deepl_plans_set_the_address(make_window, qtbot):
    window = make_window("en", Settings(ui_language="en", organisation="kokkola"))
    dialog, page = open_page(window)
    choose(page.service, "deepl")
    assert page.deepl_box.isVisible() and page.key_box.isVisible()
    assert not page.libre_box.isVisible()
    choose(page.deepl_plan, "free")
    assert not page.deepl_url.isVisible()
    assert dialog.result_settings().translation_options["server_url"] == DEEPL_URLS["free"]
    choose(page.deepl_plan, "custom")
    assert page.deepl_url.isVisible()
    qtbot.keyClicks(page.deepl_url, "https://deepl.proxy.example")
    press_ok(qtbot, dialog)
    stored = Settings.load()
    assert stored.translation_service == "deepl"
    assert stored.translation_options["server_url"] == "https://deepl.proxy.example"
    assert window.settings.translation_service == "deepl"

    dialog, page = open_page(window)  # shown again as chosen
    assert page.deepl_plan.currentData() == "custom"
    assert page.deepl_url.text() == "https://deepl.proxy.example"
    choose(page.service, "")
    assert not page.key_box.isVisible() and not page.deepl_box.isVisible()
    press_ok(qtbot, dialog)
    assert Settings.load().translation_service == ""


@pytest.mark.parametrize(
    ("language", "tab", "action", "title"),
    [
        ("fi", "Käännös", "&Käännä kieliversio…", "Käännä kieliversio"),
        ("sv", "Översättning", "Ö&versätt en version…", "Översätt en version"),
    ],
)
def test_translation_ui_in_finnish_and_swedish(make_window, language, tab, action, title):
    window = make_window(language, Settings(ui_language=language, organisation="kokkola"))
    dialog, page = open_page(window)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == tab
    dialog.reject()
    assert window.actions["translate"].text() == action
    window.actions["translate"].trigger()
    assert window.translate_dialog.windowTitle() == title
    window.translate_dialog.reject()
