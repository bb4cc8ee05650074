"""In the app: a rule stuck on the text is stopped at the check's deadline, the findings
panel says plainly which check is unavailable for this text, and the other findings
still come (a henkilötunnus typed after hostile text is flagged)."""

from __future__ import annotations

from composer.model import Post
from composer.ui.findings.panel import FindingsPanel
from composer.ui.window.checker import LiveChecker

POST = Post(organisation="jakobstad", versions={"fi": "Tunnus 131052-308T. Olet idiootti!"})


def test_a_stuck_rule_is_named_and_the_rest_is_checked(qtbot, monkeypatch) -> None:
    monkeypatch.setenv("COMPOSER_CHECK_STALL", "tone")
    checker = LiveChecker(lambda: POST)
    checker._backend.deadline = 8.0
    results = []
    checker.result_ready.connect(results.append)
    busy = []
    checker.busy_changed.connect(busy.append)
    try:
        checker.check_now()
        qtbot.waitUntil(lambda: bool(results), timeout=120_000)
    finally:
        checker.shutdown()
    [result] = results
    assert result.unavailable == ("tone",) and not result.error
    assert "personal-data.hetu" in {f.rule for f in result.findings}
    assert busy[-1] is False  # "Checking…" does not stay


def test_the_panel_says_what_is_unavailable(qtbot, ui_language) -> None:
    ui_language("en")
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.set_findings([])
    panel.set_unavailable(("tone",))
    assert "Checking unavailable for this text: tone" in panel.summary.text()
    assert "other checks ran" in panel.summary.text()
    panel.set_unavailable(("export",), everything=True)
    assert panel.summary.text().startswith("Checking is unavailable for this text")
