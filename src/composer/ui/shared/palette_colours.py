"""The app's colours: the one severity palette (errors, warnings, suggestions: in the
editors' underlines, the findings list, the previews' gauges and the dialogs) and colours
taken from the palette but kept readable (a platform's dark palette may leave the link
colour at Qt's default dark blue, which cannot be read on a dark background)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from composer.model import Severity

#: WCAG 2.1 success criterion 1.4.3: normal text needs a 4.5:1 contrast ratio.
MIN_TEXT_CONTRAST = 4.5

#: Per severity: (on a light theme, on a dark theme).
_SEVERITY_HUES = {
    Severity.ERROR: ("#c62828", "#ff6e6e"),
    Severity.WARNING: ("#b35c00", "#ffb74d"),
    Severity.INFO: ("#1565c0", "#7ab8ff"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def severity_colour(severity: Severity, palette: QPalette) -> QColor:
    """The text/underline colour for ``severity`` that contrasts with ``palette``'s base."""
    light, dark = _SEVERITY_HUES[severity]
    return QColor(dark if is_dark(palette) else light)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = MIN_TEXT_CONTRAST) -> QColor:
    """``colour``, mixed towards white (on dark) or black (on light) until it reads."""
    target = QColor("white") if background.lightnessF() < 0.5 else QColor("black")
    result = QColor(colour)
    step = 0
    while contrast(result, background) < minimum and step < 20:
        step += 1
        share = step / 20
        result = QColor.fromRgbF(
            colour.redF() + (target.redF() - colour.redF()) * share,
            colour.greenF() + (target.greenF() - colour.greenF()) * share,
            colour.blueF() + (target.blueF() - colour.blueF()) * share,
        )
    return result


def link_colour(palette: QPalette) -> QColor:
    """The palette's link colour, readable on its base colour."""
    return readable(palette.color(QPalette.ColorRole.Link), palette.color(QPalette.ColorRole.Base))
