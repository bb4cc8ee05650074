"""Wrapping that stays cheap when a version holds a very long run of text without a space.

Qt's usual wrapping (at a word boundary, else anywhere) looks for a word boundary from
each line's start to the end of the run, so a run without one costs time growing with the
square of its length: a pasted 1,000,000-character hash, key or table without separators
froze the window for minutes (100,000 characters: 2 s). While a version holds a run of
:data:`LONG_RUN` characters or more without a break opportunity, its editor wraps
anywhere instead, which is linear (the million characters in about half a second); the
text itself is never changed. When no such run is left, normal wrapping comes back.

Only the text around an edit is looked at (the run it may have made or joined); the whole
version is looked at again, in one linear pass, a moment after text was removed while
wrapping anywhere.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit

#: Characters without a break opportunity in a row from which an editor wraps anywhere.
LONG_RUN = 1000
#: How long after a removal the whole version is looked at again (ms).
RECHECK_MS = 800

# A character Qt cannot break a line after: anything but a breaking space or a line or
# paragraph end (no-break spaces, U+2007 and U+202F, do not break). Hyphens are counted as
# unbreakable: at worst a version wraps anywhere a little sooner than needed.
_UNBREAKABLE = r"[^ \t\n\r\u1680\u2000-\u2006\u2008-\u200b\u2028\u2029\u205f\u3000]"
# Anchored at a run's start (the look-behind), so each run is read once: linear.
_LONG_RUN = re.compile(rf"(?<!{_UNBREAKABLE}){_UNBREAKABLE}{{{LONG_RUN}}}")


def has_long_run(text: str) -> bool:
    """Whether ``text`` holds :data:`LONG_RUN` or more unbreakable characters in a row."""
    return len(text) >= LONG_RUN and _LONG_RUN.search(text) is not None


class LongRunWrap(QObject):
    """Switches ``editor`` between normal wrapping and wrapping anywhere; see the module
    docstring. :attr:`switched` carries True when it starts wrapping anywhere."""

    switched = Signal(bool)

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self.normal_mode = editor.wordWrapMode()
        self.anywhere = False
        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.recheck)
        editor.document().contentsChange.connect(self._changed)

    def before_insert(self, text: str) -> None:
        """Called with text about to be inserted (a paste): switch first, so Qt never
        lays the run out the slow way."""
        if not self.anywhere and has_long_run(text):
            self._set(True)

    def set_text(self, text: str) -> None:
        """Replace the editor's text (a read-only preview's, say), wrapping cheaply."""
        self.before_insert(text)
        self._editor.setPlainText(text)

    def _changed(self, position: int, removed: int, added: int) -> None:
        if self.anywhere:
            if removed:
                self._recheck.start()
            return
        if self._around(position, added):
            self._set(True)

    def _around(self, position: int, added: int) -> bool:
        """Whether the edit at ``position`` made (or is inside) a long run: the text from
        :data:`LONG_RUN` characters before it to as many after it, within its blocks."""
        document = self._editor.document()
        last = max(0, document.characterCount() - 1)
        start_block = document.findBlock(min(position, last))
        end_block = document.findBlock(min(position + added, last))
        if start_block.length() <= LONG_RUN and end_block.length() <= LONG_RUN and (
            start_block.blockNumber() == end_block.blockNumber() or added < LONG_RUN
        ):
            return False  # no block the edit touched is long enough to hold a long run
        start = max(start_block.position(), position - LONG_RUN)
        end = min(end_block.position() + end_block.length() - 1, position + added + LONG_RUN)
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return has_long_run(cursor.selectedText())

    def recheck(self) -> None:
        """Back to normal wrapping when no long run is left (one linear pass)."""
        if self.anywhere and not has_long_run(self._editor.toPlainText()):
            self._set(False)

    def _set(self, anywhere: bool) -> None:
        self.anywhere = anywhere
        self._editor.setWordWrapMode(
            QTextOption.WrapMode.WrapAnywhere if anywhere else self.normal_mode
        )
        self.switched.emit(anywhere)
