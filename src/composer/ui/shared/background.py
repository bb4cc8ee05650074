"""Background work for the UI: a function runs off the UI thread and its outcome comes back
on the UI thread. The one way the app does this (saving drafts, exporting long posts,
reading thumbnails, machine translation, talking to the checking process).

A :class:`Worker` owns daemon threads (one by default: its jobs run in the order they
were given) and hands outcomes over through one app-wide relay object living in the UI
thread, never deleted. :meth:`Worker.run` queues a job;
when it ends, ``done`` is called on the UI thread with the job's value, or with the
exception it raised (so nothing is lost in a thread). A worker stops with its owner (the
``parent`` QObject), or when :meth:`Worker.stop` is called: from then on nothing more is
delivered (the hand-over happens under a lock, so an owner may be deleted safely) and its
threads end. Daemon threads never hold up the app's exit (a translation still waiting
for its server, say).

Time-sliced work on the UI thread itself is something else: see :mod:`.ui_turns`.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

#: Called on the UI thread with the job's value or the exception it raised.
Done = Callable[[Any], None]


class Job:
    """A queued job; :meth:`wait` blocks until it has run (used before a final save)."""

    def __init__(self, function: Callable[[], Any], done: Done | None) -> None:
        self.function = function
        self.done = done
        self._finished = threading.Event()
        #: The exception the function raised, once it has run (None: it returned).
        self.error: Exception | None = None
        #: What the function returned, once it has run.
        self.value: Any = None

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def _run(self) -> Any:
        try:
            self.value = self.function()
            return self.value
        except Exception as exc:  # handed to ``done``; never lost in the thread
            if self.done is None:
                log.exception("background job failed")
            self.error = exc
            return exc
        finally:
            self._finished.set()


class _Relay(QObject):
    """One object for the whole app, living in the UI thread and never deleted: its signal,
    emitted in a worker thread, is queued there. Being never deleted, it cannot vanish
    under a thread that is emitting (a worker's owner may go at any moment)."""

    finished = Signal(object, object, object)

    @Slot(object, object, object)
    def deliver(self, worker: Worker, done: Done | None, outcome: Any) -> None:
        worker._deliver(done, outcome)


_relay: _Relay | None = None
#: Set when Python exits: threads still finishing a job then hand nothing over, so
#: nothing touches Qt while it is being taken down.
_quitting = threading.Event()
atexit.register(_quitting.set)


def _the_relay() -> _Relay:
    """The app's relay, made on first use (workers are created on the UI thread)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.finished.connect(_relay.deliver)
    return _relay


_STOP = object()


class Worker:
    """Runs jobs in ``threads`` daemon threads (1: in order) and delivers their outcome to
    the UI thread. Created on the UI thread; ``parent`` ends the deliveries with itself."""

    def __init__(self, name: str, parent: QObject | None = None, threads: int = 1) -> None:
        self._relay = _the_relay()
        self._parent = parent
        #: Jobs queued whose outcome has not been handed over yet (UI thread only).
        self._unfinished = 0
        #: Held while an outcome is handed over, and by stop(): once stop() returned,
        #: nothing is emitted any more.
        self._lock = threading.Lock()
        if parent is not None:
            parent.destroyed.connect(self._owner_destroyed)
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._stopped = False
        self._name = name
        self._size = threads
        self._threads: list[threading.Thread] = []
        self._last: Job | None = None

    @property
    def stopped(self) -> bool:
        return self._stopped

    @property
    def busy(self) -> bool:
        """A job is queued or running, or its outcome not handed over yet."""
        return self._unfinished > 0

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the last job queued has run (with one thread: every job)."""
        return self._last.wait(timeout) if self._last is not None else True

    def run(self, function: Callable[[], Any], done: Done | None = None) -> Job:
        """Queue ``function``; ``done(value or exception)`` is called on the UI thread."""
        job = Job(function, done)
        if self._stopped:
            job._finished.set()
            return job
        self._jobs.put(job)
        self._last = job
        self._unfinished += 1
        if len(self._threads) < self._size:
            thread = threading.Thread(target=self._loop, daemon=True,
                                      name=f"{self._name}-{len(self._threads) + 1}")
            self._threads.append(thread)
            thread.start()
        return job

    def stop(self, wait: bool = False, timeout: float | None = None) -> None:
        """Deliver nothing more; jobs already queued still run (``wait``: until they
        have, or at most ``timeout`` seconds in all)."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        for _ in self._threads:
            self._jobs.put(_STOP)
        if wait:
            deadline = None if timeout is None else time.monotonic() + timeout
            for thread in self._threads:
                if thread is not threading.current_thread():
                    thread.join(None if deadline is None
                                else max(0.0, deadline - time.monotonic()))

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP:
                return
            outcome = job._run()
            with self._lock:
                if not self._stopped and not _quitting.is_set():
                    self._relay.finished.emit(self, job.done, outcome)

    def _deliver(self, done: Done | None, outcome: Any) -> None:
        """On the UI thread: hand the outcome over, unless the worker stopped meanwhile
        (even what was already on its way) or its owner is gone."""
        try:
            if self._stopped:
                return
            if self._parent is not None and not shiboken6.isValid(self._parent):
                self.stop()  # the owner went without its destroyed signal reaching us
                return
            if done is not None:
                done(outcome)
        finally:
            self._unfinished -= 1
    def _owner_destroyed(self, *_: object) -> None:
        self.stop()
