"""Measurements in the real main window (offscreen), run in a fresh process of their own so
the window's process holds what the app's does: ``python -m benchmarks.window`` prints the
samples as JSON (``benchmarks.ui`` runs it and turns them into results).

* Keystroke to updated underlines: a key typed into an editor (a ``QKeyEvent`` with text)
  until the editor's underlines (its flags and extra selections) show the finding the
  keystroke created or removed, debounce and the checking process included.
* Longest stall of the UI thread while typing 200 characters into a 60,000-character
  version with checking on: the gaps of a 1-ms heartbeat timer, and the time each key
  event takes.
* Longest stall of the UI thread when 1,000,000 characters are pasted at once (without a
  single space, as a pasted key or hash; and as ordinary lines), until the check of the
  text is shown.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from benchmarks.sample_posts import typical_post
from composer.model import Post

HETU = "131052-308T"
MISSPELT = "kirjastoonn"
TYPED = (
    "Kirjaston aukioloajat muuttuvat kesäkuussa, ja lisätietoja saat neuvonnasta tai "
    "verkkosivuilta. Tervetuloa lukemaan! "
) * 3
TYPED = TYPED[:200]


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> float:
    """Runs the event loop until ``condition()`` holds; returns the perf_counter then."""
    app = QCoreApplication.instance()
    assert app is not None
    deadline = time.perf_counter() + timeout
    wake = QTimer()
    wake.setInterval(20)
    wake.start()
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not reach the expected state")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return time.perf_counter()
    finally:
        wake.stop()


def idle(ms: int) -> None:
    """Runs the event loop for ``ms`` milliseconds."""
    end = time.perf_counter() + ms / 1000
    wait_until(lambda: time.perf_counter() >= end, timeout=ms / 1000 + 5)


def press(widget: QPlainTextEdit, char: str) -> None:
    """One keystroke (press and release); ``"\\b"`` is Backspace."""
    key = Qt.Key.Key_Backspace if char == "\b" else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
        )


def open_window(post: Post) -> Any:
    """The app's main window showing ``post``, painted and with its first findings."""
    from composer.settings import Settings
    from composer.ui.app import create_application
    from composer.ui.window.features import attach_features
    from composer.ui.window.main_window import MainWindow

    create_application([])
    window = MainWindow(Settings(ui_language="en"), "en")
    attach_features(window, autosave=False)  # the app's window, without touching drafts
    window.files.confirm_discard = False
    window.show()
    window.set_post(post)
    wait_until(lambda: window._painted, 10)
    wait_checked(window, 60)
    return window


def checked(window: Any) -> bool:
    result = window.results.result
    return (
        not window.checker.pending()
        and result is not None
        and result.generation == window.checker.generation
    )


def wait_checked(window: Any, timeout: float = 30.0) -> float:
    return wait_until(lambda: checked(window), timeout)


def place_cursor(editor: QPlainTextEdit, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()


class PaintClock(QObject):
    """The time of the latest paint of a widget."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.last = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False


def keystroke_latency(cycles: int = 10, warmup: int = 2) -> dict[str, Any]:
    """Alternately completes and breaks an identity code and a misspelt word; each
    keystroke is timed until the underline appears or disappears."""
    post = typical_post()
    lead = f"Tervetuloa {MISSPELT[:-1]}! Henkilötunnus {HETU[:-1]} ei kuulu julkaisuun. "
    post.versions["fi"] = lead + post.versions["fi"]
    window = open_window(post)
    editor = window.editor("fi")
    editor.setFocus()
    paints = PaintClock(editor.viewport())
    hetu_start = lead.index(HETU[:-1])
    word_start = lead.index(MISSPELT[:-1])
    steps = [
        # (position of the cursor, key, rule, start, underline expected afterwards)
        (hetu_start + len(HETU) - 1, HETU[-1], "personal-data.hetu", hetu_start, True),
        (hetu_start + len(HETU), "\b", "personal-data.hetu", hetu_start, False),
        (word_start + len(MISSPELT) - 1, MISSPELT[-1], "spelling.unknown", word_start, True),
        (word_start + len(MISSPELT), "\b", "spelling.unknown", word_start, False),
    ]
    to_flags: list[float] = []
    to_paint: list[float] = []
    for cycle in range(warmup + cycles):
        for position, char, rule, start, expected in steps:
            place_cursor(editor, position)
            idle(150)

            def shown(rule: str = rule, start: int = start, expected: bool = expected) -> bool:
                flags = editor.flags.flags
                if len(editor.extraSelections()) != len(flags):
                    return False
                found = any(f.finding.rule == rule and f.start == start for f in flags)
                return found == expected

            began = time.perf_counter()
            press(editor, char)
            done = wait_until(shown)
            painted = wait_until(lambda done=done: paints.last > done, 2)
            if cycle >= warmup:
                to_flags.append((done - began) * 1000)
                to_paint.append((painted - began) * 1000)
            wait_checked(window)
    window.close()
    return {"flags": to_flags, "painted": to_paint}


class Heartbeat(QObject):
    """A 1-ms precise timer; the gaps between its ticks are the UI thread's stalls."""

    def __init__(self) -> None:
        super().__init__()
        self.ticks: list[float] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())

    def start(self) -> None:
        self.ticks = [time.perf_counter()]
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self.ticks.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.ticks, self.ticks[1:], strict=False)]


