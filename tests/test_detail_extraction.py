"""Details extracted from one version: each notation normalised to the same value, with
exact spans, and the numbers that are not details (postal codes, list markers) skipped."""

from __future__ import annotations

from decimal import Decimal

import pytest

from composer.detail_extraction import Detail, extract


def values(text: str, language: str, kind: str) -> list[object]:
    return [d.value for d in extract(text, language) if d.kind == kind]


def only(text: str, language: str, kind: str) -> Detail:
    found = [d for d in extract(text, language) if d.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tapahtuma 1.6. torilla.", "fi"),
        ("Tapahtuma 1.6 torilla.", "fi"),
        ("Tapahtuma 1.6.2026 torilla.", "fi"),
        ("Tapahtuma 01.06.2026 torilla.", "fi"),
        ("Tapahtuma 1. kesäkuuta torilla.", "fi"),
        ("Tapahtuma kesäkuun 1. päivänä torilla.", "fi"),
        ("Evenemanget 1.6 på torget.", "sv"),
        ("Evenemanget den 1 juni på torget.", "sv"),
        ("Evenemanget 1/6 på torget.", "sv"),
        ("The event on June 1 at the square.", "en"),
        ("The event on 1 June at the square.", "en"),
        ("The event on June 1st, 2026 at the square.", "en"),
        ("The event on 1.6. at the square.", "en"),
        ("The event on 2026-06-01 at the square.", "en"),
    ],
)
def test_first_of_june_in_every_notation(text: str, language: str) -> None:
    assert values(text, language, "date") == [(1, 6)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Näyttely 3.–14.6.", "fi"),
        ("Näyttely 3.–14.6.2026", "fi"),
        ("Näyttely 3.-14.6.", "fi"),
        ("Näyttely 3.–14. kesäkuuta", "fi"),
        ("Utställningen 3–14 juni", "sv"),
        ("Utställningen 3–14.6", "sv"),
        ("Utställningen 3–14/6", "sv"),
        ("The exhibition June 3–14", "en"),
        ("The exhibition 3–14 June", "en"),
        ("The exhibition 3rd–14th June", "en"),
        ("The exhibition from 3 to 14 June", "en"),
    ],
)
def test_date_ranges_give_both_ends(text: str, language: str) -> None:
    assert values(text, language, "date") == [(3, 6), (14, 6)]


def test_year_is_kept_with_the_date_but_not_part_of_its_value() -> None:
    detail = only("Vaalipäivä 9.6.2024", "fi", "date")
    assert (detail.value, detail.year, detail.text) == ((9, 6), 2024, "9.6.2024")
    assert only("Election day June 9, 2024", "en", "date").year == 2024


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Alkaa klo 18.", "fi"),
        ("Alkaa klo 18.00.", "fi"),
        ("Alkaa kello 18:00.", "fi"),
        ("Börjar kl. 18.", "sv"),
        ("Börjar kl 18.00.", "sv"),
        ("Börjar klockan 18.", "sv"),
        ("Börjar 18.00.", "sv"),
        ("Starts at 18:00.", "en"),
        ("Starts at 6 pm.", "en"),
        ("Starts at 6 p.m.", "en"),
        ("Starts at 6PM.", "en"),
        ("Starts at 18.", "en"),
    ],
)
def test_six_in_the_evening_in_every_notation(text: str, language: str) -> None:
    assert values(text, language, "time") == [18 * 60]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Avoinna klo 10–14.", "fi"),
        ("Avoinna klo 10-14.", "fi"),
        ("Avoinna klo 10.00–14.00.", "fi"),
        ("Öppet kl. 10-14.", "sv"),
        ("Öppet 10.00–14.00.", "sv"),
        ("Open 10 am – 2 pm.", "en"),
        ("Open 10am-2pm.", "en"),
        ("Open 10:00–14:00.", "en"),
    ],
)
def test_time_ranges_give_both_ends(text: str, language: str) -> None:
    assert values(text, language, "time") == [600, 840]


def test_am_range_end_decides_the_start() -> None:
    assert values("Open 10–11 am and 6–8 pm.", "en", "time") == [600, 660, 18 * 60, 20 * 60]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meets from 5.30 to 7 pm.", [17 * 60 + 30, 19 * 60]),
        ("Meets 5.30–7 pm.", [17 * 60 + 30, 19 * 60]),
        ("Meets 5:30-7pm.", [17 * 60 + 30, 19 * 60]),
        ("Skating from 1 to 2.30 pm.", [13 * 60, 14 * 60 + 30]),
        ("Open from 11.30 until 1 pm.", [11 * 60 + 30, 13 * 60]),
        ("Open from 9 am to 5 pm.", [9 * 60, 17 * 60]),
        ("Story time at 12 noon, fireworks at 12 midnight.", [12 * 60, 0]),
    ],
)
def test_am_or_pm_at_the_end_of_a_range_is_its_starts_too(text: str, expected: list[int]) -> None:
    assert values(text, "en", "time") == expected


