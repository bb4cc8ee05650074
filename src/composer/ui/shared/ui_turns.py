"""One piece of deferred work per event-loop turn.

Showing a result for a long post is split into pieces (the findings list, each preview
card's parts ...). Qt runs every timer that is due in the same pass, so pieces each given
their own zero-timer would run back to back and add up to one long stall. Pieces queued
here run one per turn instead, with the window's input, painting and layout in between.

This is scheduling on the UI thread, not background work: work off the UI thread goes
through :mod:`.background`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_shared: TurnQueue | None = None


class TurnQueue(QObject):
    """Runs queued jobs one per event-loop turn, in the order they were queued."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[int, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run)

    def add(self, owner: object, job: Callable[[], None]) -> None:
        """Queue ``job`` for ``owner`` (replacing a job of ``owner`` not yet run; a job
        queued again goes to the end)."""
        self._jobs.pop(id(owner), None)
        self._jobs[id(owner)] = job
        if not self._timer.isActive():
            self._timer.start()

    def cancel(self, owner: object) -> None:
        self._jobs.pop(id(owner), None)

    def pending(self, owner: object) -> bool:
        return id(owner) in self._jobs

    def _run(self) -> None:
        if self._jobs:
            key = next(iter(self._jobs))
            job = self._jobs.pop(key)
            try:
                job()
            except RuntimeError as exc:
                if "already deleted" not in str(exc):  # not just its widget gone meanwhile
                    raise
        if self._jobs:
            self._timer.start()


def shared() -> TurnQueue:
    """The application's queue."""
    global _shared
    if _shared is None:
        _shared = TurnQueue(QCoreApplication.instance())
    return _shared
