"""The public twitter-text conformance cases, read in place from shared/: the X counter
must give exactly the weighted length, validity, permillage and ranges X gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from composer.channels import count
from composer.channels.twitter import TwitterConfig, parse, weighted_length
from composer.channels.urls import extract_urls

CONFORMANCE = Path(__file__).resolve().parents[2].parent / "shared" / "conformance" / "twitter-text"


def _cases(section: str, file: str = "validate.yml") -> list[dict]:
    with (CONFORMANCE / file).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data["tests"][section]


def _config(version: str) -> TwitterConfig:
    return TwitterConfig.from_dict(json.loads((CONFORMANCE / "config" / version).read_text()))


def _check(case: dict, config: TwitterConfig) -> None:
    assert weighted_length(case["text"], config) == case["expected"]["weightedLength"]
    result = parse(case["text"], config)
    expected = case["expected"]
    got = {
        "weightedLength": result.weighted_length,
        "valid": result.valid,
        "permillage": result.permillage,
        "displayRangeStart": 0,
        "displayRangeEnd": result.display_range_end,
        "validRangeStart": 0,
        "validRangeEnd": result.valid_range_end,
    }
    assert got == expected, case["description"]


V3 = _cases("WeightedTweetsWithDiscountedEmojiCounterTest")
V2 = _cases("WeightedTweetsCounterTest")


@pytest.mark.parametrize("case", V3, ids=[c["description"][:60] for c in V3])
def test_weighted_length_v3(case: dict) -> None:
    _check(case, _config("v3.json"))


@pytest.mark.parametrize("case", V2, ids=[c["description"][:60] for c in V2])
def test_weighted_length_v2(case: dict) -> None:
    _check(case, _config("v2.json"))


def test_the_bundled_config_is_v3() -> None:
    for case in V3:
        if case["expected"]["weightedLength"] < 2000:
            assert count(case["text"], "x") == case["expected"]["weightedLength"]


URL_CASES = [*_cases("urls", "extract.yml"), *_cases("tco_urls_with_params", "extract.yml")]
MARKERS = _cases("UnicodeDirectionalMarkerCounterTest")


@pytest.mark.parametrize("case", MARKERS, ids=[c["description"][:60] for c in MARKERS])
def test_directional_markers_and_invalid_characters(case: dict) -> None:
    _check(case, _config("v3.json"))


@pytest.mark.parametrize("case", URL_CASES, ids=[c["description"][:60] for c in URL_CASES])
def test_url_extraction(case: dict) -> None:
    assert [u.url for u in extract_urls(case["text"])] == case["expected"], case["description"]


def _utf16_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


INDEX_CASES = [
    *_cases("urls_with_indices", "extract.yml"),
    *_cases("urls_with_directional_markers", "extract.yml"),
]


@pytest.mark.parametrize("case", INDEX_CASES, ids=[c["description"][:60] for c in INDEX_CASES])
def test_url_extraction_with_indices(case: dict) -> None:
    text = case["text"]
    got = [
        {"url": u.url, "indices": [_utf16_index(text, u.start), _utf16_index(text, u.end)]}
        for u in extract_urls(text)
    ]
    assert got == case["expected"], case["description"]


INVALID = [c for c in MARKERS if c["description"] == "Handle invalid characters"]


def test_the_invalid_characters_case_is_no_valid_post_on_x() -> None:
    """The length is right and the post is reported as not fitting, as twitter-text
    reports it not valid: by the counter, `composer count` and the export's check."""
    from composer.channels import get_spec
    from composer.channels.counting import fits
    from composer.engine import Engine
    from composer.model import Post, Severity

    (case,) = INVALID
    assert case["expected"]["valid"] is False
    assert count(case["text"], "x") == case["expected"]["weightedLength"]
    assert fits(case["text"], get_spec("x")) is False
    assert fits(case["text"].replace("\uffff", "").replace("\ufffe", ""), get_spec("x"))
    found = Engine().check(Post(organisation="kokkola", channels=["x"],
                                versions={"fi": case["text"]}), families=["channel"])
    refused = [f for f in found if f.rule == "channel.characters"]
    assert [f.severity for f in refused] == [Severity.ERROR]
    assert "U+FFFE" in refused[0].message and "U+FFFF" in refused[0].message
    assert refused[0].language == "fi" and refused[0].start == case["text"].index("\uffff")
