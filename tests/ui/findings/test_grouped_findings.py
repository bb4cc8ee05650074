"""One problem, one card: the same phone number, http:// link or "!!!" in three versions
is one card listing the versions, in the organisation's column order, with "Fix in all
versions"; after a quick fix the list keeps its place."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post
from composer.ui.findings.model import FINDING, FIX_ALL
from composer.ui.findings.panel import FindingsPanel

VERSIONS = {
    "fi": "Soita 040 1234567 tai katso http://www.jakobstad.fi/tori !!!",
    "sv": "Ring 040 1234567 eller se http://www.jakobstad.fi/tori !!!",
    "en": "Call 040 1234567 or see http://www.jakobstad.fi/tori !!!",
}


@pytest.fixture
def panel(qtbot, ui_language):
    ui_language("en")
    widget = FindingsPanel()
    qtbot.addWidget(widget)
    widget.resize(460, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_same_problem_in_three_versions_is_one_card(panel):
    post = Post(organisation="jakobstad", versions=VERSIONS)
    findings = Engine().check(post, families=["personal-data", "link", "tone"])
    panel.set_findings(findings, post.versions, ["sv", "fi", "en"])
    cards = panel.listed()
    assert len(findings) == 9 and len(cards) == 3
    for card in cards:
        assert card.text.startswith("SV, FI, EN · "), card.text
        assert [f.language for f in card.group.findings] == ["sv", "fi", "en"]
    by_rule = {card.finding.rule: card for card in cards}
    assert by_rule["link.insecure"].actions[0].kind == FIX_ALL
    assert by_rule["link.insecure"].actions[0].label == "Fix in all versions"
    assert by_rule["tone.exclamations"].actions[0].kind == FIX_ALL
    assert all(a.kind != FIX_ALL for a in by_rule["personal-data.phone"].actions)
    # Kokkola writes Finnish first: its cards list Finnish first.
    panel.set_findings(findings, post.versions, ["fi", "sv", "en"])
    assert all(card.text.startswith("FI, SV, EN · ") for card in panel.listed())


def test_fix_in_all_versions_fixes_each_version(make_window, qtbot, wait_checked):
    window = make_window()
    window.set_post(Post(organisation="jakobstad", channels=["facebook"], versions=VERSIONS))
    wait_checked(window)
    panel = window.findings_panel
    card = next(c for c in panel.listed() if c.finding.rule == "link.insecure")
    assert card.group.languages == ("sv", "fi", "en")
    asked: list[list[int]] = []
    panel.fix_all_requested.connect(asked.append)
    panel.view.triggered.emit(card, card.actions[0])
    assert asked == [list(card.group.indices)]
    wait_checked(window)
    post = window.current_post()
    for language in ("fi", "sv", "en"):
        assert "https://www.jakobstad.fi/tori" in post.text(language)
        assert "http://" not in post.text(language)
    assert not [c for c in panel.listed() if c.finding.rule == "link.insecure"]


def test_pasted_invisible_characters_are_removed_with_one_button(make_window, qtbot,
                                                                wait_checked):
    window = make_window()
    pasted = "Välkommen\u200b till\x1b torget\u202e på lördag\ufeff kl. 9!"
    window.set_post(Post(organisation="jakobstad", channels=["facebook"],
                         versions={"sv": pasted, "fi": "Tervetuloa torille lauantaina!"}))
    wait_checked(window)
    [card] = [c for c in window.findings_panel.listed()
              if c.finding.rule == "accessibility.invisible"]
    assert len(card.group.findings) == 4
    assert (card.actions[0].kind, card.actions[0].label) == (FIX_ALL, "Remove them all")
    window.findings_panel.view.triggered.emit(card, card.actions[0])
    wait_checked(window)
    assert window.editor("sv").toPlainText() == "Välkommen till torget på lördag kl. 9!"
    assert not [c for c in window.findings_panel.listed()
                if c.finding.rule == "accessibility.invisible"]


def test_after_a_quick_fix_the_list_keeps_its_place(make_window, qtbot, wait_checked):
    window = make_window()
    lines = [f"Rad {n}: läs mer på http://www.jakobstad.fi/sida{n} !!!" for n in range(12)]
    window.set_post(Post(organisation="jakobstad", channels=["facebook"],
                         versions={"sv": "\n".join(lines)}))
    wait_checked(window)
    panel = window.findings_panel
    view = panel.view
    view.resize(view.width(), 300)
    cards = [r for r in panel.rows() if r.kind == FINDING]
    assert len(cards) >= 12  # the twelve links; the twelve "!!!" are one card
    chosen = 7
    number = panel.model.row_of_key(cards[chosen].key)
    view.setCurrentIndex(panel.model.index(number, 0))
    view.scrollTo(panel.model.index(number, 0))
    scrolled = view.verticalScrollBar().value()
    following = cards[chosen + 1]
    fix = next(a for a in cards[chosen].actions if a.fix is not None)
    panel.view.triggered.emit(cards[chosen], fix)
    wait_checked(window)
    panel.flush()
    current = view.current_row()
    assert current is not None and current.key == following.key
    assert view.verticalScrollBar().value() == scrolled