def paragraphs(text: str, sentences: int = 4) -> str:
    """``text`` with a line break after every few sentences, as long posts are written
    (same length: the space after the sentence becomes the break)."""
    parts = text.split(". ")
    return ".\n".join(
        ". ".join(parts[i : i + sentences]) for i in range(0, len(parts), sentences)
    )


def typing_stalls(
    size: int = 60_000, all_long: bool = False, one_paragraph: bool = False, seed: int = 7
) -> dict[str, Any]:
    """Types 200 characters at a person's pace (60–260 ms between keys, so checks run in
    the pauses) at the end of a ``size``-character Finnish version written in paragraphs
    (``one_paragraph``: as one 60,000-character paragraph, which Qt lays out anew on
    every keystroke)."""
    post = typical_post()
    long_post = typical_post(size=size)
    if not one_paragraph:
        long_post.versions = {k: paragraphs(v) for k, v in long_post.versions.items()}
    post.versions["fi"] = long_post.versions["fi"]
    if all_long:
        post.versions = dict(long_post.versions)
    window = open_window(post)
    editor = window.editor("fi")
    editor.setFocus()
    place_cursor(editor, len(editor.toPlainText()))
    editor.textCursor().movePosition(QTextCursor.MoveOperation.End)
    idle(300)
    results = 0

    def counted() -> None:
        nonlocal results
        results += 1

    window.findings_updated.connect(counted)
    rhythm = random.Random(seed)
    key_ms: list[float] = []
    heartbeat = Heartbeat()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        began = time.perf_counter()
        press(editor, TYPED[typed])
        key_ms.append((time.perf_counter() - began) * 1000)
        typed += 1
        if typed < len(TYPED):
            QTimer.singleShot(rhythm.randint(60, 260), type_next)

    heartbeat.start()
    QTimer.singleShot(50, type_next)
    wait_until(lambda: typed == len(TYPED), 120)
    wait_checked(window, 60)
    idle(300)
    gaps = heartbeat.stop()
    window.findings_updated.disconnect(counted)
    assert editor.toPlainText().endswith(TYPED)
    findings = len(window.findings())
    window.close()
    return {"gaps": gaps, "keys": key_ms, "results": results, "findings": findings}


