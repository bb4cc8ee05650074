"""The gate before publishing: which findings hold a post back from which networks."""

from __future__ import annotations

from composer.engine import Engine
from composer.gate import blocking, describe
from composer.model import Finding, Media, Post, Severity
from composer.settings import Settings

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


def test_publishing_errors_name_empty_required_versions_before_anything_is_written() -> None:
    from composer.checking.work import Checker, CheckRequest
    from composer.gate import publishing_errors

    engine = Engine()
    empty = Post(organisation="kokkola", channels=["facebook"])
    assert engine.check(empty) == []  # while writing: quiet
    added = publishing_errors([], empty, ui_language="sv", engine=engine)
    assert sorted((f.rule, f.language) for f in added) == [
        ("language.missing", "fi"), ("language.missing", "sv")]
    assert all(f.severity is Severity.ERROR and "krävs" in f.message for f in added)
    # Once a version is written the check while writing names the others itself.
    started = Post(organisation="kokkola", versions={"sv": "Välkommen på lördag!"})
    live = engine.check(started)
    assert [f.language for f in live if f.rule == "language.missing"] == ["fi"]
    assert publishing_errors(live, started, engine=engine) == []
    # The checking process sends them with each check.
    result = Checker().run(CheckRequest(1, empty, "en", Settings()))
    assert not result.error
    assert {f.language for f in result.publishing} == {"fi", "sv"}
    assert [f for f in result.findings if f.rule == "language.missing"] == []