def test_opening_hours_after_weekdays_are_times() -> None:
    assert values("Avoinna ma–pe 8–16.", "fi", "time") == [480, 960]
    assert values("Avoinna ma–pe 8–16.", "fi", "weekday") == [0, 4]
    assert values("Open Mon–Fri 8 am – 4 pm.", "en", "time") == [480, 960]
    assert values("Avoinna pe 22–4.", "fi", "time") == [22 * 60, 4 * 60]


def test_a_score_after_a_weekday_is_no_time() -> None:
    # Bare hours that would end (less than half a day) before they start.
    text = "The team won on Saturday 3–1 in sets, and drew on Sunday 2–2."
    assert values(text, "en", "time") == []
    assert values(text, "en", "number") == [3, 1, 2, 2]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Tavataan maanantaina.", "fi", [0]),
        ("Avoinna maanantaisin ja torstai-iltaisin.", "fi", [0, 3]),
        ("Ilmoittaudu maanantaihin mennessä.", "fi", [0]),
        ("Avoinna ma–pe.", "fi", [0, 4]),
        ("Kokous ti 4.6.", "fi", [1]),
        ("Vi ses på måndag.", "sv", [0]),
        ("Öppet mån–fre och lör kl. 10–14.", "sv", [0, 4, 5]),
        ("Öppet måndagar och tors 12.6.", "sv", [0, 3]),
        ("See you on Monday.", "en", [0]),
        ("Open Mon–Fri.", "en", [0, 4]),
        ("Open Mon, Wed and Fri.", "en", [0, 2, 4]),
    ],
)
def test_weekdays(text: str, language: str, expected: list[int]) -> None:
    assert values(text, language, "weekday") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mennään sinne, ma kerron.", "fi"),
        ("Puhumme to the point.", "fi"),
        ("She sat on the bench and saw the sun.", "en"),
        ("Vi tar tåget, ons vi hinner.", "sv"),
    ],
)
def test_short_words_are_not_weekdays_without_context(text: str, language: str) -> None:
    assert values(text, language, "weekday") == []


@pytest.mark.parametrize(
    ("text", "language", "euros"),
    [
        ("Liput 5 €.", "fi", "5"),
        ("Liput 5,00 €.", "fi", "5"),
        ("Liput 5 euroa.", "fi", "5"),
        ("Liput 5 e/hlö.", "fi", "5"),
        ("Biljetter 5 euro.", "sv", "5"),
        ("Biljetter EUR 5.", "sv", "5"),
        ("Tickets €5.", "en", "5"),
        ("Tickets 5 EUR.", "en", "5"),
        ("Liput 5,50 €.", "fi", "5.50"),
        ("Biljetter 5.50 €.", "sv", "5.50"),
        ("Tickets €5.50.", "en", "5.50"),
        ("Hinta 1 000 €.", "fi", "1000"),
        ("Price €1,000.", "en", "1000"),
    ],
)
def test_prices(text: str, language: str, euros: str) -> None:
    assert values(text, language, "price") == [Decimal(euros)]


def test_price_before_amount_is_not_taken_by_the_number_before_it() -> None:
    text = "Adults €7.50, children aged 7–17 €4."
    assert values(text, "en", "price") == [Decimal("7.50"), Decimal("4")]
    assert values(text, "en", "number") == [7, 17]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Kävijöitä oli 1 000.", "fi", Decimal(1000)),
        ("Kävijöitä oli 1000.", "fi", Decimal(1000)),
        ("There were 1,000 visitors.", "en", Decimal(1000)),
        ("Matka on 2,5 km.", "fi", Decimal("2.5")),
        ("The distance is 2.5 km.", "en", Decimal("2.5")),
        ("Teatteri juhlii 40. vuottaan.", "fi", Decimal(40)),
        ("Teatern firar sitt 40:e år.", "sv", Decimal(40)),
        ("The theatre celebrates its 40th year.", "en", Decimal(40)),
        # Ages: "alle 18-vuotiaat", "under 18 år", "under-18s".
        ("Alle 18-vuotiaat pääsevät ilmaiseksi.", "fi", Decimal(18)),
        ("Under-18s get in free.", "en", Decimal(18)),
        ("A discount for over 65s.", "en", Decimal(65)),
    ],
)
def test_numbers(text: str, language: str, expected: Decimal) -> None:
    assert values(text, language, "number") == [expected]


def test_numbers_that_are_not_details_are_skipped() -> None:
    text = ("1. Tuo eväät\n2) Tule ajoissa\nOsoite: Mariankatu 16, 67200 Kokkola. "
            "Covid-19-rokotukset. Avoinna 24/7.")
    assert values(text, "fi", "number") == [16, 24]
    assert values(text, "fi", "date") == []


