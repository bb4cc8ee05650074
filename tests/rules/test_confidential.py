"""The `confidential` rules through the engine: secrecy markings (errors) and unfinished,
not yet public material (warnings) in Finnish, Swedish and English, in any inflection."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.model import Severity
from composer.profiles import reload_profiles
from composer.resources import resource_path
from composer.rules import confidential
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "confidential"
E, W = Severity.ERROR, Severity.WARNING


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


def test_finnish_secrecy_markings_in_any_inflection() -> None:
    versions = {
        "fi": (
            "LUOTTAMUKSELLINEN\n"
            "Liitteenä olevat salassa pidettävät tiedot koskevat ensi vuoden budjettia. "
            "Ei-julkisten asiakirjojen osalta noudatetaan tavallista menettelyä. "
            "Muistio on vain sisäiseen käyttöön."
        )
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("confidential.secrecy", E, "fi", "Ei-julkisten"),
        ("confidential.secrecy", E, "fi", "LUOTTAMUKSELLINEN"),
        ("confidential.secrecy", E, "fi", "salassa pidettävät tiedot"),
        ("confidential.secrecy", E, "fi", "vain sisäiseen käyttöön"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:confidential")
        assert "Salassa pidettäviä tietoja" in finding.guideline


def test_swedish_and_english_secrecy_markings() -> None:
    versions = {
        "sv": "Bifogat finns sekretessbelagda uppgifter, endast för internt bruk. (Konfidentiell)",
        "en": "Strictly confidential – do not share. The memo is for internal use.",
    }
    result = check(versions, FAMILY, organisation="jakobstad")
    assert spans(versions, result) == [
        ("confidential.secrecy", E, "en", "Strictly confidential"),
        ("confidential.secrecy", E, "en", "do not share"),
        ("confidential.secrecy", E, "en", "for internal use"),
        ("confidential.secrecy", E, "sv", "Konfidentiell"),
        ("confidential.secrecy", E, "sv", "endast för internt bruk"),
        ("confidential.secrecy", E, "sv", "sekretessbelagda"),
    ]
    for finding in result:
        assert_cited(finding, "jakobstad:confidential")


def test_unfinished_material_is_a_warning_citing_the_unfinished_point() -> None:
    versions = {
        "fi": "VALMISTEILLA\nUusi kouluverkkoselvitys on julkaisuvapaa maanantaina klo 10.",
        "sv": "Utkast: Ärendet är ännu inte offentligt, och beslutet fattas i juni.",
        "en": "Draft: the plan is not yet public, the budget is under embargo.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("confidential.unfinished", W, "en", "Draft"),
        ("confidential.unfinished", W, "en", "not yet public"),
        ("confidential.unfinished", W, "en", "under embargo"),
        ("confidential.unfinished", W, "fi", "VALMISTEILLA"),
        ("confidential.unfinished", W, "fi", "julkaisuvapaa"),
        ("confidential.unfinished", W, "sv", "Utkast"),
        ("confidential.unfinished", W, "sv", "ännu inte offentligt"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:unfinished")


def test_organisations_without_an_unfinished_point_cite_confidential_then_the_act() -> None:
    versions = {"fi": "Talousarvio on julkaisuvapaa maanantaina."}
    [jakobstad] = check(versions, FAMILY, organisation="jakobstad")
    assert_cited(jakobstad, "jakobstad:confidential")
    [naantali] = check(versions, FAMILY, organisation="naantali")
    assert_cited(naantali, "naantali:confidential")


def test_words_that_are_markings_only_as_labels() -> None:
    versions = {
        "fi": (
            "Tarjoamme luottamuksellista keskusteluapua nuorille. Teatterissa nähdään "
            "Salainen puutarha. Kaavaluonnos on nähtävillä, ja sisäinen liikuntapaikka avataan."
        ),
        "sv": "Vi erbjuder konfidentiell rådgivning. Ett internt evenemang för personalen.",
        "en": (
            "Free confidential counselling. The draft beer festival is in the internal yard.\n"
            "SECRET SANTA PARTY AT THE LIBRARY"
        ),
    }
    assert found(versions) == []
    labels = {
        "fi": "Luonnos: kokousaikataulu 2025",
        "sv": "KONFIDENTIELLT\nProtokollet publiceras senare.",
        "en": "[Confidential] Meeting notes. The memo is CONFIDENTIAL until Monday.",
    }
    assert found(labels) == [
        ("confidential.secrecy", E, "en", "CONFIDENTIAL"),
        ("confidential.secrecy", E, "en", "Confidential"),
        ("confidential.secrecy", E, "sv", "KONFIDENTIELLT"),
        ("confidential.unfinished", W, "fi", "Luonnos"),
    ]


def test_a_phrase_does_not_run_across_sentences() -> None:
    versions = {"fi": "Tarvitseeko ilmoittautua? Ei. Julkinen tilaisuus, kaikki tervetuloa!"}
    assert found(versions) == []


def test_an_organisation_adds_its_own_markings(isolated_dirs: Path) -> None:
    profile = resource_path("profiles", "kokkola.toml").read_text(encoding="utf-8")
    profile += '\n[words.confidential]\nfi = ["vain hallituksen tiedoksi"]\n'
    (isolated_dirs / "config" / "profiles").mkdir()
    (isolated_dirs / "config" / "profiles" / "kokkola.toml").write_text(profile, "utf-8")
    reload_profiles()
    versions = {"fi": "Tämä raportti on vain hallituksen tiedoksi."}
    assert found(versions) == [
        ("confidential.secrecy", E, "fi", "vain hallituksen tiedoksi"),
    ]


def test_messages_follow_the_ui_language() -> None:
    versions = {"sv": "Sekretessbelagd information."}
    [finding] = check(versions, FAMILY, organisation="jakobstad", ui_language="fi")
    assert "Salassa pidettäviä tietoja ei julkaista" in finding.message
    assert finding.guideline.startswith("Pietarsaaren kaupunki")


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    for role in ("organisation", "employee", "elected"):
        assert found(versions, organisation=organisation, role=role) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(confidential, phrase="salassa pidettävä")


@pytest.mark.parametrize(("language", "text", "marking"), [
    ("fi", "Hei kaikki. Luottamuksellinen, ei levitetä eteenpäin. Kiitos.", "Luottamuksellinen"),
    ("sv", "Konfidentiellt, får inte spridas vidare.", "Konfidentiellt"),
    ("en", "Thanks for the notes. This information is confidential.", "confidential"),
    ("sv", "Bifogat finns protokollet. Detta är strängt konfidentiellt.", "konfidentiellt"),
])
def test_a_marking_written_as_a_sentence_is_found_with_the_marking_word(
    language: str, text: str, marking: str
) -> None:
    result = check({language: text}, FAMILY)
    assert marking in [text[f.start:f.end] for f in result]
    assert {f.severity for f in result} == {E}


def test_a_label_word_opening_an_ordinary_sentence_is_not_a_marking() -> None:
    assert found({"fi": "Luottamuksellinen, maksuton keskusteluapu auttaa nuoria."}) == []
    assert found({"en": "This is confidential advice for young people, free of charge."}) == []
    assert found({"en": "Confidential advice, free of charge, for young people."}) == []


@pytest.mark.parametrize(("language", "story", "label"), [
    ("fi", "Sähköposti voi sisältää luottamuksellista tietoa, kertoi lakimies.",
     "Luottamuksellinen tieto:\nBudjetti on valmis."),
    ("sv", "Tidningen skrev om en hemlig handling som läckt ut.",
     "HEMLIG HANDLING\nBudgeten är klar."),
    ("en", "This e-mail may contain privileged or confidential information, they said.",
     "Confidential information: the budget is ready."),
])
def test_a_secrecy_phrase_is_a_marking_as_a_label_not_in_a_story(
    language: str, story: str, label: str
) -> None:
    assert found({language: story}) == []
    assert [rule for rule, *_ in found({language: label})] == ["confidential.secrecy"]


@pytest.mark.parametrize(("language", "story", "label"), [
    ("sv", "Vetenskapsmännen försåg henne med hemligstämplad information.",
     "HEMLIGSTÄMPLAT\nBudgeten är klar."),
    ("fi", "Tutkijat antoivat hänelle salaiseksi luokiteltua tietoa.",
     "Salaiseksi luokiteltu: budjetti on valmis."),
    ("en", "The scientists gave her classified information.", "CLASSIFIED\nThe budget."),
])
def test_classified_material_in_a_story_is_no_marking(
    language: str, story: str, label: str
) -> None:
    assert found({language: story}) == []
    assert [rule for rule, *_ in found({language: label})] == ["confidential.secrecy"]
    # A secrecy marking proper stays an error in running text (a leaked decision).
    assert found({"sv": "Protokollet är sekretessbelagt men läckte ut."}) == [
        ("confidential.secrecy", E, "sv", "sekretessbelagt")]


@pytest.mark.parametrize(("language", "running", "label"), [
    ("sv", "Barn behöver svängrum, arbetsmaterial och en fredad vrå.",
     "ARBETSMATERIAL\nFörslag till budget."),
    ("fi", "Lapset saavat piirustuksiin luonnospaperia ja kyniä.",
     "LUONNOS\nTalousarvioesitys."),
    ("en", "The children draft letters to Santa in the library.",
     "DRAFT – not for publication\nThe budget."),
])
def test_an_unfinished_word_is_a_marking_as_a_label_not_in_running_text(
    language: str, running: str, label: str
) -> None:
    assert found({language: running}) == []
    assert "confidential.unfinished" in [rule for rule, *_ in found({language: label})]
    # In capitals amid lower-case text the word is a label.
    assert found({"en": "Here is the memo (STILL IN DRAFT FORM)."}) == [
        ("confidential.unfinished", W, "en", "DRAFT")]


@pytest.mark.parametrize(("language", "news"), [
    ("fi", "Uuden monitoimihallin suunnittelu on käynnissä, ja hankesuunnitelma on "
           "valmisteilla. Hallin avaamisajankohtaa ei ole vielä päätetty."),
    ("sv", "Planeringen av den nya multihallen pågår, och projektplanen är under beredning."),
    ("en", "Planning of the hall is under way, and the project plan is being prepared."),
    ("fi", "Ohjelma on vielä valmisteilla, ja se julkaistaan tammikuussa. Asia on "
           "valmisteluvaiheessa."),
    ("en", "The programme is being prepared and will be published in January."),
    ("en", "The school's new schoolyard is a work in progress, and we want to hear you."),
    ("en", "The preliminary draft of the master plan is on display until Friday."),
])
def test_a_sentence_saying_a_matter_is_being_prepared_is_news(language: str, news: str) -> None:
    # No warning; a matter in preparation gets a quiet note (check with its preparer).
    findings = found({language: news})
    assert all(rule == "confidential.in-preparation" and severity == Severity.INFO
               for rule, severity, *_ in findings), findings
    preparing = ("valmisteilla", "valmisteluvaiheessa", "under beredning", "being prepared")
    assert bool(findings) == any(word in news for word in preparing)


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Kaavaluonnos on nähtävillä 8.1.2027 asti. Luonnos: naantali.fi/kaava"),
    ("sv", "Förslaget är framlagt till 14.12. Utkastet: kokkola.fi/sv/planlaggning"),
    ("en", "The proposal is on display until 14 December. The draft: kokkola.fi/en/planning"),
    ("en", "Draft: https://www.kokkola.fi/en/planning (pdf)"),
])
def test_an_unfinished_word_captioning_a_link_is_no_marking(language: str, text: str) -> None:
    assert found({language: text}) == []


@pytest.mark.parametrize(("language", "text", "marking"), [
    ("fi", "LUONNOS – ÄLÄ JULKAISE\nTalousarvio 2027.", "LUONNOS"),
    ("sv", "Utkast, publiceras inte.\nBudgeten 2027.", "Utkast"),
    ("en", "DRAFT\nThe budget 2027.", "DRAFT"),
    ("fi", "VALMISTEILLA\nTalousarvio 2027.", "VALMISTEILLA"),
    ("sv", "Under beredning: budgeten 2027.", "Under beredning"),
    ("en", "WORK IN PROGRESS\nThe budget 2027.", "WORK IN PROGRESS"),
])
def test_an_unfinished_label_is_found(language: str, text: str, marking: str) -> None:
    assert found({language: text}) == [("confidential.unfinished", W, language, marking)]


def test_forbidding_phrases_alone_are_no_marking() -> None:
    versions = {
        "fi": "Älä julkaise kuvia lapsista ilman lupaa.",
        "sv": "Dela inte bilder på barn utan lov.",
        "en": "Please do not circulate rumours.",
    }
    assert found(versions) == []


@pytest.mark.parametrize(("language", "advice"), [
    ("en", "Do not click the link, and do not share your online banking codes or PIN code "
           "with anyone."),
    ("en", "Never share your password. Do not forward your codes to anyone."),
    ("fi", "Älä kerro pankkitunnuksiasi kenellekään, äläkä jaa tunnuksiasi eteenpäin."),
    ("fi", "Pankkitunnuksiasi ei saa jakaa kenellekään."),
    ("sv", "Dela inte dina bankkoder med någon, och dela inte dina koder vidare."),
])
def test_advice_not_to_share_ones_own_codes_is_no_marking(language: str, advice: str) -> None:
    assert found({language: advice}) == []


@pytest.mark.parametrize(("language", "text", "phrase"), [
    ("en", "Confidential – do not share", "do not share"),
    ("en", "Do not share this document.", "Do not share"),
    ("fi", "Älä jaa eteenpäin.", "Älä jaa eteenpäin"),
    ("fi", "Luottamuksellinen, ei levitetä eteenpäin.", "ei levitetä eteenpäin"),
    ("sv", "Konfidentiellt, får inte spridas vidare.", "får inte spridas"),
])
def test_a_phrase_forbidding_sharing_the_material_stays_a_marking(
    language: str, text: str, phrase: str
) -> None:
    assert ("confidential.secrecy", E, language, phrase) in found({language: text})
