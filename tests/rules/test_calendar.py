"""The `calendar` rule family: weekdays against dates in each language's own forms,
dates and times that do not exist, past announced dates and backwards ranges."""

from __future__ import annotations

import datetime

import pytest

from composer.calendar_facts import calendar_problems, weekday_in_form_of
from composer.engine import Engine
from composer.model import Finding, Post
from composer.rules import calendar
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete

#: A Sunday; 3 June 2026 is a Wednesday, 14 March 2026 a Saturday.
DAY = datetime.date(2026, 3, 1)


def run(versions: dict[str, str], publish_on: datetime.date | None = DAY,
        ui_language: str = "en", organisation: str = "kokkola") -> list[Finding]:
    post = Post(organisation=organisation, versions=versions, publish_on=publish_on)
    return Engine().check(post, ui_language=ui_language, families=["calendar"])


def marked(versions: dict[str, str], **kwargs) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return sorted(
        (f.rule, f.language or "", versions[f.language][f.start:f.end], f.suggestions)
        for f in run(versions, **kwargs)
    )


@pytest.mark.parametrize(
    ("language", "text", "written", "fix"),
    [
        ("fi", "Tervetuloa maanantaina 3.6. klo 18!", "maanantaina", "keskiviikkona"),
        ("fi", "Uimahalli on auki tiistaista 3.6. alkaen.", "tiistaista", "keskiviikosta"),
        # 14 January was a Wednesday 46 days before (nearer than Thursday 14.1.2027).
        ("fi", "Kokous ti 14.1. klo 9.", "ti", "ke"),
        ("fi", "Ilmoittaudu Keskiviikkoon 4.6. mennessä.", "Keskiviikkoon", "Torstaihin"),
        ("sv", "Välkommen lördag 15.3.2026 kl. 11!", "lördag", "söndag"),
        ("sv", "Öppet tis 3.6.", "tis", "ons"),
        ("sv", "Vi ses lördagen den 4 juni.", "lördagen", "torsdagen"),
        ("en", "Join us on Sunday 14 March.", "Sunday", "Saturday"),
        ("en", "Open Mon 3 June.", "Mon", "Wed"),
    ],
)
def test_weekday_that_is_not_its_date(language, text, written, fix) -> None:
    result = marked({language: text})
    assert result == [("calendar.weekday", language, written, (fix,))]


def test_the_message_names_the_right_weekday_and_year() -> None:
    [finding] = run({"fi": "Tervetuloa maanantaina 3.6."}, ui_language="fi")
    assert "3.6.2026 on keskiviikko" in finding.message and "maanantaina" in finding.message
    [finding] = run({"fi": "Tervetuloa maanantaina 3.6."}, ui_language="en")
    assert finding.message.startswith("3 June 2026 is a Wednesday")
    assert_cited(finding, "kokkola:facts")


def test_year_comes_from_the_text_else_the_next_such_date() -> None:
    # 3 June was a Tuesday in 2025 and is a Wednesday in 2026.
    assert marked({"fi": "tiistaina 3.6.2025"}, publish_on=datetime.date(2025, 5, 1)) == []
    assert marked({"fi": "tiistaina 3.6."}, publish_on=datetime.date(2025, 5, 1)) == []
    assert marked({"fi": "tiistaina 3.6."}, publish_on=datetime.date(2025, 10, 1))[0][3] == (
        "keskiviikkona",)
    # After June 2025 the next 3 June is in 2026: Wednesday.
    assert marked({"fi": "keskiviikkona 3.6."}, publish_on=datetime.date(2025, 6, 4)) == []


#: A Monday: 5 December 2026 was a Saturday, 6 December a Sunday (in 2027 a Sunday and a
#: Monday); 14 December 2026 is a Monday.
RECAP_DAY = datetime.date(2026, 12, 7)


