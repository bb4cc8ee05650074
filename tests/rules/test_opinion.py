"""The `opinion` rules through the engine: opinions of staff and elected officials not
marked as personal, and personal opinions on the city's own account."""

from __future__ import annotations

import pytest

from composer.model import Severity
from composer.rules import opinion
from tests.rules.helpers import CLEAN_POSTS, assert_cited, assert_messages_complete, check, spans

FAMILY = "opinion"
W, INFO = Severity.WARNING, Severity.INFO

OPINIONS = {
    "fi": "Mielestäni uusi uimahalli on hyvä ratkaisu, ja kannatan sitä. Kaupunki vastustaa.",
    "sv": "Jag anser att simhallen behövs. Därför stöder vi förslaget.",
    "en": "In my opinion the new pool is a good idea. I oppose closing the old one.",
}


def found(versions: dict[str, str], **kwargs: str) -> list[tuple]:
    return spans(versions, check(versions, FAMILY, **kwargs))


def test_an_employees_unmarked_opinion_is_a_warning_at_the_first_statement() -> None:
    result = check(OPINIONS, FAMILY, role="employee")
    assert spans(OPINIONS, result) == [
        ("opinion.unmarked", W, "en", "In my opinion"),
        ("opinion.unmarked", W, "fi", "Mielestäni"),
        ("opinion.unmarked", W, "sv", "Jag anser"),
    ]
    for finding in result:
        assert_cited(finding, "kokkola:opinion")
        assert "henkilökohtaisia" in finding.guideline


def test_an_elected_officials_unmarked_opinion_is_a_suggestion() -> None:
    result = check(OPINIONS, FAMILY, role="elected", organisation="jakobstad")
    assert {(f.rule, f.severity) for f in result} == {("opinion.unmarked", INFO)}
    assert len(result) == 3
    for finding in result:
        assert_cited(finding, "jakobstad:opinion")


def test_an_opinion_marked_as_personal_anywhere_in_the_version_is_fine() -> None:
    versions = {
        "fi": "Mielestäni uusi uimahalli on hyvä ratkaisu. (Henkilökohtainen mielipiteeni.)",
        "sv": "Min personliga åsikt: jag tycker att simhallen behövs.",
        "en": "I think the new pool is a good idea. These views are my own.",
    }
    for role in ("employee", "elected"):
        assert found(versions, role=role) == []
    # Marking one version does not mark the others.
    mixed = {"fi": versions["fi"], "en": "I think the new pool is a good idea."}
    assert found(mixed, role="employee") == [("opinion.unmarked", W, "en", "I think")]


def test_the_citys_account_should_not_state_personal_opinions() -> None:
    result = check(OPINIONS, FAMILY, role="organisation", ui_language="fi")
    assert spans(OPINIONS, result) == [
        ("opinion.organisation-voice", INFO, "en", "In my opinion"),
        ("opinion.organisation-voice", INFO, "fi", "Mielestäni"),
        ("opinion.organisation-voice", INFO, "sv", "Jag anser"),
    ]
    assert all("Kaupungin omalla tilillä" in f.message for f in result)


def test_the_organisation_taking_a_stand_as_we_is_fine() -> None:
    versions = {
        "fi": "Kaupunki kannattaa uutta pyörätietä. Vastustamme liikenteen lisäämistä.",
        "sv": "Staden anser att cykelvägen behövs. Vi stöder förslaget.",
        "en": "The city supports the new cycle path. We think it is safer.",
    }
    for role in ("organisation", "employee", "elected"):
        assert found(versions, role=role) == []


def test_naantali_cites_its_opinion_point() -> None:
    [finding] = check({"fi": "Olen sitä mieltä, että tori tarvitsee katoksen."}, FAMILY,
                      organisation="naantali", role="employee")
    assert_cited(finding, "naantali:opinion")
    assert (finding.start, finding.end) == (0, len("Olen sitä mieltä"))


@pytest.mark.parametrize(("organisation", "versions"), CLEAN_POSTS)
def test_clean_posts(organisation: str, versions: dict[str, str]) -> None:
    for role in ("organisation", "employee", "elected"):
        assert found(versions, organisation=organisation, role=role) == []


def test_messages_in_every_ui_language() -> None:
    assert_messages_complete(opinion, phrase="mielestäni")
