"""Rule family `channel` through the engine, as `composer check` reports it."""

from __future__ import annotations

from composer.engine import Engine
from composer.model import Post, Severity
from composer.settings import Settings


def check(post: Post, ui_language: str = "en", settings: Settings | None = None):
    return Engine().check(post, ui_language=ui_language, families=["channel"],
                          settings=settings)


def test_a_short_clear_post_has_no_channel_findings() -> None:
    post = Post(organisation="kokkola", channels=["facebook", "x", "linkedin", "bluesky"],
                versions={"fi": "Kirjasto on auki la 12.7. klo 10–14. https://www.kokkola.fi",
                          "sv": "Biblioteket är öppet lö 12.7. kl. 10–14."})
    assert check(post) == []


def test_over_the_limit_is_an_error_on_facebook_and_a_thread_on_x() -> None:
    post = Post(organisation="naantali", channels=["x", "pinterest"],
                versions={"fi": "Tervetuloa kaikki mukaan. " * 30})
    findings = check(post)
    length = [f for f in findings if f.rule == "channel.length"]
    errors = [f for f in length if f.severity is Severity.ERROR]
    infos = [f for f in length if f.severity is Severity.INFO]
    assert len(errors) == 1 and "Pinterest" in errors[0].message
    assert "over the limit" in errors[0].message
    assert len(infos) == 1 and "X" in infos[0].message and "thread" in infos[0].message
    assert errors[0].reference == "naantali:accounts"


def test_threads_refuses_more_than_five_links() -> None:
    links = " ".join(f"https://www.kokkola.fi/{n}" for n in range(6))
    post = Post(organisation="kokkola", channels=["threads"],
                versions={"fi": f"Linkit: {links}", "sv": "Länkar finns på finska."})
    findings = [f for f in check(post) if f.rule == "channel.links"]
    assert len(findings) == 1 and findings[0].severity is Severity.ERROR
    few = Post(organisation="kokkola", channels=["threads"],
               versions={"fi": "Linkit: https://www.kokkola.fi/1 https://www.kokkola.fi/2"})
    assert not [f for f in check(few) if f.rule == "channel.links"]


def test_too_many_hashtags_on_instagram() -> None:
    tags = " ".join(f"#tagi{n}" for n in range(7))
    post = Post(organisation="naantali", channels=["instagram"],
                versions={"fi": f"Kesä tulee!\n\n{tags}"})
    findings = [f for f in check(post) if f.rule == "channel.hashtags"]
    assert findings[0].severity is Severity.WARNING and "7" in findings[0].message
    settings = Settings(channel_overrides={"instagram": {"hashtag_limit": 30}})
    assert not [f for f in check(post, settings=settings) if f.rule == "channel.hashtags"]


def test_key_information_after_the_cut_is_a_note_with_its_place() -> None:
    intro = "Tervetuloa mukaan mukavaan tapahtumaan, jossa on ohjelmaa koko perheelle. " * 3
    text = intro + "Tapahtuma on la 12.7. klo 18."
    post = Post(organisation="naantali", channels=["instagram", "x"], versions={"fi": text})
    cut = [f for f in check(post) if f.rule == "channel.cut"]
    # advice on writing for the feed: a note, whatever comes late
    assert len(cut) == 1 and cut[0].severity is Severity.INFO
    assert "Instagram" in cut[0].message and "date" in cut[0].message
    assert cut[0].language == "fi"
    assert text[cut[0].start:cut[0].end] in ("la", "12.7.")
    early = Post(organisation="naantali", channels=["instagram"],
                 versions={"fi": "La 12.7. klo 18: " + intro})
    assert not [f for f in check(early) if f.rule == "channel.cut"]


def test_the_cut_note_names_the_cut_the_feed_makes() -> None:
    from composer.channels import get_spec
    from composer.channels.keyinfo import shown_cut

    spec = get_spec("facebook")
    # Three short lines: the feed's line limit cuts long before feed_cut characters.
    lines = ("Konsert i Stadsparken\nStadsorkestern spelar sommarmusik.\nVälkommen!\n"
             "Lördag 12.7. kl. 18 på Stora torget.")
    post = Post(organisation="jakobstad", channels=["facebook"], versions={"sv": lines})
    [cut] = [f for f in check(post) if f.rule == "channel.cut"]
    shown = shown_cut(lines, spec.feed_cut, spec.feed_cut_lines)
    assert shown == lines.index("\nLördag") < spec.feed_cut
    assert f"first {shown} characters" in cut.message
    # One long paragraph: the character limit cuts it.
    long = "Välkommen med hela familjen till en sommarkväll i parken! " * 6 + "Lördag 12.7."
    post = Post(organisation="jakobstad", channels=["facebook"], versions={"sv": long})
    [cut] = [f for f in check(post) if f.rule == "channel.cut"]
    assert f"first {spec.feed_cut} characters" in cut.message


