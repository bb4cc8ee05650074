"""One problem, one card: grouping real findings of the engine across language versions."""

from __future__ import annotations

from composer.engine import Engine
from composer.finding_groups import column_order, group_findings
from composer.model import Finding, Post, Severity
from composer.profiles import get_profile

POST = Post(organisation="jakobstad", channels=["facebook"], versions={
    "fi": "Soita 040 1234567 tai katso http://www.jakobstad.fi/tori !!!",
    "sv": "Ring 040 1234567 eller se http://www.jakobstad.fi/tori !!!",
    "en": "Call 040 1234567 or see http://www.jakobstad.fi/tori !!!",
})


def groups_of(post: Post) -> tuple[list[Finding], list]:
    findings = Engine().check(post, families=["personal-data", "link", "tone"])
    order = get_profile(post.organisation).language_order
    return findings, group_findings(findings, post.versions, order)


def test_the_same_problem_in_three_versions_is_one_group() -> None:
    findings, groups = groups_of(POST)
    by_words = {}
    for group in groups:
        lead = group.lead
        by_words.setdefault(POST.text(lead.language)[lead.start:lead.end], []).append(group)
    for words in ("040 1234567", "!!!"):
        matching = [g for g in groups if words in POST.text(g.lead.language)[
            g.lead.start:g.lead.end]]
        assert matching, words
        assert all(g.languages == ("sv", "fi", "en") for g in matching), words
    http = [g for g in groups if g.lead.rule.startswith("link.")
            and "http://" in POST.text(g.lead.language)[g.lead.start:g.lead.end]]
    assert http and http[0].languages == ("sv", "fi", "en")
    # Every finding is in exactly one group.
    assert sorted(i for g in groups for i in g.indices) == list(range(len(findings)))
    assert len(groups) < len(findings)


def test_groups_follow_severity_then_the_organisations_column_order() -> None:
    _, groups = groups_of(POST)
    severities = [g.severity for g in groups]
    assert severities == sorted(severities, reverse=True)
    for group in groups:
        # Jakobstad writes Swedish first: the card's lead is the Swedish finding.
        assert group.lead.language == "sv"
    kokkola = Post(organisation="kokkola", channels=["facebook"], versions={
        "fi": POST.versions["fi"], "sv": POST.versions["sv"]})
    _, groups = groups_of(kokkola)
    assert all(g.languages == ("fi", "sv") for g in groups if len(g.findings) > 1)


def test_fix_in_all_versions_where_every_finding_has_a_suggestion() -> None:
    _, groups = groups_of(POST)
    fixable = [g for g in groups if g.can_fix_all]
    assert fixable
    texts = dict(POST.versions)
    edits = sorted((fix for group in fixable for fix in group.fixes()),
                   key=lambda fix: (fix.language, -fix.start))
    for fix in edits:
        text = texts[fix.language]
        texts[fix.language] = text[:fix.start] + fix.replacement + text[fix.end:]
    after = Post(organisation="jakobstad", channels=["facebook"], versions=texts)
    _, left = groups_of(after)
    assert {g.lead.rule for g in fixable} == {"link.insecure", "tone.exclamations"}
    assert [g.lead.rule for g in left] == ["personal-data.phone"]  # no suggestion to apply
    assert texts["fi"] == "Soita 040 1234567 tai katso https://www.jakobstad.fi/tori !"


def test_different_words_and_whole_post_findings_stay_apart() -> None:
    a = Finding("tone.x", Severity.WARNING, "a", "fi", 0, 3, suggestions=("b",))
    b = Finding("tone.x", Severity.WARNING, "a", "sv", 0, 3, suggestions=("b",))
    c = Finding("media.required", Severity.ERROR, "needs an image")
    d = Finding("language.required", Severity.ERROR, "Swedish is empty", "sv")
    groups = group_findings([a, b, c, d], {"fi": "Moi!", "sv": "Hej!"}, ["sv", "fi"])
    assert [len(g.findings) for g in groups] == [1, 1, 1, 1]
    assert [g.lead for g in groups] == [c, d, b, a]
    same = group_findings([a, b], {"fi": "Hej!", "sv": "HEJ!"}, ["fi", "sv"])
    assert len(same) == 1 and same[0].languages == ("fi", "sv") and same[0].can_fix_all
    assert [f.language for f in same[0].fixes()] == ["fi", "sv"]


def test_column_order() -> None:
    assert column_order(["sv", "fi"]) == ["sv", "fi", "en"]
    assert column_order([]) == ["fi", "sv", "en"]


def test_pasted_invisible_characters_of_every_kind_are_one_card_that_removes_them_all() -> None:
    fi = "Tervetuloa\u200b torille\x1b lauantaina\u202e klo 9!"
    sv = "Välkommen\ufeff till torget på lördag kl. 9!"
    post = Post(organisation="jakobstad", channels=["facebook"], versions={"fi": fi, "sv": sv})
    findings = [f for f in Engine().check(post, families=["accessibility"])
                if f.rule == "accessibility.invisible"]
    assert len(findings) == 4
    [group] = [g for g in group_findings(findings, post.versions)
               if g.lead.rule == "accessibility.invisible"]
    assert group.can_fix_all and group.languages == ("fi", "sv")
    texts = dict(post.versions)
    for fix in group.fixes():
        text = texts[fix.language]
        texts[fix.language] = text[:fix.start] + fix.replacement + text[fix.end:]
    assert texts == {"fi": "Tervetuloa torille lauantaina klo 9!",
                     "sv": "Välkommen till torget på lördag kl. 9!"}
