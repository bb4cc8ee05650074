"""Hashtag suggestions (`composer.hashtags.suggest_hashtags`) and the tag helpers the
hashtag rules use."""

from __future__ import annotations

from composer.hashtags import (
    Suggestion,
    camel_case,
    fold_accents,
    misspelling_of,
    suggest_hashtags,
)
from composer.model import Post
from composer.profiles import get_profile


def test_jakobstad_suggests_swedish_tags_first_and_marks_the_used_ones() -> None:
    post = Post(organisation="jakobstad", versions={
        "fi": "Tervetuloa torille! #Pietarsaari",
        "sv": "Välkommen till torget! #jakobstad #sommarijakobstad",
    })
    assert suggest_hashtags(post, get_profile("jakobstad")) == [
        Suggestion("#jakobstad", "sv", True, True),
        Suggestion("#enlitenstadmedstorthjärta", "sv", True, False),
        Suggestion("#vigördettillsammans", "sv", True, False),
        Suggestion("#pietarsaari", "fi", True, True),
        Suggestion("#pienikaupunkisuurisdän", "fi", True, False),
        Suggestion("#teemmesenyhdessä", "fi", True, False),
        Suggestion("#sommarijakobstad", "sv", False, True),
    ]


def test_kokkola_tags_are_suggested_for_each_language_the_post_has() -> None:
    post = Post(organisation="kokkola", versions={
        "sv": "Välkommen! #kokkolakarleby",
        "fi": "Tervetuloa! #LaajempiHorisontti #kirjasto #Kirjasto",
        "en": "Welcome!",
    })
    assert [(s.tag, s.language, s.official, s.used)
            for s in suggest_hashtags(post, get_profile("kokkola"))] == [
        ("#LaajempiHorisontti", "fi", True, True),
        ("#KokkolaKarleby", "fi", True, False),
        ("#LaajempiHorisontti", "sv", True, False),
        ("#KokkolaKarleby", "sv", True, True),
        ("#LaajempiHorisontti", "en", True, False),
        ("#KokkolaKarleby", "en", True, False),
        ("#kirjasto", "fi", False, True),
    ]


def test_only_languages_the_post_is_written_in() -> None:
    post = Post(organisation="jakobstad", versions={"fi": "Moi", "sv": "  "})
    assert {s.language for s in suggest_hashtags(post, get_profile("jakobstad"))} == {"fi"}


def test_empty_post_gets_the_required_languages_tags() -> None:
    tags = suggest_hashtags(Post(organisation="jakobstad"), get_profile("jakobstad"))
    assert [s.language for s in tags] == ["sv"] * 3 + ["fi"] * 3
    assert not any(s.used for s in tags)


def test_naantali_has_no_official_tags_but_lists_the_posts_own() -> None:
    post = Post(organisation="naantali", versions={"fi": "Kesä! #naantali #muumimaailma"})
    assert [s.to_dict() for s in suggest_hashtags(post, get_profile("naantali"))] == [
        {"tag": "#naantali", "language": "fi", "official": False, "used": True},
        {"tag": "#muumimaailma", "language": "fi", "official": False, "used": True},
    ]


def test_misspelling_helpers() -> None:
    official = get_profile("jakobstad").hashtags
    assert fold_accents("#EnLitenStadMedStortHjärta") == "enlitenstadmedstorthjarta"
    assert misspelling_of("#JAKOBSTAD", official) is None
    assert misspelling_of("#pietarsari", official).tag == "#pietarsaari"
    assert misspelling_of("#stockholm", official) is None
    assert misspelling_of("#pietarsaarenkaupunki", official) is None


def test_camel_case_needs_a_confident_split() -> None:
    assert camel_case("#kesäkokkola", ("fi", "en")) == "#KesäKokkola"
    assert camel_case("#pienikaupunkisuurisydän", ("fi",)) == "#PieniKaupunkiSuuriSydän"
    assert camel_case("#kesäteatteri", ("fi", "en")) is None
    assert camel_case("#KesäKokkola", ("fi",)) is None
    assert camel_case("#kokkola", ("fi", "en")) is None
