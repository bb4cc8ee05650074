"""Word verdicts and suggestions with the real engines: Voikko for Finnish, Hunspell
sv_FI for Swedish, Hunspell en_GB (with pyspellchecker ranking) for English."""

from __future__ import annotations

import threading

import pytest

from composer.profiles import get_profile
from composer.spelling import (
    is_correct,
    misspellings,
    quick_suggestions,
    suggest,
)
from tests.spelling.labelled import correct_words
from tests.spelling.labelled import misspellings as labelled_misspellings

LANGUAGES = ("fi", "sv", "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_labelled_correct_words_are_never_flagged(language: str) -> None:
    words = correct_words(language)
    assert len(words) >= 100
    assert [w for w in words if not is_correct(w, language)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_labelled_misspellings_are_nearly_all_flagged(language: str) -> None:
    pairs = labelled_misspellings(language)
    assert len(pairs) >= 50
    missed = [wrong for wrong, _ in pairs if is_correct(wrong, language)]
    # Known misses: "söndagg" passes as a Swedish compound, "calender" is an English word.
    assert len(missed) <= 1, missed
    for _, right in pairs:
        assert is_correct(right, language), right


@pytest.mark.parametrize("word", [
    "kaupungissa", "kaupunginvaltuuston", "päätöksestä", "kuntalaisetkin",
    "päivityksissäsi", "julkaisuusi", "verkkosivuiltamme", "oikea-aikaista",
    "Kokkola-lähettiläitä", "käyttäydy", "EU:ssa",
])
def test_inflected_finnish_words_pass(word: str) -> None:
    assert is_correct(word, "fi")


@pytest.mark.parametrize("word", [
    "kaupungnin", "kunnnan", "käytäydy", "reagoitien", "tervetoloa", "sosiaalisesa",
])
def test_misspelt_finnish_words_are_flagged(word: str) -> None:
    assert not is_correct(word, "fi")


@pytest.mark.parametrize("word", [
    "stadsfullmäktigeordförande", "hälsovårdscentralen", "småbarnspedagogiken",
    "kommuninvånarna", "byggnadstillsynen", "informationskanaler", "sommarjobb",
])
def test_swedish_compounds_pass(word: str) -> None:
    assert is_correct(word, "sv")


@pytest.mark.parametrize("word", [
    "stadsfulmäktige", "halsovardscentralen", "kommunstyrelsn", "persounuppgifter",
    "småbarnspedagogoken", "välkomen",
])
def test_misspelt_swedish_words_and_compounds_are_flagged(word: str) -> None:
    assert not is_correct(word, "sv")


@pytest.mark.parametrize("word", ["centre", "colour", "organisation", "programme",
                                  "neighbourhood", "wellbeing", "councillors"])
def test_british_spellings_pass(word: str) -> None:
    assert is_correct(word, "en")


@pytest.mark.parametrize("word", ["recieve", "seperate", "definately", "goverment",
                                  "accomodation", "libary"])
def test_common_english_misspellings_are_flagged(word: str) -> None:
    assert not is_correct(word, "en")


def test_ocr_text_without_umlauts_gets_them_back_first() -> None:
    assert not is_correct("kayttaa", "fi")
    assert quick_suggestions("kayttaa", "fi")[0] == "käyttää"
    assert suggest("kayttaa", "fi")[0] == "käyttää"
    # Voikko alone ranks other words first for these; restored letters come first here.
    assert quick_suggestions("pitaa", "fi")[0] == "pitää"
    assert quick_suggestions("syysta", "fi")[0] == "syystä"
    assert quick_suggestions("tyéryhman", "fi")[0] == "työryhmän"
    assert quick_suggestions("forskolan", "sv")[0] == "förskolan"


@pytest.mark.parametrize(("language", "wrong", "right"), [
    ("fi", "kaupungnin", "kaupungin"),
    ("fi", "käytäydy", "käyttäydy"),
    ("sv", "komunen", "kommunen"),
    ("sv", "anmällan", "anmälan"),
    # a letter left out or changed: the finding's card offers the word, not only the menu
    ("sv", "bibloteket", "biblioteket"),
    ("sv", "kommunstyrelsn", "kommunstyrelsen"),
    ("sv", "evenemangskordinatorn", "evenemangskoordinatorn"),
    ("sv", "välkomen", "välkommen"),
    ("en", "recieve", "receive"),
    ("en", "Seperate", "Separate"),
])
def test_quick_suggestion_puts_the_intended_word_first(language: str, wrong: str,
                                                       right: str) -> None:
    assert quick_suggestions(wrong, language)[0] == right


@pytest.mark.parametrize(("language", "wrong", "right"), [
    ("sv", "biblotek", "bibliotek"),
    ("en", "tommorow", "tomorrow"),
    ("en", "dissapoint", "disappoint"),
])
def test_menu_suggestions_find_what_quick_ones_do_not(language: str, wrong: str,
                                                      right: str) -> None:
    assert right in suggest(wrong, language)[:5]


def test_entities_numbers_acronyms_and_camel_case_are_never_flagged() -> None:
    text = (
        "Lue lisää osoitteessa https://www.kokkola.fi/xyzqwv tai kokkola.fi/qwzx, "
        "kysy osoitteesta qwrtx.zyx@kokkola.fi, seuraa @qwzrtxkokkola ja #qwzrtxtagi. "
        "Klo 18.00 alkaen, 3D-tulostin, COVID-19, THL ja NATO, x y z, LinkedIn, eFeedback."
    )
    assert misspellings(text, "fi") == []


def test_long_all_capital_words_are_still_checked() -> None:
    assert misspellings("TERVETULOA KAUPUNGINTALOLLE", "fi") == []
    assert [m.word for m in misspellings("TERVETOLOA KAUPUNGINTALOLLE", "fi")] == [
        "TERVETOLOA"
    ]


def test_spans_point_at_the_word() -> None:
    text = "Tervetuloa kirjastoon! Voit kayttaa tiloja."
    [found] = misspellings(text, "fi")
    assert text[found.start:found.end] == "kayttaa"


@pytest.mark.parametrize(("organisation", "language", "word"), [
    ("jakobstad", "fi", "Pietarsaaressa"),
    ("jakobstad", "fi", "Alholmassa"),
    ("jakobstad", "fi", "Skutnäsissä"),
    ("jakobstad", "fi", "Fäbodaan"),
    ("jakobstad", "sv", "Fäboda"),
    ("jakobstad", "sv", "Schaumansalen"),
    ("jakobstad", "en", "Alholmen"),
    ("kokkola", "fi", "Tankarissa"),
    ("kokkola", "fi", "Soiten"),
    ("kokkola", "fi", "Kaustarin"),
    ("kokkola", "sv", "Neristan"),
    ("kokkola", "en", "Kokkola's"),
    ("naantali", "fi", "Teersalossa"),
    ("naantali", "sv", "Gullranda"),
    ("naantali", "en", "Kultaranta"),
])
def test_organisation_names_and_places_are_not_flagged(organisation: str, language: str,
                                                       word: str) -> None:
    assert is_correct(word, language, get_profile(organisation))


def test_place_names_belong_to_their_own_organisation() -> None:
    assert is_correct("Alholmassa", "fi", get_profile("jakobstad"))
    assert not is_correct("Alholmassa", "fi", get_profile("naantali"))
    assert not is_correct("Alholmassaa", "fi", get_profile("jakobstad"))


def test_organisation_and_account_names_are_accepted_in_every_language() -> None:
    profile = get_profile("jakobstad")
    text = "Följ Staden Jakobstad - Pietarsaaren kaupunki och @jakobstadpietarsaari."
    assert misspellings(text, "sv", profile) == []


def test_shared_terms_and_abbreviations_are_not_flagged() -> None:
    assert misspellings("Seuraa meitä Instagramissa ja TikTokissa, esim. striimi.", "fi") == []
    assert misspellings("Följ oss på Instagram, TikTok osv. Obs! Ons. kl. 18.", "sv") == []
    assert misspellings("Wellbeing services, Kela and Omnia on Instagram.", "en") == []


def test_hyphenated_words_are_checked_part_by_part() -> None:
    assert is_correct("Facebook-sivulla", "fi")
    assert is_correct("Instagram-tilillä", "fi")
    assert not is_correct("Facebook-sivulal", "fi")


def test_threads_each_use_their_own_engine_and_agree() -> None:
    texts = {
        "fi": "Kaupungin kirjasto on avoinna, voit kayttaa tiloja myos tanaan.",
        "sv": "Stadens bibliotek är öppet, välkomen till biblotek.",
        "en": "The city library is open, welcome to the libary tomorrow.",
    }
    expected = {lang: [m.word for m in misspellings(t, lang)] for lang, t in texts.items()}
    results: list[dict[str, list[str]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                results.append(
                    {lang: [m.word for m in misspellings(t, lang)] for lang, t in texts.items()}
                )
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 80
    assert all(result == expected for result in results)
    assert expected == {"fi": ["kayttaa", "myos"], "sv": ["välkomen", "biblotek"],
                        "en": ["libary"]}


def test_each_thread_gets_its_own_voikko_handle() -> None:
    from composer.spelling import engine

    handles = []

    def work() -> None:
        handles.append(engine("fi"))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert handles[0] is not handles[1]
    assert engine("fi") is engine("fi")


@pytest.mark.parametrize(("word", "known"), [
    ("mentori", True), ("mentorin", True), ("yrittäjämentorin", True),
    ("koiranulkoilutusta", True), ("meriajokasniittyjä", True), ("leppikoksi", True),
    ("mentorri", False), ("yrittäjämentorrin", False),  # slips stay unknown
])
def test_listed_words_are_known_in_every_form_and_compound(word: str, known: bool) -> None:
    assert is_correct(word, "fi") is known
