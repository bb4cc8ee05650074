"""The `personal-data` rules through the engine: identity codes (Finnish, Swedish), IBANs,
personal e-mail addresses and phone numbers, and the service details that stay clean."""

from __future__ import annotations

import pytest

from composer.model import Severity
from composer.rules import personal_data
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "personal-data"
E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


@pytest.mark.parametrize(
    "code",
    [
        "131052-308T",  # 1900s, classic hyphen
        "131052Y308T",  # 1900s, sign of 2023
        "131052X308T",
        "131052W308T",
        "131052V308T",
        "131052U308T",
        "010594Y9032",  # temporary identifier (900-999)
        "131010A308Y",  # 2000s, classic A
        "131010B308Y",  # 2000s, signs of 2023
        "131010C308Y",
        "131010D308Y",
        "131010E308Y",
        "131010F308Y",
        "131052+308T",  # 1800s
    ],
)
def test_every_century_sign_of_a_valid_henkilotunnus_is_an_error(code: str) -> None:
    text = f"Voittajan tiedot: Matti Virtanen, hetu {code}, palkinto noudetaan 3.6. klo 12."
    versions = {"fi": text}
    assert found(versions) == [("personal-data.hetu", E, "fi", code)]


def test_henkilotunnus_with_a_wrong_check_character_looks_like_one() -> None:
    versions = {"fi": "Tilausnumero 131052-308U ja tuotekoodi 010594Y9033."}
    assert found(versions) == [
        ("personal-data.hetu-check", W, "fi", "010594Y9033"),
        ("personal-data.hetu-check", W, "fi", "131052-308U"),
    ]
    # An impossible date is no identity code at all.
    assert found({"fi": "Tuotekoodi 311352-308U."}) == []


def test_swedish_personnummer_in_both_forms() -> None:
    versions = {
        "sv": "Vinnaren Anna Svensson (880320-0016) hämtar priset. Hennes man 198112289841."
    }
    assert found(versions) == [
        ("personal-data.personnummer", E, "sv", "198112289841"),
        ("personal-data.personnummer", E, "sv", "880320-0016"),
    ]


def test_iban_with_spaces_is_an_error_and_stops_before_the_next_word() -> None:
    versions = {
        "fi": "Keräykseen voi lahjoittaa tilille FI21 1234 5600 0007 85 EUR, kiitos!",
        "en": "Donations to FI2112345600000785.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("personal-data.iban", E, "en", "FI2112345600000785"),
        ("personal-data.iban", E, "fi", "FI21 1234 5600 0007 85"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:personal-data")


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Maksu tilille FI21 1234 5600 0007 85, viite 12345."),
    ("fi", "Tilinumero: FI21 1234 5600 0007 85\nViitenumero: 1232"),
    ("fi", "Maksa tilille FI21 1234 5600 0007 85 viitteellä 12345 perjantaina."),
    ("sv", "Betala till kontot FI21 1234 5600 0007 85 och ange referensnumret 12345."),
    ("en", "Pay to FI21 1234 5600 0007 85 using reference RF18 5390 0754 7034."),
])
def test_an_account_with_a_reference_number_is_the_organisations(
    language: str, text: str
) -> None:
    assert found({language: text}) == []


def test_an_account_without_a_reference_number_stays_an_error() -> None:
    versions = {
        "fi": "Maksa tilille FI21 1234 5600 0007 85.\n\nViite 12345 koskee toista laskua.",
        "en": "Pay to the account FI21 1234 5600 0007 85 by Friday. See the reference list.",
    }
    assert [rule for rule, *_ in found(versions)] == ["personal-data.iban"] * 2


def test_invalid_iban_is_not_reported() -> None:
    assert found({"en": "Reference FI21 1234 5600 0007 86 is not an account."}) == []


def test_private_email_is_a_warning_a_work_address_a_note_and_role_addresses_clean() -> None:
    versions = {
        "fi": (
            "Ilmoittaudu: maija.meikalainen@kokkola.fi tai kirjaamo@kokkola.fi. "
            "Palaute: palaute@kokkola.fi, asiakaspalvelu@kokkola.fi, info@kokkola.fi. "
            "Osoitteet ovat muotoa etunimi.sukunimi@kokkola.fi."
        ),
        "sv": "Kontakta registrator@jakobstad.fi eller min privata adress kalle_anka@hotmail.com.",
        "en": "Write to john.smith@yahoo.co.uk or to our library at kaupunginkirjasto@kokkola.fi.",
    }
    assert found(versions) == [
        ("personal-data.email", W, "en", "john.smith@yahoo.co.uk"),
        ("personal-data.email", W, "sv", "kalle_anka@hotmail.com"),
        ("personal-data.work-email", INFO, "fi", "maija.meikalainen@kokkola.fi"),
    ]


