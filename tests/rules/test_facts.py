"""The `facts` rule through the engine: rumour markers in Finnish, Swedish and English,
and everyday wording that only looks like them."""

from __future__ import annotations

import pytest

from composer.model import Severity
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "facts"
W = Severity.WARNING


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


def test_rumour_markers_in_three_languages() -> None:
    versions = {
        "fi": (
            "Kuulemma kirjasto suljetaan ensi vuonna. Huhujen mukaan myös uimahallin "
            "hinnat nousevat, ja väitetään, että päätös on jo tehty."
        ),
        "sv": "Enligt rykten stängs biblioteket. Det sägs att priset stiger. Ryktet säger mer.",
        "en": "Rumour has it the library will close. Allegedly the prices rise. I heard it too.",
    }
    result = check(versions, FAMILY, role="employee")
    assert spans(versions, result) == [
        ("facts.rumour", W, "en", "Allegedly"),
        ("facts.rumour", W, "en", "I heard"),
        ("facts.rumour", W, "en", "Rumour has it"),
        ("facts.rumour", W, "fi", "Huhujen mukaan"),
        ("facts.rumour", W, "fi", "Kuulemma"),
        ("facts.rumour", W, "fi", "väitetään"),
        ("facts.rumour", W, "sv", "Det sägs att"),
        ("facts.rumour", W, "sv", "Enligt rykten"),
        ("facts.rumour", W, "sv", "Ryktet säger"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:facts")
        assert "Oikeaa tietoa, ei huhuja" in finding.guideline


def test_each_organisation_cites_its_own_facts_point() -> None:
    versions = {"sv": "Det ryktas att simhallen stänger."}
    [jakobstad] = check(versions, FAMILY, organisation="jakobstad", ui_language="sv")
    assert_cited(jakobstad, "jakobstad:facts")
    assert "Kontrollera fakta" in jakobstad.message
    [naantali] = check({"fi": "Kuulemma uimahalli suljetaan."}, FAMILY, organisation="naantali")
    assert_cited(naantali, "naantali:facts")


def test_reporting_verbs_in_plain_statements_are_not_rumours() -> None:
    versions = {
        "fi": (
            "Opas kertoo, että museo on auki. Olemme kuulleet palautteenne. Tutkija "
            "väittää väitöskirjassaan uutta, ja hän kuulee asukkaita torstaina."
        ),
        "sv": "Guiden berättar att museet är öppet. Vi har hört er respons. Jag hör dig.",
        "en": "The guide says the museum is open. We have heard your feedback. Report a fault.",
    }
    assert found(versions) == []


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    assert found(versions, organisation=organisation) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(FAMILY, phrase="kuulemma")


def test_rumour_words_in_reported_speech_with_a_named_source_are_not_hearsay() -> None:
    from composer.engine import Engine
    from composer.model import Post

    versions = {"fi": "Poliisin mukaan väitetään, että mies pakeni. Kuulemma kirjasto suljetaan.",
                "sv": "Enligt polisen påstås mannen ha flytt. Det sägs att biblioteket stängs.",
                "en": "Police said the man allegedly fled. Reportedly the library will close."}
    found = Engine().check(Post(organisation="kokkola", versions=versions), families=["facts"])
    assert sorted((f.language, versions[f.language][f.start:f.end]) for f in found) == [
        ("en", "Reportedly"), ("fi", "Kuulemma"), ("sv", "Det sägs att")]


def test_sayings_legends_and_self_reports_are_not_hearsay_but_claims_are() -> None:
    versions = {
        "fi": ("Tiettävästi Kokkola on ensimmäinen. Usein sanotaan, että liikunta on paras "
               "lääke. Näyttelyssä kerrotaan, että nunnat neuloivat sukkia 1400-luvulla. "
               "Sanotaan, että uimahalli suljetaan."),
        "sv": ("Det sägs att nunnorna stickade strumpor på 1400-talet. Det sägs ofta att "
               "motion är bra. Det sägs att simhallen stänger."),
        "en": ("They say exercise is the best medicine. We asked them, and they say they "
               "want more. They say the pool will close. They say parking is free on 5 May. "
               "It is said that the nuns knitted stockings in the 15th century."),
    }
    assert found(versions) == [
        ("facts.rumour", W, "en", "They say"),
        ("facts.rumour", W, "en", "They say"),
        ("facts.rumour", W, "fi", "Sanotaan, että"),
        ("facts.rumour", W, "sv", "Det sägs att"),
    ]


def test_a_legend_of_the_last_century_is_no_tradition() -> None:
    versions = {"sv": "Det sägs att simhallen byggdes på 1900-talet och stängs nu."}
    assert found(versions) == [("facts.rumour", W, "sv", "Det sägs att")]
