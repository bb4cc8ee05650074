"""The findings panel on its own: findings of a real check listed under severity headings,
cards clicked and their buttons pressed with the mouse and the keyboard, what a screen
reader reads, long lists, and results that only move findings around."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from composer.engine import Engine
from composer.model import Finding, Post, Severity
from composer.ui.findings.model import FINDING, HEADER, MAX_LISTED, MORE, FindingsModel
from composer.ui.findings.panel import FindingsPanel

TEXT = "Läs mer på http://www.jakobstad.fi i dag. Ring 040 123 4567 om du undrar."


def check(text: str = TEXT) -> list[Finding]:
    post = Post(organisation="jakobstad", versions={"sv": text})
    return Engine().check(post, ui_language="en")


@pytest.fixture
def panel(qtbot, ui_language):
    ui_language("en")  # English plural forms come from the compiled translations
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def findings() -> list[Finding]:
    return check()


def requests(panel: FindingsPanel) -> list[tuple]:
    seen: list[tuple] = []
    panel.show_requested.connect(lambda i: seen.append(("show", i)))
    panel.fix_requested.connect(lambda i, fix: seen.append(("fix", i, fix.label)))
    panel.guideline_requested.connect(lambda i: seen.append(("guideline", i)))
    return seen


def click(panel: FindingsPanel, point: QPoint) -> None:
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_findings_are_grouped_under_severity_headings(panel, findings):
    panel.set_findings(findings)
    rows = panel.rows()
    headings = [r.text for r in rows if r.kind == HEADER]
    severities = [s for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
                  if any(f.severity == s for f in findings)]
    assert len(headings) == len(severities) >= 2
    assert headings[0].startswith("Errors" if severities[0] == Severity.ERROR else "Warnings")
    # Each finding sits under the heading of its severity, in the order of the result.
    current = None
    for row in rows:
        if row.kind == HEADER:
            current = row.severity
        else:
            assert row.severity == current
    assert [r.finding for r in panel.listed()] == findings
    assert "warning" in panel.summary.text()


def test_a_clean_post_says_so(panel):
    findings = check("Välkommen till Skolparken på lördag klockan 11. Välkomna!")
    panel.set_findings([f for f in findings if f.language == "sv" and f.start is not None])
    assert panel.listed() == []
    assert panel.summary.text().startswith("No findings")


def test_clicking_a_card_or_its_buttons(panel, findings, qtbot):
    panel.set_findings(findings)
    seen = requests(panel)
    card = next(r for r in panel.listed() if r.finding.rule == "link.insecure")
    assert [a.label for a in card.actions] == [
        "Replace with “https://www.jakobstad.fi”", "Show", "Guideline"]
    click(panel, panel.row_rect(card).topLeft() + QPoint(12, 8))
    click(panel, panel.button_rect(card, "Guideline").center())
    click(panel, panel.button_rect(card, card.actions[0].label).center())
    assert seen == [("show", card.index), ("guideline", card.index),
                    ("fix", card.index, "Replace with “https://www.jakobstad.fi”")]
    # A press that slides off the button before release does nothing.
    button = panel.button_rect(card, "Show")
    QTest.mousePress(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    QTest.mouseRelease(panel.view.viewport(), Qt.MouseButton.LeftButton,
                       pos=button.bottomRight() + QPoint(40, 0))
    assert len(seen) == 3


def test_keyboard_moves_between_findings_and_presses_buttons(panel, findings, qtbot):
    panel.set_findings(findings)
    seen = requests(panel)
    view = panel.view
    view.setFocus()
    listed = panel.listed()
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.current_row() is listed[0]  # the heading above it is passed by
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("show", listed[0].index)]
    for _ in listed:
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.current_row() is listed[-1]
    QTest.keyClick(view, Qt.Key.Key_Up)
    card = next(r for r in listed if r.finding.rule == "link.insecure")
    while view.current_row() is not card:
        QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Right)  # the first button: the quick fix
    QTest.keyClick(view, Qt.Key.Key_Space)
    QTest.keyClick(view, Qt.Key.Key_Right)
    QTest.keyClick(view, Qt.Key.Key_Right)  # Guideline
    QTest.keyClick(view, Qt.Key.Key_Enter)
    assert seen[1:] == [("fix", card.index, card.actions[0].label), ("guideline", card.index)]
    menu = view.actions_menu(card)
    assert [a.text() for a in menu.actions()] == [a.label for a in card.actions]
    menu.actions()[1].trigger()
    assert seen[-1] == ("show", card.index)


def test_screen_readers_read_severity_message_and_guideline(panel, findings):
    panel.set_findings(findings)
    panel.flush()
    model = panel.model
    card = next(r for r in panel.listed() if r.finding.rule == "link.insecure")
    index = model.index(model.row_of_key(card.key), 0)
    text = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert text == f"Warning: SV · {card.finding.message}"
    description = index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert card.finding.guideline in description and "Guideline" in description
    assert panel.view.accessibleName() == "List of findings"


def test_a_result_that_only_moves_findings_keeps_the_rows(panel, qtbot):
    panel.set_findings(check())
    rows = panel.rows()
    changes: list[str] = []
    for signal in ("rowsInserted", "rowsRemoved", "modelReset", "layoutChanged"):
        getattr(panel.model, signal).connect(lambda *_a, s=signal: changes.append(s))
    moved = check("I dag: " + TEXT)
    panel.set_findings(moved)
    panel.flush()
    assert changes == []
    assert panel.rows() == rows  # the same rows, nothing to lay out again
    link = next(r for r in panel.listed() if r.finding.rule == "link.insecure")
    assert link.finding.start == TEXT.index("http") + len("I dag: ")
    assert moved[link.index] is link.finding
    # A new finding inserts its row; the others stay.
    panel.set_findings(check(TEXT + " Kontakta http://www.kokkola.fi."))
    panel.flush()
    assert "rowsInserted" in changes and "modelReset" not in changes
    assert all(any(r is old for r in panel.rows()) for old in rows)


def test_a_very_long_list_ends_with_how_many_are_not_listed(panel):
    many = [Finding("spelling.unknown", Severity.WARNING, f"“sana{n}” is not in the dictionary.",
                    "fi", n * 6, n * 6 + 5) for n in range(MAX_LISTED + 250)]
    panel.set_findings(many)
    rows = panel.rows()
    assert sum(1 for r in rows if r.kind == FINDING) == MAX_LISTED
    assert rows[-1].kind == MORE and rows[-1].text == "250 more findings not listed."
    assert "1,250 warnings" in panel.summary.text() or "1250 warnings" in panel.summary.text()


def test_model_flags_only_findings_selectable():
    model = FindingsModel()
    model.set_findings(check())
    kinds = {model.row(n).kind: model.flags(model.index(n, 0)) for n in range(model.rowCount())}
    assert kinds[FINDING] & Qt.ItemFlag.ItemIsSelectable
    assert not kinds[HEADER] & Qt.ItemFlag.ItemIsSelectable


@pytest.mark.parametrize("width", [300, 460, 380])
def test_rows_never_overlap_when_citations_wrap(panel, qtbot, width):
    text = (TEXT + " Personnummer 010203-123N. Hen är dum och en idiot, säger de på "
            "http://example.com/a i dag.")
    panel.set_findings(check(text))
    panel.resize(width, 500)
    view = panel.view

    def placed() -> list:
        model = view.model()
        return [view.visualRect(model.index(r, 0)) for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: len(placed()) > 4 and placed()[-1].height() > 0)
    qtbot.wait(50)
    rects = placed()
    for above, below in itertools.pairwise(rects):
        assert above.bottom() + 1 == below.top()  # the next heading starts below the card
    for number, rect in enumerate(rects):
        row = view.model().index(number, 0).data(FindingsModel.ROW_ROLE)
        assert view.delegate.layout(row, rect.width()).height == rect.height()


def test_tab_goes_through_the_cards_and_their_buttons(panel, findings, qtbot):
    from PySide6.QtWidgets import QLineEdit

    after = QLineEdit(panel)  # the next stop in the window after the list
    after.show()
    panel.set_findings(findings)
    view = panel.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    view.clearFocus()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    cards = panel.listed()
    expected = []
    for card in cards:
        expected.append((card.key, None))
        expected += [(card.key, n) for n in range(len(card.actions))]

    def where():
        row = view.current_row()
        focused = view.delegate.focused
        return (row.key, focused[1] if focused else None)

    seen = [where()]
    for _ in range(len(expected) - 1):
        QTest.keyClick(view, Qt.Key.Key_Tab)
        seen.append(where())
    assert seen == expected
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert where() == expected[-2]
    # Enter on a focused button presses it.
    received = requests(panel)
    QTest.keyClick(view, Qt.Key.Key_Return)
    card = cards[-1]
    assert received and received[0][1] == card.index
    # After the last button Tab leaves the list.
    QTest.keyClick(view, Qt.Key.Key_Tab)
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert after.hasFocus() and view.delegate.focused is None


def test_an_empty_post_is_not_called_clean(panel):
    panel.set_findings([], {"sv": "", "fi": "  \n"})
    assert panel.summary.text() == "Nothing to check yet: write the post."
    panel.set_findings([], {"sv": "Välkommen!", "fi": ""})
    assert panel.summary.text().startswith("No findings")
