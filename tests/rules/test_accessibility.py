"""The `accessibility` rules through the engine: emoji runs and bullets, fancy letters and
invisible characters, and clean posts with a little emoji that must stay clean."""

from __future__ import annotations

import pytest

from composer.engine import Engine
from composer.model import Post, Severity

FI_CLEAN = (
    "Kesäkauden avajaiset Kokkolan torilla lauantaina 1.6. klo 12–16! Luvassa musiikkia, "
    "lasten ohjelmaa ja paikallisten yrittäjien kojuja. Vapaa pääsy. Lisätietoja: "
    "https://www.kokkola.fi/tapahtumat #LaajempiHorisontti #KokkolaKarleby 🎉"
)
SV_CLEAN = (
    "Sommarsäsongen öppnar på torget i Karleby lördagen den 1 juni kl. 12–16! Musik, "
    "program för barn och lokala företagares stånd. Fritt inträde. 👨‍👩‍👧 Hela familjen är "
    "välkommen! Mer information: https://www.kokkola.fi/sv/evenemang #KokkolaKarleby"
)
EN_CLEAN = (
    "Summer season opening at Kokkola market square on Saturday 1 June, 12–4 pm 🇫🇮 "
    "Music, children's programme and local stalls. Free entry © City of Kokkola ™ ☀️"
)


def findings(text: str, language: str = "fi", organisation: str = "kokkola",
             ui_language: str = "en") -> list:
    post = Post(organisation=organisation, versions={language: text})
    return Engine().check(post, ui_language=ui_language, families=["accessibility"])


def spans(text: str, language: str = "fi") -> list[tuple[str, Severity, str, tuple]]:
    return [
        (f.rule, f.severity, text[f.start:f.end], f.suggestions)
        for f in findings(text, language)
    ]


@pytest.mark.parametrize("organisation", ["jakobstad", "kokkola", "naantali"])
def test_realistic_posts_with_sparing_emoji_are_clean(organisation: str) -> None:
    post = Post(organisation=organisation, versions={"fi": FI_CLEAN, "sv": SV_CLEAN,
                                                     "en": EN_CLEAN})
    assert Engine().check(post, families=["accessibility"]) == []


def test_one_emoji_starting_a_line_is_not_a_bullet_list() -> None:
    text = "🎉 Tervetuloa kesäteatteriin!\nEsitykset alkavat 12.6. klo 19."
    assert findings(text) == []


def test_emoji_only_lines_are_not_bullets() -> None:
    assert findings("Hyvää juhannusta!\n🌼\n☀️") == []


def test_three_emoji_in_a_row_are_a_run() -> None:
    text = "Kesä on täällä 🎉🎉🎉 Tervetuloa!"
    assert spans(text) == [
        ("accessibility.emoji-run", Severity.WARNING, "🎉🎉🎉", ("🎉",))
    ]
    found = findings(text)[0]
    assert found.start == 15 and found.end == 18
    assert found.reference == "kokkola:accessibility"
    assert "3 emoji" in found.message


def test_emoji_run_with_spaces_and_zwj_sequences_counts_graphemes() -> None:
    text = "Perhepäivä 👨‍👩‍👧 👨‍👩‍👦 🎈 ensi sunnuntaina"
    [(rule, severity, excerpt, suggestions)] = spans(text)
    assert (rule, severity) == ("accessibility.emoji-run", Severity.WARNING)
    assert excerpt == "👨‍👩‍👧 👨‍👩‍👦 🎈"
    assert suggestions == ("👨‍👩‍👧",)


def test_two_emoji_and_flags_do_not_make_a_run() -> None:
    assert findings("Hyvää itsenäisyyspäivää 🇫🇮🕯️") == []


def test_emoji_bullets_at_line_starts() -> None:
    text = "Ohjelma:\n📅 la 1.6. klo 12\n📍 Kokkolan tori\n🎟️ Vapaa pääsy"
    found = findings(text)
    assert [(f.rule, f.severity, text[f.start:f.end]) for f in found] == [
        ("accessibility.emoji-bullet", Severity.INFO, "📅"),
        ("accessibility.emoji-bullet", Severity.INFO, "📍"),
        ("accessibility.emoji-bullet", Severity.INFO, "🎟️"),
    ]
    assert found[0].start == 9
    assert found[0].suggestions == ("–",)


