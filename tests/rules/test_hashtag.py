"""The `hashtag` rules through the engine: misspelt official tags, other organisations'
tags, tags of the other language version, and run-together lower-case tags."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post, Severity

JAKOBSTAD_SV = (
    "Sommarteatern i Skolparken spelar varje kväll kl. 19 från 12.6. Biljetter 15 €: "
    "https://www.jakobstad.fi/kultur #jakobstad #enlitenstadmedstorthjärta"
)
JAKOBSTAD_FI = (
    "Kesäteatteri Koulupuistossa esittää joka ilta klo 19 alkaen 12.6. Liput 15 €: "
    "https://www.pietarsaari.fi/kulttuuri #pietarsaari #pienikaupunkisuurisdän #kesäteatteri"
)
KOKKOLA_FI = (
    "Kaupunginkirjasto on auki kesällä ma–pe klo 10–18. Tervetuloa! "
    "#LaajempiHorisontti #KokkolaKarleby #kirjasto #kesä"
)
KOKKOLA_SV = (
    "Stadsbiblioteket har öppet mån–fre kl. 10–18 under sommaren. Välkommen! "
    "#LaajempiHorisontti #KokkolaKarleby #bibliotek"
)


def check(organisation: str, ui_language: str = "en", **versions: str) -> list:
    post = Post(organisation=organisation, versions=versions)
    return Engine().check(post, ui_language=ui_language, families=["hashtag"])


def described(found: list, **versions: str) -> list[tuple]:
    return [
        (f.rule, f.severity, f.language, versions[f.language][f.start:f.end], f.suggestions)
        for f in found
    ]


def test_official_hashtags_in_the_right_language_are_clean() -> None:
    assert check("jakobstad", sv=JAKOBSTAD_SV, fi=JAKOBSTAD_FI) == []
    assert check("kokkola", fi=KOKKOLA_FI, sv=KOKKOLA_SV) == []


def test_case_does_not_make_an_official_tag_misspelt() -> None:
    sv = "Välkommen! #Jakobstad #ViGörDetTillsammans #JAKOBSTAD"
    assert check("jakobstad", sv=sv) == []


def test_kokkola_lowercase_official_tag_gets_its_camelcase_form() -> None:
    fi = "Tervetuloa! #laajempihorisontti"
    found = check("kokkola", fi=fi)
    assert described(found, fi=fi) == [
        ("hashtag.camelcase", Severity.INFO, "fi", "#laajempihorisontti",
         ("#LaajempiHorisontti",))
    ]
    assert (found[0].start, found[0].end) == (12, 31)
    assert found[0].reference == "law:wcag-1-3-1"


@pytest.mark.parametrize(
    ("language", "written", "official"),
    [
        ("fi", "#pietarsari", "#pietarsaari"),
        ("sv", "#enlitenstadmedstorthjarta", "#enlitenstadmedstorthjärta"),
        ("sv", "#vigordettillsammans", "#vigördettillsammans"),
        ("sv", "#jakobstadt", "#jakobstad"),
        ("fi", "#teemmesenyhdesä", "#teemmesenyhdessä"),
    ],
)
def test_misspelt_official_tags(language: str, written: str, official: str) -> None:
    text = f"Tervetuloa torille! {written}"
    found = check("jakobstad", **{language: text})
    assert described(found, **{language: text}) == [
        ("hashtag.misspelt", Severity.WARNING, language, written, (official,))
    ]
    assert found[0].start == len("Tervetuloa torille! ")
    assert found[0].reference == "jakobstad:hashtags"
    assert official in found[0].message


def test_misspelt_kokkola_tag_in_any_case() -> None:
    fi = "Kesä tulee #LaajempiHorisonti"
    found = check("kokkola", fi=fi)
    assert described(found, fi=fi) == [
        ("hashtag.misspelt", Severity.WARNING, "fi", "#LaajempiHorisonti",
         ("#LaajempiHorisontti",))
    ]
    assert found[0].reference == "kokkola:hashtags"


def test_another_organisations_tag_is_a_warning() -> None:
    fi = "Tervetuloa Kokkolaan! #KokkolaKarleby"
    found = check("jakobstad", fi=fi)
    assert described(found, fi=fi) == [
        ("hashtag.other-organisation", Severity.WARNING, "fi", "#KokkolaKarleby",
         ("#pietarsaari", "#pienikaupunkisuurisdän", "#teemmesenyhdessä"))
    ]
    assert "City of Kokkola" in found[0].message
    sv = "Välkommen! #jakobstad"
    found = check("kokkola", sv=sv)
    assert [(f.rule, f.severity) for f in found] == [
        ("hashtag.other-organisation", Severity.WARNING)
    ]


def test_naantali_post_with_another_citys_tag_still_cites_something() -> None:
    found = check("naantali", fi="Kesä! #pietarsaari")
    assert [f.rule for f in found] == ["hashtag.other-organisation"]
    assert found[0].reference.startswith("naantali:")


def test_official_tag_of_the_other_language_version() -> None:
    sv = "Välkommen till torget! #pietarsaari"
    fi = "Tervetuloa torille! #jakobstad"
    found = check("jakobstad", sv=sv, fi=fi)
    assert described(found, sv=sv, fi=fi) == [
        ("hashtag.wrong-language", Severity.INFO, "fi", "#jakobstad",
         ("#pietarsaari", "#pienikaupunkisuurisdän", "#teemmesenyhdessä")),
        ("hashtag.wrong-language", Severity.INFO, "sv", "#pietarsaari",
         ("#jakobstad", "#enlitenstadmedstorthjärta", "#vigördettillsammans")),
    ]
    assert "Finnish version" in found[1].message
    fi_ui = check("jakobstad", ui_language="sv", sv=sv)[0]
    assert "på finska" in fi_ui.message


def test_english_version_may_use_either_language_tag() -> None:
    en = "Welcome to the market square! #jakobstad #pietarsaari"
    assert check("jakobstad", en=en) == []


@pytest.mark.parametrize(
    ("language", "written", "camel"),
    [
        ("fi", "#kesäkokkola", "#KesäKokkola"),
        ("fi", "#tervetuloakokkolaan", "#TervetuloaKokkolaan"),
        ("sv", "#sommarijakobstad", "#SommarIJakobstad"),
        ("sv", "#vårdochomsorg", "#VårdOchOmsorg"),
        ("en", "#visitkokkola", "#VisitKokkola"),
        ("fi", "#summervibes", "#SummerVibes"),
    ],
)
def test_run_together_lowercase_tags_get_camelcase(language: str, written: str,
                                                   camel: str) -> None:
    text = f"Nähdään! {written}"
    found = check("kokkola", **{language: text})
    assert described(found, **{language: text}) == [
        ("hashtag.camelcase", Severity.INFO, language, written, (camel,))
    ]
    assert found[0].reference == "law:wcag-1-3-1"
    assert camel in found[0].message


@pytest.mark.parametrize(
    ("language", "tag"),
    [
        ("fi", "#kesäteatteri"),  # one (compound) word
        ("fi", "#kaupunginkirjasto"),
        ("fi", "#itsenäisyyspäivä"),
        ("fi", "#kokkola"),
        ("sv", "#sommarteater"),
        ("sv", "#bibliotek"),
        ("sv", "#pedersöre"),
        ("en", "#library"),
        ("fi", "#kokkola2025"),
        ("fi", "#KesäKokkola"),  # already has capitals
        ("fi", "#qwxzvbn"),  # not words at all
    ],
)
def test_single_words_and_unsplittable_tags_are_left_alone(language: str, tag: str) -> None:
    assert check("kokkola", **{language: f"Tervetuloa! {tag}"}) == []


def test_finnish_and_swedish_messages() -> None:
    fi = "Moi #pietarsari"
    found_fi = check("jakobstad", ui_language="fi", fi=fi)[0]
    found_sv = check("jakobstad", ui_language="sv", fi=fi)[0]
    assert "kirjoitusvirheeltä" in found_fi.message
    assert "felstavad" in found_sv.message
    assert "ämnesord" in found_sv.guideline
