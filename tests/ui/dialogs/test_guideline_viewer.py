"""The guideline viewer opens each organisation's guideline at the cited point."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from composer.profiles import load_profiles
from composer.ui.dialogs.guideline_viewer import GuidelineViewer, find_quote

PROFILES = sorted(load_profiles().profiles)


def squeeze(text: str) -> str:
    return "".join(text.replace("*", "").split())


@pytest.fixture
def viewer(qtbot):
    widget = GuidelineViewer(ui_language="en")
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize("org", PROFILES)
def test_every_point_opens_with_its_quote_selected(viewer, org):
    profile = load_profiles().get(org)
    assert profile.points, "a built-in profile cites guideline points"
    for key, point in profile.points.items():
        viewer.show_reference(profile, f"{org}:{key}")
        assert squeeze(viewer.selected_quote()) == squeeze(point.quote), key
        current = viewer.points.currentItem()
        assert current is not None and current.data(Qt.ItemDataRole.UserRole) == key
        assert viewer.law_text() == ""


def test_quote_is_scrolled_into_view(viewer, qtbot):
    profile = load_profiles().get("kokkola")
    viewer.resize(800, 400)
    viewer.show_reference(profile, "kokkola:feedback")  # near the end of the document
    qtbot.waitUntil(lambda: viewer.text.verticalScrollBar().value() > 0)
    rect = viewer.text.cursorRect()
    assert 0 <= rect.top() < viewer.text.viewport().height()


def test_choosing_a_point_in_the_list_jumps_there(viewer):
    profile = load_profiles().get("jakobstad")
    viewer.show_reference(profile)
    assert viewer.selected_quote() == ""
    for row in range(viewer.points.count()):
        item = viewer.points.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "tone":
            viewer.points.setCurrentItem(item)
    assert squeeze(viewer.selected_quote()) == squeeze(profile.points["tone"].quote)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "General Data Protection Regulation"), ("fi", "tietosuoja-asetus"),
     ("sv", "dataskyddsförordning")],
)
def test_law_reference_shows_the_law_in_the_ui_language(qtbot, language, expected):
    viewer = GuidelineViewer(ui_language=language)
    qtbot.addWidget(viewer)
    viewer.show_reference(load_profiles().get("naantali"), "law:gdpr")
    assert expected in viewer.law_text()
    assert viewer.law_frame.isVisible()
    # The guideline itself is still there to read.
    assert "sosiaalisessa mediassa" in viewer.text.toPlainText()


def test_law_box_disappears_for_a_point_reference(viewer):
    profile = load_profiles().get("kokkola")
    viewer.show_reference(profile, "law:wcag-1-1-1")
    assert "1.1.1" in viewer.law_text()
    viewer.show_reference(profile, "kokkola:tone")
    assert viewer.law_text() == ""
    assert not viewer.law_frame.isVisible()


def test_without_reference_shows_the_document_from_the_top(viewer):
    profile = load_profiles().get("jakobstad")
    viewer.show_reference(profile, "jakobstad:security")
    viewer.show_reference(profile)
    assert viewer.selected_quote() == ""
    assert viewer.text.textCursor().position() == 0
    assert viewer.text.toPlainText() == profile.guideline_text()
    assert "City of Jakobstad" in viewer.windowTitle()


def test_reference_of_another_organisation_or_unknown_point_selects_nothing(viewer):
    profile = load_profiles().get("naantali")
    viewer.show_reference(profile, "jakobstad:tone")
    assert viewer.selected_quote() == ""
    viewer.show_reference(profile, "naantali:no-such-point")
    assert viewer.selected_quote() == ""


def test_every_control_has_an_accessible_name(viewer):
    viewer.show_reference(load_profiles().get("kokkola"), "law:gdpr")
    for widget in (viewer.points, viewer.text, viewer.law_box):
        assert widget.accessibleName()


def test_find_quote_ignores_whitespace_and_emphasis():
    document = "Intro.\n\nThe **official   feedback**\nchannel is here. Ünïcode 𝐛𝐨𝐥𝐝 text"
    start, end = find_quote(document, "official feedback channel is here.")
    assert document[start:end] == "official   feedback**\nchannel is here."
    start, end = find_quote(document, "THE OFFICIAL")
    assert document[start:end] == "The **official"
    assert find_quote(document, "not in the document") is None
    start, end = find_quote(document, "𝐛𝐨𝐥𝐝 text")
    assert document[start:end] == "𝐛𝐨𝐥𝐝 text"


def test_quote_after_emoji_is_selected_at_the_right_characters(qtbot, tmp_path):
    from dataclasses import replace

    from composer.profiles import GuidelinePoint

    guideline = tmp_path / "guide.txt"
    guideline.write_text("😀😀 Intro 👩‍👩‍👧\n\nSay   please\nand thank you.\n", encoding="utf-8")
    base = load_profiles().get("naantali")
    profile = replace(base, guideline_file=guideline,
                      points={"tone": GuidelinePoint("tone", "Manners", "please and thank")})
    viewer = GuidelineViewer(ui_language="en")
    qtbot.addWidget(viewer)
    viewer.show_reference(profile, "naantali:tone")
    assert viewer.selected_quote() == "please\nand thank"
