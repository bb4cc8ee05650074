"""Link colours stay readable when a dark palette leaves Qt's default dark-blue link."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from composer.ui.shared.palette_colours import MIN_TEXT_CONTRAST, contrast, link_colour, readable


def test_default_blue_link_on_a_dark_base_is_lightened(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))
    assert contrast(QColor("#0000ff"), QColor("#1e1e1e")) < MIN_TEXT_CONTRAST
    colour = link_colour(palette)
    assert contrast(colour, QColor("#1e1e1e")) >= MIN_TEXT_CONTRAST
    assert colour.blue() > colour.red()  # still reads as a link colour


def test_a_readable_link_is_left_alone(qapp):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    assert link_colour(palette) == QColor("#0b57d0")
    assert contrast(readable(QColor("#ffff00"), QColor("white")), QColor("white")) >= 4.5
