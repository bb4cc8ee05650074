"""How a writer's own habits tell a name from a slip: initials beside a name, and a
writer who leaves capitals out."""

from __future__ import annotations

import pytest

from composer.spelling.name_signs import initials_of_a_name
from composer.spelling.names import writes_lower_case


def _initials(text: str, word: str) -> bool:
    start = text.index(word)
    return initials_of_a_name(text, start, start + len(word), word)


@pytest.mark.parametrize(("text", "word"), [
    ("dp Debra Perlingiere Revised Article 4.6", "dp"),
    ("Dp Debra Perlingiere", "Dp"),
    ("Terveisin Maija Virtanen (mv)", "mv"),
    ("– MKV Matti Kalle Virtanen", "MKV"),
])
def test_initials_beside_the_name_they_stand_for(text: str, word: str) -> None:
    assert _initials(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("The dp Debra said", "dp"),            # one name after it, two letters
    ("We hve Debra Perlingiere here", "hve"),  # not her initials
    ("dp debra perlingiere", "dp"),          # the names are not written as names
    ("Debra Perlingiere\ndp", "dp"),         # another line
])
def test_letters_that_are_no_initials_of_a_name_beside_them(text: str, word: str) -> None:
    assert not _initials(text, word)


@pytest.mark.parametrize(("text", "language"), [
    ("i think shanna and i are going to stay in town.", "en"),
    ("max and jen are looking for you. call them at 303-832-8160.", "en"),
    ("nähdään huomenna. soita mulle.", "fi"),
])
def test_a_writer_who_leaves_capitals_out(text: str, language: str) -> None:
    assert writes_lower_case(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("I think the peper is hot.", "en"),
    ("(i) the applicant has a pet. (ii) the fee is paid.", "en"),   # numbered points
    ("call them today. Max and Jen are waiting. see you.", "en"),  # one opens capitalised
    ("only one sentence here", "en"),
    ("Ja i dag är det fint.", "sv"),   # Swedish "i" is a preposition
])
def test_a_writer_who_writes_capitals(text: str, language: str) -> None:
    assert not writes_lower_case(text, language)
