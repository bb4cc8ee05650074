"""The guideline viewer opens each organisation's guideline at the cited point."""

from __future__ import annotations

import re

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
    # Every word of the guideline, in order (formatted: no list markers or blank lines).
    unbulleted = re.sub(r"(?m)^\s*-\s+", "", profile.guideline_text())
    assert squeeze(viewer.text.toPlainText()) == squeeze(unbulleted)
    assert "City of Jakobstad" in viewer.windowTitle()


def blocks_of(viewer):
    block = viewer.text.document().begin()
    while block.isValid():
        yield block
        block = block.next()


@pytest.mark.parametrize("org", PROFILES)
def test_headings_and_lists_are_shown_as_such(viewer, org):
    profile = load_profiles().get(org)
    viewer.show_reference(profile)
    blocks = list(blocks_of(viewer))
    headings = {b.text().rstrip(":").casefold() for b in blocks
                if b.blockFormat().headingLevel() > 0}
    for point in profile.points.values():  # every cited section is a heading
        assert point.section.rstrip(":").casefold() in headings, point.section
    items = [b.text() for b in blocks if b.textList() is not None]
    assert len(items) >= 5
    assert not any(text.startswith(("- ", "e ", "o ")) for text in items)


def test_naantali_bullets_are_a_list_and_the_cited_point_is_highlighted(viewer):
    profile = load_profiles().get("naantali")
    viewer.show_reference(profile, "naantali:caution")
    items = [b.text() for b in blocks_of(viewer) if b.textList() is not None]
    assert "Käytä aina harkintaa ja varovaisuutta päivityksissäsi" in items
    assert viewer.cited_text() == "Käytä aina harkintaa ja varovaisuutta päivityksissäsi"
    highlighted = viewer.text.extraSelections()
    assert highlighted and highlighted[0].cursor.selectedText() == viewer.cited_text()


def test_ctrl_f_searches_the_guideline_with_a_match_count(viewer, qtbot):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtTest import QTest

    profile = load_profiles().get("kokkola")
    viewer.show_reference(profile, "kokkola:tone")
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(lambda: viewer.text.hasFocus())
    QTest.keySequence(viewer.text, QKeySequence(QKeySequence.StandardKey.Find))
    assert viewer.search.hasFocus()
    viewer.search.setText("some")
    count = viewer.search_count.text()
    total = viewer.text.toPlainText().casefold().count("some")
    assert total > 3 and count == f"1 of {total}"
    assert viewer.text.textCursor().selectedText().casefold() == "some"
    first = viewer.text.textCursor().position()
    QTest.keyClick(viewer.search, Qt.Key.Key_Return)
    assert viewer.search_count.text() == f"2 of {total}"
    assert viewer.text.textCursor().position() > first
    # the cited passage stays highlighted next to the matches
    assert len(viewer.text.extraSelections()) == total + 1
    viewer.search.setText("zzzz-not-there")
    assert viewer.search_count.text() == "not found"


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
    assert viewer.selected_quote() == "please and thank"  # wrapped lines joined