def test_a_recent_date_without_a_year_may_be_the_last_such_date() -> None:
    # Thanks and recaps a few days later, in every language and however "last" is said.
    versions = {
        "sv": "Tack till alla som firade självständighetsdagen med oss söndag 6.12! "
              "Julgranen tändes lördag 5.12, i lördags (5.12) alltså.",
        "fi": "Kiitos kaikille, jotka juhlivat kanssamme sunnuntaina 6.12.! Viime lauantain "
              "(5.12.) tapahtumassa vieraili 4 000 ihmistä.",
        "en": "Thank you to everyone who came on Saturday 5 December. Last Saturday, "
              "5 December, and on Sunday 6 December.",
    }
    assert marked(versions, publish_on=RECAP_DAY) == []
    # A coming date is still checked, and so is a recent one that is neither year's.
    assert marked({"fi": "Tervetuloa maanantaina 14.12. klo 18!"}, publish_on=RECAP_DAY) == []
    assert marked({"fi": "Tervetuloa tiistaina 14.12. klo 18!", "sv": "lördag 6.12",
                   "en": "last Tuesday, 5 December"}, publish_on=RECAP_DAY) == [
        ("calendar.weekday", "en", "Tuesday", ("Saturday",)),
        ("calendar.weekday", "fi", "tiistaina", ("maanantaina",)),
        ("calendar.weekday", "sv", "lördag", ("söndag",)),
    ]
    # More than three months back, only the next such date counts (7 September 2026 was
    # a Monday, 93 days before 9 December; 7 September 2027 is a Tuesday).
    assert marked({"fi": "tiistaina 7.9."}, publish_on=datetime.date(2026, 12, 9)) == []
    assert marked({"fi": "maanantaina 7.9."}, publish_on=datetime.date(2026, 12, 9)) == [
        ("calendar.weekday", "fi", "maanantaina", ("tiistaina",))]


def test_the_message_names_the_nearer_reading() -> None:
    [finding] = run({"en": "Thanks for coming on Tuesday 5 December!"}, publish_on=RECAP_DAY)
    assert finding.message.startswith("5 December 2026 is a Saturday")
    [finding] = run({"en": "Join us on Sunday 14 December!"}, publish_on=RECAP_DAY)
    assert finding.message.startswith("14 December 2026 is a Monday")


def test_weekday_ranges_pair_in_order() -> None:
    assert marked({"fi": "Avoinna ma–pe 1.–5.6. klo 9–15."}) == []
    assert marked({"fi": "Avoinna ma–pe 2.–6.6."}) == [
        ("calendar.weekday", "fi", "ma", ("ti",)),
        ("calendar.weekday", "fi", "pe", ("la",)),
    ]


@pytest.mark.parametrize(
    ("language", "right", "wrong", "marked_word", "fix"),
    [
        # 12–14 June 2026 are Friday to Sunday: the range's words link its weekdays.
        ("en", "the weekend from Friday to Sunday, 12–14 June",
         "the weekend from Friday to Monday, 12–14 June", "Monday", "Sunday"),
        ("en", "Friday through Sunday, 12–14 June", "Friday through Monday, 12–14 June",
         "Monday", "Sunday"),
        ("sv", "helgen fredag till söndag 12–14.6", "helgen fredag till måndag 12–14.6",
         "måndag", "söndag"),
        ("sv", "fredag till och med söndag 12–14 juni", "fredag t.o.m. måndag 12–14 juni",
         "måndag", "söndag"),
        ("sv", "fre–sön 12–14 juni", "fre–mån 12–14 juni", "mån", "sön"),
        ("fi", "perjantaista sunnuntaihin 12.–14.6.", "perjantaista maanantaihin 12.–14.6.",
         "maanantaihin", "sunnuntaihin"),
        ("fi", "pe–su 12.–14.6.", "pe–ma 12.–14.6.", "ma", "su"),
    ],
)
def test_a_weekday_range_before_a_date_range_pairs_first_with_first_last_with_last(
        language, right, wrong, marked_word, fix) -> None:
    assert marked({language: right}) == []
    assert marked({language: wrong}) == [("calendar.weekday", language, marked_word, (fix,))]


def test_both_ends_of_a_wrong_weekday_range_are_reported() -> None:
    assert marked({"en": "from Friday to Sunday, 13–15 June"}) == [
        ("calendar.weekday", "en", "Friday", ("Saturday",)),
        ("calendar.weekday", "en", "Sunday", ("Monday",)),
    ]


