"""The portable post file: reading, validation errors naming file and field, saving."""

from __future__ import annotations

import datetime
import json

import pytest

from composer import PostFileError, load_post, parse_post, save_post
from composer.model import Media, Post


def test_missing_keys_mean_empty():
    post = parse_post("{}")
    assert post.organisation == "jakobstad"
    assert post.versions == {} and post.channels == [] and post.media == []
    assert post.text("fi") == ""


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"organisation": "helsinki"}, "organisation"),
        ({"role": "mayor"}, "role"),
        ({"channels": ["facebook", "myspace"]}, "channels[1]"),
        ({"versions": {"de": "Hallo"}}, "versions.de"),
        ({"versions": {"fi": 3}}, "versions.fi"),
        ({"versions": []}, "versions"),
        ({"media": [{"file": "a.jpg", "alt": {"fi": None}}]}, "media[0].alt.fi"),
        ({"publish_on": "2026-02-30"}, "publish_on"),
        ({"publish_on": 20260614}, "publish_on"),
    ],
)
def test_errors_name_the_field(tmp_path, data, field):
    path = tmp_path / "bad.post.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(PostFileError) as info:
        load_post(path)
    assert info.value.field == field
    assert str(path) in str(info.value) and field in str(info.value)


def test_invalid_json_and_binary_files(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"versions": {', encoding="utf-8")
    with pytest.raises(PostFileError, match="line 1"):
        load_post(bad)
    binary = tmp_path / "bin.json"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PostFileError, match="not UTF-8"):
        load_post(binary)
    with pytest.raises(PostFileError, match="cannot read"):
        load_post(tmp_path / "missing.json")


def test_a_key_given_twice_is_an_error_not_a_silent_choice(tmp_path):
    """A second "fi" in the same object would replace the first unseen: the file is
    refused, naming the key."""
    twice = tmp_path / "twice.json"
    twice.write_text('{"versions": {"fi": "Kirjasto on auki.", "fi": "Suljettu"}}',
                     encoding="utf-8")
    with pytest.raises(PostFileError, match="'fi' appears twice"):
        load_post(twice)
    assert parse_post('{"versions": {"fi": "a", "sv": "b"}}').versions == {"fi": "a", "sv": "b"}


def test_round_trip_keeps_everything(tmp_path):
    post = Post(
        organisation="kokkola", role="elected", channels=["x", "bluesky"],
        versions={"fi": "Hei 👋\u200b", "sv": "Hej"},
        media=[Media("kuva.jpg", {"fi": "Kuva torilta"})],
        publish_on=datetime.date(2026, 6, 1),
    )
    path = tmp_path / "p.post.json"
    save_post(post, path)
    assert json.loads(path.read_text(encoding="utf-8"))["publish_on"] == "2026-06-01"
    assert load_post(path) == post


def test_planned_publishing_day_defaults_to_today():
    assert parse_post("{}").publish_on is None
    assert parse_post("{}").publishing_day(datetime.date(2026, 3, 2)) == datetime.date(2026, 3, 2)
    planned = parse_post('{"publish_on": "2026-06-01"}')
    assert planned.publishing_day(datetime.date(2026, 3, 2)) == datetime.date(2026, 6, 1)
