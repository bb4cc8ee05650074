"""An association's or a company's legal form after its name is no misspelling in any
language version; alone it is checked as any other word."""

from __future__ import annotations

import pytest

from composer.spelling.checker import misspellings
from composer.spelling.wordlists import legal_forms


def flagged(text: str, language: str) -> list[str]:
    return [m.word for m in misspellings(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Järjestäjä on Kokkolan Rotaryklubi rf, Kokkolan Energia Ab ja Kokkolan Satama Abp."),
    ("sv", "Arrangör är Karleby Rotaryklubb ry och Karleby Energi Oy."),
    ("sv", "Evenemanget ordnas av Folkhälsan i Jakobstad rf."),
    ("en", "Organised by Kokkola Rotary Club ry, Kokkola Energy Oyj and Kokkola Energy Ltd."),
    ("en", "Organised by Kokkola  Rotary\u00a0Club rf."),
])
def test_a_legal_form_after_a_name(language: str, text: str) -> None:
    # (without an organisation's profile its names, such as "Kokkola", are unknown)
    assert not legal_forms() & {word.lower() for word in flagged(text, language)}


@pytest.mark.parametrize(("language", "text", "word"), [
    ("en", "The rf members get a gift.", "rf"),
    ("en", "Members get a gift, ry members too.", "ry"),
    ("fi", "Jäsenet saavat lahjan, myös rf jäsenet.", "rf"),
    ("sv", "Medlemmar får en gåva, även ry medlemmar.", "ry"),
])
def test_a_legal_form_elsewhere_is_checked(language: str, text: str, word: str) -> None:
    assert flagged(text, language) == [word]


def test_the_forms_are_the_word_lists() -> None:
    assert {"rf", "ry", "oy", "ab", "oyj", "abp", "ltd"} <= legal_forms()
