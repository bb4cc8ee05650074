"""Dialogs and pages that follow a change of the UI language while they are open.

Qt sends every widget a ``LanguageChange`` event when the translators change. A widget
built with :class:`FollowsLanguage` first in its bases remembers, for each text its
``tr()`` gave, the message it came from; on that event every text it shows that is one
of those (window title, labels, buttons, group titles, tabs, choices of a combo box, table
headings, tooltips, placeholders and accessible names) is replaced by the same message in
the new language. (Lists and tables hold the user's data: their items are left alone, as
are editable texts.) Texts made from a message (a number or a name put in) are shown with
:meth:`FollowsLanguage.follow`, which makes them again after each change; a widget's
``retranslate()``, if it has one, runs last.

A :class:`FollowsLanguage` widget inside another handles its own texts: the outer one
does not look into it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

#: A message as given to ``tr()``: source text, disambiguation, plural count.
Message = tuple[str, str | None, int]


class FollowsLanguage:
    """Mixin (put it before the Qt class) for a widget whose texts follow the UI language."""

    _messages: dict[str, Message]
    _followed: list[tuple[Callable[..., object], Callable[..., str]]]

    def follow(self, show: Callable[..., object], make: Callable[..., str]) -> None:
        """``show(make())`` now and again after each change of the UI language (for a
        text made from a message, or from another context's translation)."""
        show(make())
        if not hasattr(self, "_followed"):
            self._followed = []
        self._followed.append((show, make))

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = super().tr(source, disambiguation, n)  # type: ignore[misc]
        if not hasattr(self, "_messages"):
            self._messages = {}
        self._messages[text] = (source, disambiguation, n)
        return text

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.follow_language()
        super().changeEvent(event)  # type: ignore[misc]

    def follow_language(self) -> None:
        """Every text this widget's ``tr()`` gave, in the current language; then
        ``retranslate()`` for the texts made from a message."""
        old = getattr(self, "_messages", {})
        self._messages = {}
        new = {text: self.tr(*message) for text, message in old.items()}
        self._renamed = new
        assert isinstance(self, QWidget)
        for widget in _own_widgets(self):
            _replace_texts(widget, new)
        kept = []
        for show, make in getattr(self, "_followed", []):
            try:
                show(make())
            except RuntimeError:  # its widget is gone
                continue
            kept.append((show, make))
        self._followed = kept
        method = getattr(self, "retranslate", None)
        if callable(method):
            method()

    def retranslated(self, text: str) -> str:
        """``text`` (kept from this widget's ``tr()`` before the last change of the UI
        language) in the current language; other texts as they are."""
        return getattr(self, "_renamed", {}).get(text, text)


def _own_widgets(root: QWidget) -> Iterator[QWidget]:
    """``root`` and the widgets inside it, not looking into another FollowsLanguage."""
    yield root
    stack: list[QObject] = list(root.children())
    while stack:
        child = stack.pop()
        if not isinstance(child, QWidget):
            continue
        if isinstance(child, FollowsLanguage):
            continue
        yield child
        stack.extend(child.children())


def _swap(get: Callable[[], str], put: Callable[[str], None], new: dict[str, str]) -> None:
    text = get()
    if text and text in new and new[text] != text:
        put(new[text])


def _replace_texts(widget: QWidget, new: dict[str, str]) -> None:
    for get, put in (
        (widget.windowTitle, widget.setWindowTitle),
        (widget.toolTip, widget.setToolTip),
        (widget.statusTip, widget.setStatusTip),
        (widget.whatsThis, widget.setWhatsThis),
        (widget.accessibleName, widget.setAccessibleName),
        (widget.accessibleDescription, widget.setAccessibleDescription),
    ):
        _swap(get, put, new)
    if isinstance(widget, (QLabel, QAbstractButton)):
        _swap(widget.text, widget.setText, new)
    if isinstance(widget, QGroupBox):
        _swap(widget.title, widget.setTitle, new)
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        _swap(widget.placeholderText, widget.setPlaceholderText, new)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            _swap(partial(widget.itemText, index), partial(widget.setItemText, index), new)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            _swap(partial(widget.tabText, index), partial(widget.setTabText, index), new)
            _swap(partial(widget.tabToolTip, index), partial(widget.setTabToolTip, index),
                  new)
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            if header is not None:
                _swap(header.text, header.setText, new)
    for action in widget.actions():
        _swap(action.text, action.setText, new)
        _swap(action.toolTip, action.setToolTip, new)
