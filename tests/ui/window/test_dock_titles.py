"""A dock in a row of tabs is named once, by its tab: it shows no title bar repeating the
name; alone or floating it has its title bar (with the buttons to float and close it)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def title_height(dock) -> int:
    """How far below the dock's top its content starts (the title bar's height)."""
    return dock.widget().geometry().top()


def test_tabbed_docks_show_no_repeated_title(window, qtbot):
    panels = window.panels
    findings, preview = panels.findings_dock, panels.preview_dock
    window.tabifyDockWidget(findings, preview)
    findings.raise_()
    qtbot.waitUntil(lambda: findings.titleBarWidget() is not None
                    and preview.titleBarWidget() is not None)
    qtbot.waitUntil(lambda: title_height(findings) <= 2)
    assert panels.tabbed(findings) and panels.tabbed(preview)

    # Moved out of the tabs, one above the other: each has its title bar again.
    window.removeDockWidget(preview)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, preview)
    preview.show()
    window.splitDockWidget(findings, preview, Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: findings.titleBarWidget() is None
                    and preview.titleBarWidget() is None)
    qtbot.waitUntil(lambda: title_height(findings) >= 10 and title_height(preview) >= 10)

    # Tabbed, then one hidden (View menu): the one left alone shows its title.
    window.tabifyDockWidget(findings, preview)
    qtbot.waitUntil(lambda: findings.titleBarWidget() is not None)
    preview.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: findings.titleBarWidget() is None)
    assert title_height(findings) >= 10
    preview.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: findings.titleBarWidget() is not None)

    # Floated out of the tabs: a window of its own, with its title bar.
    preview.setFloating(True)
    qtbot.waitUntil(lambda: preview.titleBarWidget() is None
                    and findings.titleBarWidget() is None)
