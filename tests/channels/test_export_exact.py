"""Exports compared byte for byte: what the person pastes is exactly this text."""

from __future__ import annotations

import pytest

from composer.channels.compose import move_links
from composer.channels.export import export_channel, export_text
from composer.model import CHANNELS, Post

LIBRARY = Post(organisation="kokkola", channels=list(CHANNELS), versions={
    "fi": "Kirjasto on auki lauantaina 12.12. klo 10–14.\n"
          "Lisätietoja: 040 1234567 tai https://kirjasto.kokkola.fi.\n\n#kokkola",
    "sv": "Biblioteket är öppet lördag 12.12 kl. 10–14.\n"
          "Mer information: https://kirjasto.kokkola.fi eller ring oss.\n\n#karleby",
})

WITH_LINKS = (
    "Kirjasto on auki lauantaina 12.12. klo 10–14.\n"
    "Lisätietoja: 040 1234567 tai https://kirjasto.kokkola.fi.\n\n—\n\n"
    "Biblioteket är öppet lördag 12.12 kl. 10–14.\n"
    "Mer information: https://kirjasto.kokkola.fi eller ring oss.\n\n"
)


def _in_place(fi: str, sv: str) -> str:
    return (
        "Kirjasto on auki lauantaina 12.12. klo 10–14.\n"
        f"Lisätietoja: 040 1234567 tai {fi}.\n\n—\n\n"
        "Biblioteket är öppet lördag 12.12 kl. 10–14.\n"
        f"Mer information: {sv} eller ring oss.\n\n#kokkola #karleby"
    )


EXPECTED = {
    "facebook": WITH_LINKS + "#kokkola #karleby",
    "instagram": _in_place("linkki profiilissa", "länk i profilen"),
    "x": WITH_LINKS + "#kokkola #karleby",
    "linkedin": WITH_LINKS + "#kokkola #karleby",
    "youtube": WITH_LINKS + "#kokkola #karleby",
    "tiktok": _in_place("linkki profiilissa", "länk i profilen"),
    "pinterest": _in_place("linkki pinnissä", "länk i pinnen"),
    "threads": WITH_LINKS + "#kokkola",  # one topic per post
    "bluesky": WITH_LINKS + "#kokkola #karleby",
    "mastodon": WITH_LINKS + "#kokkola #karleby",
}


def test_every_channel_byte_for_byte() -> None:
    exports = {channel: export_channel(LIBRARY, channel) for channel in LIBRARY.channels}
    assert list(exports) == list(CHANNELS)
    for channel, export in exports.items():
        assert export_text(export).encode("utf-8") == EXPECTED[channel].encode("utf-8"), channel


@pytest.mark.parametrize(("text", "expected"), [
    # The sentences: the link is replaced, the sentence still reads.
    ("Lisätietoja: 040 1234567 tai https://kirjasto.kokkola.fi.",
     "Lisätietoja: 040 1234567 tai link in bio."),
    ("Mer information: https://kirjasto.kokkola.fi eller ring oss.",
     "Mer information: link in bio eller ring oss."),
    # A link alone on its line, or after an arrow, is a sentence of its own.
    ("Tervetuloa!\nhttps://www.kokkola.fi/x", "Tervetuloa!\nLink in bio."),
    ("Tervetuloa!\n👉 https://www.kokkola.fi/x", "Tervetuloa!\n👉 Link in bio."),
    ("Tervetuloa!\nhttps://www.kokkola.fi/x.", "Tervetuloa!\nLink in bio."),
    # A link starting a sentence gets a capital.
    ("Welcome! https://www.kokkola.fi tells more.", "Welcome! Link in bio tells more."),
    # Brackets keep their content; links side by side are said once.
    ("Details (https://a.fi) here.", "Details (link in bio) here."),
    ("Links: https://a.fi, https://b.fi", "Links: link in bio"),
    ("No links here.", "No links here."),
])
def test_links_replaced_in_place(text: str, expected: str) -> None:
    assert move_links(text, "link in bio")[0] == expected
