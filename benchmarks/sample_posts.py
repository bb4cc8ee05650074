"""Realistic posts of a given size for the benchmarks, built from municipal sentences."""

from __future__ import annotations

import datetime

from composer.model import Media, Post

#: The planned publishing day: the post announces Saturday 14 June (2025) two weeks
#: ahead, so its dates and weekdays agree whatever day the benchmarks run on.
PUBLISH_ON = datetime.date(2025, 6, 2)

FI = (
    "Pietarsaaren kaupunginkirjasto järjestää lauantaina 14.6. klo 10–14 perheille "
    "avoimen satupäivän Campus Allegrossa. Tapahtuma on maksuton, ja mukaan mahtuu "
    "noin 120 osallistujaa. Lue lisää osoitteessa https://www.jakobstad.fi/kirjasto "
    "ja kerro meille palautetta! Tervetuloa koko perheen voimin. "
)
SV = (
    "Jakobstads stadsbibliotek ordnar en öppen sagodag för familjer lördagen den 14 juni "
    "kl. 10–14 på Campus Allegro. Evenemanget är avgiftsfritt och rymmer cirka 120 "
    "deltagare. Läs mer på https://www.jakobstad.fi/bibliotek och ge oss gärna respons. "
    "Välkommen med hela familjen! "
)
EN = (
    "The Jakobstad city library holds an open story day for families on Saturday 14 June "
    "from 10 am to 2 pm at Campus Allegro. The event is free of charge and has room for "
    "about 120 participants. Read more at https://www.jakobstad.fi/library and send us "
    "your feedback. The whole family is welcome! "
)


def _fill(sentence: str, size: int) -> str:
    text = (sentence * (size // len(sentence) + 1))[:size]
    return text[: text.rfind(" ")].strip() if " " in text else text


def typical_post(size: int = 600, variant: int = 0) -> Post:
    """Three versions of about ``size`` characters, three channels, one image."""
    suffix = f" #{variant}" if variant else ""
    return Post(
        organisation="jakobstad",
        role="organisation",
        channels=["facebook", "instagram", "x"],
        versions={
            "sv": _fill(SV, size) + " #jakobstad" + suffix,
            "fi": _fill(FI, size) + " #pietarsaari" + suffix,
            "en": _fill(EN, size) + suffix,
        },
        publish_on=PUBLISH_ON,
        media=[Media("satupaiva.jpg", {"sv": "Barn lyssnar på en saga.",
                                         "fi": "Lapset kuuntelevat satua.",
                                         "en": "Children listening to a story."})],
    )


MAX_VERSION = 63_206
