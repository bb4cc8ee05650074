"""The `language` rules on whole posts, through the engine, in all three UI languages."""

from __future__ import annotations

from composer.engine import Engine
from composer.model import Post, Severity

FI = ("Kaupunginkirjasto on suljettu juhannuksena 20.–21.6. Lainat voi palauttaa "
      "palautusluukkuun, joka on auki koko ajan. Hyvää juhannusta!")
SV = ("Stadsbiblioteket är stängt under midsommar 20–21.6. Lånen kan returneras i "
      "returluckan som är öppen hela tiden. Glad midsommar!")
EN = ("The city library is closed over Midsummer, 20–21 June. Loans can be returned through "
      "the return slot, which is open all the time. Happy Midsummer!")


def language_findings(post: Post, ui_language: str = "en") -> list:
    return Engine().check(post, ui_language=ui_language, families=["language"])


def test_complete_bilingual_post_is_clean() -> None:
    for organisation in ("jakobstad", "kokkola", "naantali"):
        post = Post(organisation=organisation, versions={"fi": FI, "sv": SV, "en": EN})
        assert language_findings(post) == []


def test_english_is_optional_everywhere() -> None:
    post = Post(organisation="kokkola", versions={"fi": FI, "sv": SV})
    assert language_findings(post) == []


def test_naantali_needs_only_finnish() -> None:
    assert language_findings(Post(organisation="naantali", versions={"fi": FI})) == []
    findings = language_findings(Post(organisation="naantali", versions={"sv": SV, "en": EN}))
    assert [(f.rule, f.language, f.severity) for f in findings] == [
        ("language.missing", "fi", Severity.ERROR)
    ]
    # Naantali is Finnish-speaking: the bilingual Language Act section is not its basis.
    assert findings[0].reference == "law:municipal-act"
    assert "410/2015" in findings[0].guideline


def test_missing_swedish_in_bilingual_city_is_an_error() -> None:
    findings = language_findings(Post(organisation="kokkola", versions={"fi": FI, "sv": "  \n"}))
    assert [(f.rule, f.language, f.severity) for f in findings] == [
        ("language.missing", "sv", Severity.ERROR)
    ]
    assert findings[0].reference == "law:language-act"
    assert findings[0].message == "The Swedish version is required but empty."
    assert findings[0].start is None


def test_missing_version_cites_jakobstads_own_language_point() -> None:
    findings = language_findings(Post(organisation="jakobstad", versions={"sv": SV}), "sv")
    assert [(f.rule, f.language) for f in findings] == [("language.missing", "fi")]
    assert findings[0].reference == "jakobstad:language"
    assert "finska och svenska" in findings[0].guideline
    assert findings[0].message == "Versionen på finska krävs men är tom."


def test_swedish_text_in_finnish_field_is_flagged() -> None:
    post = Post(organisation="kokkola", versions={"fi": SV, "sv": SV, "en": EN})
    findings = language_findings(post)
    assert [(f.rule, f.language, f.severity) for f in findings] == [
        ("language.mismatch", "fi", Severity.WARNING)
    ]
    assert findings[0].message.startswith("The Finnish version reads as Swedish")
    assert findings[0].reference == "law:wcag-3-1-2"
    fi_message = language_findings(post, "fi")[0].message
    assert "suomenkielinen" in fi_message and "ruotsinkielinen" in fi_message


def test_finnish_text_in_english_field_is_flagged() -> None:
    post = Post(organisation="jakobstad", versions={"fi": FI, "sv": SV, "en": FI})
    findings = language_findings(post)
    assert [(f.rule, f.language) for f in findings] == [("language.mismatch", "en")]
    assert findings[0].reference == "jakobstad:language"


def test_short_greetings_are_never_flagged() -> None:
    post = Post(
        organisation="kokkola",
        versions={"fi": "Hej!", "sv": "Tervetuloa!", "en": "Hei! #KokkolaKarleby"},
    )
    assert language_findings(post) == []


def test_quoted_name_in_another_language_is_not_flagged() -> None:
    fi = ("Tervetuloa ”Sommarfest i Jakobstad” -tapahtumaan torille lauantaina! Luvassa "
          "musiikkia, ruokaa ja ohjelmaa koko perheelle.")
    sv = ("Välkommen till Sommarfest i Jakobstad på torget på lördag! Det blir musik, mat "
          "och program för hela familjen.")
    assert language_findings(Post(organisation="jakobstad", versions={"fi": fi, "sv": sv})) == []


def test_unreviewed_machine_translation_warns() -> None:
    post = Post(organisation="jakobstad", versions={"fi": FI, "sv": SV, "en": EN},
                unreviewed=["en", "fi"])
    findings = language_findings(post)
    assert [(f.rule, f.language, f.severity) for f in findings] == [
        ("language.unreviewed", "en", Severity.WARNING),
        ("language.unreviewed", "fi", Severity.WARNING),
    ]
    assert all(f.reference == "jakobstad:language" for f in findings)
    sv_messages = [f.message for f in language_findings(post, "sv")]
    assert "Versionen på engelska är maskinöversatt" in sv_messages[0]


def test_unreviewed_flag_on_an_empty_version_is_ignored() -> None:
    post = Post(organisation="kokkola", versions={"fi": FI, "sv": SV}, unreviewed=["en"])
    assert language_findings(post) == []


def test_kokkola_unreviewed_cites_the_language_act_for_swedish() -> None:
    post = Post(organisation="kokkola", versions={"fi": FI, "sv": SV, "en": EN},
                unreviewed=["sv", "en"])
    references = {f.language: f.reference for f in language_findings(post)}
    assert references == {"sv": "law:language-act", "en": "law:municipal-act"}


def test_an_empty_post_is_not_flagged_while_writing_but_is_for_publishing() -> None:
    empty = Post(organisation="kokkola")
    assert language_findings(empty) == []
    published = Engine().check(empty, families=["language"], publishing=True)
    assert [(f.rule, f.language) for f in published] == [
        ("language.missing", "fi"), ("language.missing", "sv")]
    started = Post(organisation="kokkola", versions={"en": EN})
    assert [f.language for f in language_findings(started)] == ["fi", "sv"]


def test_file_names_are_not_read_as_prose_of_another_language() -> None:
    post = Post(organisation="naantali", versions={
        "fi": FI, "en": "- CrudeStocks.pdf - HeatingOilStocks.pdf - PADDIIstocksCL.pdf"})
    assert [f.rule for f in language_findings(post) if f.rule == "language.mismatch"] == []
