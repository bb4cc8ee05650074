"""Language detection on real municipal sentences: fi, sv and en told apart, names and
short greetings never misjudged."""

from __future__ import annotations

import threading

import pytest

from composer.language_detection import detect, plainly_in, prose, reads_as_other

FINNISH = [
    "Kaupunginkirjasto on suljettu juhannuksena. Lainat voi palauttaa palautusluukkuun, "
    "joka on auki koko ajan.",
    "Storgatanin tietyöt alkavat maanantaina 3.6. klo 7. Kiertotie on opastettu "
    "Kanalesplanadin kautta.",
    "Kesäkuun ajan uimahalli on avoinna ma–pe klo 6–20 ja la–su klo 10–18. Tervetuloa uimaan!",
    "Valtuuston kokous pidetään 12.6. klo 17 kaupungintalolla. Kokous on avoin yleisölle ja "
    "sitä voi seurata myös suorana lähetyksenä.",
]
SWEDISH = [
    "Stadsbiblioteket är stängt under midsommar. Lånen kan returneras i returluckan som är "
    "öppen hela tiden.",
    "Vägarbetet på Storgatan börjar måndag 3.6 kl. 7. Omvägen är skyltad via Kanalesplanaden.",
    "Under juni är simhallen öppen mån–fre kl. 6–20 och lör–sön kl. 10–18. Välkommen och simma!",
    "Fullmäktige sammanträder 12.6 kl. 17 i stadshuset. Mötet är öppet för allmänheten och "
    "kan också följas direkt.",
]
ENGLISH = [
    "The city library is closed over Midsummer. Loans can be returned through the return "
    "slot, which is open all the time.",
    "Road works on Storgatan start on Monday 3 June at 7 am. The detour is signposted via "
    "Kanalesplanaden.",
    "In June the swimming hall is open Mon–Fri 6 am – 8 pm and Sat–Sun 10 am – 6 pm. Welcome!",
]


@pytest.mark.parametrize(
    ("text", "language"),
    [(t, "fi") for t in FINNISH] + [(t, "sv") for t in SWEDISH] + [(t, "en") for t in ENGLISH],
)
def test_each_language_is_recognised(text: str, language: str) -> None:
    detected, confidence = detect(text).language, detect(text).confidence
    assert detected == language
    assert confidence > 0.95
    assert reads_as_other(text, language) is None


@pytest.mark.parametrize("text", SWEDISH)
def test_swedish_text_reads_as_other_than_finnish(text: str) -> None:
    found = reads_as_other(text, "fi")
    assert found is not None and found[0] == "sv"


@pytest.mark.parametrize(
    "text",
    ["Hei!", "Hej!", "Tervetuloa!", "Välkommen!", "Welcome!", "Hyvää juhannusta! #pietarsaari",
     "Glad midsommar! Trevlig helg önskar staden.", "", "   ", "12.6. klo 17", "👍👍"],
)
def test_short_texts_are_not_judged(text: str) -> None:
    assert (detect(text).language, detect(text).confidence) == (None, 0.0)
    for language in ("fi", "sv", "en"):
        assert reads_as_other(text, language) is None


def test_names_in_another_language_do_not_decide() -> None:
    finnish = ("Tervetuloa ”Sommarfest i Jakobstad” -tapahtumaan torille! Luvassa musiikkia, "
               "ruokaa ja ohjelmaa koko perheelle.")
    swedish = ("Välkommen till Kaupunginteatteri och föreställningen ”Kesäyön unelma” i "
               "Rådhusparken! Biljetter säljs vid ingången.")
    english = "Welcome to Pietarsaaren Kesäteatteri in Rådhusparken! Tickets at www.jakobstad.fi."
    assert reads_as_other(finnish, "fi") is None
    assert reads_as_other(swedish, "sv") is None
    assert reads_as_other(english, "en") is None


def test_links_mentions_and_numbers_are_not_prose() -> None:
    text = "Lue lisää https://www.kokkola.fi/kesa @KokkolaKarleby #LaajempiHorisontti 040 123 4567"
    assert prose(text) == "Lue lisää"
    assert detect(text).letters < 40


def test_detection_is_deterministic_and_thread_safe() -> None:
    text = SWEDISH[3] + " Extra."
    results: list[tuple[str | None, float]] = []

    def run() -> None:
        results.append((detect(text).language, detect(text).confidence))

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and results[0][0] == "sv"


PLAIN_TEXTS = {
    "fi": "Kirjasto on kiinni juhannuksena, mutta e-kirjat ovat lainattavissa koko ajan. "
          "Lainat voi uusia verkossa, ja eräpäivät siirtyvät kesällä myöhemmäksi.",
    "sv": "Biblioteket är stängt under midsommar, men e-böckerna kan lånas hela tiden. "
          "Lånen kan förnyas på nätet och förfallodagarna flyttas framåt under sommaren.",
    "en": "The library is closed at midsummer, but the e-books can be borrowed all the "
          "time. Loans can be renewed online and the due dates move later in summer.",
}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_text_full_of_its_own_function_words_reads_plainly_as_its_language(language):
    assert plainly_in(PLAIN_TEXTS[language], language)
    for other in ("fi", "sv", "en"):
        if other != language:
            # Never "plainly" the language it is not in: that one is left to detection,
            # which finds the mismatch.
            assert not plainly_in(PLAIN_TEXTS[language], other)
            found = reads_as_other(PLAIN_TEXTS[language], other)
            assert found is not None and found[0] == language


def test_a_version_that_changes_language_half_way_is_left_to_the_detection():
    mixed = PLAIN_TEXTS["fi"].split(". ")[0] + ". " + PLAIN_TEXTS["en"]
    assert not plainly_in(mixed, "en")
    assert not plainly_in(mixed, "fi")


def test_the_shortcut_gives_the_detections_verdict(monkeypatch):
    """On real-looking text the shortcut only ever says what the detection says."""
    import composer.language_detection as module

    texts = list(PLAIN_TEXTS.values())
    texts += [a + " " + b for a in PLAIN_TEXTS.values() for b in PLAIN_TEXTS.values()]
    fast = [reads_as_other(text, lang) for text in texts for lang in ("fi", "sv", "en")]
    monkeypatch.setattr(module, "plainly_in", lambda text, expected: False)
    slow = [reads_as_other(text, lang) for text in texts for lang in ("fi", "sv", "en")]
    assert fast == slow
