"""The `security` rules through the engine: door and alarm codes, PINs, passwords and
network keys, reported only when the code or password itself is in the text."""

from __future__ import annotations

import pytest

from composer.model import Severity
from composer.rules import security
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "security"
E = Severity.ERROR


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


def test_door_and_alarm_codes_in_three_languages() -> None:
    versions = {
        "fi": (
            "Kerhotilaan pääsee takaovesta, ovikoodi on 4590. Porttikoodilla 1234# "
            "pääsee pihaan. Jos hälytys laukeaa, koodi 7788."
        ),
        "sv": "Portkoden är 1234 och dörrkoden: 4321. Larmkoden är nu 5566#.",
        "en": "Use the back door, the door code is 4590. Alarm code 2580, PIN 0000.",
    }
    result = check(versions, FAMILY)
    assert spans(versions, result) == [
        ("security.code", E, "en", "Alarm code 2580"),
        ("security.code", E, "en", "PIN 0000"),
        ("security.code", E, "en", "door code is 4590"),
        ("security.code", E, "fi", "Porttikoodilla 1234#"),
        ("security.code", E, "fi", "koodi 7788"),
        ("security.code", E, "fi", "ovikoodi on 4590"),
        ("security.code", E, "sv", "Larmkoden är nu 5566#"),
        ("security.code", E, "sv", "Portkoden är 1234"),
        ("security.code", E, "sv", "dörrkoden: 4321"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:security")
        assert finding.suggestions == ()


def test_passwords_and_network_keys() -> None:
    versions = {
        "fi": "Kirjaston Wi-Fi-salasana: Kirjasto2024! Verkkoavain on K0kkola#.",
        "sv": 'Lösenordet till wifi är "bibliotek". Nätverksnyckeln: Gäst-2024.',
        "en": "The password for the guest network is Library2024. WiFi key: summer-24.",
    }
    assert found(versions, organisation="jakobstad") == [
        ("security.password", E, "en", "WiFi key: summer-24"),
        ("security.password", E, "en", "password for the guest network is Library2024"),
        ("security.password", E, "fi", "Verkkoavain on K0kkola#"),
        ("security.password", E, "fi", "Wi-Fi-salasana: Kirjasto2024"),
        ("security.password", E, "sv", "Lösenordet till wifi är \"bibliotek\""),
        ("security.password", E, "sv", "Nätverksnyckeln: Gäst-2024"),
    ]


def test_talking_about_codes_and_passwords_is_fine() -> None:
    versions = {
        "fi": (
            "Muista vaihtaa salasanasi säännöllisesti. Salasana on vaihdettava 90 päivän "
            "välein. Ovikoodi lähetetään ilmoittautuneille 24.5. mennessä. Ovikoodi vaihtuu "
            "vuonna 2025. Käytä alennuskoodia KESÄ24 verkkokaupassa. Postinumero 67100."
        ),
        "sv": "Byt lösenord ofta. Koden skickas per e-post. Rabattkoden SOMMAR ger 10 %.",
        "en": (
            "Never share your password. Postal code 67100. The code of conduct is 12 pages. "
            "Doors open at 18.00, the code will be sent by e-mail."
        ),
    }
    assert found(versions) == []


def test_naantali_without_a_security_point_cites_its_confidentiality_point() -> None:
    [finding] = check({"fi": "Ovikoodi: 4590"}, FAMILY, organisation="naantali")
    assert_cited(finding, "naantali:confidential")


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    assert found(versions, organisation=organisation) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(security, phrase="ovikoodi")


def test_a_code_after_what_it_opens_is_still_found() -> None:
    versions = {"sv": "Portkoden till sidoingången är 4512",
                "en": "The door code for the side entrance is 4512"}
    result = check(versions, "security")
    assert sorted((f.language, versions[f.language][f.start:f.end]) for f in result) == [
        ("en", "door code for the side entrance is 4512"),
        ("sv", "Portkoden till sidoingången är 4512"),
    ]
    password = {"sv": "Lösenordet till bibliotekets wifi är Bibliotek2024"}
    assert [f.rule for f in check(password, "security")] == ["security.password"]
    assert check({"en": "The code for the event is in the e-mail we sent."}, "security") == []


def test_a_classification_code_after_an_abbreviation_is_no_secret() -> None:
    versions = {
        "fi": "Asetus koskee CN-koodiin 28492000 kuuluvaa piikarbidia. Kampanja-koodi 2024.",
        "sv": "Varan hör till KN-koden 28492000.",
        "en": "Goods within CN code 28492000 or HS code 8471 pay duty.",
    }
    assert found(versions) == []
    # An abbreviation of what a code opens, or any other kind named, keeps it a code.
    codes = {
        "fi": "PIN-koodi on 1234. Wifi-koodi on 12345678. OVI-KOODI ON 4590.",
        "sv": "PIN-koden är 1234. Portkoden till sidoingången är 4512.",
        "en": "The door code for the side entrance is 4512. The SMS code is 123456.",
    }
    assert found(codes) == [
        ("security.code", E, "en", "code is 123456"),
        ("security.code", E, "en", "door code for the side entrance is 4512"),
        ("security.code", E, "fi", "OVI-KOODI ON 4590"),
        ("security.code", E, "fi", "PIN-koodi on 1234"),
        ("security.code", E, "fi", "Wifi-koodi on 12345678"),
        ("security.code", E, "sv", "PIN-koden är 1234"),
        ("security.code", E, "sv", "Portkoden till sidoingången är 4512"),
    ]
