"""Live checking: debounced, off the UI thread, stale results dropped.

Every edit calls :meth:`LiveChecker.schedule`, which bumps a generation counter and
(re)starts a short debounce timer; nothing else happens on the UI thread per keystroke.
When the timer fires, the window's post is snapshotted and handed to the checker, which
keeps only the newest request. A result whose generation is no longer current is
dropped, so underlines never land on text that has since changed.

The checking runs in its own process (:mod:`composer.checking.process`), fed by a
small thread: the engine's rules are Python and C code that hold Python's interpreter
lock for long stretches on a 60,000-character text, which in a thread of the same process
would freeze typing. The process owns its engine, Voikko and Hunspell; it starts after
the window is painted and loads everything heavy there. ``COMPOSER_CHECK_IN_THREAD=1``
checks in a thread instead (also the fallback when no process can be started).

The right-click menu's spelling corrections are asked of the same checker
(:meth:`LiveChecker.suggestions`), so the window process never loads a dictionary and
never waits for one: the answer arrives later as ``suggestions_ready``.
"""

from __future__ import annotations

import copy
import functools
import os
import pickle
import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from composer.checking import process as checking_process
from composer.checking.work import (
    Checker,
    CheckRequest,
    CheckResult,
    SuggestRequest,
    SuggestResult,
)
from composer.model import Post
from composer.settings import Settings

DEBOUNCE_MS = 80
#: A checking process that dies this many times in a row is replaced by a thread.
MAX_PROCESS_FAILURES = 2

#: Corrections kept for words asked about (forgotten when the user's dictionary changes).
SUGGESTION_CACHE_SIZE = 256
#: Questions for the spell engines waiting at most (older ones asked ahead are dropped).
MAX_WAITING_QUESTIONS = 4

__all__ = ["DEBOUNCE_MS", "CheckResult", "LiveChecker"]

Request = CheckRequest | SuggestRequest
Answer = CheckResult | SuggestResult


class _Feeder(threading.Thread):
    """Hands the newest check request and the spelling questions to the checker and
    delivers the answers.

    Order: questions a menu waits for, then the newest check, then questions asked ahead
    (hovering a flagged word), so asking ahead never delays underlines."""

    def __init__(self, deliver: Any) -> None:
        super().__init__(name="composer-checker", daemon=True)
        self._deliver = deliver
        self._condition = threading.Condition()
        self._pending: CheckRequest | None = None
        self._questions: deque[SuggestRequest] = deque()
        self._stopped = False

    @property
    def stopped(self) -> bool:
        return self._stopped

    def submit(self, request: CheckRequest) -> None:
        with self._condition:
            if self._pending is not None and self._pending.fresh_engine:
                request.fresh_engine = True
            self._pending = request
            self._condition.notify()

    def ask(self, question: SuggestRequest) -> None:
        """Queue a spelling question (one already waiting for the same word is kept,
        made urgent if this one is)."""
        with self._condition:
            for waiting in self._questions:
                if (waiting.word, waiting.language) == (question.word, question.language):
                    waiting.urgent = waiting.urgent or question.urgent
                    break
            else:
                self._questions.append(question)
                while len(self._questions) > MAX_WAITING_QUESTIONS:
                    dropped = next((q for q in self._questions if not q.urgent), None)
                    self._questions.remove(dropped or self._questions[0])
            self._condition.notify()

    def stop(self) -> None:
        with self._condition:
            self._stopped = True
            self._pending = None
            self._questions.clear()
            self._condition.notify()

    def _next(self) -> Request:
        """The next request to answer (call with the condition held)."""
        for question in self._questions:
            if question.urgent:
                self._questions.remove(question)
                return question
        if self._pending is not None:
            request, self._pending = self._pending, None
            return request
        return self._questions.popleft()

    def run(self) -> None:
        try:
            self.prepare()
            while True:
                with self._condition:
                    while self._pending is None and not self._questions and not self._stopped:
                        self._condition.wait()
                    if self._stopped:
                        return
                    request = self._next()
                answer = self.check(request)
                with self._condition:
                    # Under the lock: once stop() returned, nothing is delivered any more,
                    # so the receiver may be deleted safely.
                    if self._stopped or answer is None:
                        return
                    try:
                        self._deliver.emit(answer)
                    except RuntimeError:  # the receiver is gone
                        return
        finally:
            self.close()

    def prepare(self) -> None:
        """Get ready to check (runs first in the feeder thread)."""

    def check(self, request: Request) -> Answer | None:
        raise NotImplementedError

    def close(self) -> None:
        """Release what the checker holds (called in the feeder thread at its end)."""


class _ThreadFeeder(_Feeder):
    """Checks in this thread, with its own engine."""

    def __init__(self, deliver: Any) -> None:
        super().__init__(deliver)
        self._checker: Checker | None = None

    def check(self, request: Request) -> Answer:
        if self._checker is None:
            self._checker = Checker()
        return self._checker.answer(request)


