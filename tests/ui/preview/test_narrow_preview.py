"""The channel panel at the dock's narrowest: the channel boxes wrap onto more rows and
the preview cards, their texts, buttons and pictures narrow with it, so nothing is cut
and no sideways scrolling is needed."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from composer.checking.preview_data import previews_from
from composer.engine import Engine
from composer.model import CHANNELS, Media, Post
from composer.pipeline import PipelineRequest
from composer.settings import Settings
from composer.ui.preview.panel import ChannelPreviewPanel
from composer.ui.window.docks import DOCK_MIN_WIDTH
from tests.ui.preview.test_network_previews import LONG_SV, striped

FI = ("Tervetuloa asukasiltaan uudesta Campus Allegrosta tiistaina 14.10. klo 18 "
      "Schaumansaliin! Lisätietoja: https://www.pietarsaari.fi/campus #pietarsaari")


def cut_widgets(panel: ChannelPreviewPanel) -> list[str]:
    """Widgets shown narrower than they need, or reaching past the visible width."""
    viewport = panel.scroll_area.viewport()
    problems = []
    for widget in panel.findChildren(QWidget):
        if not widget.isVisibleTo(panel) or widget.width() == 0:
            continue
        inside_cards = viewport.isAncestorOf(widget)
        area = viewport if inside_cards else panel
        left = widget.mapTo(area, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > area.width() + 1:
            problems.append(f"{widget.objectName() or type(widget).__name__} "
                            f"{QRect(left, 0, widget.width(), 0)} in {area.width()}")
        one_line = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and not widget.wordWrap()
            and widget.pixmap().isNull() and bool(widget.text()))
        if one_line and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{type(widget).__name__} {widget.text()!r} cut: "
                                f"{widget.width()} < {widget.minimumSizeHint().width()}")
    return problems


@pytest.mark.parametrize("language", ["en", "fi", "sv"])
def test_nothing_is_cut_at_the_docks_narrowest(qtbot, tmp_path, compiled_translations,
                                               ui_language, language):
    ui_language(language)
    panel = ChannelPreviewPanel(settings=Settings(ui_language=language))
    qtbot.addWidget(panel)
    assert panel.minimumSizeHint().width() <= DOCK_MIN_WIDTH
    panel.resize(DOCK_MIN_WIDTH, 900)
    panel.show()
    photo = striped(tmp_path / "campus.png", 1600, 900)
    channels = list(CHANNELS)
    post = Post(organisation="jakobstad", channels=channels,
                versions={"sv": LONG_SV * 3, "fi": FI},
                media=[Media(str(photo), {"sv": "Ritning av Campus Allegro.",
                                          "fi": "Piirros Campus Allegrosta."})])
    panel.set_channels(channels)
    checked = dataclasses.replace(post, channels=channels)
    settings = panel._settings
    panel.set_post(checked, previews_from(
        Engine().run(PipelineRequest(checked, language, settings)), language, settings))
    qtbot.waitUntil(lambda: panel.settled() and all(
        panel.cards[c].isVisible() for c in channels))
    qtbot.waitUntil(lambda: all(not p.loading for c in channels
                                for part in panel.cards[c].parts for p in part.media.pictures))
    qtbot.wait(50)
    assert panel.width() == DOCK_MIN_WIDTH
    assert not panel.scroll_area.horizontalScrollBar().isVisible()
    assert cut_widgets(panel) == []
    # Every channel box is shown whole (the boxes wrap onto more rows).
    boxes = list(panel.boxes.values())
    assert len({box.y() for box in boxes}) > 2
    # Wider again: the boxes take fewer rows, the cards the whole width.
    panel.resize(640, 900)
    qtbot.wait(50)
    assert len({box.y() for box in boxes}) <= 3
    assert cut_widgets(panel) == []
    assert all(card.width() > 560 for card in panel.cards.values()) or all(
        card.width() >= 500 for card in panel.cards.values())
    assert len(CHANNELS) == len(boxes)
