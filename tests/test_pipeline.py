"""The check pipeline: findings, channel exports and version facts computed once, and
caches that cover everything a rule reads."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

import composer.engine as engine_module
from composer.channels.export import export_channel
from composer.engine import Engine, check
from composer.model import LANGUAGES, Finding, Media, Post, Severity
from composer.pipeline import PipelineRequest
from composer.rules.base import CheckContext, VersionRule

FI = "Kirjasto on avoinna kesällä torstaisin kello kahdeksaan asti. Tervetuloa! #KokkolaKarleby"
SV = "Biblioteket har öppet till klockan åtta på torsdagar i sommar. Välkommen!"
EN = "Kirjasto on avoinna kesällä torstaisin kello kahdeksaan asti, tervetuloa kaikki!"


def post(**changes: object) -> Post:
    made = Post(organisation="kokkola", channels=["facebook"], versions={"fi": FI, "sv": SV})
    for key, value in changes.items():
        setattr(made, key, value)
    return made


def unreviewed(findings: list[Finding]) -> list[str | None]:
    return [f.language for f in findings if f.rule == "language.unreviewed"]


@pytest.mark.parametrize("channels", [["facebook"], ["facebook", "x", "instagram"]])
def test_unreviewed_translation_is_one_finding_and_goes_when_reviewed(channels) -> None:
    machine = post(channels=channels, unreviewed=["sv"])
    assert unreviewed(check(machine)) == ["sv"]
    reviewed = post(channels=channels, unreviewed=[])
    assert unreviewed(check(reviewed)) == []
    engine = Engine()
    assert unreviewed(engine.check(machine)) == ["sv"]
    assert unreviewed(engine.check(reviewed)) == []
    assert unreviewed(engine.check(machine)) == ["sv"]


def test_result_carries_exports_findings_and_facts(monkeypatch) -> None:
    calls: list[str] = []

    def counting(post: Post, channel: str, **kwargs: object):
        calls.append(channel)
        return export_channel(post, channel, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(engine_module, "export_channel", counting)
    checked = post(channels=["x", "instagram", "facebook"], versions={"fi": FI, "sv": SV,
                                                                        "en": EN})
    engine = Engine()
    result = engine.run(PipelineRequest(checked))
    assert sorted(calls) == ["facebook", "instagram", "x"], "each channel exported once"
    assert list(result.exports) == ["x", "instagram", "facebook"]
    for channel, export in result.exports.items():
        assert export.posts == export_channel(checked, channel).posts
    assert all(f.channel in result.exports for f in result.findings if f.family == "channel")
    assert set(result.facts) == set(LANGUAGES)
    assert result.facts["fi"].hashtags == frozenset({"#kokkolakarleby"})
    assert result.facts["fi"].length == len(FI) and result.facts["fi"].reads_as is None
    assert result.facts["en"].reads_as == "fi"
    assert [f.language for f in result.findings if f.rule == "language.mismatch"] == ["en"]
    assert result.facts["sv"].length == len(SV)
    engine.run(PipelineRequest(checked))
    assert len(calls) == 3, "an unchanged post is not exported again"


def test_channel_findings_carry_their_channel() -> None:
    long = post(channels=["instagram", "x"], versions={"fi": "Kesä!\n\n" + " ".join(
        f"#tagi{n}" for n in range(8))})
    result = Engine().run(PipelineRequest(long))
    hashtags = [f for f in result.findings if f.rule == "channel.hashtags"]
    assert hashtags and {f.channel for f in hashtags} == {"instagram"}
    assert result.channel_findings("x") == [f for f in result.findings if f.channel == "x"]


def test_unknown_channel_has_no_export_but_an_error() -> None:
    result = Engine().run(PipelineRequest(post(channels=["facebook", "myspace"])))
    assert list(result.exports) == ["facebook"] and "myspace" in result.export_errors


class _Reading(VersionRule):
    """Reports what of the post a version rule can see."""

    family = "facts"

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        yield Finding(
            "facts.rumour", Severity.INFO,
            f"{sorted(ctx.post.versions)} {ctx.post.unreviewed} {len(ctx.post.media)}",
            language=language,
        )


def test_version_rule_sees_its_own_version_and_is_recached_on_what_else_it_reads() -> None:
    engine = Engine([_Reading()])
    first = engine.check(post())
    assert sorted(f.message for f in first) == ["['fi'] [] 0", "['sv'] [] 0"]
    marked = engine.check(post(unreviewed=["sv"]))
    assert sorted(f.message for f in marked) == ["['fi'] ['sv'] 0", "['sv'] ['sv'] 0"]
    pictured = engine.check(post(media=[Media("a.jpg")]))
    assert sorted(f.message for f in pictured) == ["['fi'] [] 1", "['sv'] [] 1"]


def test_engines_do_not_share_rule_instances() -> None:
    assert not set(map(id, Engine().rules)) & set(map(id, Engine().rules))


def test_exporting_imports_no_rules() -> None:
    """Exporting is a step of its own: the channels package reads no rule and no check."""
    channels = Path(engine_module.__file__).parent / "channels"
    for path in channels.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [
                    alias.name for alias in node.names]
                for name in names:
                    assert not name.startswith(
                        ("composer.rules", "composer.engine", "composer.pipeline")
                    ), (path.name, name)


def test_a_word_the_grammar_check_rewrites_is_one_finding_not_two() -> None:
    post = Post(organisation="naantali", versions={"fi": "Iho pehmeni, ikäänkuin kiinteytyi."})
    on_the_word = [(f.rule, f.suggestions) for f in check(post)
                   if f.start is not None and post.text("fi")[f.start:f.end] == "ikäänkuin"]
    assert on_the_word == [("grammar.word-division", ("ikään kuin",))]


def test_a_capital_the_grammar_check_asks_for_leaves_the_misspelling_reported() -> None:
    post = Post(organisation="naantali", versions={"fi": "kirjastoo on auki."})
    families = {f.family for f in check(post) if f.start == 0}
    assert families == {"grammar", "spelling"}
