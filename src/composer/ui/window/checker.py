"""Live checking: debounced, off the UI thread, stale results dropped.

Every edit calls :meth:`LiveChecker.schedule`, which bumps a generation counter and
(re)starts a short debounce timer; nothing else happens on the UI thread per keystroke.
When the timer fires, the window's post is snapshotted and handed to the checker, which
keeps only the newest request. A result whose generation is no longer current is
dropped, so underlines never land on text that has since changed.

The checking runs in its own process (:mod:`composer.checking.process`), talked to from
a background worker (:mod:`composer.ui.shared.background`) one request at a time through
:class:`composer.checking.client.CheckingClient` (a deadline per check: a stuck rule is
left out and named, the process restarted); which
request goes next is decided here, on the UI thread. A process, not a thread: the
engine's rules are Python and C code that hold Python's interpreter lock for long
stretches on a 60,000-character text, which in a thread of the same process would freeze
typing. The process owns its engine, Voikko and Hunspell; it starts after
the window is painted and loads everything heavy there. ``COMPOSER_CHECK_IN_THREAD=1``
checks in a thread instead (also the fallback when no process can be started at all).

The right-click menu's spelling corrections are asked of the same checker
(:meth:`LiveChecker.suggestions`), so the window process never loads a dictionary and
never waits for one: the answer arrives later as ``suggestions_ready``.
"""

from __future__ import annotations

import copy
import functools
import logging
import os
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from composer.checking.client import CheckingClient
from composer.checking.work import (
    CheckRequest,
    CheckResult,
    SuggestRequest,
    SuggestResult,
)
from composer.model import Post
from composer.settings import Settings
from composer.ui.shared.background import Worker

log = logging.getLogger(__name__)

DEBOUNCE_MS = 80

#: Corrections kept for words asked about (forgotten when the user's dictionary changes).
SUGGESTION_CACHE_SIZE = 256
#: Questions for the spell engines waiting at most (older ones asked ahead are dropped).
MAX_WAITING_QUESTIONS = 4

Request = CheckRequest | SuggestRequest
Answer = CheckResult | SuggestResult


#: The checking process's client (Qt-free: deadline, restart, families left out).
_Backend = CheckingClient


def _check_in_thread() -> bool:
    return bool(os.environ.get("COMPOSER_CHECK_IN_THREAD"))


class LiveChecker(QObject):
    """Schedules checks of the post returned by ``snapshot`` and emits fresh results."""

    #: A :class:`CheckResult` for the current text (stale ones are never emitted).
    result_ready = Signal(object)
    #: Checking started (True) or the last result arrived (False).
    busy_changed = Signal(bool)
    #: Corrections for a word asked about with :meth:`suggestions`:
    #: ``(word, language, suggestions)``, best first (empty when none or on failure).
    suggestions_ready = Signal(str, str, list)

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
        self._backend = _Backend(in_thread=_check_in_thread())
        self._worker = Worker("composer-checker", self)
        #: The newest check waiting to be sent, and the spelling questions.
        self._pending: CheckRequest | None = None
        self._questions: deque[SuggestRequest] = deque()
        self._asking = False  # a request is with the backend
        self._started = False
        self._stopped = False
        # Stop with this object, even if nobody called shutdown().
        self.destroyed.connect(functools.partial(_stop, self._backend, self._worker))
        self._busy = False
        self._suggestions: dict[tuple[str, str], list[str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self.check_now)

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
        if not self._stopped:
            self.start()
            self._ask(SuggestRequest(word, language, urgent))
        return None

    def _ask(self, question: SuggestRequest) -> None:
        """Queue a spelling question (one already waiting for the same word is kept,
        made urgent if this one is)."""
        for waiting in self._questions:
            if (waiting.word, waiting.language) == (question.word, question.language):
                waiting.urgent = waiting.urgent or question.urgent
                break
        else:
            self._questions.append(question)
            while len(self._questions) > MAX_WAITING_QUESTIONS:
                dropped = next((q for q in self._questions if not q.urgent), None)
                self._questions.remove(dropped or self._questions[0])
        self._send_next()

    def schedule(self) -> None:
        """The post changed: results for the old text are now stale; check after a pause."""
        self.generation += 1
        self._timer.start()

    def start(self) -> None:
        """Start the checker (and its loading) now rather than at the first check."""
        if not self._stopped and not self._started:
            self._started = True
            self._worker.run(self._backend.prepare)

    def check_now(self) -> None:
        self._timer.stop()
        if self._stopped:
            return
        self.start()
        request = CheckRequest(
            self.generation,
            self._snapshot(),
            self.ui_language,
            copy.deepcopy(self.settings),
            self._fresh_engine,
        )
        if self._pending is not None and self._pending.fresh_engine:
            request.fresh_engine = True
        self._pending = request
        self._fresh_engine = False
        self._set_busy(True)
        self._send_next()

    def _next(self) -> Request | None:
        """Questions a menu waits for, then the newest check, then questions asked ahead
        (hovering a flagged word), so asking ahead never delays underlines."""
        for question in self._questions:
            if question.urgent:
                self._questions.remove(question)
                return question
        if self._pending is not None:
            request, self._pending = self._pending, None
            return request
        return self._questions.popleft() if self._questions else None

    def _send_next(self) -> None:
        """Hand the next request to the backend unless it is busy with one."""
        if self._asking or self._stopped:
            return
        request = self._next()
        if request is None:
            return
        self._asking = True
        self._worker.run(functools.partial(self._backend.answer, request),
                         functools.partial(self._answered, request))

    def _answered(self, request: Request, answer: Answer | Exception | None) -> None:
        self._asking = False
        if answer is None or self._stopped:
            return
        if isinstance(answer, Exception):  # a bug in checking: shown, and logged
            log.error("checking failed", exc_info=answer)
            answer = request.failed(f"{type(answer).__name__}: {answer}")
        self._send_next()  # the next request is on its way while this one is shown
        self._receive(answer)

    def pending(self) -> bool:
        """A check is scheduled or running for the current text."""
        return self._timer.isActive() or self._busy

    def shutdown(self) -> None:
        self._timer.stop()
        self._stopped = True
        self._pending = None
        self._questions.clear()
        _stop(self._backend, self._worker)
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


def _stop(backend: _Backend, worker: Worker) -> None:
    """End the backend (its process is killed, waking a worker waiting for it) and release
    it (in the worker thread, after what it is doing); nothing is delivered any more."""
    if backend.stopped:
        return
    backend.stop()
    if worker.stopped:  # stopped with its owner already: release it here
        backend.close()
    else:
        worker.run(backend.close)
        worker.stop()