def test_messages_in_finnish_and_swedish() -> None:
    post = Post(organisation="kokkola", channels=["linkedin"],
                versions={"fi": "Pitkä teksti. " * 300})
    fi = next(f for f in check(post, "fi") if f.rule == "channel.length")
    sv = next(f for f in check(post, "sv") if f.rule == "channel.length")
    assert "yli enimmäispituuden" in fi.message
    assert "över maxlängden" in sv.message


def test_unknown_channel_in_the_post_is_skipped() -> None:
    post = Post(organisation="kokkola", channels=["myspace"], versions={"fi": "Hei"})
    assert check(post) == []


def test_each_version_is_judged_by_its_own_start() -> None:
    # Both versions give the date early in their own text; the Swedish one comes after
    # the Finnish one in the joined post, far past the cut.
    fi = "La 12.7. klo 18 Naantalin torilla. " + "Tervetuloa koko perheen voimin! " * 6
    sv = "Lö 12.7. kl. 18 på torget i Nådendal. " + "Välkommen med hela familjen! " * 6
    post = Post(organisation="naantali", channels=["facebook", "instagram"],
                versions={"fi": fi, "sv": sv})
    assert not [f for f in check(post) if f.rule == "channel.cut"]
    late_sv = "Välkommen med hela familjen! " * 6 + "Lördagen den 12 juli kl. 18."
    post = Post(organisation="naantali", channels=["instagram"],
                versions={"fi": fi, "sv": late_sv})
    cut = [f for f in check(post) if f.rule == "channel.cut"]
    assert [(f.language, late_sv[f.start:f.end]) for f in cut] == [("sv", "Lördagen")]


def test_abbreviations_and_today_are_not_key_information() -> None:
    intro = "Tervetuloa mukaan mukavaan tapahtumaan, jossa on ohjelmaa koko perheelle. " * 3
    for tail in ("Kaupunki perustettiin 300 e.Kr. ja kasvoi.", "Merkitse muotoon dd.mm.",
                 "Idag är det så."):
        post = Post(organisation="naantali", channels=["instagram"],
                    versions={"fi": intro + tail})
        assert not [f for f in check(post) if f.rule == "channel.cut"], tail


def test_a_place_is_a_label_an_address_or_a_postcode_not_any_number_after_a_word() -> None:
    intro = "Tervetuloa mukaan mukavaan tapahtumaan, jossa on ohjelmaa koko perheelle. " * 3
    for tail in ("Seminaari on osa Monitori 2010 -sarjaa.", "Kylässä oli noin 13000 poroa.",
                 "Paikka edellytti yli 100 000 ääntä."):
        post = Post(organisation="naantali", channels=["instagram"],
                    versions={"fi": intro + tail})
        assert not [f for f in check(post) if f.rule == "channel.cut"], tail
    for tail, place in (("Paikka: kaupunginkirjasto.", "Paikka:"),
                        ("Tapahtuma on Kauppatori 5:ssä.", "Kauppatori 5"),
                        ("Osoite on 21100 Naantali.", "21100 Naantali")):
        text = intro + tail
        post = Post(organisation="naantali", channels=["instagram"], versions={"fi": text})
        cut = [f for f in check(post) if f.rule == "channel.cut"]
        assert [text[f.start:f.end] for f in cut] == [place], tail


def test_a_date_with_a_past_year_is_no_key_information() -> None:
    import datetime

    intro = "Tervetuloa mukaan mukavaan tapahtumaan, jossa on ohjelmaa koko perheelle. " * 3
    for tail in ("Hän puhui seminaarissa 8.4.2010.", "Yhdistys perustettiin 12. maaliskuuta 1998."):
        post = Post(organisation="naantali", channels=["instagram"],
                    versions={"fi": intro + tail}, publish_on=datetime.date(2026, 5, 1))
        assert not [f for f in check(post) if f.rule == "channel.cut"], tail
    # This year's date, or a past year's date followed by an upcoming one, still counts.
    text = intro + "Perustettu 8.4.2010, juhla 12.6.2026."
    post = Post(organisation="naantali", channels=["instagram"], versions={"fi": text},
                publish_on=datetime.date(2026, 5, 1))
    cut = [f for f in check(post) if f.rule == "channel.cut"]
    assert [text[f.start:f.end] for f in cut] == ["12.6.2026"]


def _late(text: str, language: str) -> list[str]:
    import datetime

    post = Post(organisation="naantali", channels=["instagram"], versions={language: text},
                publish_on=datetime.date(2026, 5, 1))
    return [text[f.start:f.end] for f in check(post) if f.rule == "channel.cut"]


INTRO = {
    "fi": "Tervetuloa mukaan mukavaan tapahtumaan, jossa on ohjelmaa koko perheelle. " * 2,
    "sv": "Välkommen med på ett trevligt evenemang med program för hela familjen. " * 2,
    "en": "Welcome to a pleasant event with a programme for the whole family. " * 2,
}