#: A Tuesday: Monday 2 March 2026 was the day before.
DAY_AFTER = datetime.date(2026, 3, 3)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kokkola City Board decided on Monday 2 March 2026:"),
        ("en", "The city board approved the plan on Monday 2 March 2026 at 6 pm."),
        ("en", "The concert was held on Monday 2 March 2026 at 6 pm."),
        ("en", "The festival took place on Monday 2 March 2026."),
        ("en", "Thank you to everyone who came on Monday 2 March 2026!"),
        ("sv", "Stadsstyrelsen beslutade mån 2.3.2026:"),
        ("sv", "Konserten hölls mån 2.3.2026 kl. 18."),
        ("sv", "Festivalen ägde rum mån 2.3.2026."),
        ("sv", "Biblioteket öppnades mån 2.3.2026 kl. 10."),
        ("sv", "Konserten var mån 2.3.2026 kl. 18."),
        ("sv", "Tack till alla som firade med oss mån 2.3.2026!"),
        ("fi", "Kaupunginhallitus päätti ma 2.3.2026:"),
    ],
)
def test_a_clause_that_reports_the_past_announces_no_past_date(language, text) -> None:
    assert marked({language: text}, publish_on=DAY_AFTER) == []


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        ("en", "The concert is on Monday 2 March 2026.", "2 March 2026"),
        ("en", "The city board meets on Monday 2 March 2026 at 6 pm.", "2 March 2026"),
        # A past form may move an event to a coming day, or the title's participle.
        ("en", "The concert was postponed to Monday 2 March 2026.", "2 March 2026"),
        ("en", "Concert postponed to Monday 2 March 2026.", "2 March 2026"),
        ("en", "Guided tour on Monday 2 March 2026 at 6 pm.", "2 March 2026"),
        ("en", "The renovated library opens on Monday 2 March 2026.", "2 March 2026"),
        ("sv", "Konserten hålls mån 2.3.2026.", "2.3.2026"),
        ("sv", "Konserten flyttades till mån 2.3.2026.", "2.3.2026"),
        ("sv", "Kom och fira med oss mån 2.3.2026!", "2.3.2026"),
        ("sv", "De flyttade konserterna mån 2.3.2026 kl. 18.", "2.3.2026"),
        ("fi", "Konsertti pidetään ma 2.3.2026.", "2.3.2026"),
    ],
)
def test_a_past_date_announced_as_coming_is_still_reported(language, text, date) -> None:
    assert marked({language: text}, publish_on=DAY_AFTER) == [
        ("calendar.past", language, date, ())]


def test_a_date_without_a_year_in_a_past_report_is_the_last_such_date() -> None:
    # Decided "on Tuesday 2 March" the day after Monday 2 March: the weekday is wrong,
    # though 2 March 2027 is a Tuesday.
    assert marked({"sv": "Stadsstyrelsen beslutade tis 2.3:",
                   "en": "The City Board decided on Tuesday 2 March:"},
                  publish_on=DAY_AFTER) == [
        ("calendar.weekday", "en", "Tuesday", ("Monday",)),
        ("calendar.weekday", "sv", "tis", ("mån",)),
    ]


def test_dates_that_do_not_exist() -> None:
    assert marked({"fi": "Haku päättyy 31.4. klo 16.", "sv": "Ansökan 29.2.2027."}) == [
        ("calendar.no-such-date", "fi", "31.4.", ()),
        ("calendar.no-such-date", "sv", "29.2.2027", ()),
    ]
    assert marked({"fi": "Karkauspäivä 29.2.2028 on tiistai."}) == []


def test_29_february_without_a_year_exists_unless_announced_for_the_coming_february() -> None:
    # Without a year, 29 February is any leap year's: a report, not an announcement.
    versions = {"fi": "Karkauspäivänä 29.2. syntyneet juhlivat harvoin.",
                "sv": "Siffrorna från den 29 februari stämde inte.",
                "en": "Anita showed the February 29th storage sheet."}
    assert marked(versions) == []
    # With a weekday or a time it is announced, for February 2027, which has 28 days;
    # published in December 2027, it is Tuesday 29 February 2028.
    announced = {"fi": "Tervetuloa ti 29.2. klo 18!", "en": "Join us on 29 February at 6 pm."}
    assert marked(announced) == [
        ("calendar.no-such-date", "en", "29 February", ()),
        ("calendar.no-such-date", "fi", "29.2.", ()),
    ]
    assert marked(announced, publish_on=datetime.date(2027, 12, 1)) == []