def test_keycap_numbers_as_bullets() -> None:
    text = "Näin haet:\n1️⃣ Täytä lomake\n2️⃣ Liitä todistus\n3️⃣ Lähetä"
    assert [rule for rule, *_ in spans(text)] == ["accessibility.emoji-bullet"] * 3


@pytest.mark.parametrize(
    ("fancy", "plain"),
    [
        ("𝐓𝐞𝐫𝐯𝐞𝐭𝐮𝐥𝐨𝐚", "Tervetuloa"),
        ("𝓚𝓮𝓼ä𝓽𝓮𝓪𝓽𝓽𝓮𝓻𝓲", "Kesäteatteri"),
        ("𝒮𝒸𝓇𝒾𝓅𝓉 ℬ𝑜𝓁𝒹", "Script Bold"),
        ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("Ⓚⓞⓚⓚⓞⓛⓐ", "Kokkola"),
        ("sᴍᴀʟʟ ᴄᴀᴘs", "small caps"),
        ("𝕕𝕠𝕦𝕓𝕝𝕖 𝟚𝟘𝟚𝟝", "double 2025"),
    ],
)
def test_fancy_letters_are_errors_with_plain_text(fancy: str, plain: str) -> None:
    text = f"Tervetuloa! {fancy} alkaa pian."
    found = findings(text)
    assert [(f.rule, f.severity, text[f.start:f.end], f.suggestions) for f in found] == [
        ("accessibility.fancy-text", Severity.ERROR, fancy, (plain,))
    ]
    assert found[0].start == len("Tervetuloa! ")
    assert found[0].reference == "law:accessibility-act"
    assert "306/2019" in found[0].guideline


def test_letterlike_symbols_alone_and_emoji_letters_are_not_fancy() -> None:
    text = "Vettä 2 ℓ. Ryhmä 🅰️ ja 🅱️ lähtevät klo 9. Lämpötila 20 °C, ½ tuntia, nro ²."
    assert findings(text) == []


@pytest.mark.parametrize(
    ("invisible", "name"),
    [
        ("\u200b", "zero width space"),
        ("\u00ad", "soft hyphen"),
        ("\u202e", "right-to-left override"),
        ("\u2060", "word joiner"),
        ("\ufeff", "zero width no-break space"),
        ("\u200d", "zero width joiner"),
        ("\u0007", "control"),
        ("\u2800", "braille pattern blank"),
    ],
)
def test_invisible_characters_are_flagged_for_removal(invisible: str, name: str) -> None:
    text = f"Kaupungin{invisible}talo on auki."
    found = findings(text)
    assert [(f.rule, f.severity, f.start, f.end, f.suggestions) for f in found] == [
        ("accessibility.invisible", Severity.WARNING, 9, 10, ("",))
    ]
    assert name in found[0].message


def test_consecutive_invisible_characters_are_one_finding() -> None:
    text = "Hei\u200b\u200b\u200b maailma"
    assert [(f.start, f.end) for f in findings(text)] == [(3, 6)]


def test_emoji_sequences_keep_their_joiners_and_tags() -> None:
    text = "Perhe 👨‍👩‍👧 ja 🏳️‍🌈 ja 🏴󠁧󠁢󠁳󠁣󠁴󠁿 ja 👩🏽‍💻 ja 1️⃣"
    assert findings(text) == []


def test_dangling_joiner_after_emoji_is_invisible_junk() -> None:
    text = "Kiitos 🎉\u200d kaikille"
    found = findings(text)
    assert [(f.rule, f.start, f.end) for f in found] == [("accessibility.invisible", 8, 9)]


def test_line_breaks_and_tabs_are_fine() -> None:
    assert findings("Rivi yksi\r\nRivi kaksi\n\tsisennetty") == []


def test_messages_in_finnish_and_swedish() -> None:
    text = "Nyt 🎉🎉🎉"
    post = Post(organisation="jakobstad", versions={"sv": text})
    fi = Engine().check(post, ui_language="fi", families=["accessibility"])[0]
    sv = Engine().check(post, ui_language="sv", families=["accessibility"])[0]
    assert "ruudunlukija" in fi.message
    assert "skärmläsare" in sv.message
    assert sv.reference == "jakobstad:accessibility"
    assert "tillgänglighet" in sv.guideline


def test_naantali_cites_the_accessibility_act() -> None:
    found = findings("Nyt 🎉🎉🎉", organisation="naantali")
    assert found[0].reference == "law:accessibility-act"