class _ProcessFeeder(_Feeder):
    """Checks in a separate process, restarted if it dies."""

    def __init__(self, deliver: Any) -> None:
        super().__init__(deliver)
        self._process: Any = None
        self._connection: Any = None
        self._fallback: _ThreadFeeder | None = None
        self._failures = 0

    def _start(self) -> None:
        self._process, self._connection = checking_process.start()

    def prepare(self) -> None:
        # Start the process at once: it loads the engine and dictionaries while the
        # window is being built and painted (another core, no shared interpreter lock).
        self._ensure_process()

    def _ensure_process(self) -> None:
        if self._process is None and self._fallback is None:
            try:
                self._start()
            except (OSError, ValueError) as exc:
                print(f"composer: checking in a thread ({exc})", file=sys.stderr)
                self._fallback = _ThreadFeeder(self._deliver)

    def check(self, request: Request) -> Answer | None:
        self._ensure_process()
        if self._fallback is not None:
            return self._fallback.check(request)
        connection = self._connection
        try:
            connection.send(request)
            answer: Answer = connection.recv()
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            if self.stopped:
                return None
            self._kill()
            self._failures += 1
            if self._failures >= MAX_PROCESS_FAILURES:
                print("composer: the checking process keeps stopping; checking in a thread",
                      file=sys.stderr)
                self._fallback = _ThreadFeeder(self._deliver)
                return self._fallback.check(request)
            return request.failed("the checking process stopped")
        self._failures = 0
        if isinstance(answer, CheckResult) and isinstance(request, CheckRequest):
            answer.post = request.post
        return answer

    def stop(self) -> None:
        super().stop()
        # The feeder thread may be waiting for a result: ending the process wakes it.
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()

    def close(self) -> None:
        self._kill()

    def _kill(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        checking_process.stop(process, connection)


def _feeder_class() -> type[_Feeder]:
    if os.environ.get("COMPOSER_CHECK_IN_THREAD"):
        return _ThreadFeeder
    return _ProcessFeeder


class LiveChecker(QObject):
    """Schedules checks of the post returned by ``snapshot`` and emits fresh results."""

    #: A :class:`CheckResult` for the current text (stale ones are never emitted).
    result_ready = Signal(object)
    #: Checking started (True) or the last result arrived (False).
    busy_changed = Signal(bool)
    #: Corrections for a word asked about with :meth:`suggestions`:
    #: ``(word, language, suggestions)``, best first (empty when none or on failure).
    suggestions_ready = Signal(str, str, list)
    _delivered = Signal(object)

    def __init__(
        self,
        snapshot: Callable[[], Post],
        parent: QObject | None = None,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self.generation = 0
        self.ui_language = "en"
        self.settings = Settings()
        self._fresh_engine = False
        self._worker = _feeder_class()(self._delivered)
        # Stop the worker with this object, even if nobody called shutdown().
        self.destroyed.connect(functools.partial(_Feeder.stop, self._worker))
        self._busy = False
        self._suggestions: dict[tuple[str, str], list[str]] = {}
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
        self._suggestions.clear()
        self.schedule()

    def suggestions(self, word: str, language: str, urgent: bool = True) -> list[str] | None:
        """The corrections for ``word`` if already known; otherwise None, and they are
        asked for (``suggestions_ready`` brings them). ``urgent``: a menu waits for them,
        so they come before the next check; else they are asked ahead, when nothing else
        is waiting. Never blocks."""
        known = self._suggestions.get((language, word))
        if known is not None:
            return list(known)
        if not self._worker.stopped:
            self.start()
            self._worker.ask(SuggestRequest(word, language, urgent))
        return None

    def schedule(self) -> None:
        """The post changed: results for the old text are now stale; check after a pause."""
        self.generation += 1
        self._timer.start()

    def start(self) -> None:
        """Start the checker (and its loading) now rather than at the first check."""
        if not self._worker.stopped and not self._worker.is_alive():
            self._worker.start()

    def check_now(self) -> None:
        self._timer.stop()
        if self._worker.stopped:
            return
        self.start()
        self._worker.submit(
            CheckRequest(
                self.generation,
                self._snapshot(),
                self.ui_language,
                copy.deepcopy(self.settings),
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

    def _receive(self, result: CheckResult | SuggestResult) -> None:
        if isinstance(result, SuggestResult):
            self._receive_suggestions(result)
            return
        if result.generation != self.generation:
            return
        self._set_busy(False)
        self.result_ready.emit(result)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)

    def _receive_suggestions(self, result: SuggestResult) -> None:
        if not result.error:  # a failure is not remembered: the next menu asks again
            if len(self._suggestions) >= SUGGESTION_CACHE_SIZE:
                self._suggestions.clear()
            self._suggestions[(result.language, result.word)] = list(result.suggestions)
        self.suggestions_ready.emit(result.word, result.language, list(result.suggestions))