def test_phone_numbers_are_normalised_to_e164() -> None:
    fi = only("Soita puh. 040 123 4567 arkisin.", "fi", "phone")
    en = only("Call +358 40 123 4567 on weekdays.", "en", "phone")
    sv = only("Ring 040-1234567 på vardagar.", "sv", "phone")
    assert fi.value == en.value == sv.value == "+358401234567"
    assert fi.text == "040 123 4567"
    assert values("Vaihde (06) 786 1111.", "fi", "phone") == ["+35867861111"]
    # A phone number is not also a number or a time.
    assert [d.kind for d in extract("Soita 040 123 4567.", "fi")] == ["phone"]


def test_emails_and_mentions_are_case_insensitive() -> None:
    found = extract("Kysy: Kirjasto@Kokkola.fi tai @KokkolaKarleby", "fi")
    assert [(d.kind, d.value) for d in found] == [
        ("email", "kirjasto@kokkola.fi"),
        ("mention", "@kokkolakarleby"),
    ]


def test_links_and_hashtags_are_not_read_for_numbers() -> None:
    text = "Lue lisää kokkola.fi/uutiset/2025/6/12 #Kokkola2025 https://t.ly/x1"
    assert extract(text, "fi") == ()


def test_spans_point_at_the_original_notation() -> None:
    text = "Tervetuloa ti 4.6. klo 18–20! Liput 5,50 €."
    for detail in extract(text, "fi"):
        assert text[detail.start:detail.end] == detail.text
    assert [d.text for d in extract(text, "fi")] == ["ti", "4.6.", "18", "20", "5,50 €"]


def test_english_decimal_is_not_a_date_but_finnish_date_is() -> None:
    assert values("The track is 1.6 km long.", "en", "date") == []
    assert values("Rata on 1.6 km pitkä.", "fi", "date") == []
    assert values("Kokous 1.6 kaupungintalolla.", "fi", "date") == [(1, 6)]


def test_empty_text_has_no_details() -> None:
    assert extract("", "fi") == ()
    assert extract("   ", "sv") == ()


@pytest.mark.parametrize(("text", "language", "spans"), [
    ("Pääsymaksu 6 €/4 €.", "fi", ["6 €", "4 €"]),
    ("Biljetter 35 €/30 € (studerande).", "sv", ["35 €", "30 €"]),
    ("Admission 6 €/4 €.", "en", ["6 €", "4 €"]),
    ("Liput 8 euroa/5 euroa.", "fi", ["8 euroa", "5 euroa"]),
    ("Hinta 10 €/2 h.", "fi", ["10 €"]),
])
def test_two_prices_with_a_slash_are_two_prices(text: str, language: str,
                                                spans: list[str]) -> None:
    """"6 €/4 €" is two prices, each with its currency, as "€6/€4" is."""
    found = [text[d.start:d.end] for d in extract(text, language) if d.kind == "price"]
    assert found == spans


@pytest.mark.parametrize(("text", "language"), [
    ("Biljettpriser:\npensionärer 65+ 2 €\n30-dagarskort 45 €", "sv"),
    ("Lipunhinnat:\neläkeläiset 65+ 2 €\n30 päivän kortti 45 €", "fi"),
    ("Ticket prices:\npensioners aged 65+ €2\n30-day card €45", "en"),
])
def test_a_price_is_not_joined_across_a_line_break(text: str, language: str) -> None:
    """The "€" ending one line belongs to its own line's amount, not to the number that
    starts the next line ("2 €" and "30-dagarskort" make no "€ 30")."""
    assert values(text, language, "price") == [Decimal(2), Decimal(45)]
    assert values(text, language, "number") == [65, 30]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Walks on 7 and 21 July.", "en", [(7, 7), (21, 7)]),
    ("Walks on 7, 14 and 21 July.", "en", [(7, 7), (14, 7), (21, 7)]),
    ("Walks on the 7th, 14th, and 21st of July.", "en", [(7, 7), (14, 7), (21, 7)]),
    ("Kävelyt 7. ja 21.7.", "fi", [(7, 7), (21, 7)]),
    ("Kävelyt 7., 14. ja 21. heinäkuuta.", "fi", [(7, 7), (14, 7), (21, 7)]),
    ("Vandringar 7 och 21 juli.", "sv", [(7, 7), (21, 7)]),
    ("Vandringar 7 och 21.7.", "sv", [(7, 7), (21, 7)]),
    ("Open 7 and 21–23 July.", "en", [(7, 7), (21, 7), (23, 7)]),
])
def test_days_listed_before_a_date_share_its_month(
        text: str, language: str, expected: list[tuple[int, int]]) -> None:
    assert values(text, language, "date") == expected
    assert values(text, language, "number") == []


