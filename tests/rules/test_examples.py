"""Every rule family's failing and passing examples, in Finnish, Swedish and English.

Each family has ``tests/rules/examples/<family>.toml`` (format in
``docs/rule-families.md``): every ``[[fail]]`` post must give a finding of its rule (on
its span and severity, when given) with a guideline citation, every ``[[pass]]`` post no
finding of the family. A family without examples in each language fails here, and so
does a citation basis that resolves to nothing (no organisation has the point, or no
law of that name is in ``resources/references.toml``).
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

import composer.rules.base as base_module
from composer.citations import cite
from composer.engine import Engine
from composer.model import LANGUAGES, Media, Post
from composer.profiles import load_profiles
from composer.resources import load_toml
from composer.rules import families, rule_ids

EXAMPLES = Path(__file__).parent / "examples"
KINDS = ("fail", "pass")


def examples(family: str) -> dict[str, list[dict[str, Any]]]:
    path = EXAMPLES / f"{family}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as file:
        data = tomllib.load(file)
    return {kind: list(data.get(kind, [])) for kind in KINDS}


def _cases() -> list[Any]:
    cases = []
    for family in families():
        for kind, items in examples(family).items():
            for number, example in enumerate(items, 1):
                label = f"{family}-{kind}-{number}-{example.get('language', '')}"
                cases.append(pytest.param(family, kind, example, id=label))
    return cases


def post_of(example: dict[str, Any]) -> Post:
    versions = dict(example.get("versions", {}))
    if "text" in example:
        versions[example["language"]] = example["text"]
    return Post(
        organisation=example.get("organisation", "kokkola"),
        role=example.get("role", "organisation"),
        channels=list(example.get("channels", [])),
        versions=versions,
        media=[Media(m["file"], dict(m.get("alt", {}))) for m in example.get("media", [])],
        unreviewed=list(example.get("unreviewed", [])),
        publish_on=datetime.date.fromisoformat(example["publish_on"])
        if "publish_on" in example else None,
    )


@pytest.mark.parametrize("family", families())
def test_every_family_has_examples_in_every_language(family: str) -> None:
    found = examples(family)
    assert found, f"tests/rules/examples/{family}.toml is missing"
    for kind in KINDS:
        languages = {example.get("language") for example in found[kind]}
        assert set(LANGUAGES) <= languages, (family, kind, set(LANGUAGES) - languages)
    ids = set(rule_ids(family))
    for example in found["fail"]:
        assert example["rule"] in ids, (family, example["rule"])


@pytest.fixture
def recorded_bases(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Every list of bases a finding is cited from while the test runs."""
    recorded: list[tuple[str, ...]] = []

    def recording(profile: Any, bases: Sequence[str], ui_language: str) -> tuple[str, str]:
        recorded.append(tuple(bases))
        return cite(profile, bases, ui_language)

    monkeypatch.setattr(base_module, "cite", recording)
    return recorded


def _resolves_somewhere(basis: str) -> bool:
    if basis.startswith("law:"):
        return basis[4:] in load_toml("references.toml")
    return any(basis in p.points for p in load_profiles().profiles.values())


@pytest.mark.parametrize(("family", "kind", "example"), _cases())
def test_example(
    family: str, kind: str, example: dict[str, Any], recorded_bases: list[tuple[str, ...]]
) -> None:
    post = post_of(example)
    findings = Engine().check(post, ui_language=example.get("ui_language", "en"),
                              families=[family])
    described = [(f.rule, f.language, f.start, f.end, f.message) for f in findings]
    if kind == "pass":
        assert findings == [], described
        return
    wanted = [f for f in findings if f.rule == example["rule"]]
    if "span" in example:
        wanted = [
            f for f in wanted
            if f.language is not None and f.start is not None and f.end is not None
            and post.text(f.language)[f.start : f.end] == example["span"]
        ]
    if "severity" in example:
        wanted = [f for f in wanted if f.severity.name.lower() == example["severity"]]
    assert wanted, described
    for finding in wanted:
        assert finding.reference and finding.guideline.strip(), finding
        assert finding.message.strip()
    for bases in recorded_bases:
        unknown = [basis for basis in bases if not _resolves_somewhere(basis)]
        assert not unknown, (bases, unknown)


def test_every_law_a_rule_names_is_in_the_references() -> None:
    source = Path(__file__).parents[2] / "src" / "composer"
    laws = load_toml("references.toml")
    named = {
        match.group(1)
        for path in source.rglob("*.py")
        for match in re.finditer(r"[\"']law:([\w-]+)[\"']", path.read_text(encoding="utf-8"))
    }
    assert named
    assert named <= set(laws), named - set(laws)
    for family in families():
        for entry in load_toml("messages", f"{family}.toml").values():
            for basis in entry.get("bases", []) if isinstance(entry, dict) else []:
                assert _resolves_somewhere(basis), (family, basis)