def test_free_mail_address_is_personal_and_an_unclear_one_gets_a_question() -> None:
    versions = {"fi": "Kuvat voi lähettää osoitteeseen matti1985@gmail.com tai mv@kokkola.fi."}
    assert found(versions) == [
        ("personal-data.email", W, "fi", "matti1985@gmail.com"),
        ("personal-data.email-check", INFO, "fi", "mv@kokkola.fi"),
    ]


def test_personal_mobile_numbers_warn_in_all_three_languages() -> None:
    versions = {
        "fi": "Lisätietoja antaa nuoriso-ohjaaja Maija Meikäläinen, puh. 040 123 4567.",
        "sv": "Mer information ger Anna Svensson, tfn 070-123 45 67 eller +46 70 765 43 21.",
        "en": "For details call Matti on +358 50 123 4567 or our customer service 0800 123 456.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("personal-data.phone", W, "en", "+358 50 123 4567"),
        ("personal-data.phone", W, "fi", "040 123 4567"),
        ("personal-data.phone", W, "sv", "+46 70 765 43 21"),
        ("personal-data.phone", W, "sv", "070-123 45 67"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:personal-data")
        assert "consent" in finding.message or "agreed" in finding.message


def test_service_numbers_landlines_and_toll_free_numbers_are_clean() -> None:
    versions = {
        "fi": (
            "Asiakaspalvelu palvelee numerossa 040 806 5000. Vaihde 06 828 9111. "
            "Neuvonta 044 780 9111 (arkisin). Maksuton palvelunumero 0800 123 456."
        ),
        "sv": "Kundtjänst 040 806 5000, växel 06 786 1111. Biljettkassan: 044 785 1234.",
        "en": "Box office: 040 806 5000 (weekdays 9–15). Switchboard +358 6 828 9111.",
    }
    assert found(versions) == []


@pytest.mark.parametrize(("language", "text"), [
    ("fi", "Ilmoittautumiset 18.12. mennessä numeroon 040 806 5500."),
    ("fi", "Jos vedenjakelussa on häiriöitä, ilmoita niistä vikapäivystykseen numeroon "
           "044 123 4500."),
    ("fi", "Lumityöpäivystys 040 806 5500. Sosiaalipäivystys 040 806 5501."),
    ("fi", "Kriisipuhelin 040 806 5500. Kysyttävää? Soita meille: 040 806 5501."),
    ("fi", "Vikailmoitukset numeroon 040 806 5500. Ota yhteyttä meihin: 040 806 5501."),
    ("sv", "Anmälningar senast 18.12 till numret 040 806 5500."),
    ("sv", "Felanmälan tfn 040 806 5500. Jourtelefon 040 806 5501."),
    ("sv", "Kvällsjouren 040 806 5500. Frågor? Ring oss: 040 806 5501."),
    ("sv", "Mer information: idrottstjänsterna, tfn 040 806 5500."),
    ("en", "Please register by 18 December on 040 806 5500."),
    ("en", "To report a fault, call 040 806 5500. Questions? Call us: 040 806 5501."),
    ("en", "You can contact us at 040 806 5500."),
])
def test_service_compounds_registrations_and_the_organisations_we_are_clean(
    language: str, text: str
) -> None:
    assert found({language: text}) == []


@pytest.mark.parametrize(("language", "text", "number"), [
    ("fi", "Soita Mattille 040 123 4567.", "040 123 4567"),
    ("fi", "Lisätietoja: liikuntasihteeri Pekka Laine, p. 040 806 5500.", "040 806 5500"),
    ("fi", "Ilmoittautumiset Matille 040 123 4567.", "040 123 4567"),
    ("fi", "Soita minulle numeroon 040 123 4567 illalla.", "040 123 4567"),
    ("sv", "Anmälningar till Anna Berg, 040 123 4567.", "040 123 4567"),
    ("en", "Please register with Anna Virtanen on 040 123 4567.", "040 123 4567"),
    ("en", "For more information call Lisa on 040 123 4567.", "040 123 4567"),
])
def test_a_named_persons_number_warns_beside_a_service_word(
    language: str, text: str, number: str
) -> None:
    assert found({language: text}) == [("personal-data.phone", W, language, number)]


def test_a_service_word_before_one_number_does_not_clear_the_next() -> None:
    versions = {"fi": "Neuvonta 040 806 5000 tai kysy suoraan Maijalta 040 123 4567."}
    assert found(versions) == [("personal-data.phone", W, "fi", "040 123 4567")]


def test_dates_times_prices_years_and_postal_codes_are_not_phone_numbers() -> None:
    versions = {
        "fi": (
            "Tapahtuma 1.6.2024 klo 18.00–20.00, 06.06.2025 ja 3.–14.6.2025 kello 09–15. "
            "Liput 15,00 € / 10 €, budjetti 1 500 000 €. Vuodet 2024–2025. "
            "Torikatu 32, 67100 Kokkola, PL 43, 00100 Helsinki. Päivämäärä 01-06-2024."
        ),
        "sv": "Evenemanget 1.6.2024 kl. 18–20, pris 12 €, Storgatan 7, 68600 Jakobstad.",
        "en": "On 01/06/2024 from 18:00 to 20:00, tickets €12.50, 2024-2025 season.",
    }
    assert found(versions) == []


def test_naantali_cites_the_data_protection_regulation() -> None:
    versions = {"fi": "Voittaja: Liisa Laine, 131052-308T."}
    [finding] = check(versions, FAMILY, organisation="naantali")
    assert_cited(finding, "law:gdpr")


def test_jakobstad_cites_its_own_point_in_the_ui_language() -> None:
    versions = {"sv": "Ring Anna på 040 123 4567."}
    [finding] = check(versions, FAMILY, organisation="jakobstad", ui_language="sv")
    assert_cited(finding, "jakobstad:personal-data")
    assert "samtycke" in finding.message
    assert "samtycke" in finding.guideline


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    for role in ("organisation", "employee", "elected"):
        assert found(versions, organisation=organisation, role=role) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(personal_data, value="040 123 4567")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kysy lisää: nuorisopalvelut@kokkola.fi tai p. 040 806 5555."),
        ("sv", "Fråga ungdomsledarna, tfn 040 806 5555."),
        ("en", "Ask the service advisers, tel. 040 806 5555."),
        ("fi", "Lisätietoja 040 123 4567, arkisin klo 9–11."),
        ("sv", "Mer information 040 123 4567, vardagar kl. 9–11."),
        ("en", "More information 040 123 4567, weekdays 9–11 am."),
    ],
)
def test_a_service_address_a_team_or_opening_hours_make_a_service_line(
    language: str, text: str
) -> None:
    assert found({language: text}) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Kysy lisää: anna.berg@kokkola.fi tai p. 040 123 4567."),
        ("fi", "Soita Matille 040 123 4567, arkisin klo 9–11."),
        ("sv", "Ring 040 123 4567 under dagarna."),
        ("en", "Call 040 123 4567 with the others."),
    ],
)
def test_a_person_s_address_a_name_or_a_non_role_plural_keep_the_warning(
    language: str, text: str
) -> None:
    assert ("personal-data.phone", W, language, "040 123 4567") in found({language: text})


def test_an_address_of_common_words_is_a_service_s_and_a_first_name_keeps_it_personal() -> None:
    versions = {"fi": "vaka.maksut@kokkola.fi, liikunta.palvelut@kokkola.fi"}
    assert found(versions) == []
    for address in ("anna.berg@x.fi", "maria.sundqvist@jakobstad.fi", "kent.shoemaker@ge.com"):
        assert ("personal-data.work-email", INFO, "fi", address) in found(
            {"fi": f"Tiedot: {address}"})
    for address in ("anna.berg@gmail.com", "kent.shoemaker@hotmail.de", "m.sundqvist@gmx.at"):
        assert ("personal-data.email", W, "fi", address) in found({"fi": f"Tiedot: {address}"})
    # a provider's name as an organisation's subdomain is no provider: "live.kokkola.fi"
    assert ("personal-data.work-email", INFO, "fi", "anna.berg@live.kokkola.fi") in found(
        {"fi": "Tiedot: anna.berg@live.kokkola.fi"})
