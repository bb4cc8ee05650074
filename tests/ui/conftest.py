"""Fixtures for driving the real main window: a window with a fresh engine, typing key
events character by character (ä, ö, å and emoji included), and waiting for findings."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def send_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key presses (newlines as Return)."""
    for char in text:
        if char == "\n":
            key, payload = Qt.Key.Key_Return, "\r"
        else:
            key, payload = Qt.Key.Key_unknown, char
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, payload)
            )


class UnexpectedMessageBox(AssertionError):
    """A test opened a modal message box it did not expect (offscreen, nobody could
    close it: the test would wait for ever)."""


@pytest.fixture(autouse=True)
def message_boxes_fail_instead_of_blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    """QMessageBox's modal helpers and the publishing gate's dialog raise in tests unless
    a test replaces them itself."""
    from PySide6.QtWidgets import QMessageBox

    for name in ("about", "critical", "information", "question", "warning"):

        def unexpected(*args: object, _name: str = name) -> None:
            texts = [a for a in args if isinstance(a, str)]
            raise UnexpectedMessageBox(f"QMessageBox.{_name}: {' / '.join(texts)}")

        monkeypatch.setattr(QMessageBox, name, staticmethod(unexpected))

    def unexpected_exec(box: QMessageBox) -> None:
        raise UnexpectedMessageBox(f"QMessageBox.exec: {box.text()}")

    monkeypatch.setattr(QMessageBox, "exec", unexpected_exec)

    from composer.ui.preview.gate_dialog import GateDialog

    def unexpected_gate(self: GateDialog) -> int:
        raise UnexpectedMessageBox(f"GateDialog: {' / '.join(self.listed())}")

    monkeypatch.setattr(GateDialog, "exec", unexpected_gate)


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    return send_text


@pytest.fixture
def ui_language(compiled_translations, qapp):
    """Switches the application's translators; back to English afterwards."""
    from composer.ui.language.ui_language import install_translators

    yield install_translators
    install_translators("en")


@pytest.fixture
def make_window(qtbot, ui_language):
    """Builds main windows (UI language ``en`` unless given) and closes them afterwards."""
    from composer.settings import Settings
    from composer.ui.window.features import attach_features
    from composer.ui.window.main_window import MainWindow

    def make(language: str = "en", settings: Settings | None = None) -> MainWindow:
        ui_language(language)
        settings = settings or Settings(ui_language=language)
        window = MainWindow(settings, language)
        attach_features(window, autosave=False)  # as the app has it; autosave on demand
        window.files.confirm_discard = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def wait_checked(qtbot):
    """Waits until the findings shown are those of the window's current text."""

    def wait(window, timeout: int = 20_000) -> None:
        window.checker.check_now()

        def done() -> bool:
            result = window.results.result
            return (
                not window.checker.pending()
                and result is not None
                and result.generation == window.checker.generation
            )

        qtbot.waitUntil(done, timeout=timeout)

    return wait
