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


def test_a_credit_line_names_people_and_sources() -> None:
    from composer.spelling.name_signs import in_credit_line

    text = "Kirjasto on auki. Kuva: Matti Virtanen / pixabay"
    assert in_credit_line(text, text.index("pixabay"), frozenset({"pixabay"}))
    text = "Posted by darin"
    assert in_credit_line(text, text.index("darin"), frozenset({"darin"}))


@pytest.mark.parametrize(("text", "word"), [
    ("Kuva: Lapset leikkivät puitossa.", "puitossa"),  # a caption: a sentence
    ("Kuva: lasten leikkipuito", "leikkipuito"),       # a caption: a common word in it
    ("Kuvassa on leikkipuito", "leikkipuito"),         # no credit word
    ("Kuva: Matti Virtanen\nLapset leikkivät puitossa", "puitossa"),  # the next line
])
def test_a_caption_is_no_credit(text: str, word: str) -> None:
    from composer.spelling.name_signs import in_credit_line

    assert not in_credit_line(text, text.index(word), frozenset({word}))


def test_initials_sign_a_message_only_alone_at_its_end() -> None:
    from composer.spelling.name_signs import signed_with_initials

    def signed(text: str, word: str) -> bool:
        start = text.rindex(word)
        return signed_with_initials(text, start, start + len(word), word)

    assert signed("Do you have the fax number? Dp", "Dp")
    assert signed("Thanks for the help.\nMK", "MK")
    assert not signed("Do you have the fax number Dp", "Dp")   # no sentence before it
    assert not signed("Dp is here. Thanks", "Dp")             # not the last word
    assert not signed("Please call the ofice? Thanks", "ofice")  # more letters
