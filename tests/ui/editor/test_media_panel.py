"""The media panel: images with thumbnails and alt text per language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from composer.model import Media
from composer.ui.editor.media_panel import MediaPanel


def make_png(folder: Path, name: str = "photo.png", width: int = 800, height: int = 500) -> str:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200))
    path = folder / name
    assert image.save(str(path))
    return str(path)


@pytest.fixture
def panel(qtbot):
    widget = MediaPanel()
    widget.set_languages(["sv", "fi", "en"])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_text(widget, text: str) -> None:
    """Key events carrying text, as a keyboard layout with ä, ö and å sends them."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def thumbnail_shown(item) -> bool:
    pixmap = item.thumbnail.pixmap()
    return pixmap is not None and not pixmap.isNull()


def test_added_image_gets_a_thumbnail(panel, qtbot, tmp_path):
    path = make_png(tmp_path)
    with qtbot.waitSignal(panel.media_changed):
        panel.add_files([path])
    [item] = panel.items()
    qtbot.waitUntil(lambda: thumbnail_shown(item))
    pixmap = item.thumbnail.pixmap()
    assert max(pixmap.width(), pixmap.height()) <= 112
    assert pixmap.width() > pixmap.height()  # aspect ratio kept
    assert item.message() == ""
    assert panel.media() == [Media(path, {})]


def test_alt_text_round_trips_through_media(panel, qtbot, tmp_path):
    path = make_png(tmp_path)
    panel.add_files([path])
    [item] = panel.items()
    with qtbot.waitSignal(panel.media_changed):
        type_text(item.alt_field("fi"), "Sininen kuva, jossa on järvi ja mökki")
    item.alt_field("sv").setText("Blå bild med en sjö och en stuga")
    assert panel.media() == [Media(path, {
        "fi": "Sininen kuva, jossa on järvi ja mökki",
        "sv": "Blå bild med en sjö och en stuga",
    })]
    again = MediaPanel()
    qtbot.addWidget(again)
    again.set_languages(["fi", "sv", "en"])
    again.set_media(panel.media())
    assert again.media() == panel.media()
    assert again.items()[0].alt_field("sv").text() == "Blå bild med en sjö och en stuga"


def test_fields_follow_the_organisation_language_order(panel, tmp_path):
    panel.set_media([Media(make_png(tmp_path), {"en": "A lake", "sv": "En sjö"})])
    item = panel.items()[0]
    labels = [item.form.itemAt(row, item.form.ItemRole.LabelRole).widget().text()
              for row in range(item.form.rowCount())]
    assert labels == ["Swedish:", "Finnish:", "English:"]
    panel.set_languages(["fi"])
    assert item.alt_field("sv") is None and item.alt_field("fi") is not None
    # Alt text of a language not shown is kept.
    assert panel.media()[0].alt == {"sv": "En sjö", "en": "A lake"}


def test_missing_file_shows_placeholder_and_message(panel, qtbot, tmp_path):
    missing = str(tmp_path / "gone.jpg")
    panel.set_media([Media(missing, {"fi": "Kuva"})])
    [item] = panel.items()
    qtbot.waitUntil(item.failed)
    assert "not found" in item.message() and "gone.jpg" in item.message()
    assert not thumbnail_shown(item)
    assert item.thumbnail.text()
    assert panel.media() == [Media(missing, {"fi": "Kuva"})]


def test_broken_image_file_is_reported_not_fatal(panel, qtbot, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\nthis is not really an image")
    good = make_png(tmp_path)
    panel.add_files([str(broken), good])
    broken_item, good_item = panel.items()
    qtbot.waitUntil(lambda: broken_item.failed() and thumbnail_shown(good_item))
    assert "cannot be read" in broken_item.message()


def test_remove_and_duplicates(panel, qtbot, tmp_path):
    first = make_png(tmp_path, "a.png")
    second = make_png(tmp_path, "b.png")
    panel.add_files([first, second, first])
    assert [m.file for m in panel.media()] == [first, second]
    with qtbot.waitSignal(panel.media_changed):
        panel.items()[0].remove.click()
    assert [m.file for m in panel.media()] == [second]
    assert not panel.empty.isVisible()
    panel.items()[0].remove.click()
    assert panel.media() == []
    assert panel.empty.isVisible()


def test_set_media_does_not_signal_a_change(panel, qtbot, tmp_path):
    with qtbot.assertNotEmitted(panel.media_changed):
        panel.set_media([Media(make_png(tmp_path), {})])


def test_controls_have_accessible_names(panel, tmp_path):
    panel.set_media([Media(make_png(tmp_path), {})])
    item = panel.items()[0]
    for widget in (panel.add_button, item.remove, item.alt_field("sv"), item.alt_field("fi"),
                   item.alt_field("en")):
        assert widget.accessibleName()
    assert "Swedish" in item.alt_field("sv").accessibleName()