def test_a_date_of_a_year_long_ago_or_before_christ_is_no_key_information() -> None:
    for language, tail in (
        ("fi", "Maaherra julistautui rauhan ystäväksi, 1. tammikuuta vuonna 49 eKr."),
        ("en", "On the 1st January 49 BC, Marco Antonio read a declaration."),
        ("sv", "Caesar gick över Rubicon den 10 januari år 49 f. Kr."),
        ("sv", "Staden fick sina privilegier den 3 maj år 1620."),
    ):
        assert _late(INTRO[language] + tail, language) == [], tail
    # A short number after a date is no year without a year word or an era.
    assert _late(INTRO["fi"] + "Ilmoittaudu 1. kesäkuuta 49 muun kanssa.", "fi") == [
        "1. kesäkuuta"]


def test_a_weekday_in_a_feasts_name_or_a_finnish_modifier_is_no_date() -> None:
    assert _late(INTRO["en"] + "Palms were used on Palm Sunday and Good Friday.", "en") == []
    assert _late(INTRO["en"] + "The shop opens on Sunday at noon.", "en") == ["Sunday"]
    assert _late(INTRO["fi"] + "Elokuva sopii sunnuntai-iltapäivän näytökseen.", "fi") == []
    assert _late(INTRO["fi"] + "Tule kirjastoon sunnuntai-iltana.", "fi") == [
        "sunnuntai-iltana"]


def test_a_weekday_in_a_clause_in_the_past_tense_is_a_reported_event() -> None:
    assert _late(INTRO["fi"] + "Kuvausryhmä saapui paikalle tiistaina.", "fi") == []
    assert _late(INTRO["fi"] + "Kirjasto oli suljettu maanantaina.", "fi") == []
    # A verb in the present, the conditional or the imperative keeps it key information.
    for tail, day in (("Uimahalli avattiin maanantaina, ja se on auki lauantaina.", "lauantaina"),
                      ("Konsertti järjestetään lauantaina.", "lauantaina"),
                      ("Tule mukaan tiistaina!", "tiistaina")):
        assert _late(INTRO["fi"] + tail, "fi") == [day], tail
    # The clause is read a bounded stretch either side of the date: a verb far beyond a
    # run of text without punctuation is not its verb.
    far = "Kuvausryhmä tiistaina " + "kirjaston lukusaliin " * 15 + "saapui."
    near = "Kuvausryhmä tiistaina " + "kirjaston lukusaliin " * 2 + "saapui."
    assert _late(INTRO["fi"] + near, "fi") == []
    assert _late(INTRO["fi"] + far, "fi") == ["tiistaina"]
    # English and Swedish past reports too; the new date of "postponed to" is news.
    assert _late(INTRO["en"] + "The crew arrived on set on Tuesday.", "en") == []
    assert _late(INTRO["sv"] + "Styrelsen beslutade om saken på tisdag.", "sv") == []
    assert _late(INTRO["en"] + "The concert was postponed to Tuesday.", "en") == ["Tuesday"]
    assert _late(INTRO["en"] + "She will speak at 23.45.", "en") == ["at 23.45"]


def test_an_address_written_as_a_sites_name_is_no_link_to_follow() -> None:
    for tail in ('"The Moon is next," Kistler told SPACE.com.',
                 "Google is looking at ways to support Wikipedia.org and its community."):
        assert _late(INTRO["en"] + tail, "en") == [], tail
    assert _late(INTRO["sv"] + "Det berättade chefredaktören för Hbl.fi i går.", "sv") == []
    # An address in lower case, pointed to, inflected or opening a label is a link.
    for language, tail, link in (
        ("en", "Go to taleofterra.com to learn more.", "taleofterra.com"),
        ("en", "Tickets at Lippu.fi.", "Lippu.fi"),
        ("fi", "Lue lisää osoitteessa Kokkola.fi.", "Kokkola.fi"),
        ("fi", "Liput Lippu.fi:stä.", "Lippu.fi"),
        ("sv", "Läs mer: Jakobstad.fi", "Jakobstad.fi"),
        ("sv", "Anmälan på www.jakobstad.fi.", "www.jakobstad.fi"),
    ):
        assert link in _late(INTRO[language] + tail, language), tail


def test_an_address_word_before_a_link_or_an_e_mail_names_it_and_is_no_place() -> None:
    from composer.channels.keyinfo import first_items, key_items, late_kinds

    for text in ("Lähetä osoitteeseen idrott@kokkola.fi tai katso osoitteessa www.kokkola.fi.",
                 "Skicka till adressen: idrott@kokkola.fi", "Address: https://kokkola.fi"):
        assert "place" not in {item.kind for item in key_items(text)}, text
        assert "place" not in first_items(text), text
        assert "place" not in late_kinds(text, 0, 2026, "fi"), text
    text = "Lisää osoitteessa www.kokkola.fi, tapahtuma on osoitteessa Torikatu 5."
    places = [item.text for item in key_items(text) if item.kind == "place"]
    assert places == ["osoitteessa", "Torikatu 5"]
    assert text.index("osoitteessa", 20) == late_kinds(text, 0, 2026, "fi")["place"].start
    assert "link" in late_kinds(text, 0, 2026, "fi")
