"""The `link` rules through the engine: http:// links, link shorteners, links where the
channel does not make them clickable, and Kokkola's official feedback channel."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post, Severity
from composer.settings import Settings

KOKKOLA_FI = (
    "Kokkolan kaupunginteatterin kevätkausi alkaa 15.1. klo 19. Liput 25 € / 15 €: "
    "https://www.kokkola.fi/kulttuuri/teatteri. Kysyttävää? kulttuuri@kokkola.fi "
    "#LaajempiHorisontti"
)
KOKKOLA_SV = (
    "Karleby stadsteaters vårsäsong börjar 15.1 kl. 19. Biljetter 25 € / 15 €: "
    "https://www.kokkola.fi/sv/kultur/teater. Frågor? kulttuuri@kokkola.fi "
    "#KokkolaKarleby"
)
KOKKOLA_EN = "The spring season starts on 15 January at 7 pm. Tickets: www.kokkola.fi/en."


def check(post: Post, ui_language: str = "en", settings: Settings | None = None) -> list:
    return Engine().check(post, ui_language=ui_language, families=["link"], settings=settings)


def described(post: Post, found: list) -> list[tuple]:
    return [
        (f.rule, f.severity, f.language, post.text(f.language)[f.start:f.end], f.suggestions)
        for f in found
    ]


def test_https_links_on_clickable_channels_are_clean() -> None:
    post = Post(organisation="kokkola", channels=["facebook", "x", "linkedin", "bluesky"],
                versions={"fi": KOKKOLA_FI, "sv": KOKKOLA_SV, "en": KOKKOLA_EN})
    assert check(post) == []


def test_kokkola_feedback_request_with_the_official_channel_is_clean() -> None:
    fi = "Anna palautetta kaupungin palveluista: kartta.kokkola.fi/eFeedback. Kiitos!"
    sv = "Ge respons om stadens tjänster: https://kartta.kokkola.fi/eFeedback"
    post = Post(organisation="kokkola", channels=["facebook"], versions={"fi": fi, "sv": sv})
    assert check(post) == []


def test_returning_books_is_not_feedback() -> None:
    fi = "Kirjat on palautettava 30.6. mennessä. Lisää: https://www.kokkola.fi/kirjasto"
    assert check(Post(organisation="kokkola", versions={"fi": fi})) == []


def test_plain_http_link_suggests_https() -> None:
    fi = "Lue lisää: http://www.kokkola.fi/tapahtumat."
    post = Post(organisation="kokkola", versions={"fi": fi})
    found = check(post)
    assert described(post, found) == [
        ("link.insecure", Severity.WARNING, "fi", "http://www.kokkola.fi/tapahtumat",
         ("https://www.kokkola.fi/tapahtumat",))
    ]
    assert (found[0].start, found[0].end) == (11, 43)
    assert found[0].reference == "kokkola:links"


@pytest.mark.parametrize(
    "link",
    ["https://bit.ly/3xYz9", "bit.ly/3xYz9", "tinyurl.com/kesa24",
     "https://ow.ly/x1", "https://www.shorturl.at/abc", "cutt.ly/abc",
     "goo.gl/maps/abc", "is.gd/abc", "buff.ly/abc", "rebrand.ly/abc"],
)
def test_link_shorteners_are_warned_about(link: str) -> None:
    sv = f"Anmäl dig här: {link} senast 1.6."
    post = Post(organisation="jakobstad", versions={"sv": sv})
    found = check(post)
    assert described(post, found) == [("link.shortener", Severity.WARNING, "sv", link, ())]
    assert found[0].start == len("Anmäl dig här: ")
    assert found[0].reference == "jakobstad:links"
    assert "virus" in found[0].guideline


@pytest.mark.parametrize(("link", "network"), [
    ("https://t.co/InCYKrarjJ", "X"), ("lnkd.in/eKx", "LinkedIn"),
    ("https://fb.me/abc", "Facebook"),
])
def test_a_network_s_own_link_wrapper_is_a_note_naming_the_network(link: str, network: str) -> None:
    post = Post(organisation="kokkola", versions={"fi": f"Hae: {link} #rekry"})
    found = check(post)
    assert described(post, found) == [("link.platform-wrapper", Severity.INFO, "fi", link, ())]
    assert network in found[0].message


def test_http_shortener_gets_both_warnings() -> None:
    post = Post(organisation="jakobstad", versions={"fi": "Katso http://bit.ly/abc"})
    assert [f.rule for f in check(post)] == ["link.insecure", "link.shortener"]


def test_shortener_name_in_prose_is_not_a_link() -> None:
    post = Post(organisation="jakobstad", versions={"en": "We do not use bit.ly or t.co."})
    assert check(post) == []


@pytest.mark.parametrize("channel", ["instagram", "pinterest", "tiktok"])
def test_links_in_channels_without_clickable_links(channel: str) -> None:
    fi = "Ilmoittaudu: https://www.naantali.fi/liikunta ja www.naantali.fi."
    post = Post(organisation="naantali", channels=["facebook", channel], versions={"fi": fi})
    found = check(post)
    assert [(f.rule, f.severity, post.text("fi")[f.start:f.end]) for f in found] == [
        ("link.not-clickable", Severity.WARNING, "https://www.naantali.fi/liikunta"),
        ("link.not-clickable", Severity.WARNING, "www.naantali.fi"),
    ]
    name = {"instagram": "Instagram", "pinterest": "Pinterest", "tiktok": "TikTok"}[channel]
    assert name in found[0].message
    # What to write is quoted in the version's language, whatever the window's.
    phrase = {"instagram": "linkki profiilissa", "pinterest": "linkki pinnissä",
              "tiktok": "linkki profiilissa"}[channel]
    assert f'"{phrase}"' in found[0].message


def test_not_clickable_names_every_such_channel_once_per_link() -> None:
    post = Post(organisation="jakobstad", channels=["instagram", "pinterest"],
                versions={"sv": "Mer info: https://www.jakobstad.fi"})
    [found] = check(post)
    assert "Instagram, Pinterest" in found.message
    assert found.reference == "jakobstad:links"


def test_instagram_link_warning_follows_the_settings() -> None:
    post = Post(organisation="kokkola", channels=["instagram"],
                versions={"fi": "Lisää: https://www.kokkola.fi"})
    assert [f.rule for f in check(post)] == ["link.not-clickable"]
    settings = Settings(channel_overrides={"instagram": {"links_clickable": True}})
    assert check(post, settings=settings) == []


def test_feedback_through_another_channel_suggests_efeedback() -> None:
    fi = "Anna palautetta uudesta puistosta sähköpostilla puistot@kokkola.fi 30.6. mennessä."
    post = Post(organisation="kokkola", versions={"fi": fi})
    found = check(post)
    assert described(post, found) == [
        ("link.feedback-channel", Severity.INFO, "fi", "puistot@kokkola.fi",
         ("kartta.kokkola.fi/eFeedback",))
    ]
    assert found[0].reference == "kokkola:feedback"
    assert "palautekanava" in found[0].guideline


@pytest.mark.parametrize(
    ("language", "text", "channel"),
    [
        ("sv", "Lämna synpunkter på planen: https://www.kokkola.fi/plan", "https://www.kokkola.fi/plan"),
        ("sv", "Ge respons via info@kokkola.fi", "info@kokkola.fi"),
        ("en", "Send us feedback at https://forms.example.com/x", "https://forms.example.com/x"),
        ("fi", "Asiakaspalautteen voi jättää osoitteessa www.kokkola.fi/lomake",
         "www.kokkola.fi/lomake"),
    ],
)
def test_feedback_requests_in_every_language(language: str, text: str, channel: str) -> None:
    post = Post(organisation="kokkola", versions={language: text})
    found = check(post, ui_language="sv")
    assert [(f.rule, post.text(language)[f.start:f.end]) for f in found] == [
        ("link.feedback-channel", channel)
    ]
    assert "kartta.kokkola.fi/eFeedback" in found[0].message


def test_feedback_rule_is_kokkolas_only() -> None:
    fi = "Anna palautetta sähköpostilla puistot@pietarsaari.fi"
    assert check(Post(organisation="jakobstad", versions={"fi": fi})) == []


def test_messages_in_finnish_and_swedish() -> None:
    post = Post(organisation="kokkola", versions={"fi": "http://kokkola.fi/a"})
    assert "Salaamaton" in check(post, "fi")[0].message
    assert "Okrypterad" in check(post, "sv")[0].message
