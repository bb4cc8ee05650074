"""Whether an unknown word looks like a typo of a known word, with the real engines."""

from __future__ import annotations

import pytest

from composer.spelling.engines import engine
from composer.spelling.typos import (
    damerau,
    finnish_loan,
    looks_like_typo,
    one_edit,
    skeleton,
    toggled,
)
from tests.spelling.labelled import misspellings as labelled_misspellings


def test_damerau_counts_a_swap_as_one_edit() -> None:
    assert damerau("libary", "library") == 1
    assert damerau("teh", "the") == 1
    assert damerau("tommorow", "tomorrow") == 2
    assert damerau("", "abc") == 3


def test_one_edit_makes_every_kind_of_edit() -> None:
    edits = set(one_edit("ab", "abc"))
    assert {"b", "a", "ba", "cb", "abc", "cab", "acb"} <= edits
    assert "ab" not in edits


def test_toggled_doubles_and_undoubles_one_or_two_letters() -> None:
    variants = set(toggled("tommorow"))
    assert "tomorrow" in variants  # "mm" single and "r" doubled
    assert "tomorow" in variants


def test_skeleton_keeps_the_consonants_in_order() -> None:
    assert skeleton("excelnt") == skeleton("excellent")
    assert skeleton("schedual") == skeleton("schedule")


def test_finnish_loans_are_a_foreign_stem_with_a_finnish_ending() -> None:
    assert finnish_loan("showroomia")
    assert finnish_loan("plugeilla")
    assert finnish_loan("chippiä")
    assert not finnish_loan("kirjastto")


@pytest.mark.parametrize(("language", "word"), [
    ("fi", "kirjastto"), ("fi", "kayttaa"), ("fi", "nuorisotallo"), ("fi", "hotelin"),
    ("fi", "hoi-toon"), ("sv", "välkomnn"), ("sv", "valkommen"), ("en", "reccomend"),
    ("en", "maintainance"), ("en", "sooooo"), ("en", "iwas"), ("en", "saturday"),
])
def test_typos_of_known_words(language: str, word: str) -> None:
    assert looks_like_typo(word, engine(language))


@pytest.mark.parametrize(("language", "word"), [
    ("fi", "showroomia"), ("fi", "dollyja"), ("fi", "bulb-modessa"), ("fi", "deprivaatioon"),
    ("sv", "moshavbarn"), ("en", "empanadas"), ("en", "recordkeeping"),
])
def test_words_no_known_word_is_near(language: str, word: str) -> None:
    assert not looks_like_typo(word, engine(language))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_labelled_misspellings_nearly_all_look_like_typos(language: str) -> None:
    spell = engine(language)
    quiet = [w for w, _ in labelled_misspellings(language) if not looks_like_typo(w, spell)]
    # Known: "kaupungiallitus" (two letters lost in a compound), "wensday" (two letters).
    assert len(quiet) <= 1, quiet


def test_keys_hit_at_random_are_a_slip() -> None:
    assert looks_like_typo("xqzvbnmkw", engine("sv"))


def test_a_foreign_name_is_a_proper_name_abroad_not_a_common_word_with_an_ending():
    from composer.spelling.typos import foreign_name

    assert foreign_name("Reagan") and foreign_name("Parkerin") and foreign_name("Wrightilla")
    # A common English word with a Finnish ending, or a short stem, is no name: a slip in a
    # Finnish word at a sentence start stays a misspelling.
    assert not foreign_name("Pinetä") and not foreign_name("Siloin")
    assert not foreign_name("Loupksi")
