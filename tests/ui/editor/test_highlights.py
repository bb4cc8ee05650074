"""Underlines: Python indices to UTF-16 positions, colours on light and dark palettes,
and flags that stay on their words while the text changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from composer.checking.offsets import Utf16Index, utf16_length
from composer.model import Finding, Severity
from composer.ui.editor.highlights import EditorFlags, span_format
from composer.ui.shared.palette_colours import severity_colour

TEXTS = [
    "plain ascii",
    "åäö ÅÄÖ",
    "🎈 balloon",
    "family 👨‍👩‍👧‍👦 and flag 🇫🇮 and skin 👍🏽",
    "𝐛𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 letters",
    "combining e\u0301 and a\u030a",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_index_maps_to_its_utf16_position_and_back(text):
    index = Utf16Index(text)
    assert index.length == utf16_length(text)
    for i in range(len(text) + 1):
        position = index.to_utf16(i)
        assert position == utf16_length(text[:i])
        assert index.to_index(position) == i


def test_a_position_inside_a_surrogate_pair_maps_to_its_character():
    index = Utf16Index("a🎈b")
    assert index.to_index(2) == 1


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(
            c.blueF()
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("base", ["#ffffff", "#f5f5f5", "#1e1e1e", "#2b2b2b"])
@pytest.mark.parametrize("severity", list(Severity))
def test_severity_colours_read_on_light_and_dark_themes(qapp, base, severity):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    colour = severity_colour(severity, palette)
    assert _contrast(colour, QColor(base)) >= 3.0  # WCAG 1.4.11 for graphical objects


def test_spelling_gets_the_red_wavy_line_and_others_an_underline(qapp):
    palette = QPalette()
    spelling = Finding("spelling.unknown", Severity.WARNING, "x", "fi", 0, 3)
    error = Finding("personal-data.id", Severity.ERROR, "x", "fi", 0, 3)
    info = Finding("tone.shouting", Severity.INFO, "x", "fi", 0, 3)
    assert (
        span_format(spelling, palette).underlineStyle()
        == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    )
    assert span_format(error, palette).underlineStyle() == (
        QTextCharFormat.UnderlineStyle.SingleUnderline
    )
    assert span_format(error, palette).background().color().alpha() > 0
    assert span_format(info, palette).underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine


def test_a_name_to_check_has_its_own_quiet_underline(qapp):
    palette = QPalette()
    name = Finding("spelling.name", Severity.INFO, "x", "fi", 0, 3)
    other_info = Finding("tone.exclamations", Severity.INFO, "x", "fi", 0, 3)
    misspelt = Finding("spelling.unknown", Severity.WARNING, "x", "fi", 0, 3)
    styles = {span_format(f, palette).underlineStyle() for f in (name, other_info, misspelt)}
    assert len(styles) == 3
    quiet = span_format(name, palette)
    assert quiet.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert quiet.underlineColor() == severity_colour(Severity.INFO, palette)
    assert quiet.background().style() == Qt.BrushStyle.NoBrush


def test_flags_select_their_words_and_follow_edits(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    text = "👨‍👩‍👧 Ring 040 123 4567 nu"
    editor.setPlainText(text)
    start = text.index("040")
    end = start + len("040 123 4567")
    index = Utf16Index(text)
    finding = Finding("personal-data.phone", Severity.WARNING, "phone", "sv", start, end)
    flags = EditorFlags(editor)
    flags.set_flags([(0, index.to_utf16(start), index.to_utf16(end))], [finding])
    assert [s.cursor.selectedText() for s in editor.extraSelections()] == ["040 123 4567"]
    inside = index.to_utf16(start) + 2
    assert [f.finding for f in flags.at(inside)] == [finding]
    assert flags.at(index.to_utf16(start) - 1) == []
    # Typing before the span moves the flag with its words.
    cursor = QTextCursor(editor.document())
    cursor.insertText("🎉 ")
    assert flags.for_index(0).cursor.selectedText() == "040 123 4567"


def test_overlapping_flags_paint_the_most_severe_on_top(qtbot):
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("salasana on 1234")
    warning = Finding("tone.x", Severity.WARNING, "w", "fi", 0, 8)
    error = Finding("security.password", Severity.ERROR, "e", "fi", 0, 16)
    flags = EditorFlags(editor)
    flags.set_flags([(0, 0, 16), (1, 0, 8)], [error, warning])
    selections = editor.extraSelections()
    assert selections[-1].cursor.selectedText() == "salasana on 1234"
    assert [f.finding.severity for f in flags.at(2)] == [Severity.ERROR, Severity.WARNING]