def photos(folder: str, count: int = 4) -> list[str]:
    """``count`` real 4,000 × 3,000 JPEG photos (gradients with a disc) in ``folder``."""
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    paths = []
    for number in range(count):
        image = QImage(4000, 3000, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        gradient = QLinearGradient(0, 0, 4000, 3000)
        gradient.setColorAt(0, QColor.fromHsv(60 * number, 160, 220))
        gradient.setColorAt(1, QColor.fromHsv(60 * number + 120, 160, 160))
        painter.fillRect(0, 0, 4000, 3000, gradient)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(1500, 1000, 1000, 1000)
        painter.end()
        path = f"{folder}/photo{number}.jpg"
        image.save(path, "JPG", 90)
        paths.append(path)
    return paths


def preview_stalls() -> dict[str, Any]:
    """Every channel selected and four real 4,000 × 3,000 photos: the window opens, the
    ten previews fill (pictures read and cropped in the background), then 100 characters
    are typed at a person's pace, each edit refilling the previews."""
    import tempfile

    from composer.model import CHANNELS, Media

    with tempfile.TemporaryDirectory(prefix="composer-photos-") as folder:
        post = typical_post()
        post.channels = list(CHANNELS)
        post.media = [Media(path, {"sv": "Barn lyssnar på en saga.",
                                   "fi": "Lapset kuuntelevat satua.",
                                   "en": "Children listening to a story."})
                      for path in photos(folder)]
        window = open_window(post)
        wait_until(lambda: window.preview.settled(), 30)
        idle(300)
        # Measured from here: the pictures are read again (as for a post just opened)
        # while the previews refill after each keystroke.
        from composer.ui.preview import images

        images.shared()._cache.clear()
        heartbeat = Heartbeat()
        heartbeat.start()
        editor = window.editor("fi")
        editor.setFocus()
        place_cursor(editor, len(editor.toPlainText()))
        rhythm = random.Random(3)
        typed = 0
        text = TYPED[:100]

        def type_next() -> None:
            nonlocal typed
            press(editor, text[typed])
            typed += 1
            if typed < len(text):
                QTimer.singleShot(rhythm.randint(60, 260), type_next)

        QTimer.singleShot(50, type_next)
        wait_until(lambda: typed == len(text), 120)
        wait_checked(window, 60)
        wait_until(lambda: window.preview.settled(), 30)
        idle(500)
        gaps = heartbeat.stop()
        pictures = [p for card in window.preview.cards.values()
                    for p in getattr(card.parts[0], "media", None).pictures]
        loaded = sum(1 for p in pictures if not p.loading and not p.failed)
        window.close()
    return {"gaps": gaps, "pictures": len(pictures), "loaded": loaded}


def paste_stalls(kind: str, size: int = 1_000_000) -> dict[str, Any]:
    """A paste of ``size`` characters into an empty Finnish version: ``"no-space"`` (one
    run without a break opportunity) or ``"lines"`` (ordinary sentences in lines). The
    heartbeat runs from the paste until the check of the text is shown."""
    from PySide6.QtCore import QMimeData

    window = open_window(Post(organisation="naantali"))
    editor = window.editor("fi")
    if kind == "no-space":
        text = ("7f3a9c" * (size // 6 + 1))[:size]
    else:
        text = ("Kirjaston aukioloajat muuttuvat kesäkuussa.\n" * (size // 44 + 1))[:size]
    mime = QMimeData()
    mime.setText(text)
    idle(300)
    heartbeat = Heartbeat()
    heartbeat.start()
    began = time.perf_counter()
    editor.insertFromMimeData(mime)
    inserted = time.perf_counter()
    checked_at = wait_checked(window, 300)
    idle(300)
    gaps = heartbeat.stop()
    kept = editor.toPlainText() == text
    window.close()
    return {"gaps": gaps, "insert_ms": (inserted - began) * 1000,
            "checked_ms": (checked_at - began) * 1000, "kept": kept}


def main() -> int:
    from composer.ui.app import create_application

    app = create_application([])
    out: dict[str, Any] = {}
    which = sys.argv[1:] or ["keystroke", "typing", "previews", "paste"]
    if "keystroke" in which:
        out["keystroke"] = keystroke_latency()
    if "typing" in which:
        out["typing"] = typing_stalls()
    if "typing-all-long" in which:
        out["typing-all-long"] = typing_stalls(all_long=True)
    if "previews" in which:
        out["previews"] = preview_stalls()
    if "paste" in which:
        out["paste"] = {kind: paste_stalls(kind) for kind in ("no-space", "lines")}
    if "typing-one-paragraph" in which:
        out["typing-one-paragraph"] = typing_stalls(one_paragraph=True)
    print(json.dumps(out))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
