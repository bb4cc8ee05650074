"""kill -9 while typing, for real: the app runs as its own process, types into its editor
through its event loop, is killed with SIGKILL and started again.

The app is started through ``composer.ui.app.main`` unchanged; the driver below only
creates the QApplication first (``main`` reuses it) and queues timers that post key events
to the focused editor and, in report mode, print what the window shows.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from composer.drafts import DraftStore

DRIVER = textwrap.dedent("""
    import faulthandler, json, sys, time
    faulthandler.enable()  # a crash of the app itself shows in the test's report
    from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication
    from composer.ui import app as app_module

    mode, text, interval = sys.argv[1], sys.argv[2], int(sys.argv[3])
    application = app_module.create_application([])

    def window():
        for widget in QApplication.topLevelWidgets():
            if hasattr(widget, "current_post") and widget.isVisible():
                return widget
        return None

    def start():
        shown = window()
        if shown is None:
            QTimer.singleShot(50, start)
            return
        if mode == "report":
            QTimer.singleShot(1000, lambda: report(shown))
            return
        editor = shown.editor(shown.editors.order[0])
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        print("typing", shown.editors.order[0], flush=True)
        position = [0]
        timer = QTimer(application)

        def tick():
            if position[0] >= len(text):
                timer.stop()
                print("done", time.monotonic(), flush=True)
                return
            char = text[position[0]]
            if char == "\\n":
                key, payload = Qt.Key.Key_Return, "\\r"
            else:
                key, payload = Qt.Key.Key_unknown, char
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.postEvent(
                    editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, payload))
            position[0] += 1
            print("typed", position[0], time.monotonic(), flush=True)

        timer.timeout.connect(tick)
        timer.start(interval)

    def report(shown):
        post = shown.current_post()
        print("report", json.dumps({"versions": post.versions,
                                    "status": shown.statusBar().currentMessage(),
                                    "draft": shown.autosave.draft_id}), flush=True)
        application.quit()

    QTimer.singleShot(0, start)
    sys.exit(app_module.main([]))
""")

TEXT = ("Simhallen öppnar på måndag 🏊 kl. 6.30.\nVälkommen! Åäö ÅÄÖ.\n"
        "Uimahalli aukeaa maanantaina.")


def launch(mode: str, text: str = "", interval_ms: int = 20) -> subprocess.Popen[str]:
    env = os.environ.copy()  # COMPOSER_DATA_DIR/CONFIG_DIR: the test's own folders
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, mode, text, str(interval_ms)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


def read_until(proc: subprocess.Popen[str], word: str, timeout: float = 90) -> list[str]:
    """Lines of the driver's output up to the first starting with ``word``."""
    lines, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            code = proc.wait(timeout=30)
            raise AssertionError(f"app ended (status {code}) before {word!r}: "
                                 f"{lines[-5:]} {proc.stderr.read()[-3000:]}")
        lines.append(line.strip())
        if line.startswith(word):
            return lines
    raise AssertionError(f"no {word!r} within {timeout} s")


def kill_hard(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def restart_and_report() -> dict:
    proc = launch("report")
    try:
        line = read_until(proc, "report")[-1]
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return json.loads(line.split(" ", 1)[1])


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_text_typed_before_a_kill_9_is_back_after_restart():
    proc = launch("type", TEXT)
    try:
        language = read_until(proc, "typing")[-1].split()[1]
        read_until(proc, "done")
        time.sleep(2.5)  # the 2 s the issue allows, and a little more
        kill_hard(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    with DraftStore.open() as store:
        latest = store.most_recent()
        assert latest is not None
        assert store.get(latest.id).post.text(language) == TEXT

    shown = restart_and_report()
    assert shown["versions"][language] == TEXT
    assert shown["draft"] == latest.id
    assert "Recovered" in shown["status"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_mid_typing_loses_at_most_the_last_two_seconds():
    text = ("Tori on auki lauantaina klo 8–14. Tervetuloa ostoksille! " * 12)[:600]
    proc = launch("type", text, interval_ms=15)
    try:
        language = read_until(proc, "typing")[-1].split()[1]
        typed: list[tuple[int, float]] = []
        while len(typed) < 280:  # about four seconds of steady typing
            line = proc.stdout.readline()
            assert line, proc.stderr.read()[-3000:]
            if line.startswith("typed"):
                _, count, when = line.split()
                typed.append((int(count), float(when)))
        killed_at = time.monotonic()
        kill_hard(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    with DraftStore.open() as store:
        saved = store.get(store.most_recent().id).post.text(language)
    assert text.startswith(saved)  # a clean prefix: nothing garbled, nothing reordered
    older = [count for count, when in typed if when <= killed_at - 2.0]
    assert older, "typing started too late to measure"
    assert len(saved) >= max(older), (len(saved), max(older), len(typed))
    assert len(saved) < len(text)  # it really was killed while typing

    shown = restart_and_report()
    assert shown["versions"][language] == saved