def test_announced_dates_already_past() -> None:
    versions = {"fi": "Valtuusto kokoontuu maanantaina 16.12.2024 klo 18.",
                "en": "The council met on 16 December 2024."}
    assert marked(versions) == [("calendar.past", "fi", "16.12.2024", ())]
    assert marked(versions, publish_on=datetime.date(2024, 12, 1)) == []


def test_ranges_that_run_backwards() -> None:
    assert marked({"fi": "Näyttely 14.–12.6.", "sv": "Utställning 15.6.–3.5.2026."}) == [
        ("calendar.backwards", "fi", "14.–12.6.", ()),
        ("calendar.backwards", "sv", "15.6.–3.5.2026", ()),
    ]
    # Over the turn of the year.
    assert marked({"fi": "Suljettu 28.12.–3.1."}) == []
    # Under way: begun this year, ends ahead (on 16 June: 1 June to 15 August) ...
    june = datetime.date(2026, 6, 16)
    assert marked({"fi": "Tuolin saa lainaksi ajalla 1.6.–15.8.",
                   "sv": "Stolen lånas ut under tiden 1.6–15.8.",
                   "en": "The chair can be borrowed from 1 June to 15 August."},
                  publish_on=june) == []
    # ... but a backwards range is still one then.
    assert marked({"fi": "Näyttely 28.–20.7."}, publish_on=june) == [
        ("calendar.backwards", "fi", "28.–20.7.", ())]


def test_times_that_do_not_exist() -> None:
    assert marked({"fi": "Ovet aukeavat klo 25.00.", "en": "Doors open at 10:75.",
                   "sv": "Öppet kl. 24.30."}) == [
        ("calendar.no-such-time", "en", "10:75", ()),
        ("calendar.no-such-time", "fi", "klo 25.00", ()),
        ("calendar.no-such-time", "sv", "kl. 24.30", ()),
    ]
    assert marked({"fi": "Klo 24.00 alkaa uusi vuosi. Joh. 3:16 luetaan klo 23:59."}) == []
    # Swedish prices ("13:75") and US dates ("8/10/2000" is 10 August) are not read as such.
    assert marked({"sv": "Boken kostar 13:75.", "en": "Sent 8/10/2000 at 08:28 AM."}) == []


@pytest.mark.parametrize(
    ("word", "weekday", "language", "expected"),
    [
        ("maanantaina", 2, "fi", "keskiviikkona"),
        ("keskiviikkoisin", 0, "fi", "maanantaisin"),
        ("Perjantai-iltana", 2, "fi", "Keskiviikko-iltana"),
        ("sunnuntainakin", 4, "fi", "perjantainakin"),
        ("MA", 1, "fi", "TI"),
        ("Lördagar", 6, "sv", "Söndagar"),
        ("tors.", 0, "sv", "mån."),
        ("Tuesdays", 3, "en", "Thursdays"),
    ],
)
def test_the_fix_keeps_the_form(word, weekday, language, expected) -> None:
    assert weekday_in_form_of(word, weekday, language) == expected


def test_clean_posts_pass() -> None:
    for organisation, versions in CLEAN_POSTS[:2]:
        post_day = datetime.date(2024, 9, 1)  # 5 October 2024 is a Saturday
        assert run(versions, publish_on=post_day, organisation=organisation) == [], versions


def test_results_follow_the_publishing_day() -> None:
    engine = Engine()
    post = Post(organisation="kokkola", versions={"fi": "tiistaina 3.6."},
                publish_on=datetime.date(2025, 5, 1))
    assert engine.check(post, families=["calendar"]) == []
    post.publish_on = datetime.date(2026, 5, 1)
    assert [f.rule for f in engine.check(post, families=["calendar"])] == ["calendar.weekday"]


def test_problems_are_linear_on_long_text() -> None:
    text = "Tervetuloa maanantaina 3.6. klo 18! " * 2000
    assert len(calendar_problems(text, "fi", DAY)) == 2000


def test_messages_complete() -> None:
    assert_messages_complete(
        calendar, date="3.6.2026", weekday="tiistai", written="ma", days="30", year="2026",
        today="1.3.2026", first="14.", last="12.6.", time="25.00",
    )
