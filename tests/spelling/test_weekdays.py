"""Weekday abbreviations are no misspellings where they stand for the day, in each
language, with the calendar word list's forms."""

from __future__ import annotations

import pytest

from composer.spelling.checker import misspellings
from composer.spelling.weekdays import weekday_abbreviation


def flagged(text: str, language: str) -> list[str]:
    return [m.word for m in misspellings(text, language)]


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Öppet må–fr 9–16, lö 10–14, sö stängt."),
    ("sv", "Öppettider:\nmå–fr kl. 7–15\nlö kl. 8–12\nsö stängt"),
    ("sv", "Mottagningen har öppet ti och to, on. 5.3. och lö."),
    ("fi", "Auki ma–pe 9–16, la 10–14, su suljettu."),
    ("en", "Open Mon–Fri 9–16, Sat 10–14, Sun closed."),
])
def test_weekday_abbreviations_in_timetables(language: str, text: str) -> None:
    assert flagged(text, language) == []


def test_a_short_form_in_running_text_is_still_checked() -> None:
    assert flagged("Fråga on hjälp. Vi to med oss. Vad lö han?", "sv") == ["on", "to", "lö"]


def test_the_forms_are_the_calendar_lists() -> None:
    text = "lö 10"
    assert weekday_abbreviation(text, 0, 2, "sv")
    assert not weekday_abbreviation(text, 0, 2, "en")
    assert not weekday_abbreviation("xy 10", 0, 2, "sv")


def test_a_line_next_to_a_weekday_line_counts_but_not_beyond_it() -> None:
    assert weekday_abbreviation("må 9–16\nsö stängt", 8, 10, "sv")
    assert not weekday_abbreviation("Öppet i dag.\nsö stängt", 13, 15, "sv")


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Öppet må 28.12–on 30.12, to 24.12-lö 26.12 och fr 1.1–sö 3.1."),
    ("fi", "Auki ma 28.12.–ke 30.12. ja to 24.12.–la 26.12."),
    ("en", "Open Mon 28.12–Wed 30.12 and Thu 24 Dec–Sat 26 Dec."),
])
def test_a_weekday_after_a_date_and_a_dash_ends_the_range(language: str, text: str) -> None:
    assert flagged(text, language) == []


def test_a_short_form_glued_to_a_number_elsewhere_is_still_checked() -> None:
    assert flagged("Det var 12–on som sade.", "sv") == ["12–on"]
