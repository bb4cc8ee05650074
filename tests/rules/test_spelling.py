"""The `spelling` rule family through the guideline engine: clean municipal texts give
no findings, misspelt words give one finding each with its span, suggestions and the
right citation, and the per-language switch in the settings is respected."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Finding, Post, Severity
from composer.resources import resource_path
from composer.rules import spelling as spelling_rules
from composer.settings import Settings
from tests.rules.helpers import assert_messages_complete

ENGINE = Engine()

# Sentences from the guidelines (Kokkola's in Finnish, Jakobstad's in Swedish) and
# everyday posts by each city.
CLEAN = {
    "kokkola": {
        "fi": (
            "Viestintämme on avointa, luotettavaa, keskustelevaa, selkeää, ytimekästä, "
            "oikea-aikaista, osallistavaa ja saavutettavaa. Kaikki Kokkolan kaupungin "
            "viestinnän kanavat rakentavat positiivista imagoa ja mielikuvaa Kokkolan "
            "kaupungista sekä organisaationa että paikkana. Kutsu keskusteluun mukaan "
            "aiheeseen liittyviä henkilöitä/organisaatioita tägäämällä heitä julkaisuusi "
            "(@henkilö) ja käytä asiatunnisteita (#hashtag). Uusin ja ajankohtaisin tieto "
            "löytyy usein somesta. Kaupungin virallinen palautekanava on "
            "kartta.kokkola.fi/eFeedback. Tavoitteena on edistää kuntalaisten "
            "tiedonsaantia, vuorovaikutusta ja vaikutusmahdollisuuksia."
        ),
        "sv": (
            "Stadsbiblioteket i Karleby har öppet vardagar klockan 8–20. Välkommen till "
            "sagostunden i Kelviå och Lochteå! Mer information på www.kokkola.fi. "
            "#KokkolaKarleby"
        ),
        "en": (
            "Kokkola City Library is open on weekdays from 8 am to 8 pm. The summer "
            "theatre in Neristan and the Tankar lighthouse welcome visitors in July. "
            "#KokkolaKarleby"
        ),
    },
    "jakobstad": {
        "sv": (
            "Syftet med stadens kommunikationsstrategi är att bidra till att stadens vision "
            "förverkligas. Stadens utåtriktade kommunikation utgör kärnan i den kommunala "
            "demokratin och i kommunens myndighetsuppgifter. Vi har en skyldighet att "
            "informera om stadens service och verksamhet. Genom vårt sätt att kommunicera "
            "bidrar vi till att skapa en Jakobstadsidentitet och stärka den positiva bilden "
            "av staden. Berätta också på sociala medier då du är nöjd med stadens "
            "verksamhet! Gilla, dela och kommentera. Kom alltid också ihåg ett gott språk "
            "på både finska och svenska."
        ),
        "fi": (
            "Pietarsaaren kaupunginkirjasto on avoinna arkisin kello 10–19. Tervetuloa "
            "Fäbodaan, Skatan puutaloalueelle ja Campus Allegroon! Lisätietoja: "
            "www.jakobstad.fi #pietarsaari"
        ),
    },
    "naantali": {
        "fi": (
            "Naantalin kaupunki on sosiaalisessa mediassa, koska kuntalaisetkin ovat siellä. "
            "Kesäkuussa Kultarannan puutarha ja Muumimaailma avautuvat, ja Luonnonmaalla "
            "järjestetään kyläjuhlat. Tervetuloa Rymättylään ja Merimaskuun! Kysy lisää "
            "Naantalin viestinnästä."
        ),
    },
}


def findings(versions: dict[str, str], organisation: str = "kokkola", *,
             ui_language: str = "en", settings: Settings | None = None) -> list[Finding]:
    post = Post(organisation=organisation, versions=versions)
    return ENGINE.check(post, ui_language=ui_language, settings=settings,
                        families=["spelling"])


def covered(versions: dict[str, str], found: list[Finding]) -> list[tuple[str, str]]:
    return sorted((f.language or "", versions[f.language or ""][f.start:f.end])
                  for f in found)


@pytest.mark.parametrize("organisation", sorted(CLEAN))
def test_clean_municipal_texts_have_no_spelling_findings(organisation: str) -> None:
    assert findings(CLEAN[organisation], organisation) == []


def test_the_jakobstad_guideline_in_swedish_is_clean_but_for_a_handle_split_by_a_line() -> None:
    text = resource_path("guidelines", "jakobstad.txt").read_text(encoding="utf-8")
    versions = {"sv": text}
    # "@stadenjakobstadpietarsaarenka\nupunki": the line break cut the handle in two.
    assert covered(versions, findings(versions, "jakobstad")) == [("sv", "upunki")]


def test_the_kokkola_guideline_in_finnish_shows_its_real_typos() -> None:
    text = resource_path("guidelines", "kokkola.txt").read_text(encoding="utf-8")
    versions = {"fi": text}
    found = findings(versions, "kokkola")
    words = [word for _, word in covered(versions, found)]
    # Two typos ("käytäydy" for "käyttäydy", "reagoitien" for "reagointien"), the
    # author's name and an interjection; nothing else in 10 000 characters.
    assert sorted(set(words)) == ["Hups", "Katleena", "Kortesus", "käytäydy", "reagoitien"]
    by_word = {versions["fi"][f.start:f.end]: f for f in found}
    assert by_word["käytäydy"].suggestions[0] == "käyttäydy"
    assert "reagointien" in by_word["reagoitien"].suggestions


def test_the_scanned_naantali_guideline_has_its_lost_umlauts_flagged() -> None:
    text = resource_path("guidelines", "naantali.ocr.txt").read_text(encoding="utf-8")
    versions = {"fi": text}
    by_word = {versions["fi"][f.start:f.end]: f for f in findings(versions, "naantali")}
    assert by_word["kayttaa"].suggestions[0] == "käyttää"
    assert by_word["henkiloston"].suggestions[0] == "henkilöstön"
    assert "Naantali" not in by_word


def test_the_restored_naantali_guideline_is_clean() -> None:
    text = resource_path("guidelines", "naantali.txt").read_text(encoding="utf-8")
    versions = {"fi": text}
    # Every word the scan damaged is restored (the scan gives 100 findings).
    assert covered(versions, findings(versions, "naantali")) == []


def test_a_misspelt_word_gives_one_warning_with_span_and_suggestions() -> None:
    versions = {"fi": "Voit kayttaa kirjaston tiloja maanantaista alkaen.",
                "sv": "Välkomen till biblioteket!", "en": "Welcome to the libary!"}
    found = findings(versions)
    assert covered(versions, found) == [("en", "libary"), ("fi", "kayttaa"),
                                        ("sv", "Välkomen")]
    assert all(f.rule == "spelling.unknown" and f.severity is Severity.WARNING
               for f in found)
    first = {f.language: f.suggestions[0] for f in found}
    assert first == {"fi": "käyttää", "sv": "Välkommen", "en": "library"}
    assert all(len(f.suggestions) <= 3 for f in found)


def test_each_occurrence_is_underlined() -> None:
    versions = {"fi": "Kayttaa tai kayttaa: kayttaa."}
    assert [f.start for f in findings(versions)] == [0, 12, 21]


def test_citation_is_the_organisations_language_point_where_it_has_one() -> None:
    [jakobstad] = findings({"sv": "Välkomen!"}, "jakobstad")
    assert jakobstad.reference == "jakobstad:language"
    assert "gott språk" in jakobstad.guideline
    [kokkola] = findings({"sv": "Välkomen!"}, "kokkola")
    assert kokkola.reference == "law:administrative-procedure-act"
    assert "434/2003" in kokkola.guideline


@pytest.mark.parametrize(("ui_language", "expected"), [
    ("en", "“Välkomen” is not in the Swedish dictionary"),
    ("fi", "Sanaa ”Välkomen” ei löydy sanakirjasta (ruotsinkielinen teksti)"),
    ("sv", "Ordet ”Välkomen” finns inte i ordlistan för svenska"),
])
def test_message_in_the_ui_language(ui_language: str, expected: str) -> None:
    [finding] = findings({"sv": "Välkomen!"}, ui_language=ui_language)
    assert finding.message.startswith(expected)


def test_spelling_can_be_switched_off_per_language() -> None:
    versions = {"fi": "Voit kayttaa tiloja.", "sv": "Välkomen!", "en": "The libary."}
    settings = Settings(spelling={"fi": False, "sv": True, "en": False})
    assert covered(versions, findings(versions, settings=settings)) == [("sv", "Välkomen")]
    everything_off = Settings(spelling={"fi": False, "sv": False, "en": False})
    assert findings(versions, settings=everything_off) == []


def test_family_switched_off_in_settings_gives_nothing() -> None:
    settings = Settings(disabled_families=["spelling"])
    assert findings({"sv": "Välkomen!"}, settings=settings) == []


def test_words_listed_for_the_organisation_are_not_flagged_in_any_case_form() -> None:
    versions = {"fi": "Tapahtuma järjestetään Alholmassa, Skutnäsissä ja Fäbodassa.",
                "sv": "Evenemanget ordnas i Alholmen, Skutnäs och Fäboda."}
    assert findings(versions, "jakobstad") == []
    # Naantali's lists do not have them: alone, each version's names are to be checked
    # (quietly); together, each version's names are the other's.
    for language, text in versions.items():
        found = findings({language: text}, "naantali")
        assert {(f.rule, f.severity) for f in found} == {("spelling.name", Severity.INFO)}
        assert len(found) == 3
    assert findings(versions, "naantali") == []


def test_a_name_in_another_version_is_not_flagged_even_inflected() -> None:
    versions = {"fi": "Shackletonin retkikunta saapui Bellingshausenin merelle.",
                "en": "Shackleton's expedition reached the Bellingshausen Sea."}
    assert findings(versions) == []
    alone = findings({"fi": versions["fi"]})
    assert covered(versions, alone) == [("fi", "Bellingshausenin"), ("fi", "Shackletonin")]


def test_an_unknown_capitalised_word_inside_a_sentence_is_a_quiet_note_a_lowercase_one_a_warning(
) -> None:
    versions = {"en": "Yesterday Grisay visited the libary with Perlingiere."}
    found = {versions["en"][f.start:f.end]: (f.rule, f.severity) for f in findings(versions)}
    assert found == {"Grisay": ("spelling.name", Severity.INFO),
                     "Perlingiere": ("spelling.name", Severity.INFO),
                     "libary": ("spelling.unknown", Severity.WARNING)}


def test_an_unknown_word_beginning_a_sentence_is_a_warning_unless_a_name_later() -> None:
    assert [f.severity for f in findings({"en": "Teh library is open."})] == [Severity.WARNING]
    found = findings({"en": "Grisay said so. We asked Grisay again."})
    assert {f.severity for f in found} == {Severity.INFO}


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Hän on 28-vuotias ja muutti 1990-luvulla Kokkolaan."),
    ("sv", "18-åringen bor här, bl.a. på sommaren."),
    ("en", "The 6th report cost £2bn, etc. in total."),
    ("fi", "Uutis- ja viestintäala kasvoi, ks. myöh. 1800-luvulla."),
    ("sv", "Det finns för- och nackdelar med barnavårdare och kvinnokliniker."),
])
def test_tokens_as_real_text_has_them_are_not_misspellings(language: str, text: str) -> None:
    assert findings({language: text}) == []


def test_a_number_with_a_misspelt_suffix_is_flagged_whole() -> None:
    versions = {"fi": "Hän on 28-vuotiass nyt."}
    assert covered(versions, findings(versions)) == [("fi", "28-vuotiass")]


def test_a_misspelt_swedish_compound_is_still_flagged() -> None:
    versions = {"sv": "Kommunstyrelsn sammanträder i biblioteke."}
    assert covered(versions, findings(versions)) == [("sv", "Kommunstyrelsn"),
                                                     ("sv", "biblioteke")]


def test_the_other_english_spelling_is_information_per_profile(tmp_path, monkeypatch) -> None:
    from composer.profiles import load_profiles

    versions = {"en": "The colour of the centre is a favorite."}
    found = findings(versions, "kokkola")
    assert [(versions["en"][f.start:f.end], f.rule, f.severity) for f in found] == [
        ("favorite", "spelling.variant", Severity.INFO)]
    american = load_profiles().get("kokkola")
    from dataclasses import replace

    us = replace(american, english="en-US")
    post = Post(organisation="kokkola", versions=versions)
    found = ENGINE.check(post, profile=us, families=["spelling"])
    assert sorted(versions["en"][f.start:f.end] for f in found) == ["centre", "colour"]
    assert {f.severity for f in found} == {Severity.INFO}


def test_every_rule_has_messages_in_three_languages() -> None:
    assert_messages_complete(spelling_rules, word="x", version="x", engine="x", install="x",
                             variant="x", other_language="x", standard="x", first="x", last="x")


def test_words_of_another_post_language_are_information_short_ones_only_in_company() -> None:
    versions = {"fi": "Hänen kappaleensa on ”Walking in the Air”, ja se soi usein. Hän in kotona."}
    shown = sorted((versions["fi"][f.start:f.end], f.start, f.rule) for f in findings(versions))
    rules = {(word, rule) for word, _start, rule in shown}
    assert ("the", "spelling.foreign") in rules
    # "in" next to "the" is English; "in" alone (for "on") is a slip.
    last = max(f.start for f in findings(versions) if versions["fi"][f.start:f.end] == "in")
    alone = next(f for f in findings(versions) if f.start == last)
    assert (alone.rule, alone.severity) == ("spelling.unknown", Severity.WARNING)


def test_an_unknown_capitalised_word_opening_a_sentence_with_no_near_word_is_a_name() -> None:
    found = findings({"fi": "Simonides nauroi ääneen."})
    assert [(f.rule, f.severity) for f in found] == [("spelling.name", Severity.INFO)]
    found = findings({"en": "Awsome ceremony, it was over."})
    assert [(f.rule, f.severity) for f in found] == [("spelling.unknown", Severity.WARNING)]


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fi", "Uusi malli esiteltiin showroomissa, ja kävimme showroomia katsomassa.", "showroomia"),
    ("fi", "Kameraa liikutetaan dollyja käyttäen.", "dollyja"),
    ("sv", "Barnen i moshavbarn-gruppen jämfördes med moshavbarnen i studien.", "moshavbarnen"),
    ("en", "We ate empanadas at the market.", "empanadas"),
])
def test_a_lowercase_word_no_known_word_is_near_is_a_quiet_note(
    language: str, text: str, word: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.unrecognised", Severity.INFO)]


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fi", "Kirjastto on auki.", "Kirjastto"),
    ("fi", "Nuoret kokoontuvat nuorisotallolla.", "nuorisotallolla"),
    ("fi", "Yövyimme hotelin huoneessa.", "hotelin"),  # a loan's form, but "hotellin"
    ("fi", "Tapaaminen on tänaan.", "tänaan"),
    ("sv", "Biblioteket hälsar er välkomnn.", "välkomnn"),
    ("en", "See you tommorow at the libary.", "tommorow"),
    ("en", "The service was excelnt.", "excelnt"),  # sounds like "excellent"
    ("en", "Send your questionsand ideas.", "questionsand"),  # a missing space
])
def test_a_lowercase_word_that_looks_like_a_typo_stays_a_warning(
    language: str, text: str, word: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.unknown", Severity.WARNING)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "See the attached file TEXT.htm and Lisa_coverletter.doc for details."),
    ("fi", "Tie erkanee seututie 955:ltä, ja hinnat nousivat 75 %:iin."),
    ("fi", "Levy äänitettiin U.S.A.:ssakin, ja 1990:stäkin on jäänyt muistoja."),
    ("fi", "Lehden huhti-/toukokuun painoksessa on artikkeli."),
    ("fi", "Kivet sijaitsevat pohjois-etelä-suunnassa."),  # "pohjois-" before a hyphen
])
def test_file_names_and_a_numbers_case_endings_are_not_misspellings(
    language: str, text: str,
) -> None:
    assert findings({language: text}) == []


def test_a_short_unknown_word_after_a_number_is_a_unit_and_only_a_note() -> None:
    found = findings({"en": "The refinery makes 72,000 bpd of fuel."})
    assert [(f.rule, f.severity) for f in found] == [("spelling.unrecognised", Severity.INFO)]
    # A rate's unit after a slash, too.
    found = findings({"fi": "Vuokra on 50 €/vkl."})
    assert [(f.rule, f.severity) for f in found] == [("spelling.unrecognised", Severity.INFO)]


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Bussi lähtee 1 h 30 min ennen lähtöä; lippu maksaa 10 €/hlö, matka 2 vrk."),
    ("sv", "Bussen avgår 1 h 30 min före avgång, 2 tim senare kommer 3 st till."),
    ("en", "The bus leaves 1 h 30 min before departure; the walk takes 2 hrs and 10 mins."),
])
def test_a_listed_unit_after_a_number_is_no_finding(language: str, text: str) -> None:
    assert findings({language: text}) == []


def test_a_unit_is_checked_as_a_word_away_from_a_number() -> None:
    versions = {"sv": "Vi ses om en tim eller två."}
    assert covered(versions, findings(versions)) == [("sv", "tim")]


def test_a_name_after_a_lowercase_article_is_a_name() -> None:
    versions = {"en": "The report named al-Janabi as the source."}
    found = findings(versions)
    assert [(versions["en"][f.start:f.end], f.rule) for f in found] == [
        ("al-Janabi", "spelling.name")]


def test_a_finnish_compound_voikko_lacks_is_a_note_unless_a_typing_slip() -> None:
    versions = {"fi": "Tutkimus käsitteli takaisintuontiin liittyviä sääntöjä."}
    assert [(f.rule, f.severity) for f in findings(versions)] == [
        ("spelling.unrecognised", Severity.INFO)]
    versions = {"fi": "Tervetuloa lisätitoja kysymään ja nuorisotalolle."}
    assert [(f.rule, f.severity) for f in findings(versions)] == [
        ("spelling.unknown", Severity.WARNING)]


@pytest.mark.parametrize(("language", "text"), [
    # A range sharing its second part's end: "huhtikuun" to "kesäkuun".
    ("fi", "Huhti-kesäkuun liikevaihto kasvoi, ja tammi-maaliskuussa se laski."),
    # An abbreviation with a case ending after its colon, in lower case too.
    ("fi", "Ehdokkaista sdp:n edustaja sai eniten ääniä."),
    # Another script: no fi/sv/en dictionary can judge it.
    ("fi", "Hahmon nimi on japaniksi 天津飯 ja venäjäksi Тэнсинхан."),
    # Swedish productive endings: a verbal noun, an adverb in -vis.
    ("sv", "Vårdandet av barnen sköttes gruppvis och generationsvis."),
])
def test_productive_forms_ranges_and_other_scripts_are_not_misspellings(
    language: str, text: str,
) -> None:
    assert findings({language: text}) == []


def test_a_misspelt_range_or_derived_word_is_still_flagged() -> None:
    versions = {"fi": "Huhti-kesäkuun liikevaihto ja huhti-kesäkuuun tulos."}
    assert covered(versions, findings(versions)) == [("fi", "huhti-kesäkuuun")]
    versions = {"sv": "Vårdnadet sköttes stegvus."}
    assert covered(versions, findings(versions)) == [("sv", "Vårdnadet"), ("sv", "stegvus")]


@pytest.mark.parametrize(("language", "text", "name"), [
    # A full stop after an initial ends no sentence.
    ("sv", "Resultaten finns hos A. I. Rabin: boken kom ut senare.", "Rabin"),
    # Nor one after a short abbreviation opening a parenthesis.
    ("fi", "Pyhä Johannes Damaskolainen (lat. Iohannes Damascenus) kuoli 749.", "Iohannes"),
])
def test_a_name_after_an_initial_or_a_parenthesised_abbreviation_is_inside_the_sentence(
    language: str, text: str, name: str,
) -> None:
    found = findings({language: text})
    assert (name, "spelling.name", Severity.INFO) in [
        (text[f.start:f.end], f.rule, f.severity) for f in found]
    assert all(f.severity is Severity.INFO for f in found)


def test_a_surname_in_capitals_is_a_name_but_a_shouted_typo_is_not() -> None:
    text = "Komission puolesta Franz FISCHLER Komission jäsen"
    assert [(f.rule, f.severity) for f in findings({"fi": text})] == [
        ("spelling.name", Severity.INFO)]
    # A word in capitals that is a typo of a known word stays a warning.
    text = "Muista ILMOITAUTUA ajoissa."
    assert [(f.rule, f.severity) for f in findings({"fi": text})] == [
        ("spelling.unknown", Severity.WARNING)]


def test_a_short_foreign_word_next_to_a_word_both_languages_know_is_foreign() -> None:
    text = "Boken heter Mothering in the Kibbutz och kom ut 1965."
    found = [f for f in findings({"sv": text}) if text[f.start:f.end] == "the"]
    assert [(f.rule, f.severity) for f in found] == [("spelling.foreign", Severity.INFO)]


@pytest.mark.parametrize(("language", "text", "word"), [
    # The first part of a Finnish open compound: a term or a name.
    ("fi", "Hän kuolee käyttäessään energiansa kikoho -hyökkäykseensä.", "kikoho"),
    # A word explained right after it.
    ("fi", "Perusyksikkö muuttui siidasta eli lapinkylästä paliskunnaksi.", "siidasta"),
    ("sv", "En moshav, dvs. ett jordbrukskollektiv, är större.", "moshav"),
])
def test_a_word_the_text_marks_as_a_term_is_a_quiet_note(
    language: str, text: str, word: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.unrecognised", Severity.INFO)]
    # Without the mark the same word looks like a typo and stays a warning.
    plain = text.replace(" -", " ").replace(" eli ", " ja ").replace(", dvs.", " och")
    found = [f for f in findings({language: plain}) if plain[f.start:f.end] == word]
    assert [f.severity for f in found] == [Severity.WARNING]


def test_a_word_split_by_a_soft_hyphen_is_read_whole() -> None:
    # News sites hyphenate long words with soft hyphens, and pasted text keeps them.
    assert findings({"fi": "Tervetuloa kau\u00adpungin kirjas\u00adtoon."}) == []
    versions = {"fi": "Tervetuloa kau\u00adpungn kirjastoon."}
    assert covered(versions, findings(versions)) == [("fi", "kau\u00adpungn")]


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fi", "Kenraali de Meza erotettiin välittömästi.", "de"),
    ("fi", "Sen kertoi John di Domenico viime vuonna.", "di"),
    ("fi", "Sota päättyi. De Gaulle oli ohjeistanut kaikkia.", "De"),
    ("sv", "Det var oroande. Mrs Clinton har ett rykte om sig.", "Mrs"),
    ("en", "The minister left early. Barón de Claret was the only one to stay.", "Barón"),
    ("fi", "Kuvaus oli hyvä. Caplan hylkää ajatuksen taannehtivasta äänestä.", "Caplan"),
    ("fi", "Kuvaus keskeytettiin. Cuaron, jonka elokuva voitti, ei ollut paikalla.", "Cuaron"),
    ("en", "Lamarr accompanied him to meetings. Lamarr's earliest inventions include a light.",
     "Lamarr"),
])
def test_signs_of_a_name_make_an_unknown_word_a_quiet_name_note(
    language: str, text: str, word: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    # A particle another language knows ("de" is Swedish) is that language's word.
    assert found and {f.severity for f in found} == {Severity.INFO}
    assert {f.rule for f in found} <= {"spelling.name", "spelling.foreign"}


@pytest.mark.parametrize(("language", "text", "word"), [
    ("fi", "Kaikki oli hyvin. Naantlai on kaunis kaupunki.", "Naantlai"),  # a known name, swapped
    ("fi", "Kaikki oli hyvin. Suurkitokset kaikille osallistujille!", "Suurkitokset"),
    ("en", "It was over. Awsome ceremony, though.", "Awsome"),
    # a name and a last part too short for a compound; "floridabor" (residents of
    # Florida) is right, a resident noun
    ("sv", "Fem miljoner floridabro har redan röstat.", "floridabro"),
])
def test_slips_near_those_signs_stay_warnings(language: str, text: str, word: str) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.unknown", Severity.WARNING)]


def test_a_foreign_word_between_two_names_is_part_of_the_name() -> None:
    text = "Kaupungissa on luostari St. Peter and Paulin kirkon vieressä."
    found = {text[f.start:f.end]: (f.rule, f.severity) for f in findings({"fi": text})}
    assert found.get("and") == ("spelling.foreign", Severity.INFO)


def test_a_lower_case_word_with_letters_the_language_does_not_write_is_a_note() -> None:
    # (in a whole French phrase, "Conseil national du numérique", it is spelling.foreign:
    # tests/spelling/test_foreign_phrases.py)
    text = "Neuvosto käytti lausunnossaan sanaa numérique useasti."
    found = {text[f.start:f.end]: (f.rule, f.severity) for f in findings({"fi": text})}
    assert found.get("numérique") == ("spelling.unrecognised", Severity.INFO)


@pytest.mark.parametrize(("language", "text", "word", "standard"), [
    ("fi", "Mä en tiedä, mitä tapahtui.", "Mä", "Minä"),
    ("fi", "Se oli kiva, mut kallis.", "mut", "mutta"),
    ("fi", "Hän on ollu täällä ennenkin.", "ollu", "ollut"),  # a participle without -t
    ("fi", "Onks kirjasto auki huomenna?", "Onks", "Onko"),  # a question in -ks
    ("fi", "Se on alakerras.", "alakerras", "alakerrassa"),  # -s for -ssa
    ("fi", "Tuli muutenki kaikkee.", "kaikkee", "kaikkea"),  # a partitive's lengthened vowel
    ("fi", "Se meni nopeesti ohi.", "nopeesti", "nopeasti"),  # "ee" for "ea"
    ("fi", "Sinne tultii eilen illalla.", "tultii", "tultiin"),  # the past passive
    ("fi", "Hän tuli sun kanssas.", "kanssas", "kanssasi"),  # the possessive -si
    ("fi", "He olivat vahvoi pelaajia.", "vahvoi", "vahvoja"),  # a plural partitive
    ("fi", "Niitä sanottiin limanaamoiks.", "limanaamoiks", "limanaamoiksi"),  # translative
    ("en", "The library is open, btw, until eight.", "btw", "by the way"),
])
def test_spoken_and_chat_forms_are_a_note_with_the_standard_form(
    language: str, text: str, word: str, standard: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.colloquial", Severity.INFO)]
    assert found[0].suggestions[0] == standard
    assert f"”{standard}”" in found[0].message or f"“{standard}”" in found[0].message


@pytest.mark.parametrize(("text", "word", "standard", "replacement"), [
    ("Tämän hetken lemppari on kaalisalaatti.", "lemppari", "suosikki", ["suosikki"]),
    # inflected or compounded: the standard word is named, not offered as a replacement
    # (it would lose the ending: "terveydenhoitaja" for "kouluterkkarilla")
    ("Kouluterkkarilla on vastaanotto.", "Kouluterkkarilla", "terveydenhoitaja", []),
    ("Tule hengailemaan nuorisotalolle!", "hengailemaan", "oleskella", []),
    ("Jaoimme ekasta päivästä alkaen.", "ekasta", "ensimmäinen", []),
])
def test_everyday_spoken_words_are_a_note_in_every_form(
    text: str, word: str, standard: str, replacement: list[str],
) -> None:
    found = [f for f in findings({"fi": text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [("spelling.colloquial", Severity.INFO)]
    assert standard in found[0].message.lower()
    assert list(found[0].suggestions) == replacement


@pytest.mark.parametrize(("text", "word", "standard"), [
    ("Emmäkään tiedä, mihin se meni.", "Emmäkään", "En minäkään"),
    ("Mullakin on asiaa.", "Mullakin", "Minullakin"),
    ("Ei se puhu, enkä mäkään.", "mäkään", "minäkään"),
])
def test_a_spoken_form_with_a_clitic_is_a_note_with_the_clitic_kept(
    text: str, word: str, standard: str,
) -> None:
    found = [f for f in findings({"fi": text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.suggestions[0]) for f in found] == [("spelling.colloquial", standard)]


def test_in_a_spoken_version_a_regular_shortening_wins_over_a_swap() -> None:
    # "tykkäis" is "tykkäsi" with two letters swapped: a slip in standard text, the
    # spoken conditional ("tykkäisi") in a version written in spoken Finnish.
    spoken = "Mä luulen ettei se tuu, mut se tykkäis siitä."
    standard = "Kaupunginhallitus tykkäis uudesta torista."
    in_spoken = [f for f in findings({"fi": spoken}) if spoken[f.start:f.end] == "tykkäis"]
    in_standard = [f for f in findings({"fi": standard})
                   if standard[f.start:f.end] == "tykkäis"]
    assert [(f.rule, f.suggestions[0]) for f in in_spoken] == [
        ("spelling.colloquial", "tykkäisi")]
    assert [(f.rule, f.severity) for f in in_standard] == [
        ("spelling.unknown", Severity.WARNING)]


def test_a_slip_reads_as_a_loose_spoken_form_only_in_a_spoken_version() -> None:
    spoken = "Mä päätin ku ny on aikaa ett tuun mukaan."
    standard = "Kaupunki ilmoittaa ett uimahalli on suljettu."
    in_spoken = [f for f in findings({"fi": spoken}) if spoken[f.start:f.end] == "ett"]
    in_standard = [f for f in findings({"fi": standard}) if standard[f.start:f.end] == "ett"]
    assert [(f.rule, f.suggestions[0]) for f in in_spoken] == [("spelling.colloquial", "että")]
    assert [(f.rule, f.severity) for f in in_standard] == [
        ("spelling.unknown", Severity.WARNING)]


@pytest.mark.parametrize("text", [
    "Hän on olluut täällä.",  # no spoken form of anything
    "Kakiki tulivat ajoissa.",  # "kaikki" swapped, though "kakikin" is a word
    "Aluis oli satamassa.",  # "alusi" swapped, though "aluissa" is a word
    "Yövyimme hotelin huoneessa.",  # "hotellin", not a spoken "hoitelin"
])
def test_a_slip_that_only_looks_spoken_stays_a_warning(text: str) -> None:
    found = findings({"fi": text})
    assert [(f.rule, f.severity) for f in found] == [("spelling.unknown", Severity.WARNING)]


@pytest.mark.parametrize(("language", "text", "word", "standard"), [
    ("en", "We flew to florida on saturday.", "florida", "Florida"),
    ("en", "It plays on my ipod.", "ipod", "iPod"),
    ("en", "The pictures came from india today.", "india", "India"),
    ("fi", "Tervetuloa helsinkiin!", "helsinkiin", "Helsinkiin"),
    ("sv", "Välkommen till helsingfors!", "helsingfors", "Helsingfors"),
])
def test_a_known_word_without_its_capitals_is_a_note_with_the_right_form(
    language: str, text: str, word: str, standard: str,
) -> None:
    found = [f for f in findings({language: text}) if text[f.start:f.end] == word]
    assert [(f.rule, f.severity) for f in found] == [
        ("spelling.capitalisation", Severity.INFO)]
    assert found[0].suggestions[0] == standard


def test_a_stem_the_text_inflects_three_ways_is_a_term_a_repeated_slip_is_not() -> None:
    text = "Pelaaja huolehtii simin tarpeista. Simit voivat pelata. Se antaa simeille aikaa."
    found = {text[f.start:f.end]: f.severity for f in findings({"fi": text})}
    assert set(found) == {"simin", "Simit", "simeille"}
    assert set(found.values()) == {Severity.INFO}
    text = "Tervetoloa kaikki, tervetoloa!"
    found_slips = findings({"fi": text})
    assert [f.severity for f in found_slips] == [Severity.WARNING, Severity.WARNING]


def test_a_swedish_compound_linked_by_s_may_end_in_a_short_word_a_doubled_s_may_not() -> None:
    text = "Detta genomsnittstal gäller ett mindre lägenhetslåst liv."
    assert findings({"sv": text}) == []
    for slip in ("Ett heltidssjobb väntar.", "Han ligger på sjukhusset."):
        found = findings({"sv": slip})
        assert [(f.rule, f.severity) for f in found] == [
            ("spelling.unknown", Severity.WARNING)]


def test_a_full_stop_after_a_title_ends_no_sentence() -> None:
    text = "Det sade Ms. Gillard igår."
    found = [f for f in findings({"sv": text}) if text[f.start:f.end] == "Gillard"]
    assert [(f.rule, f.severity) for f in found] == [("spelling.name", Severity.INFO)]


def test_swedish_action_and_quality_nouns_of_known_words_are_words() -> None:
    assert findings({"sv": "Ta god tid vid skötningen, mot ökad kollektivitet."}) == []
    for slip, word in (("Det var en god stämmning.", "stämmning"),
                       ("Det leder till förslummning.", "förslummning")):
        found = findings({"sv": slip})
        assert [(slip[f.start:f.end], f.severity) for f in found] == [(word, Severity.WARNING)]


def test_a_rare_name_a_typo_away_from_a_common_word_is_a_misspelling_not_a_missing_capital(
) -> None:
    text = "Add salt and peper to the soup."
    found = [f for f in findings({"en": text}) if text[f.start:f.end] == "peper"]
    assert [(f.rule, f.severity) for f in found] == [("spelling.unknown", Severity.WARNING)]
    assert "pepper" in found[0].suggestions


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "1.–2.-luokkalaiset ja 3.–6.-luokkalaiset hiihtävät, 7.-luokkalaisten ilta."),
    ("fi", "Uimakoulu 5- ja 6-vuotiaille, kesätöitä 16–17-vuotiaille."),
    ("en", "Jobs for 16–17-year-olds, 5-year-olds and 13 to 20-year-olds."),
    ("sv", "Enkäten till 13–20-åringar."),
])
def test_a_word_after_a_number_an_ordinal_or_a_range_is_checked_with_the_number(
    language: str, text: str,
) -> None:
    assert findings({language: text}) == []


def test_a_slip_after_a_number_an_ordinal_or_a_range_is_flagged_with_the_number() -> None:
    versions = {"fi": "Tulevien 7.-luokkalaisetn ilta.", "en": "Lessons for 5-yaer-olds."}
    assert sorted(covered(versions, findings(versions))) == [
        ("en", "5-yaer-olds"), ("fi", "7.-luokkalaisetn")]


def test_a_name_only_the_other_english_dictionary_lists_is_a_name_note() -> None:
    versions = {"en": "Vaasa is near. The choir sang in Vaasa, in the colour of the centre."}
    assert [(f.rule, f.severity) for f in findings(versions)] == [
        ("spelling.name", Severity.INFO), ("spelling.name", Severity.INFO)]
    versions["fi"] = "Kuoro lauloi Vaasassa."
    assert findings(versions) == []
    found = findings({"en": "The Color of the centre."})
    assert [f.rule for f in found] == ["spelling.variant"]


def test_a_word_opening_the_text_is_not_read_as_after_a_number_at_its_end() -> None:
    versions = {"fi": "Väitsökirja on tehty vuosina 2004-2007."}
    assert covered(versions, findings(versions)) == [("fi", "Väitsökirja")]


def test_a_loan_the_versions_share_in_their_compounds_is_no_slip() -> None:
    versions = {"fi": "Tarjolla on birria-tacoja ja bao-sämpylöitä.",
                "sv": "Det blir birriatacos och baobullar.",
                "en": "Serving birria tacos and bao buns."}
    found = {(f.language, versions[f.language][f.start:f.end]): (f.rule, f.severity)
             for f in findings(versions) if f.start is not None}
    assert ("en", "bao") not in found and ("en", "birria") not in found
    assert found[("fi", "bao-sämpylöitä")] == ("spelling.unrecognised", Severity.INFO)
    assert found[("sv", "baobullar")] == ("spelling.unrecognised", Severity.INFO)
    # alone, the English loan is unknown to the dictionary
    alone = [(f.rule, f.severity) for f in findings({"en": "Serving bao buns."})]
    assert alone == [("spelling.unknown", Severity.WARNING)]
