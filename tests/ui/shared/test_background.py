"""The background worker: jobs run off the UI thread, in order, and their outcome (a
value or the exception raised) comes back on the UI thread; nothing after stop()."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from composer.ui.shared.background import Worker


def test_jobs_run_in_order_off_the_ui_thread_and_report_on_it(qtbot):
    owner = QObject()
    worker = Worker("test", owner)
    ran_in, outcomes = [], []

    def job(n: int) -> int:
        ran_in.append(threading.current_thread())
        time.sleep(0.01 * (3 - n))  # the first is slowest: order is kept all the same
        return n

    def done(outcome: object) -> None:
        outcomes.append((outcome, threading.current_thread()))

    for n in range(3):
        worker.run(lambda n=n: job(n), done)
    qtbot.waitUntil(lambda: len(outcomes) == 3, timeout=5000)
    worker.stop()
    assert [value for value, _ in outcomes] == [0, 1, 2]
    assert all(thread is threading.main_thread() for _, thread in outcomes)
    assert all(thread is not threading.main_thread() for thread in ran_in)


def test_an_exception_is_the_outcome_and_wait_returns_when_the_job_ran(qtbot):
    worker = Worker("test")
    outcomes = []

    def fail() -> None:
        raise ValueError("broken file")

    job = worker.run(fail, outcomes.append)
    assert job.wait(5)
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    worker.stop()
    assert isinstance(outcomes[0], ValueError) and str(outcomes[0]) == "broken file"


def test_nothing_is_delivered_after_stop(qtbot):
    worker = Worker("test")
    release = threading.Event()
    outcomes = []
    job = worker.run(lambda: release.wait(5), outcomes.append)
    worker.stop()
    release.set()
    assert job.wait(5)
    qtbot.wait(50)
    assert outcomes == []
    assert worker.run(lambda: 1, outcomes.append).wait(1)  # refused, but never waits
    qtbot.wait(20)
    assert outcomes == []
