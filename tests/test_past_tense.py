"""Swedish and English clauses that report the past, told by their verbs' forms
(composer.past_tense), and the clause of a date read for it (past_report.past_clause)."""

from __future__ import annotations

import re

import pytest

from composer.channels.past_report import past_clause
from composer.past_tense import DATE, clause_reports_past, word_tense


def words(text: str) -> list[str]:
    return [DATE if word == "@" else word for word in text.split()]


@pytest.mark.parametrize(
    ("language", "clause", "index", "tense"),
    [
        ("en", "The board decided on @", 2, "past"),
        ("en", "The concert was held on @", 2, "past"),
        ("en", "The festival took place on @", 2, "past"),
        ("en", "We opened the doors on @", 1, "past"),
        ("en", "The concert is on @", 2, "other"),
        ("en", "We open the doors on @", 1, "other"),
        ("en", "The concert takes place on @", 2, "other"),
        ("en", "We'll see you on @", 0, "other"),
        # Participles: describing a noun, after an article or "was", in a title, or a
        # bare common noun's in a headline.
        ("en", "Guided tour on @", 0, None),
        ("en", "the renovated library opens on @", 1, None),
        ("en", "Library Closed on @", 1, None),
        ("en", "Passport needed for the cruise on @", 1, None),
        ("sv", "Stadsstyrelsen beslutade @", 1, "past"),
        ("sv", "Konserten hölls @", 1, "past"),
        ("sv", "Festivalen ägde rum @", 1, "past"),
        ("sv", "Biblioteket öppnades @", 1, "past"),
        ("sv", "Vi stängde biblioteket @", 1, "past"),
        ("sv", "Konserten hålls @", 1, "other"),
        ("sv", "Biblioteket öppnar @", 1, "other"),
        ("sv", "@ beslutade stadsstyrelsen", 1, "past"),
        ("sv", "Konserten var @", 1, "past"),
        # A plural participle, "var" as "each".
        ("sv", "De flyttade konserterna @", 1, None),
        ("sv", "Var femte besökare @", 0, None),
    ],
)
def test_word_tense(language, clause, index, tense) -> None:
    assert word_tense(words(clause), index, None, language) == tense


def test_a_clause_after_a_relative_pronoun_has_it_as_its_subject() -> None:
    assert clause_reports_past(words("came on @"), "who", "en")
    assert clause_reports_past(words("firade med oss @"), "som", "sv")
    assert not clause_reports_past(words("flyttade evenemang @"), "och", "sv")


def test_one_present_keeps_the_clause_an_announcement() -> None:
    assert not clause_reports_past(
        words("The concert postponed from March takes place on @"), None, "en")
    assert not clause_reports_past(words("Konserten som flyttades hålls @"), None, "sv")


@pytest.mark.parametrize(
    ("language", "text", "reported"),
    [
        ("en", "Kokkola City Board decided on Monday 17 May 2027: grants.", True),
        ("en", "The concert was postponed to Monday 17 May 2027.", False),
        ("en", "Applications were due by Monday 17 May 2027.", False),
        ("sv", "Stadsstyrelsen beslutade mån 17.5.2027: bidrag.", True),
        ("sv", "Konserten flyttades till mån 17.5.2027.", False),
        ("sv", "Anmälan skulle göras senast mån 17.5.2027.", False),
        ("fi", "Kaupunginhallitus päätti ma 17.5.2027: avustukset.", True),
        ("fi", "Konsertti pidetään ma 17.5.2027.", False),
    ],
)
def test_the_clause_of_a_date(language, text, reported) -> None:
    # The date's phrase starts at its weekday (calendar_facts gives that start).
    start = re.search(r"\b(?:Monday|mån|ma)\b", text).start()
    end = text.index("2027") + 4
    assert past_clause(text, start, end, language) is reported


def test_the_clause_is_read_in_bounded_time() -> None:
    text = "The board decided " * 5000 + "on 17 May 2027"
    start = text.index("17")
    assert past_clause(text, start, start + 11, "en")
