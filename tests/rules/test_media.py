"""The `media` rules through the engine: channels that need an image or video, and alt
texts in every language the post is written in."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Media, Post, Severity
from composer.settings import Settings

SV = "Sommarens första torgkonsert lördag 8.6 kl. 14 på Salutorget. Välkommen!"
FI = "Kesän ensimmäinen torikonsertti lauantaina 8.6. klo 14 Kauppatorilla. Tervetuloa!"
EN = "The summer's first market square concert on Saturday 8 June at 2 pm. Welcome!"
PHOTO = Media("torgkonsert.jpg", {
    "sv": "Ett blåsorkester spelar på Salutorget en solig dag, publiken sitter på bänkar.",
    "fi": "Puhallinorkesteri soittaa Kauppatorilla aurinkoisena päivänä, yleisö istuu penkeillä.",
    "en": "A brass band plays on the market square on a sunny day, the audience on benches.",
})


def check(post: Post, ui_language: str = "en", settings: Settings | None = None) -> list:
    return Engine().check(post, ui_language=ui_language, families=["media"], settings=settings)


def test_post_with_described_image_is_clean_on_every_channel() -> None:
    post = Post(organisation="jakobstad",
                channels=["facebook", "instagram", "youtube", "tiktok", "pinterest", "x"],
                versions={"sv": SV, "fi": FI, "en": EN}, media=[PHOTO])
    assert check(post) == []


def test_text_only_post_on_text_channels_is_clean() -> None:
    post = Post(organisation="kokkola", channels=["facebook", "x", "linkedin", "threads",
                                                  "bluesky", "mastodon"],
                versions={"fi": FI, "sv": SV})
    assert check(post) == []


def test_alt_text_only_needed_in_written_languages() -> None:
    photo = Media("kuva.jpg", {"fi": PHOTO.alt["fi"]})
    post = Post(organisation="naantali", channels=["facebook"], versions={"fi": FI, "en": " "},
                media=[photo])
    assert check(post) == []


@pytest.mark.parametrize(
    ("channel", "name"),
    [("instagram", "Instagram"), ("youtube", "YouTube"), ("tiktok", "TikTok"),
     ("pinterest", "Pinterest")],
)
def test_channel_that_needs_media_without_any_is_an_error(channel: str, name: str) -> None:
    post = Post(organisation="kokkola", channels=["facebook", channel],
                versions={"fi": FI, "sv": SV})
    found = check(post)
    assert [(f.rule, f.severity, f.language, f.start, f.end) for f in found] == [
        ("media.required", Severity.ERROR, None, None, None)
    ]
    assert name in found[0].message
    assert found[0].reference == "kokkola:media"


def test_one_finding_per_channel_that_needs_media() -> None:
    post = Post(organisation="naantali", channels=["instagram", "pinterest"],
                versions={"fi": FI})
    found = check(post, ui_language="fi")
    assert [f.rule for f in found] == ["media.required", "media.required"]
    assert "Instagram vaatii kuvan" in found[0].message
    # Naantali's guideline has no media point; its accounts point names these pages.
    assert found[0].reference == "naantali:accounts"


def test_media_requirement_follows_the_settings() -> None:
    post = Post(organisation="kokkola", channels=["instagram"], versions={"fi": FI})
    settings = Settings(channel_overrides={"instagram": {"media_required": False}})
    assert check(post, settings=settings) == []


def test_missing_alt_text_per_image_and_language() -> None:
    first = Media("konsert.jpg", {"sv": PHOTO.alt["sv"], "fi": ""})
    second = Media("bilder/affisch.png", {})
    post = Post(organisation="jakobstad", channels=["facebook"],
                versions={"sv": SV, "fi": FI}, media=[first, second])
    found = check(post)
    assert sorted((f.rule, f.severity, f.language, f.start, f.end, f.reference)
                  for f in found) == [
        ("media.alt-missing", Severity.WARNING, "fi", None, None, "law:wcag-1-1-1"),
        ("media.alt-missing", Severity.WARNING, "fi", None, None, "law:wcag-1-1-1"),
        ("media.alt-missing", Severity.WARNING, "sv", None, None, "law:wcag-1-1-1"),
    ]
    messages = sorted(f.message for f in found)
    assert messages[0].startswith("affisch.png has no alt text in the Finnish version")
    assert "1.1.1" in found[0].guideline


@pytest.mark.parametrize(
    "alt",
    ["IMG_1234.jpg", "IMG_20240608_141502", "DSC01234", "kuva", "Kuva 2", "bild", "Bild 1.",
     "image", "Photo", "torgkonsert.jpg", "torgkonsert", "Sommar 2024.png", "  kuva  "],
)
def test_alt_text_that_says_nothing(alt: str) -> None:
    photo = Media("torgkonsert.jpg", {"sv": alt})
    post = Post(organisation="jakobstad", versions={"sv": SV}, media=[photo])
    found = check(post)
    assert [(f.rule, f.severity, f.language) for f in found] == [
        ("media.alt-meaningless", Severity.WARNING, "sv")
    ]
    assert alt.strip() in found[0].message


@pytest.mark.parametrize(
    "alt",
    ["Kuva: lapset leikkivät torilla.", "Bild på Salutorget med blåsorkester.",
     "Pietarsaaren tori kesällä. Kuva: Pietarsaaren kaupunki.", "Karta över området."],
)
def test_real_descriptions_are_fine(alt: str) -> None:
    photo = Media("torg.jpg", {"fi": alt})
    post = Post(organisation="kokkola", versions={"fi": FI}, media=[photo])
    assert check(post) == []


def test_messages_in_finnish_and_swedish() -> None:
    post = Post(organisation="kokkola", versions={"fi": FI}, media=[Media("a.jpg")])
    assert "alt-tekstiä" in check(post, "fi")[0].message
    assert "saknar alternativtext i versionen på finska" in check(post, "sv")[0].message


CLEAN_POSTS = {
    "jakobstad": {
        "sv": "Sommarens första torgkonsert lördag 8.6 kl. 14 på Salutorget 🎉 Hela familjen "
              "👨‍👩‍👧 är välkommen! Program: https://www.jakobstad.fi/evenemang "
              "#jakobstad #vigördettillsammans",
        "fi": "Kesän ensimmäinen torikonsertti lauantaina 8.6. klo 14 Kauppatorilla 🎉 Koko "
              "perhe 👨‍👩‍👧 on tervetullut! Ohjelma: https://www.pietarsaari.fi/tapahtumat "
              "#pietarsaari #teemmesenyhdessä",
        "en": "The summer's first market square concert on Saturday 8 June at 2 pm. "
              "Programme: https://www.jakobstad.fi/en #jakobstad",
    },
    "kokkola": {
        "fi": "Anna palautetta kaupungin puistoista 30.6. mennessä: "
              "https://kartta.kokkola.fi/eFeedback Kiitos! #LaajempiHorisontti #KokkolaKarleby",
        "sv": "Ge respons om stadens parker senast 30.6: https://kartta.kokkola.fi/eFeedback "
              "Tack! 🌳 #KokkolaKarleby",
    },
    "naantali": {
        "fi": "Muumimaailma avaa ovensa 8.6. klo 10. Liput 39 € osoitteessa "
              "https://www.muumimaailma.fi – nähdään Kailon saarella! ☀️ #naantali",
    },
}


@pytest.mark.parametrize("organisation", sorted(CLEAN_POSTS))
def test_realistic_posts_are_clean_in_all_four_families(organisation: str) -> None:
    versions = CLEAN_POSTS[organisation]
    photo = Media("tori.jpg", {
        "fi": "Ihmisiä aurinkoisella torilla, taustalla soittava orkesteri.",
        "sv": "Människor på ett soligt torg, i bakgrunden en orkester som spelar.",
        "en": "People on a sunny square, an orchestra playing in the background.",
    })
    post = Post(organisation=organisation, channels=["facebook", "x", "linkedin", "bluesky"],
                versions=versions, media=[photo])
    found = Engine().check(post, families=["link", "hashtag", "media", "accessibility"])
    assert [(f.rule, f.language, f.start) for f in found] == []


def _photo(n: int) -> Media:
    return Media(f"kuva{n}.jpg", dict(PHOTO.alt))


@pytest.mark.parametrize(("channel", "name", "limit"), [
    ("x", "X", 4), ("bluesky", "Bluesky", 4), ("mastodon", "Mastodon", 4),
    ("pinterest", "Pinterest", 5), ("instagram", "Instagram", 20), ("threads", "Threads", 20),
])
def test_too_many_images_for_a_channel(channel: str, name: str, limit: int) -> None:
    post = Post(organisation="jakobstad", channels=["facebook", channel],
                versions={"sv": SV, "fi": FI, "en": EN},
                media=[_photo(n) for n in range(limit)])
    assert check(post) == []
    post.media.append(_photo(limit))
    found = check(post)
    assert [(f.rule, f.severity, f.language) for f in found] == [
        ("media.too-many", Severity.ERROR, None)]
    assert name in found[0].message and str(limit) in found[0].message
    assert str(limit + 1) in found[0].message


def test_too_many_images_message_in_finnish_and_swedish() -> None:
    post = Post(organisation="kokkola", channels=["x"], versions={"fi": FI, "sv": SV},
                media=[_photo(n) for n in range(5)])
    assert "enintään 4 kuvaa" in check(post, "fi")[0].message
    assert "högst 4 bilder" in check(post, "sv")[0].message


def test_alt_text_over_a_networks_limit_names_every_network_it_is_too_long_for() -> None:
    long_fi = "Puhallinorkesteri soittaa Kauppatorilla. " * 30  # 1,230 characters
    photo = Media("torgkonsert.jpg", {"fi": long_fi.strip(), "sv": PHOTO.alt["sv"]})
    post = Post(organisation="kokkola", channels=["x", "mastodon", "bluesky", "facebook"],
                versions={"fi": FI, "sv": SV}, media=[photo])
    found = check(post)
    assert [(f.rule, f.severity, f.language) for f in found] == [
        ("media.alt-too-long", Severity.ERROR, "fi")]
    message = found[0].message
    assert "X (1000)" in message and "Mastodon" not in message and "Bluesky" not in message
    assert "1229" in message and "Finnish" in message
    post.channels = ["mastodon", "bluesky", "facebook", "instagram"]
    assert check(post) == []  # 1,229 graphemes fit Mastodon, Bluesky; the others set none


def test_alt_text_length_counts_graphemes() -> None:
    # 500 letters with a combining accent each: 1,000 code points, 500 graphemes.
    alt = "e\u0301" * 500
    post = Post(organisation="naantali", channels=["pinterest"], versions={"fi": FI},
                media=[Media("kuva.jpg", {"fi": alt})])
    assert check(post) == []
    post.media[0].alt["fi"] = alt + "e"
    assert [f.rule for f in check(post)] == ["media.alt-too-long"]
