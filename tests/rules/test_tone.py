"""The `tone` rules through the engine: insults in any inflection, the strongest abuse,
shouting in capitals (with a sentence-case suggestion) and piled-up exclamation marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model import Severity
from composer.profiles import reload_profiles
from composer.resources import resource_path
from composer.rules import tone
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "tone"
E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


def test_inflected_insults_are_found_by_base_form() -> None:
    versions = {
        "fi": "Nämä säännöt on kirjoitettu idiooteille. Ääliöt päättävät taas.",
        "sv": "Idioterna i nämnden har inte läst förslaget. Vilket pucko!",
        "en": "Only morons park there. What an idiot.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("tone.insult", W, "en", "idiot"),
        ("tone.insult", W, "en", "morons"),
        ("tone.insult", W, "fi", "idiooteille"),
        ("tone.insult", W, "fi", "Ääliöt"),
        ("tone.insult", W, "sv", "Idioterna"),
        ("tone.insult", W, "sv", "pucko"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:tone")


def test_the_strongest_abuse_is_an_error_citing_zero_tolerance() -> None:
    versions = {
        "fi": "Vitun huono päätös.",
        "sv": "Vilken jävla fitta.",
        "en": "Fucking bad decision.",
    }
    result = check(versions, FAMILY, organisation="jakobstad")
    assert spans(versions, result) == [
        ("tone.insult", W, "sv", "jävla"),
        ("tone.strong-insult", E, "en", "Fucking"),
        ("tone.strong-insult", E, "fi", "Vitun"),
        ("tone.strong-insult", E, "sv", "fitta"),
    ]
    strong = [f for f in result if f.rule == "tone.strong-insult"]
    for finding in strong:
        assert_cited(finding, "jakobstad:zero-tolerance")
    # Naantali's guideline has no zero-tolerance point: its tone point is cited.
    [naantali] = check({"fi": "Vitun huono päätös."}, FAMILY, organisation="naantali")
    assert_cited(naantali, "naantali:tone")


def test_shouting_sentence_gets_a_sentence_case_suggestion() -> None:
    versions = {
        "fi": "ÄLÄ PYSÄKÖI KOKKOLAN TORILLE ENÄÄ! Kiitos.",
        "sv": "Hej! VÄLKOMMEN TILL JAKOBSTAD PÅ LÖRDAG. Vi ses.",
        "en": "WELCOME TO THE LIBRARY IN KOKKOLA ON MONDAY. See www.kokkola.fi/EVENTS",
    }
    result = check(versions, FAMILY)
    assert [
        (f.language, f.severity, versions[f.language][f.start : f.end], f.suggestions)
        for f in result
    ] == [
        (
            "en",
            W,
            "WELCOME TO THE LIBRARY IN KOKKOLA ON MONDAY.",
            ("Welcome to the library in Kokkola on Monday.",),
        ),
        ("fi", W, "ÄLÄ PYSÄKÖI KOKKOLAN TORILLE ENÄÄ!", ("Älä pysäköi Kokkolan torille enää!",)),
        (
            "sv",
            W,
            "VÄLKOMMEN TILL JAKOBSTAD PÅ LÖRDAG.",
            ("Välkommen till Jakobstad på lördag.",),
        ),
    ]
    assert {f.rule for f in result} == {"tone.shouting"}
    for finding in result:
        assert_cited(finding, "kokkola:tone")


def test_abbreviations_keep_their_capitals_in_the_suggestion() -> None:
    versions = {"fi": "EU:N JA KELA:N TUKI ON TÄRKEÄ ASIA #KOKKOLA"}
    [finding] = check(versions, FAMILY)
    assert finding.suggestions == ("EU:n ja KELA:n tuki on tärkeä asia #KOKKOLA",)


def test_abbreviations_and_short_capital_words_are_not_shouting() -> None:
    versions = {
        "fi": "KELA, HUS ja YLE tiedottavat. EU-rahoitus ja ELY-keskus. TERVETULOA!",
        "sv": "FPA och HUS informerar om EU:s stöd. OBS! Ny tid.",
        "en": "The EU, UN and WHO agree. NEW: opening hours. IT support on weekdays.",
    }
    assert found(versions) == []


def test_piled_up_exclamation_marks_suggest_one() -> None:
    versions = {"fi": "Tervetuloa!!! Nähdään!?!", "sv": "Välkommen!", "en": "Welcome!!"}
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("tone.exclamations", INFO, "en", "!!"),
        ("tone.exclamations", INFO, "fi", "!!!"),
        ("tone.exclamations", INFO, "fi", "!?!"),
    ]
    assert all(f.suggestions == ("!",) for f in result)


def test_everyday_words_near_insults_are_not_flagged() -> None:
    versions = {
        "fi": (
            "Ei ole tyhmiä kysymyksiä! Sirkuksessa pelle ja apina, ja idioottivarma "
            "ohje pyöräilijöille. Hölmöläisten satu nähdään kirjastossa."
        ),
        "sv": "Jerk chicken på matfestivalen, clownen och apan kommer också.",
        "en": "Jerk chicken at the food festival. No stupid questions. Bring your fan club!",
    }
    assert found(versions) == []


def test_an_organisation_adds_its_own_insults(isolated_dirs: Path) -> None:
    profile = resource_path("profiles", "naantali.toml").read_text(encoding="utf-8")
    profile += '\n[words.tone]\nfi = ["junttilauma"]\n'
    (isolated_dirs / "config" / "profiles").mkdir()
    (isolated_dirs / "config" / "profiles" / "naantali.toml").write_text(profile, "utf-8")
    reload_profiles()
    versions = {"fi": "Valtuusto on yhtä junttilaumaa."}
    assert found(versions, organisation="naantali") == [
        ("tone.insult", W, "fi", "junttilaumaa"),
    ]


def test_messages_follow_the_ui_language() -> None:
    [finding] = check({"en": "What an idiot."}, FAMILY, ui_language="sv")
    assert "saklig" in finding.message
    assert finding.guideline.startswith("Karleby stad")


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    assert found(versions, organisation=organisation) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(tone, word="idiootti")


@pytest.mark.parametrize(("language", "aimed", "about"), [
    ("fi", "Olet idioottimainen.", "Tilanne oli idioottimainen."),
    ("sv", "Du är korkad.", "Det var ett idiotiskt beslut."),
    ("en", "You are pathetic.", "It was the most idiotic situation."),
])
def test_an_insulting_adjective_counts_when_aimed_at_people(
    language: str, aimed: str, about: str
) -> None:
    assert [f.rule for f in check({language: aimed}, FAMILY)] == ["tone.insult"]
    assert check({language: about}, FAMILY) == []


def test_a_shouted_sentence_after_a_heading_without_a_full_stop_is_shouting() -> None:
    versions = {
        "fi": "Kesäkuun tapahtumat TÄMÄ ON TÄRKEÄ TIEDOTE KAIKILLE ASUKKAILLE. Kiitos.",
        "en": "Summer events THIS IS AN IMPORTANT NOTICE FOR ALL RESIDENTS. Thanks.",
    }
    result = [f for f in check(versions, FAMILY) if f.rule == "tone.shouting"]
    assert [(f.language, f.severity, versions[f.language][f.start:f.end]) for f in result] == [
        ("en", Severity.WARNING, "THIS IS AN IMPORTANT NOTICE FOR ALL RESIDENTS."),
        ("fi", Severity.WARNING, "TÄMÄ ON TÄRKEÄ TIEDOTE KAIKILLE ASUKKAILLE."),
    ]


def test_a_few_capital_words_inside_a_sentence_are_not_shouting() -> None:
    versions = {"en": "The Kokkola Summer Festival starts on FRIDAY AT NOON sharp, welcome."}
    assert [f for f in check(versions, FAMILY) if f.rule == "tone.shouting"] == []


def test_an_insult_quoted_in_reported_speech_is_a_note_with_its_own_message() -> None:
    versions = {
        "fi": "Mielenosoittajat syyttivät ministeriä ”fasistiksi” ja ”sisäministeri "
              "(idiootiksi)”.",
        "sv": "De anklagade ministern för att vara ”fascist” och ”minister (idiot) för "
              "inrikes affärer”.",
        "en": 'Protesters accused the minister of being a "fascist", "Minister (moron) of '
              "the Interior\" and a 'thug'. Critics called him a 'moron'.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("tone.insult", INFO, "en", "moron"),
        ("tone.insult", INFO, "en", "moron"),
        ("tone.insult", INFO, "fi", "idiootiksi"),
        ("tone.insult", INFO, "sv", "idiot"),
    ]
    assert all("quoted" in f.message for f in result)


def test_an_insult_is_a_warning_unless_quoted_in_reported_speech() -> None:
    for versions in (
        {"en": "What a moron he is, as the protesters said."},  # not in quotation marks
        {"en": 'The "moron" of the week is the council.'},  # quoted, but nobody is reported
        {"fi": "Hän sanoi, että olet idiootti."},
        {"sv": "Han är en idiot, sa hon."},
        # A reporting verb far before, with no sentence end between, is not read: the
        # sentence around a quotation is looked at a bounded stretch either side.
        {"en": "He said " + "and then some more words " * 20 + 'the "moron" of the week.'},
    ):
        assert [severity for _rule, severity, *_ in found(versions)] == [W], versions
    # The strongest abuse stays an error even as a quotation.
    quoted = {"en": "He called them 'fucking idiots'."}
    assert found(quoted) == [("tone.insult", INFO, "en", "idiots"),
                             ("tone.strong-insult", E, "en", "fucking")]


def test_a_first_name_that_is_also_an_insult_is_a_name_in_a_name_context() -> None:
    text = ("Kiitos, Urpo! Kiinteistönhoitaja Urpo Hakala jää eläkkeelle. Urpo on "
            "huolehtinut kiinteistöistä vuodesta 1985.")
    assert found({"fi": text}) == []
    # Alone at a sentence's start, in lower case or after "sinä" it is an insult.
    for text, word in (("Urpo! Mitä teet?", "Urpo"), ("Urpo on taas myöhässä.", "Urpo"),
                       ("Voi sinä urpo.", "urpo"), ("Voi sinä Urpo.", "Urpo")):
        assert found({"fi": text}) == [("tone.insult", W, "fi", word)]
    # An insult opening a sentence before a name is no name.
    assert found({"fi": "Helvetti Pekka, mitä teit?"}) == [
        ("tone.insult", W, "fi", "Helvetti")]
