"""The main window's menus and their standard shortcuts.

``build_menus(window, slots)`` returns the menus (keys ``file edit view tools help``) and
the actions by name; the optional features add their entries in
:mod:`composer.ui.window.features`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

Key = QKeySequence.StandardKey
CONTEXT = "Menus"
#: Properties holding an entry's untranslated text and its translation context.
SOURCE = "composerSourceText"
SOURCE_CONTEXT = "composerSourceContext"

MENUS = (
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Menus", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("tools", QT_TRANSLATE_NOOP("Menus", "&Tools")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)

#: (menu, action name, text, shortcut, checkable); None separates groups.
ACTIONS = (
    ("file", "new", QT_TRANSLATE_NOOP("Menus", "&New post"), Key.New, False),
    ("file", "open", QT_TRANSLATE_NOOP("Menus", "&Open post file…"), Key.Open, False),
    ("file", "save", QT_TRANSLATE_NOOP("Menus", "&Save post file"), Key.Save, False),
    ("file", "save_as", QT_TRANSLATE_NOOP("Menus", "Save post file &as…"), Key.SaveAs, False),
    ("file", None),
    ("file", "export_all", QT_TRANSLATE_NOOP("Menus", "&Export all channels…"), "Ctrl+E",
     False),
    ("file", None),
    ("file", "quit", QT_TRANSLATE_NOOP("Menus", "&Quit"), Key.Quit, False),
    ("edit", "undo", QT_TRANSLATE_NOOP("Menus", "&Undo"), Key.Undo, False),
    ("edit", "redo", QT_TRANSLATE_NOOP("Menus", "&Redo"), Key.Redo, False),
    ("edit", None),
    ("edit", "cut", QT_TRANSLATE_NOOP("Menus", "Cu&t"), Key.Cut, False),
    ("edit", "copy", QT_TRANSLATE_NOOP("Menus", "&Copy"), Key.Copy, False),
    ("edit", "paste", QT_TRANSLATE_NOOP("Menus", "&Paste"), Key.Paste, False),
    ("edit", "select_all", QT_TRANSLATE_NOOP("Menus", "Select &all"), Key.SelectAll, False),
    ("edit", None),
    ("edit", "find", QT_TRANSLATE_NOOP("Menus", "&Find…"), Key.Find, False),
    ("edit", "find_next", QT_TRANSLATE_NOOP("Menus", "Find &next"), Key.FindNext, False),
    ("edit", "find_previous", QT_TRANSLATE_NOOP("Menus", "Find pre&vious"), Key.FindPrevious,
     False),
    ("edit", "replace", QT_TRANSLATE_NOOP("Menus", "Find and rep&lace…"), "Ctrl+H", False),
    ("edit", "emoji", QT_TRANSLATE_NOOP("Menus", "E&moji and special characters…"),
     "Ctrl+.", False),
    ("edit", None),
    ("edit", "preferences", QT_TRANSLATE_NOOP("Menus", "Pr&eferences…"), "Ctrl+,", False),
    ("view", "next_finding", QT_TRANSLATE_NOOP("Menus", "&Next finding"), "F8", False),
    ("view", "previous_finding", QT_TRANSLATE_NOOP("Menus", "&Previous finding"), "Shift+F8",
     False),
    ("view", None),
    ("view", "version_1", QT_TRANSLATE_NOOP("Menus", "Go to version &1"), "Ctrl+1", False),
    ("view", "version_2", QT_TRANSLATE_NOOP("Menus", "Go to version &2"), "Ctrl+2", False),
    ("view", "version_3", QT_TRANSLATE_NOOP("Menus", "Go to version &3"), "Ctrl+3", False),
    ("view", None),
    ("view", "zoom_in", QT_TRANSLATE_NOOP("Menus", "&Larger text"), Key.ZoomIn, False),
    ("view", "zoom_out", QT_TRANSLATE_NOOP("Menus", "S&maller text"), Key.ZoomOut, False),
    ("view", "zoom_reset", QT_TRANSLATE_NOOP("Menus", "Normal text si&ze"), "Ctrl+0", False),
    ("view", None),
    ("view", "show_optional", QT_TRANSLATE_NOOP("Menus", "Show &optional versions"), None, True),
    ("tools", "check_now", QT_TRANSLATE_NOOP("Menus", "&Check now"), "F5", False),
    ("help", "guideline", QT_TRANSLATE_NOOP("Menus", "Organisation's &guideline"),
     Key.HelpContents, False),
    ("help", "shortcuts", QT_TRANSLATE_NOOP("Menus", "&Keyboard shortcuts and emoji"), None,
     False),
    ("help", "log_folder", QT_TRANSLATE_NOOP("Menus", "Open the &log folder"), None, False),
    ("help", "about", QT_TRANSLATE_NOOP("Menus", "&About composer"), None, False),
)


#: Shortcuts for standard keys the platform leaves unbound.
FALLBACK_KEYS = {
    Key.Quit: "Ctrl+Q",
    Key.HelpContents: "F1",
    Key.FindNext: "F3",
    Key.FindPrevious: "Shift+F3",
    Key.SaveAs: "Ctrl+Shift+S",
    Key.Redo: "Ctrl+Shift+Z",
    Key.ZoomIn: "Ctrl++",
    Key.ZoomOut: "Ctrl+-",
}
#: Further shortcuts people bring from other systems and programs.
EXTRA_KEYS = {
    "redo": ("Ctrl+Y",),  # Windows' redo, next to the platform's own
    "version_1": ("Alt+1",),
    "version_2": ("Alt+2",),
    "version_3": ("Alt+3",),
    "zoom_in": ("Ctrl+=",),  # Ctrl+plus without Shift on most layouts
}


def _on_focus(method: str) -> Callable[[], None]:
    """Calls ``method`` (undo, copy …) on the focused text field, if it has one."""

    def run() -> None:
        widget = QApplication.focusWidget()
        handler = getattr(widget, method, None)
        if callable(handler):
            handler()

    return run


#: The Edit menu's commands, run by the focused text field.
FOCUS_SLOTS: dict[str, Callable[..., object]] = {
    "undo": _on_focus("undo"),
    "redo": _on_focus("redo"),
    "cut": _on_focus("cut"),
    "copy": _on_focus("copy"),
    "paste": _on_focus("paste"),
    "select_all": _on_focus("selectAll"),
}


def retranslate_menus(menus: dict[str, QMenu]) -> None:
    """Translate the menus' titles and entries again (the UI language changed); entries
    added elsewhere follow when they carry their source text (:func:`set_source`)."""
    for key, text in MENUS:
        if key in menus:
            menus[key].setTitle(QCoreApplication.translate(CONTEXT, str(text)))
    for menu in menus.values():
        if menu.property(SOURCE):
            menu.setTitle(QCoreApplication.translate(
                str(menu.property(SOURCE_CONTEXT) or CONTEXT), str(menu.property(SOURCE))))
        for action in menu.actions():
            source = action.property(SOURCE)
            if source:
                context = str(action.property(SOURCE_CONTEXT) or CONTEXT)
                action.setText(QCoreApplication.translate(context, str(source)))
            sub = action.menu()
            if isinstance(sub, QMenu) and sub.property(SOURCE):
                sub.setTitle(QCoreApplication.translate(
                    str(sub.property(SOURCE_CONTEXT) or CONTEXT), str(sub.property(SOURCE))))


def set_source(item: QAction | QMenu, context: str, text: str) -> None:
    """Translate ``text`` for ``item`` now and again when the UI language changes."""
    item.setProperty(SOURCE, text)
    item.setProperty(SOURCE_CONTEXT, context)
    translated = QCoreApplication.translate(context, text)
    if isinstance(item, QMenu):
        item.setTitle(translated)
    else:
        item.setText(translated)


def build_menus(
    window: QMainWindow, slots: dict[str, Callable[..., object]]
) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """The menus and actions of :data:`ACTIONS` in ``window``'s menu bar, each action
    connected to ``slots[name]`` (the focused text field's standard commands, undo,
    copy …, are connected here)."""
    bar = window.menuBar()
    menus = {key: bar.addMenu(QCoreApplication.translate(CONTEXT, str(text)))
             for key, text in MENUS}
    slots = {**FOCUS_SLOTS, **slots}
    actions: dict[str, QAction] = {}
    for entry in ACTIONS:
        menu, name = entry[0], entry[1]
        if name is None:
            menus[menu].addSeparator()
            continue
        _, _, text, shortcut, checkable = entry  # type: ignore[misc]  # five with a name
        action = QAction(QCoreApplication.translate(CONTEXT, str(text)), window)
        action.setObjectName(f"action-{name}")
        action.setProperty(SOURCE, text)
        if isinstance(shortcut, QKeySequence.StandardKey):
            if QKeySequence.keyBindings(shortcut):
                action.setShortcuts(shortcut)
            else:  # a platform without a binding for it (Quit on some desktops)
                action.setShortcut(QKeySequence(FALLBACK_KEYS.get(shortcut, "")))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if name in EXTRA_KEYS:
            keys = list(action.shortcuts())
            keys += [QKeySequence(k) for k in EXTRA_KEYS[name] if QKeySequence(k) not in keys]
            action.setShortcuts(keys)
        if checkable:
            action.setCheckable(True)
            action.setChecked(True)
        action.triggered.connect(slots[name])
        menus[menu].addAction(action)
        actions[name] = action
    return menus, actions
