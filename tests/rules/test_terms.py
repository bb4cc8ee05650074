"""The `terms` family beyond its examples: user term banks, inflected Finnish names, old
names and the fix's capital letter."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer.terms import bank_errors, reload_banks
from tests.rules.helpers import check


@pytest.fixture
def user_terms() -> Path:
    folder = Path(os.environ["COMPOSER_CONFIG_DIR"]) / "terms"
    folder.mkdir()
    reload_banks()
    yield folder
    reload_banks()


def found(versions: dict[str, str], organisation: str = "kokkola") -> list[tuple]:
    return sorted((f.rule, f.language, versions[f.language][f.start:f.end], f.suggestions)
                  for f in check(versions, "terms", organisation=organisation))


def test_user_terms_and_old_names(user_terms: Path) -> None:
    (user_terms / "kokkola.toml").write_text(
        'organisation = "kokkola"\n[[term]]\nfi = "Kaupungintalo"\nsv = "Stadshuset"\n'
        'en = "City Hall"\nold = ["Raatihuone"]\n', encoding="utf-8")
    (user_terms / "all.toml").write_text('[[term]]\nsame = "Nanoq"\nold = ["Nanok"]\n',
                                         encoding="utf-8")
    (user_terms / "broken.toml").write_text("[[term]\n", encoding="utf-8")
    reload_banks()
    assert found({"fi": "Raatihuoneella ja Kaupungintalolla on avoimet ovet.",
                  "sv": "Öppet hus i City Hall."}) == [
        ("terms.old-name", "fi", "Raatihuoneella", ("Kaupungintalo",)),
        ("terms.other-language", "sv", "City Hall", ("Stadshuset",)),
    ]
    assert found({"en": "Visit Nanok!"}, organisation="jakobstad") == [
        ("terms.old-name", "en", "Nanok", ("Nanoq",))]
    assert found({"fi": "Raatihuone"}, organisation="naantali") == []
    [error] = bank_errors()
    assert "broken.toml" in error


def test_inflected_finnish_names_are_found() -> None:
    assert found({"fi": "Tervetuloa Karlebyhyn ja Karleby stadin kirjastoon!"}) == [
        ("terms.other-language", "fi", "Karleby stadin", ("Kokkolan kaupunki",)),
        ("terms.other-language", "fi", "Karlebyhyn", ("Kokkola",)),
    ]
    # The Finnish name inflected, next to the Swedish one: a bilingual mention.
    assert found({"fi": "Kokkolassa (Karleby) on kesä."}) == []


def test_a_name_shared_by_two_languages_is_named_by_the_first_of_fi_sv_en() -> None:
    from composer.engine import Engine
    from composer.model import Post

    versions = {"fi": "Tervetuloa Jakobstadiin!"}
    [finding] = Engine().check(Post(organisation="jakobstad", versions=versions),
                               families=["terms"])
    assert "Swedish name" in finding.message and "English" not in finding.message


def test_a_swedish_place_name_opening_an_official_name_is_used_as_it_is() -> None:
    assert found({"fi": "Jakobstads IF voitti. Jakobstads svenska samskolan kuoro laulaa.",
                  "en": "Jakobstads Sinfonietta plays."}, "jakobstad") == []
    # The place alone, in the version's own case or before a word of its language, is not.
    assert found({"fi": "Jakobstads kaupunki ja Karleby museo. Tervetuloa Karlebyhyn."}) == [
        ("terms.other-language", "fi", "Karleby", ("Kokkola",)),
        ("terms.other-language", "fi", "Karlebyhyn", ("Kokkola",)),
    ]
    assert found({"fi": "Jakobstads kaupunki tiedottaa."}, "jakobstad") == [
        ("terms.other-language", "fi", "Jakobstads", ("Pietarsaari",))]


def test_a_place_inside_a_club_or_event_name_is_its_own() -> None:
    assert found({"fi": "IBK Jakobstad voitti, ja FC Jakobstadin juniorit pelaavat huomenna."},
                 organisation="jakobstad") == []
    assert found({"sv": "Lions Club Kokkola/Chydenius och Kokkola Winter Accordion Festival."}) \
        == []
    # The sentence's first word, a weekday or a lower-case word before it: the town.
    assert found({"sv": "Besök Kokkola i vinter!"}) == [
        ("terms.other-language", "sv", "Kokkola", ("Karleby",))]
    assert found({"en": "See you in Karleby Saturday."}) == [
        ("terms.other-language", "en", "Karleby", ("Kokkola",))]
    assert found({"fi": "Tervetuloa Jakobstadiin!"}, organisation="jakobstad") == [
        ("terms.other-language", "fi", "Jakobstadiin", ("Pietarsaari",))]


def test_the_citys_name_in_its_common_forms() -> None:
    from composer.terms import occurrences, term_bank

    bank = term_bank("jakobstad")
    city = next(t for t in bank if t.names.get("en") == "City of Jakobstad")
    for text in ("Jakobstads stad", "Staden Jakobstad", "Jakobstads stads", "staden Jakobstad"):
        [hit] = occurrences(text, "sv", bank)
        assert (hit.term, hit.language, hit.end) == (city, "sv", len(text))
    # Another organisation is still a mismatch.
    assert found({"fi": "Kokkolan kaupunki hakee kesätyöntekijöitä.",
                  "sv": "Staden Karleby söker sommarjobbare.",
                  "en": "The City Library is looking for summer workers."}) == [
        ("terms.mismatch", "en", "City Library", ("City of Kokkola",))]
