"""Team-space calls off the UI thread: one worker thread runs them in the order asked
and hands each result (or exception) back to the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object, object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as exc:  # handed to the UI thread, which shows it
            log.info("team-space call failed: %s", exc)
            result, error = None, exc
        self.signals.done.emit(result, error)


class Background(QObject):
    """Runs ``work()`` in a worker thread; ``done(result, error)`` runs in the UI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # in order: a queued change before the next listing
        self._running: set[_Signals] = set()

    def run(self, work: Callable[[], Any],
            done: Callable[[Any, Exception | None], None] | None = None) -> None:
        signals = _Signals(self)
        self._running.add(signals)

        def finished(result: Any, error: Exception | None) -> None:
            self._running.discard(signals)
            signals.deleteLater()
            if done is not None:
                done(result, error)

        signals.done.connect(finished)
        self._pool.start(_Job(work, signals))

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """For tests and shutdown: wait until every call has run."""
        return self._pool.waitForDone(msecs)