def test_a_day_list_takes_the_dates_year() -> None:
    found = [d for d in extract("Kävelyt 7., 14. ja 21.7.2027", "fi") if d.kind == "date"]
    assert [(d.text, d.year) for d in found] == [("7.", 2027), ("14.", 2027),
                                                 ("21.7.2027", 2027)]


@pytest.mark.parametrize(("text", "language"), [
    ("Luokat 1–6 ja 10.6.", "fi"),  # the end of a range
    ("Ryhmät 12 ja 3.6. alkaen.", "fi"),  # a list of days rises
    ("Alkaa klo 7 ja 21.7. klo 9.", "fi"),  # a time
    ("Rata 1,5 ja 21.7.", "fi"),  # a decimal number
])
def test_numbers_before_a_date_that_are_no_day_list(text: str, language: str) -> None:
    assert len(values(text, language, "date")) == 1


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("elämästä 1700- ja 1800-luvuilla", "fi", [("century", 18), ("century", 19)]),
    ("talot 1700-, 1800- ja 1900-luvuilta", "fi",
     [("century", 18), ("century", 19), ("century", 20)]),
    ("muotia 1960- ja 1970-luvuilta", "fi", [("decade", 1960), ("decade", 1970)]),
    ("rakennettu 1700–1800-luvuilla", "fi", [("century", 18), ("century", 19)]),
    ("livet på 1700- och 1800-talen", "sv", [("century", 18), ("century", 19)]),
    ("mode från 1960- och 1970-talen", "sv", [("decade", 1960), ("decade", 1970)]),
    ("life in the 18th and 19th centuries", "en", [("century", 18), ("century", 19)]),
    ("the 17th, 18th, and 19th centuries", "en",
     [("century", 17), ("century", 18), ("century", 19)]),
    ("18th- and 19th-century houses", "en", [("century", 18), ("century", 19)]),
    ("the 18th–19th centuries", "en", [("century", 18), ("century", 19)]),
])
def test_periods_whose_word_is_written_once(
        text: str, language: str, expected: list[tuple[str, int]]) -> None:
    """"1700- ja 1800-luvuilla" is two centuries, as "the 18th and 19th centuries" is."""
    assert values(text, language, "number") == expected


def test_numbers_before_a_period_that_are_no_list_of_periods() -> None:
    # Not in order, or a century before a decade: left as they were.
    assert values("1800- ja 1700-luvuilla", "fi", "number") == [1800, ("century", 18)]
    assert values("page 3 and the 19th century", "en", "number") == [3, ("century", 19)]


@pytest.mark.parametrize(("text", "language", "seconds"), [
    ("3 000 m 9.48,31", "fi", "588.31"),
    ("3 000 m 9:48,31", "sv", "588.31"),
    ("3,000 m, 9:48.31", "en", "588.31"),
    ("400 m 1.02,5", "fi", "62.5"),
    ("400 m, 1:02.5", "en", "62.5"),
    ("100 m aidat 14,12", "fi", "14.12"),
    ("100 m hurdles, 14.12", "en", "14.12"),
    ("maraton 2.15.30", "fi", "8130"),
    ("marathon, 2:15:30", "en", "8130"),
])
def test_race_results_are_seconds_in_every_notation(text: str, language: str,
                                                    seconds: str) -> None:
    assert values(text, language, "number")[-1] == Decimal(seconds)
    assert values(text, language, "time") == []


def test_clock_times_and_dates_are_no_race_results() -> None:
    assert Decimal(11654) not in values("Sent at 03:14:14 PM", "en", "number")
    # "1.10.20" may be a date with a short year: no result (1 h 10 min 20 s) is read.
    assert Decimal(4220) not in values("Päivitetty 1.10.20", "fi", "number")
    assert Decimal(4220) in values("Aika 1:10:20", "fi", "number")


@pytest.mark.parametrize(("text", "language", "span"), [
    ("The library is closed on December 15.", "en", "December 15"),
    ("Biblioteket är stängt 13 december.", "sv", "13 december"),
    ("Kirjasto on suljettu 14. joulukuuta.", "fi", "14. joulukuuta"),
    ("Öppet 14 dec. kl 10", "sv", "14 dec."),
    ("Auki 14. jouluk. klo 10", "fi", "14. jouluk."),
    ("Auki joulukuun 15. päivä.", "fi", "joulukuun 15."),
])
def test_a_full_stop_ending_the_sentence_is_not_part_of_a_date(text, language, span):
    """The full stop after a whole month name, or after the day in English and Swedish,
    ends the sentence: a finding on the date underlines the date alone. An abbreviation's
    point and the Finnish ordinal point stay in it."""
    dates = [d for d in extract(text, language) if d.kind == "date"]
    assert [text[d.start:d.end] for d in dates] == [span]
