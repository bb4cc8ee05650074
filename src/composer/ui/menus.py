"""The main window's menus and their standard shortcuts.

``build_menus(window)`` returns the menus (keys ``file edit view tools help``) and the
actions by name, so other parts of the app can add their own entries.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

if TYPE_CHECKING:
    from composer.ui.main_window import MainWindow

StandardKey = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("Menus", text)


def _on_focus(method: str) -> Callable[[], None]:
    """Calls ``method`` (undo, copy …) on the focused text field, if it has one."""

    def run() -> None:
        widget = QApplication.focusWidget()
        handler = getattr(widget, method, None)
        if callable(handler):
            handler()

    return run


def build_menus(window: MainWindow) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    bar = window.menuBar()
    menus = {
        "file": bar.addMenu(_tr("&File")),
        "edit": bar.addMenu(_tr("&Edit")),
        "view": bar.addMenu(_tr("&View")),
        "tools": bar.addMenu(_tr("&Tools")),
        "help": bar.addMenu(_tr("&Help")),
    }
    actions: dict[str, QAction] = {}

    def add(menu: str, name: str, text: str, slot: Callable[..., object], shortcut=None,
            checkable: bool = False) -> QAction:
        action = QAction(text, window)
        action.setObjectName(f"action-{name}")
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menus[menu].addAction(action)
        actions[name] = action
        return action

    add("file", "new", _tr("&New post"), window.new_post, StandardKey.New)
    add("file", "open", _tr("&Open post file…"), window.choose_and_open, StandardKey.Open)
    add("file", "save", _tr("&Save post file"), window.save, StandardKey.Save)
    add("file", "save_as", _tr("Save post file &as…"), window.save_as, StandardKey.SaveAs)
    menus["file"].addSeparator()
    add("file", "quit", _tr("&Quit"), window.quit_app, StandardKey.Quit)

    add("edit", "undo", _tr("&Undo"), _on_focus("undo"), StandardKey.Undo)
    add("edit", "redo", _tr("&Redo"), _on_focus("redo"), StandardKey.Redo)
    menus["edit"].addSeparator()
    add("edit", "cut", _tr("Cu&t"), _on_focus("cut"), StandardKey.Cut)
    add("edit", "copy", _tr("&Copy"), _on_focus("copy"), StandardKey.Copy)
    add("edit", "paste", _tr("&Paste"), _on_focus("paste"), StandardKey.Paste)
    add("edit", "select_all", _tr("Select &all"), _on_focus("selectAll"), StandardKey.SelectAll)
    menus["edit"].addSeparator()
    add("edit", "find", _tr("&Find…"), window.find_bar.open_bar, StandardKey.Find)
    add("edit", "find_next", _tr("Find &next"), window.find_bar.find_next, StandardKey.FindNext)
    add("edit", "find_previous", _tr("Find pre&vious"), window.find_bar.find_previous,
        StandardKey.FindPrevious)
    menus["edit"].addSeparator()
    add("edit", "preferences", _tr("Pre&ferences…"), window.show_preferences, "Ctrl+,")

    add("view", "next_finding", _tr("&Next finding"), lambda: window.go_to_finding(1), "F8")
    add("view", "previous_finding", _tr("&Previous finding"), lambda: window.go_to_finding(-1),
        "Shift+F8")
    menus["view"].addSeparator()
    add("view", "show_optional", _tr("Show &optional versions"), window.set_optional_visible,
        None, checkable=True).setChecked(True)
    add("view", "show_findings", _tr("Show the &findings panel"), window.set_findings_visible,
        None, checkable=True).setChecked(True)

    add("tools", "check_now", _tr("&Check now"), window.check_now, "F5")

    add("help", "guideline", _tr("Organisation's &guideline"), lambda: window.show_guideline(""),
        StandardKey.HelpContents)
    add("help", "about", _tr("&About composer"), window.show_about)
    return menus, actions
