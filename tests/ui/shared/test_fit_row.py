"""FitRow: side by side while the width holds the items, one under another when narrow;
the growing item takes the space left over, and where it is hidden that space stays
empty in its place (a button keeps its size and its side)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from composer.ui.shared.fit_row import FitRow


def make(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = FitRow(host, spacing=6, grow=1)
    title = QLabel("Facebook", host)
    summary = QLabel("A thread of 3 posts", host)
    summary.setWordWrap(True)
    button = QPushButton("Copy part 1/3", host)
    for widget in (title, summary, button):
        row.addWidget(widget)
    return host, row, title, summary, button


def test_side_by_side_then_stacked(qtbot):
    host, row, title, summary, button = make(qtbot)
    host.resize(500, 80)
    host.show()
    qtbot.waitUntil(lambda: button.geometry().right() >= 490)
    assert title.y() == 0 or abs(title.geometry().center().y()
                                 - button.geometry().center().y()) <= 1
    assert button.width() == button.sizeHint().width()  # the summary takes the rest
    assert summary.x() > title.geometry().right() and button.x() > summary.geometry().right()
    narrow = row.minimumSize().width() + 10
    assert not row.fits(narrow)
    host.resize(narrow, 200)
    qtbot.waitUntil(lambda: button.y() > summary.y() > title.y())
    assert all(w.geometry().right() < narrow for w in (title, summary, button))
    assert button.width() >= button.minimumSizeHint().width()


def test_a_hidden_growing_item_leaves_its_space_empty(qtbot):
    host, _row, title, summary, button = make(qtbot)
    summary.hide()
    host.resize(500, 60)
    host.show()
    qtbot.waitUntil(lambda: button.geometry().right() >= 490)
    assert button.width() == button.sizeHint().width()  # not stretched over the space
    assert title.x() == 0 and title.width() == title.sizeHint().width()
