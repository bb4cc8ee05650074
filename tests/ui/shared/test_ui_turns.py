"""Deferred work runs one piece per event-loop turn, in order, the newest job per owner."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from composer.ui.shared.ui_turns import TurnQueue


def test_one_job_per_turn_in_order_and_replaced_per_owner(qapp, qtbot):
    queue = TurnQueue()
    done: list[str] = []
    first, second = QObject(), QObject()
    queue.add(first, lambda: done.append("first, old"))
    queue.add(second, lambda: done.append("second"))
    queue.add(first, lambda: done.append("first, new"))  # replaces, goes to the end
    assert queue.pending(first) and queue.pending(second)
    QCoreApplication.sendPostedEvents()
    qtbot.waitUntil(lambda: len(done) >= 1)
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done == ["second", "first, new"]
    queue.add(first, lambda: done.append("cancelled"))
    queue.cancel(first)
    qtbot.wait(20)
    assert done == ["second", "first, new"] and not queue.pending(first)


def test_a_job_whose_widget_is_gone_is_skipped(qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    queue = TurnQueue()
    label = QLabel()
    queue.add(label, lambda: label.setText("x"))
    ran: list[int] = []
    queue.add(QObject(), lambda: ran.append(1))
    import shiboken6

    shiboken6.delete(label)
    qtbot.waitUntil(lambda: ran == [1])
