"""Closing the window with ✕ while drafts cannot be saved never discards the text
silently: it asks, and offers to save the post as a file elsewhere; it does not wait on
another failing save first."""

from __future__ import annotations

import time

import pytest

from composer.postfile import load_post
from composer.ui.drafts.autosave import Autosave


@pytest.fixture
def failing(window, tmp_path, monkeypatch, type_text, qtbot):
    """The window with autosave whose saves fail (the data folder cannot be created)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("COMPOSER_DATA_DIR", str(blocker / "data"))
    autosave = Autosave(window, None)
    type_text(window.editor("fi"), "Tärkeä teksti, jota ei saa menettää")
    autosave.flush()
    qtbot.waitUntil(lambda: window.files.confirm_discard is True, timeout=5000)
    asked: list[str] = []
    yield window, asked
    window.files.confirm_discard = False  # let the fixture close it
    autosave.shutdown()


def _answer(window, asked: list[str], answer: str) -> None:
    def ask() -> str:
        asked.append(answer)
        return answer

    window.files.ask_before_close = ask


def test_cancel_keeps_the_window_and_the_text(failing) -> None:
    window, asked = failing
    _answer(window, asked, "cancel")
    began = time.monotonic()
    assert window.close() is False
    assert time.monotonic() - began < 5  # no wait on another failing save
    assert asked == ["cancel"]
    assert window.isVisible()
    assert window.editor("fi").toPlainText().startswith("Tärkeä teksti")


def test_save_as_a_post_file_then_close(failing, tmp_path, monkeypatch) -> None:
    window, asked = failing
    _answer(window, asked, "save")
    target = tmp_path / "pelastettu.post.json"
    from composer.ui.drafts import post_io

    monkeypatch.setattr(post_io, "choose_save_path", lambda *args: str(target))
    assert window.close() is True
    assert load_post(target).text("fi") == "Tärkeä teksti, jota ei saa menettää"


def test_discard_is_a_choice(failing) -> None:
    window, asked = failing
    _answer(window, asked, "discard")
    assert window.close() is True
    assert asked == ["discard"]


def test_a_saved_window_closes_without_asking(window, type_text) -> None:
    window.files.confirm_discard = False
    window.files.ask_before_close = lambda: pytest.fail("asked although nothing is at risk")
    type_text(window.editor("fi"), "Tallessa")
    assert window.close() is True
