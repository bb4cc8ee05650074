"""Live checking: debounced, off the UI thread, stale results dropped.

Every edit calls :meth:`LiveChecker.schedule`, which bumps a generation counter and
(re)starts a short debounce timer; nothing else happens on the UI thread per keystroke.
When the timer fires, the window's post is snapshotted and handed to one worker thread
that owns its own :class:`~composer.engine.Engine` (engines, Voikko and Hunspell are
per-thread). The worker keeps only the newest request, checks it, and converts the spans
to Qt's UTF-16 positions. A result whose generation is no longer current is dropped, so
underlines never land on text that has since changed.

Heavy loading (rules, language profiles, dictionaries) happens in the worker on its first
check, never before the window is painted.
"""

from __future__ import annotations

import copy
import functools
import sys
import threading
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from composer.model import LANGUAGES, Finding, Post
from composer.settings import Settings
from composer.ui.offsets import Utf16Index

DEBOUNCE_MS = 90


@dataclass
class CheckResult:
    """What the worker found for one snapshot of the post."""

    generation: int
    post: Post
    findings: list[Finding] = field(default_factory=list)
    #: UTF-16 ``(start, end)`` per finding (parallel to ``findings``); None for whole-post.
    spans: list[tuple[int, int] | None] = field(default_factory=list)
    #: Length of each version in grapheme clusters (what a person counts).
    lengths: dict[str, int] = field(default_factory=dict)
    #: The language each version reads as, when clearly another than its own.
    other_language: dict[str, str] = field(default_factory=dict)
    #: Hashtags used in each version, lower-cased.
    hashtags: dict[str, frozenset[str]] = field(default_factory=dict)
    error: str = ""


@dataclass
class _Request:
    generation: int
    post: Post
    ui_language: str
    settings: Settings
    fresh_engine: bool


class _VersionFacts:
    """Per-version facts that are not findings (length, language, hashtags), cached by
    text so an unchanged version costs nothing."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[int, str | None, frozenset[str]]] = {}

    def get(self, language: str, text: str) -> tuple[int, str | None, frozenset[str]]:
        key = (language, text)
        cached = self._cache.get(key)
        if cached is None:
            cached = (_graphemes(text), _reads_as(text, language), _hashtags(text))
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[key] = cached
        return cached


def _graphemes(text: str) -> int:
    import regex

    return sum(1 for _ in regex.finditer(r"\X", text, concurrent=True))


def _reads_as(text: str, language: str) -> str | None:
    try:
        from composer.language_detection import reads_as_other
    except ImportError:
        return None
    other = reads_as_other(text, language)
    return other[0] if other else None


def _hashtags(text: str) -> frozenset[str]:
    from composer.entities import entities

    return frozenset(e.text.casefold() for e in entities(text) if e.kind == "hashtag")


class _Worker(threading.Thread):
    """Checks the newest request; older ones waiting are simply replaced."""

    def __init__(self, deliver: Signal) -> None:
        super().__init__(name="composer-checker", daemon=True)
        self._deliver = deliver
        self._condition = threading.Condition()
        self._pending: _Request | None = None
        self._stopped = False

    def submit(self, request: _Request) -> None:
        with self._condition:
            if self._pending is not None and self._pending.fresh_engine:
                request.fresh_engine = True
            self._pending = request
            self._condition.notify()

    @property
    def stopped(self) -> bool:
        return self._stopped

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._pending = None
            self._condition.notify()

    def run(self) -> None:
        engine = None
        facts = _VersionFacts()
        while True:
            with self._condition:
                while self._pending is None and not self._stopped:
                    self._condition.wait()
                if self._stopped:
                    return
                request, self._pending = self._pending, None
            try:
                if engine is None or request.fresh_engine:
                    from composer.engine import Engine

                    engine = Engine()
                result = _check(engine, facts, request)
            except Exception:  # a broken rule must not take the app down
                result = CheckResult(request.generation, request.post, error=_last_error())
            with self._condition:
                # Under the lock: once stop() returned, nothing is delivered any more, so
                # the receiver may be deleted safely.
                if self._stopped:
                    return
                try:
                    self._deliver.emit(result)
                except RuntimeError:  # the receiver is gone
                    return


def _last_error() -> str:
    kind, value, _ = sys.exc_info()
    traceback.print_exc()
    return f"{kind.__name__ if kind else 'Error'}: {value}"


def _check(engine: object, facts: _VersionFacts, request: _Request) -> CheckResult:
    post = request.post
    findings = engine.check(  # type: ignore[attr-defined]
        post, ui_language=request.ui_language, settings=request.settings
    )
    result = CheckResult(request.generation, post, findings)
    indexes: dict[str, Utf16Index] = {}
    for finding in findings:
        if finding.language is None or finding.start is None or finding.end is None:
            result.spans.append(None)
            continue
        index = indexes.get(finding.language)
        if index is None:
            index = indexes[finding.language] = Utf16Index(post.text(finding.language))
        result.spans.append((index.to_utf16(finding.start), index.to_utf16(finding.end)))
    for language in LANGUAGES:
        length, other, tags = facts.get(language, post.text(language))
        result.lengths[language] = length
        result.hashtags[language] = tags
        if other:
            result.other_language[language] = other
    return result


class LiveChecker(QObject):
    """Schedules checks of the post returned by ``snapshot`` and emits fresh results."""

    #: A :class:`CheckResult` for the current text (stale ones are never emitted).
    result_ready = Signal(object)
    #: Checking started (True) or the last result arrived (False).
    busy_changed = Signal(bool)
    _delivered = Signal(object)

    def __init__(self, snapshot, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._snapshot = snapshot
        self.generation = 0
        self.ui_language = "en"
        self.settings = Settings()
        self._fresh_engine = False
        self._worker = _Worker(self._delivered)
        # Stop the worker with the object, even if nobody called shutdown().
        self.destroyed.connect(functools.partial(_Worker.stop, self._worker))
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check_now)
        self._delivered.connect(self._receive)

    def set_options(self, ui_language: str, settings: Settings) -> None:
        """Message language and settings for the next checks; re-checks."""
        self.ui_language = ui_language
        self.settings = copy.deepcopy(settings)
        self.schedule()

    def invalidate(self) -> None:
        """Forget cached results (e.g. after a word was added to the user dictionary)."""
        self._fresh_engine = True
        self.schedule()

    def schedule(self) -> None:
        """The post changed: results for the old text are now stale; check after a pause."""
        self.generation += 1
        self._timer.start()

    def check_now(self) -> None:
        self._timer.stop()
        if self._worker.stopped:
            return
        if not self._worker.is_alive():
            if sys.getswitchinterval() > 0.002:
                # Let the UI thread take the interpreter back quickly while the worker runs.
                sys.setswitchinterval(0.002)
            self._worker.start()
        self._worker.submit(
            _Request(
                self.generation,
                self._snapshot(),
                self.ui_language,
                self.settings,
                self._fresh_engine,
            )
        )
        self._fresh_engine = False
        self._set_busy(True)

    def pending(self) -> bool:
        """A check is scheduled or running for the current text."""
        return self._timer.isActive() or self._busy

    def shutdown(self) -> None:
        self._timer.stop()
        self._worker.stop()
        self._set_busy(False)

    def _receive(self, result: CheckResult) -> None:
        if result.generation != self.generation:
            return
        self._set_busy(False)
        self.result_ready.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
