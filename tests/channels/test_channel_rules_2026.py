"""The channel rules of late 2026 in resources/channels.toml: each new value has a source
and a verified date, and the export and the checks use them."""

from __future__ import annotations

import datetime
import re

import pytest

from composer.channels import get_spec
from composer.channels.export import export_channel
from composer.channels.spec import _base_specs
from composer.engine import Engine
from composer.model import CHANNELS, Media, Post, Severity
from composer.resources import load_toml, resource_path
from composer.settings import Settings

NEW_VALUES = {
    "x": {"max_images": 4, "alt_max_length": 1000},
    "bluesky": {"max_images": 4, "alt_max_length": 2000},
    "mastodon": {"max_images": 4, "alt_max_length": 1500},
    "pinterest": {"max_images": 5, "alt_max_length": 500},
    "instagram": {"max_images": 20, "alt_max_length": None},
    "threads": {"max_images": 20, "alt_max_length": None},
    "tiktok": {"max_length": 4000, "max_length_video": 2200},
    "youtube": {"title_max_length": 100, "forbidden_characters": "<>"},
    "facebook": {"alt_max_length": None, "max_images": None},
    "linkedin": {"alt_max_length": None},
}


@pytest.mark.parametrize("channel", sorted(NEW_VALUES))
def test_new_values(channel: str) -> None:
    spec = get_spec(channel)
    for key, value in NEW_VALUES[channel].items():
        assert getattr(spec, key) == value, key


def test_every_new_value_has_a_verified_date_and_a_source() -> None:
    raw = load_toml("channels.toml")
    for channel, values in NEW_VALUES.items():
        for key, value in values.items():
            if value is None:
                continue
            dates = raw[channel].get("verified", {})
            assert isinstance(dates.get(key), datetime.date), f"{channel}.{key}"
            assert dates[key] <= datetime.date.today()


def test_each_new_value_is_preceded_by_its_source() -> None:
    """Every added key sits under a comment naming where the figure comes from."""
    lines = resource_path("channels.toml").read_text(encoding="utf-8").splitlines()
    keys = {key for values in NEW_VALUES.values() for key in values}
    table = ""
    for number, line in enumerate(lines):
        if line.startswith("["):
            table = line
        match = re.match(r"^(\w+) = ", line)
        if not match or match.group(1) not in keys or table.endswith(".verified]"):
            continue
        above = number - 1
        while above >= 0 and not lines[above].startswith("#") and "=" in lines[above]:
            above -= 1
        assert lines[above].startswith("#"), f"no source comment above line {number + 1}"


def test_disputed_values_name_the_alternative() -> None:
    text = resource_path("channels.toml").read_text(encoding="utf-8")
    tiktok = text[text.index("[tiktok]"):text.index("[pinterest]")]
    assert "Disputed" in tiktok and "2,200" in tiktok and "4,000" in tiktok


def test_tiktok_counts_a_video_caption_against_2200() -> None:
    text = "Kesä tulee. " * 200  # 2,400 characters
    photo = Post(organisation="kokkola", channels=["tiktok"], versions={"fi": text},
                 media=[Media("kesa.jpg", {"fi": "Ranta kesällä."})])
    video = Post(organisation="kokkola", channels=["tiktok"], versions={"fi": text},
                 media=[Media("kesa.MP4", {"fi": "Ranta kesällä."})])
    assert export_channel(photo, "tiktok").limit == 4000
    exported = export_channel(video, "tiktok")
    assert exported.limit == 2200 and exported.lengths[0] > 2200
    found = Engine().check(video, families=["channel"])
    assert any(f.rule == "channel.length" and f.severity is Severity.ERROR
               and f.channel == "tiktok" and "2200" in f.message for f in found)
    assert not Engine().check(photo, families=["channel"])


def test_youtube_refuses_angle_brackets_in_the_description() -> None:
    post = Post(organisation="naantali", channels=["youtube"],
                versions={"fi": "Uimarannat avataan -> kesäkuussa.\n\nTervetuloa!"},
                media=[Media("ranta.mp4", {"fi": "Uimaranta."})])
    found = Engine().check(post, families=["channel"])
    refused = [f for f in found if f.rule == "channel.characters"]
    assert [(f.severity, f.language, f.start) for f in refused] == [
        (Severity.ERROR, "fi", post.versions["fi"].index(">"))]
    assert "YouTube" in refused[0].message and ">" in refused[0].message
    post.versions["fi"] = "Uimarannat avataan kesäkuussa.\n\nTervetuloa!"
    assert not [f for f in Engine().check(post, families=["channel"])
                if f.rule == "channel.characters"]


def test_settings_may_change_the_new_limits() -> None:
    settings = Settings(channel_overrides={"mastodon": {"max_images": 6,
                                                        "alt_max_length": 3000}})
    spec = get_spec("mastodon", settings)
    assert (spec.max_images, spec.alt_max_length) == (6, 3000)


def test_the_specs_load() -> None:
    _base_specs.cache_clear()
    assert len([get_spec(c) for c in CHANNELS]) == 10
