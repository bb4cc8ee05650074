"""Finds the Alt+letter mnemonics of a window: its menu bar, each menu, and the labels,
buttons, group boxes and tabs shown in it, so a test can require them to be unique."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), lower case."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] == "&":
                index += 2
                continue
            return text[index + 1].casefold()
        index += 1
    return None


def clashes(entries: list[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters used by more than one of ``entries`` (text, where)."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text, where in entries:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(f"{where}: {text}")
    return {letter: used for letter, used in by_letter.items() if len(used) > 1}


def menu_clashes(menu: QMenu, path: str = "") -> dict[str, list[str]]:
    """Clashes inside ``menu`` and, recursively, its submenus."""
    found: dict[str, list[str]] = {}
    entries = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        entries.append((action.text(), path + menu.title()))
        if action.menu() is not None:
            found.update(menu_clashes(action.menu(), path + menu.title() + " > "))
    found.update(clashes(entries))
    return found


def window_entries(window: QWidget, menubar: QMenuBar | None = None) -> list[tuple[str, str]]:
    """The mnemonics reachable with Alt in ``window``: menu bar titles and the visible
    labels (with a buddy), buttons, group boxes and tabs."""
    entries: list[tuple[str, str]] = []
    if menubar is not None:
        entries += [(a.text(), "menu bar") for a in menubar.actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if widget.window() is not window:
            continue
        name = type(widget).__name__
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if labelled or isinstance(widget, QAbstractButton):
            entries.append((widget.text(), name))
        elif isinstance(widget, QGroupBox):
            entries.append((widget.title(), name))
        elif isinstance(widget, QTabBar):
            entries += [(widget.tabText(i), name) for i in range(widget.count())
                        if widget.isTabVisible(i)]
    return entries
