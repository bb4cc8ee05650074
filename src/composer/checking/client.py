"""The window's side of the checking process, free of Qt: one request at a time, each
with a deadline.

A check that does not answer in time (a rule stuck on hostile text) is not waited for:
the process is killed, and the family of rules it was in (the process writes the family
it is checking to a small progress file) is left out of the same request sent to a new
process, so every other check still runs and the result says which part is unavailable
(:attr:`CheckResult.unavailable`). If no single family is to blame, or too many are, the
result says checking is unavailable for this text. A process that dies is replaced at
the next request; checking moves into this process's own thread only when no process can
be started at all.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import pickle
import threading
from typing import Any

from composer.checking import process as checking_process
from composer.checking.process import STARTING
from composer.checking.work import (
    Checker,
    CheckRequest,
    CheckResult,
    SuggestRequest,
    SuggestResult,
)

log = logging.getLogger(__name__)

Request = CheckRequest | SuggestRequest
Answer = CheckResult | SuggestResult

#: Seconds a check may take: a base, and more for long texts (a million characters take
#: some 10 s on a slow machine).
DEADLINE_BASE = 30.0
DEADLINE_PER_MILLION_CHARACTERS = 60.0
#: Seconds a spelling question may take.
SUGGEST_DEADLINE = 20.0
#: Seconds a process may take to start and load before its first check counts.
STARTUP_ALLOWANCE = 120.0
#: Families left out of one check before it is given up as a whole.
MAX_UNAVAILABLE = 2
#: What the progress file says outside any rule family.
PHASES = ("export", "facts", "previews")

#: Why a check has no result, as ``CheckResult.error`` (the window translates it).
UNAVAILABLE = "checking unavailable for this text"


def deadline_for(request: Request) -> float:
    if isinstance(request, SuggestRequest):
        return SUGGEST_DEADLINE
    characters = sum(len(text) for text in request.post.versions.values())
    return DEADLINE_BASE + DEADLINE_PER_MILLION_CHARACTERS * characters / 1_000_000


class _TimedOut(Exception):
    pass


class CheckingClient:
    """Answers requests in the checking process (restarted when it dies or is stopped
    for taking too long) or, with ``in_thread`` or when no process can be started, with
    an engine of its own.

    Used from one worker thread, one request at a time; only :meth:`stop` is called from
    another thread."""

    def __init__(self, in_thread: bool = False) -> None:
        self._process: Any = None
        self._connection: Any = None
        self._progress_path: str | None = None
        self._engine: Checker | None = None
        self._in_thread = in_thread
        self.stopped = False
        #: Seconds a request may take (None: :func:`deadline_for`); for tests.
        self.deadline: float | None = None

    # -- the process ---------------------------------------------------------------------

    def prepare(self) -> None:
        """Start the process at once: it loads the engine and dictionaries while the
        window is being built and painted."""
        if not self._in_thread:
            self._ensure_process()

    def _ensure_process(self) -> None:
        if self._process is not None or self._in_thread:
            return
        try:
            self._process, self._connection = checking_process.start()
        except (OSError, ValueError) as exc:
            log.warning("checking in a thread (%s)", exc)
            self._in_thread = True
            return
        self._progress_path = getattr(self._process, "progress_path", None)

    def _progress(self) -> str:
        """The rule family (or phase) the process said it was in."""
        if not self._progress_path:
            return ""
        try:
            with open(self._progress_path, "rb") as handle:
                return handle.read(64).decode("ascii", "replace").strip("\0 \n")
        except OSError:
            return ""

    def stop(self) -> None:
        """No more answers; ends the process (which wakes a worker waiting for it) and
        removes its progress file at once: the program may end before the worker
        releases the process (:meth:`close`), and a killed process cannot remove it."""
        self.stopped = True
        process = self._process
        if process is not None and process.poll() is None:
            process.kill()
        progress = self._progress_path
        if progress:
            with contextlib.suppress(OSError):
                os.unlink(progress)

    def close(self) -> None:
        process, connection = self._process, self._connection
        self._process = self._connection = None
        checking_process.stop(process, connection)
        if self._progress_path:
            with contextlib.suppress(OSError):
                os.unlink(self._progress_path)
            self._progress_path = None

    # -- requests ------------------------------------------------------------------------

    def _answer_here(self, request: Request) -> Answer:
        if self._engine is None:
            self._engine = Checker()
        return self._engine.answer(request)

    def _ask(self, request: Request) -> Answer:
        """Send ``request`` and wait for the answer until the deadline; the process is
        killed when it passes (:class:`_TimedOut`)."""
        process, connection = self._process, self._connection
        timed_out = threading.Event()
        answered = threading.Event()
        limit = self.deadline or deadline_for(request)

        def watch() -> None:
            loading = 0.0
            while not answered.wait(limit):
                # A process still loading its dictionaries has not begun the check.
                if self._progress() in ("", STARTING) and loading < STARTUP_ALLOWANCE:
                    loading += limit
                    continue
                timed_out.set()
                with contextlib.suppress(OSError):
                    process.kill()
                return

        watchdog = threading.Thread(target=watch, name="composer-check-deadline", daemon=True)
        watchdog.start()
        try:
            connection.send(request)
            return connection.recv()
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            if timed_out.is_set():
                raise _TimedOut from None
            raise
        finally:
            answered.set()

    def answer(self, request: Request) -> Answer | None:
        """The answer to ``request``; None once stopped."""
        if self.stopped:
            return None
        self._ensure_process()
        if self._in_thread:
            return self._answer_here(request)
        if isinstance(request, SuggestRequest):
            return self._answer_once(request)
        skipped: list[str] = []
        while True:
            attempt = dataclasses.replace(request, skip_families=tuple(skipped))
            try:
                answer = self._answer_once(attempt)
            except _TimedOut:
                stuck = self._progress()
                self.close()  # killed: the next request starts another process
                log.warning("a check took too long in %s; the checking process was stopped",
                            stuck or "an unknown step")
                if not stuck or stuck in PHASES or stuck in skipped \
                        or len(skipped) >= MAX_UNAVAILABLE:
                    failed = request.failed(UNAVAILABLE)
                    failed.unavailable = (*skipped, stuck) if stuck else tuple(skipped)
                    return failed
                skipped.append(stuck)
                self._ensure_process()
                if self._in_thread:
                    return request.failed(UNAVAILABLE)
                continue
            if answer is None:
                return None
            if isinstance(answer, CheckResult):
                answer.unavailable = tuple(skipped)
            return answer

    def _answer_once(self, request: Request) -> Answer | None:
        try:
            answer: Answer = self._ask(request)
        except _TimedOut:
            if isinstance(request, SuggestRequest):
                self.close()
                return request.failed("took too long")
            raise
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            if self.stopped:
                return None
            self.close()
            log.warning("the checking process stopped; another starts with the next check")
            return request.failed("the checking process stopped")
        if isinstance(answer, CheckResult) and isinstance(request, CheckRequest):
            answer.post = request.post
        return answer

