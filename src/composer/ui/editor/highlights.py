"""Underlines for flagged spans, as the editor's extra selections.

Colours come from the severity and are adjusted to the palette, so they read on light and
dark themes alike. Spelling gets the usual red wavy line; a spelling note (a name to
check, a word of another language, a word no dictionary word is a typo away from) a
quiet dashed line of its own. Each selection's
cursor moves with later edits, so the highlight (and the finding it belongs to) stays on
its words until the next result replaces it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from composer.model import Finding, Severity
from composer.ui.shared.palette_colours import is_dark, severity_colour

SPELLING_FAMILY = "spelling"


def tint(colour: QColor, palette: QPalette, alpha: int = 48) -> QColor:
    """A see-through background tint of ``colour`` for a flagged span."""
    result = QColor(colour)
    result.setAlpha(alpha + (16 if is_dark(palette) else 0))
    return result


def span_format(finding: Finding, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = severity_colour(finding.severity, palette)
    if finding.family == SPELLING_FAMILY and finding.severity == Severity.INFO:
        # "Check this name", a word of another language, the other English spelling,
        # an unknown word that looks like no typo:
        # a quiet dashed line of its own, neither the misspelling's red wave nor the
        # dotted line of other suggestions.
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
        fmt.setUnderlineColor(colour)
        return fmt
    if finding.family == SPELLING_FAMILY:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(severity_colour(Severity.ERROR, palette))
        return fmt
    if finding.severity == Severity.INFO:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setBackground(tint(colour, palette))
    fmt.setUnderlineColor(colour)
    return fmt


@dataclass
class Flag:
    """A finding shown in an editor, with the cursor selecting its span."""

    finding: Finding
    index: int  # position in the latest result's findings
    cursor: QTextCursor

    @property
    def start(self) -> int:
        return self.cursor.selectionStart()

    @property
    def end(self) -> int:
        return self.cursor.selectionEnd()


class EditorFlags(QObject):
    """The flags of one editor.

    A long text can have thousands of findings; only those in and near the visible part of
    the editor become extra selections (rebuilt when the view scrolls or resizes), so
    applying a result and repainting cost the same for 600 or 60,000 characters. Edits made
    after the result are recorded and used to map its positions onto the current text.
    """

    #: UTF-16 units around the visible part whose flags are prepared too.
    MARGIN = 300
    MAX_SELECTIONS = 1000

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        #: The visible flags, with cursors that move with the text.
        self.flags: list[Flag] = []
        self._starts: list[int] = []
        self._items: list[tuple[int, int, int]] = []  # (finding index, start, end)
        self._findings: list[Finding] = []
        self._longest = 0
        self._edits: list[tuple[int, int, int]] = []
        self._window: tuple[int, int] | None = None
        self._timer = QTimer(editor)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        editor.document().contentsChange.connect(self._changed)
        editor.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        editor.viewport().installEventFilter(self)

    # -- the result ------------------------------------------------------------------------

    def set_flags(self, flags: list[tuple[int, int, int]], findings: list[Finding]) -> None:
        """``flags``: (index into ``findings``, UTF-16 start, UTF-16 end) for the current
        text, in text order (as :class:`~composer.checking.work.CheckResult` has them)."""
        self._items = flags
        self._findings = findings
        self._starts = [flag[1] for flag in flags]
        self._longest = max((flag[2] - flag[1] for flag in flags), default=0)
        self._edits = []
        self.refresh(force=True)

    def clear(self) -> None:
        self._items, self._findings, self._starts, self._edits = [], [], [], []
        self._longest = 0
        self.flags = []
        self._window = None
        self.editor.setExtraSelections([])

    def count(self) -> int:
        return len(self._items)

    # -- positions after later edits ---------------------------------------------------------

    def _changed(self, position: int, removed: int, added: int) -> None:
        if self._items:
            self._edits.append((position, removed, added))

    def _forward(self, x: int, is_end: bool = False) -> int:
        for position, removed, added in self._edits:
            if x <= position:
                continue
            if x >= position + removed:
                x += added - removed
            else:
                x = position + added if is_end else position
        return x

    def _backward(self, y: int) -> int:
        for position, removed, added in reversed(self._edits):
            if y <= position:
                continue
            y = y - added + removed if y >= position + added else position
        return y

    # -- visible selections ----------------------------------------------------------------

    def visible_range(self) -> tuple[int, int]:
        editor = self.editor
        first = editor.firstVisibleBlock().position()
        corner = editor.viewport().rect().bottomRight()
        last = editor.cursorForPosition(corner).position()
        return max(0, first - self.MARGIN), last + self.MARGIN

    def refresh(self, force: bool = False) -> None:
        """Rebuild the extra selections for the flags in and near the visible part."""
        low, high = self.visible_range()
        if not force and self._window is not None:
            shown_low, shown_high = self._window
            if shown_low <= low and high <= shown_high:
                return
        self._window = (max(0, low - self.MARGIN), high + self.MARGIN)
        low, high = self._window
        document = self.editor.document()
        last = max(0, document.characterCount() - 1)
        palette = self.editor.palette()
        original_low = self._backward(low) - self._longest
        original_high = self._backward(high)
        first = bisect_left(self._starts, original_low)
        stop = bisect_right(self._starts, original_high)
        chosen = []
        findings = self._findings
        for index, original_start, original_end in self._items[first:stop]:
            start = self._forward(original_start)
            end = self._forward(original_end, is_end=True)
            if end >= low and start <= high and end > start:
                chosen.append((index, findings[index], min(start, last), min(end, last)))
            if len(chosen) >= self.MAX_SELECTIONS:
                break
        # Most severe last, so it paints on top where spans overlap.
        chosen.sort(key=lambda c: int(c[1].severity))
        flags: list[Flag] = []
        selections: list[QTextEdit.ExtraSelection] = []
        formats: dict[tuple[bool, Severity], QTextCharFormat] = {}
        for index, finding, start, end in chosen:
            style = (finding.family == SPELLING_FAMILY, finding.severity)
            fmt = formats.get(style)
            if fmt is None:
                fmt = formats[style] = span_format(finding, palette)
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            flags.append(Flag(finding, index, cursor))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.flags = flags
        self.editor.setExtraSelections(selections)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False

    # -- look-ups ----------------------------------------------------------------------------

    def at(self, position: int) -> list[Flag]:
        """Visible flags whose span contains ``position`` (most severe first)."""
        found = [f for f in self.flags if f.start <= position < f.end]
        return sorted(found, key=lambda f: -int(f.finding.severity))

    def for_index(self, index: int) -> Flag | None:
        """The flag of finding ``index``, shown or not (its span in the current text)."""
        for flag in self.flags:
            if flag.index == index:
                return flag
        for item_index, start, end in self._items:
            if item_index == index:
                cursor = QTextCursor(self.editor.document())
                last = max(0, self.editor.document().characterCount() - 1)
                cursor.setPosition(min(self._forward(start), last))
                cursor.setPosition(
                    min(self._forward(end, is_end=True), last), QTextCursor.MoveMode.KeepAnchor
                )
                return Flag(self._findings[index], index, cursor)
        return None

    def indexes(self) -> list[int]:
        """Finding indexes of all flags, in text order."""
        return [item[0] for item in self._items]


def tooltip_html(flags: list[Flag], guideline_label: str) -> str:
    """Rich-text tooltip: each finding's message and the guideline point it comes from."""
    from html import escape

    parts = []
    for flag in flags:
        finding = flag.finding
        part = f"<p style='margin:0'><b>{escape(finding.message)}</b></p>"
        if finding.guideline:
            part += (
                f"<p style='margin:2px 0 0 0'><i>{escape(guideline_label)}</i> "
                f"{escape(finding.guideline)}</p>"
            )
        parts.append(part)
    return "<qt>" + "<hr/>".join(parts) + "</qt>"
