"""The gate before publishing: which findings hold a post back from which networks."""

from __future__ import annotations

from composer.engine import Engine
from composer.gate import blocking, describe
from composer.model import Finding, Media, Post, Severity

POST = Post(organisation="kokkola", channels=["facebook", "x", "pinterest"], versions={
    "fi": "Päätös koskee henkilöä 131052-308T. Tervetuloa!",
    "sv": "Beslutet gäller 131052-308T. Välkommen!",
}, media=[Media(f"kuva{n}.jpg", {"fi": "Kuva kokouksesta.", "sv": "Bild från mötet."})
          for n in range(5)])


def test_errors_about_the_post_hold_back_every_network_others_only_theirs() -> None:
    findings = Engine().check(POST)
    facebook = blocking(findings, ["facebook"])
    x = blocking(findings, ["x"])
    assert {f.rule for f in facebook} == {"personal-data.hetu"}
    assert {f.rule for f in x} == {"personal-data.hetu", "media.too-many"}
    assert all(f.severity is Severity.ERROR for f in x)
    assert {f.rule for f in blocking(findings, ["facebook", "x", "pinterest"])} == {
        "personal-data.hetu", "media.too-many"}
    assert len([f for f in blocking(findings, ["x", "pinterest"])
                if f.rule == "media.too-many"]) == 1  # five images: X only (Pinterest 5)


def test_warnings_never_hold_back() -> None:
    warning = Finding("tone.x", Severity.WARNING, "Loud.", "fi", 0, 3)
    assert blocking([warning], ["facebook"]) == []


def test_describe_names_the_words_and_the_version() -> None:
    findings = [f for f in Engine().check(POST) if f.language == "sv"
                and f.rule == "personal-data.hetu"]
    assert describe(findings[0], POST).endswith("(Swedish: «131052-308T»)")
    assert describe(findings[0], POST, "fi").endswith("(ruotsinkielinen: «131052-308T»)")
