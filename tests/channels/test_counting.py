"""Counting as each network counts: Bluesky and Mastodon graphemes on emoji sequences,
combining marks and long URLs; Threads emoji bytes; YouTube bytes; specs and overrides."""

from __future__ import annotations

import pytest

from composer.channels import UnknownChannelError, count, get_spec
from composer.channels.counting import fits
from composer.model import CHANNELS
from composer.settings import Settings

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one grapheme, 7 code points, 25 UTF-8 bytes
SCIENTIST = "👩🏽\u200d🔬"
FLAG_FI = "🇫🇮"
COMBINING = "e\u0301\u0323"  # e + acute + dot below: one grapheme
LONG_URL = "https://www.kokkola.fi/" + "tapahtumat/" * 30 + "kesa"


def test_every_channel_has_a_spec_with_the_documented_attributes() -> None:
    for channel in CHANNELS:
        spec = get_spec(channel)
        assert spec.id == channel and spec.name and spec.max_length > 0
        assert isinstance(spec.links_clickable, bool) and isinstance(spec.media_required, bool)
        assert spec.hashtag_limit is None or spec.hashtag_limit > 0
        assert spec.max_links is None or spec.max_links > 0
        assert spec.feed_cut is None or spec.feed_cut > 0


def test_known_figures() -> None:
    assert get_spec("x").max_length == 280
    assert get_spec("bluesky").max_length == 300 and get_spec("bluesky").max_bytes == 3000
    assert get_spec("mastodon").max_length == 500
    assert get_spec("threads").max_length == 500 and get_spec("threads").max_links == 5
    assert not get_spec("instagram").links_clickable and get_spec("instagram").media_required
    assert get_spec("instagram").hashtag_limit == 5
    assert get_spec("facebook").links_clickable


def test_settings_override_the_figures() -> None:
    settings = Settings(channel_overrides={
        "mastodon": {"max_length": 1000},
        "instagram": {"hashtag_limit": 30},
        "x": {"max_length": "lots", "unknown": 1},  # invalid entries are ignored
    })
    assert get_spec("mastodon", settings).max_length == 1000
    assert get_spec("instagram", settings).hashtag_limit == 30
    assert get_spec("x", settings).max_length == 280
    assert get_spec("mastodon").max_length == 500


def test_unknown_channel() -> None:
    with pytest.raises(UnknownChannelError, match="unknown channel 'myspace'"):
        get_spec("myspace")
    with pytest.raises(KeyError):
        count("text", "myspace")


@pytest.mark.parametrize("channel", ["bluesky", "mastodon"])
def test_emoji_sequences_count_one(channel: str) -> None:
    assert count(FAMILY, channel) == 1
    assert count(SCIENTIST, channel) == 1
    assert count(FLAG_FI, channel) == 1
    assert count(f"Hei {FAMILY}!", channel) == 6


@pytest.mark.parametrize("channel", ["bluesky", "mastodon"])
def test_combining_marks_count_with_their_letter(channel: str) -> None:
    assert count(COMBINING, channel) == 1
    assert count("Pietarsaari" + "\u0308", channel) == 11
    assert count("å", channel) == count("a\u030a", channel) == 1


def test_bluesky_counts_a_long_url_in_full_and_checks_bytes() -> None:
    text = f"Lue lisää: {LONG_URL}"
    assert count(text, "bluesky") == len(text)
    assert not fits(text, get_spec("bluesky"))
    # 300 graphemes, 3,900 bytes: within the grapheme limit, over the byte limit.
    heavy = (FAMILY + " ") * 150
    assert count(heavy, "bluesky") == 300
    assert not fits(heavy, get_spec("bluesky"))
    assert fits("a" * 300, get_spec("bluesky"))


def test_mastodon_urls_count_23_and_remote_mentions_count_the_user() -> None:
    assert count(LONG_URL, "mastodon") == 23
    assert count(f"Katso {LONG_URL}.", "mastodon") == 6 + 23 + 1
    assert count("@kokkola@mastodon.social kiitos", "mastodon") == len("@kokkola kiitos")
    assert count("@kokkola kiitos", "mastodon") == len("@kokkola kiitos")
    # A scheme is needed: a bare domain counts as written.
    assert count("kokkola.fi", "mastodon") == 10
    assert count(f"{FAMILY} {LONG_URL}", "mastodon") == 1 + 1 + 23


def test_x_counts_urls_23_and_emoji_2() -> None:
    assert count(LONG_URL, "x") == 23
    assert count("kokkola.fi", "x") == 23
    assert count(FAMILY, "x") == 2
    assert count("Hyvää kesää!", "x") == 12


def test_threads_counts_emoji_as_utf8_bytes() -> None:
    assert count("Hei!", "threads") == 4
    assert count(FAMILY, "threads") == 25
    assert count("😀 ok", "threads") == 4 + 3
    assert count(COMBINING, "threads") == 1


def test_youtube_counts_utf8_bytes() -> None:
    assert count("abc", "youtube") == 3
    assert count("äö", "youtube") == 4


def test_fast_grapheme_count_agrees_with_the_full_segmentation() -> None:
    import regex

    from composer.channels.counting import grapheme_length

    samples = [
        "Hyvää kesää – välkommen! “Quoted” €5 …",
        "a\r\nb\n\nc",
        "Å\u030a x",
        "—\u200d—",
        "👍🏽 ok 🇸🇪",
        "ⓘ ‐ ‑ ‒ – — ‖ ‗ ‘ ’ ‚ ‛ “ ” „ ‟ † ‡ • ‣ ․ ‥ … ‧ ‰ ′ ″ ‴",
    ]
    for text in samples:
        assert grapheme_length(text) == len(regex.findall(r"\X", text)), text
