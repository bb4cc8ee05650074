"""Underlines for flagged spans, as the editor's extra selections.

Colours come from the severity and are adjusted to the palette, so they read on light and
dark themes alike. Spelling gets the usual red wavy line. Each selection's cursor moves
with later edits, so the highlight (and the finding it belongs to) stays on its words
until the next result replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from composer.model import Finding, Severity

_HUES = {
    # (light theme, dark theme)
    Severity.ERROR: ("#c62828", "#ff6e6e"),
    Severity.WARNING: ("#b35c00", "#ffb74d"),
    Severity.INFO: ("#1565c0", "#7ab8ff"),
}
SPELLING_FAMILY = "spelling"


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    """The text/underline colour for ``severity`` that contrasts with ``palette``'s base."""
    light, dark = _HUES[severity]
    return QColor(dark if is_dark(palette) else light)


def tint(colour: QColor, palette: QPalette, alpha: int = 48) -> QColor:
    """A see-through background tint of ``colour`` for a flagged span."""
    result = QColor(colour)
    result.setAlpha(alpha + (16 if is_dark(palette) else 0))
    return result


def span_format(finding: Finding, palette: QPalette) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = severity_colour(finding.severity, palette)
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


class EditorFlags:
    """The flags of one editor: builds its extra selections and finds a flag by position."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self.flags: list[Flag] = []

    def set_flags(self, items: list[tuple[int, Finding, int, int]]) -> None:
        """``items``: (finding index, finding, UTF-16 start, UTF-16 end)."""
        document = self.editor.document()
        last = max(0, document.characterCount() - 1)
        palette = self.editor.palette()
        flags: list[Flag] = []
        selections: list[QTextEdit.ExtraSelection] = []
        # Most severe last, so it paints on top where spans overlap.
        for index, finding, start, end in sorted(items, key=lambda i: int(i[1].severity)):
            start, end = min(start, last), min(max(end, start), last)
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            flags.append(Flag(finding, index, cursor))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = span_format(finding, palette)
            selections.append(selection)
        self.flags = flags
        self.editor.setExtraSelections(selections)

    def clear(self) -> None:
        self.flags = []
        self.editor.setExtraSelections([])

    def at(self, position: int) -> list[Flag]:
        """Flags whose span contains ``position`` (most severe first)."""
        found = [f for f in self.flags if f.start <= position < f.end]
        return sorted(found, key=lambda f: -int(f.finding.severity))

    def for_index(self, index: int) -> Flag | None:
        for flag in self.flags:
            if flag.index == index:
                return flag
        return None


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
