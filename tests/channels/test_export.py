"""The ready-to-paste export for each channel and each built-in organisation: language
order, separator, hashtags once at the end, own handles, links moved where they are not
clickable, clean text, and over-long posts as threads (every part within the limit,
nothing lost) or as an error saying by how much the text is over."""

from __future__ import annotations

import unicodedata

import pytest
import regex

from composer.channels import count_spec, get_spec
from composer.channels.counting import fits
from composer.channels.export import (
    export_channel,
    export_languages,
    language_separator,
    write_exports,
)
from composer.engine import Engine
from composer.entities import entities
from composer.model import CHANNELS, Finding, Post, Severity
from composer.profiles import get_profile
from composer.settings import Settings

ORGANISATIONS = ("jakobstad", "kokkola", "naantali")
THREAD_CHANNELS = ("x", "bluesky", "threads", "mastodon")
INVISIBLE = regex.compile(r"[\p{Cf}\u115F\u1160\u3164]")

TEXTS = {
    "fi": (
        "Kesäkonsertti puistossa lauantaina 12.7. klo 18! Tervetuloa kuuntelemaan "
        "paikallisia bändejä. Lue lisää: https://www.example.fi/kesakonsertti"
    ),
    "sv": (
        "Sommarkonsert i parken lördag 12.7. kl. 18! Välkommen att lyssna på lokala "
        "band. Läs mer: https://www.example.fi/sommarkonsert"
    ),
    "en": (
        "Summer concert in the park on Saturday 12 July at 6 pm! Come and listen to "
        "local bands. More: https://www.example.fi/summer-concert"
    ),
}
FILLER = {
    "fi": "Ohjelmassa on musiikkia, tanssia ja yllätyksiä koko perheelle. ",
    "sv": "På programmet finns musik, dans och överraskningar för hela familjen. ",
    "en": "The programme has music, dance and surprises for the whole family. ",
}


def _tags(org: str, language: str) -> list[str]:
    return [h.tag for h in get_profile(org).hashtags if h.applies_to(language)][:2]


def _post(org: str, long: bool = False) -> Post:
    profile = get_profile(org)
    versions = {}
    for language in profile.language_order:
        body = TEXTS[language]
        if long:
            body = FILLER[language] * 12 + body + " " + FILLER[language] * 6
        tags = " ".join(_tags(org, language))
        versions[language] = f"{body}\n\n{tags}" if tags else body
    return Post(organisation=org, channels=list(CHANNELS), versions=versions)


def _clean(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert not INVISIBLE.search(text)
    assert "\r" not in text and "\t" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert "\n\n\n" not in text


def findings_of(post: Post, channel: str, settings: Settings | None = None) -> list[Finding]:
    """What the check reports about ``post``'s export for ``channel``."""
    post = Post(organisation=post.organisation, versions=post.versions, channels=[channel])
    findings = Engine().check(post, settings=settings, families=["channel"])
    assert all(f.channel == channel for f in findings)
    return findings


def _hashtags(text: str) -> list[str]:
    return [e.text.casefold() for e in entities(text) if e.kind == "hashtag"]


@pytest.mark.parametrize("org", ORGANISATIONS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_typical_post(org: str, channel: str) -> None:
    post = _post(org)
    spec = get_spec(channel)
    export = export_channel(post, channel)
    assert export.channel == channel and export.limit == spec.max_length
    assert export.posts and export.lengths == [count_spec(p, spec) for p in export.posts]
    assert all(fits(p, spec) for p in export.posts)
    assert not [f for f in findings_of(post, channel) if f.severity is Severity.ERROR]
    for text in export.posts:
        _clean(text)
        if spec.hashtag_limit is not None:
            assert len(set(_hashtags(text))) <= spec.hashtag_limit
    joined = "\n".join(export.posts)
    order = export_languages(post, get_profile(org))
    firsts = [joined.find(TEXTS[lang].split()[0]) for lang in order]
    assert all(position >= 0 for position in firsts)
    assert firsts == sorted(firsts), "languages in the organisation's order"
    if export.mode == "single" and len(order) > 1:
        assert "\n\n—\n\n" in export.posts[0]
    # Official hashtags once per post, at the end.
    for text in export.posts:
        tags = _hashtags(text)
        assert len(tags) == len(set(tags))
    if tags and export.mode == "single":
        last_line = export.posts[0].split("\n")[-1]
        assert all(tag.startswith("#") for tag in last_line.split())
    urls = [e.text for e in entities(joined) if e.kind == "url"]
    if spec.links_clickable:
        assert len(urls) == len(order)
        assert not export.links
    else:
        assert urls == []
        assert len(export.links) == len(order)
        for language in order:
            assert spec.link_phrase[language][1:] in joined
        assert any(f.rule == "channel.links" for f in findings_of(post, channel))


def test_jakobstad_swedish_first_and_hashtags_of_both_languages() -> None:
    export = export_channel(_post("jakobstad"), "facebook")
    text = export.posts[0]
    assert text.startswith("Sommarkonsert")
    assert text.index("Kesäkonsertti") < text.index("Summer concert")
    last = text.split("\n")[-1].split()
    assert "#jakobstad" in last and "#pietarsaari" in last


@pytest.mark.parametrize("org", ["kokkola", "naantali"])
def test_finnish_first(org: str) -> None:
    assert export_channel(_post(org), "linkedin").posts[0].startswith("Kesäkonsertti")


def test_language_independent_hashtags_are_written_once() -> None:
    post = Post(organisation="kokkola", versions={
        "fi": "Hei!\n\n#KokkolaKarleby",
        "sv": "Hej!\n\n#KokkolaKarleby",
    })
    text = export_channel(post, "facebook").posts[0]
    assert text == "Hei!\n\n—\n\nHej!\n\n#KokkolaKarleby"


def test_own_mentions_become_the_channel_handle() -> None:
    post = Post(organisation="jakobstad", versions={
        "sv": "Följ @StadenJakobstad och @nagonannan!", "fi": "Seuraa meitä!",
    })
    assert "Följ @jakobstadpietarsaari och @nagonannan!" in export_channel(
        post, "instagram").posts[0]
    assert "Följ @StadenJakobstad" in export_channel(post, "x").posts[0]
    # Facebook: the account has no handle, so the mention stays as written.
    assert "Följ @StadenJakobstad" in export_channel(post, "facebook").posts[0]


def test_links_are_replaced_in_place_in_the_versions_language() -> None:
    post = Post(organisation="kokkola", versions={
        "fi": "Ilmoittaudu viimeistään perjantaina.\nLue lisää: https://www.kokkola.fi/x",
        "sv": "Anmäl dig senast fredag https://www.kokkola.fi/y och välkommen!",
    })
    export = export_channel(post, "instagram")
    text = export.posts[0]
    assert "Lue lisää: linkki profiilissa" in text
    assert "Anmäl dig senast fredag länk i profilen och välkommen!" in text
    assert export.links == ["https://www.kokkola.fi/x", "https://www.kokkola.fi/y"]
    pinterest = export_channel(post, "pinterest").posts[0]
    assert "Lue lisää: linkki pinnissä" in pinterest


def test_clean_output_keeps_emoji_joiners_and_drops_invisible_characters() -> None:
    post = Post(organisation="naantali", versions={
        "fi": "Tervetuloa\u200b 👩\u200d👩\u200d👧 ❤\ufe0f\u00ad kirjastoon!   "
        "\r\n\r\n\r\nKiitos \u200e",
    })
    text = export_channel(post, "facebook").posts[0]
    assert text == "Tervetuloa 👩\u200d👩\u200d👧 ❤\ufe0f kirjastoon!\n\nKiitos"


def test_no_control_characters_reach_a_channel_its_file_or_the_clipboard(tmp_path) -> None:
    from composer.checking.preview_data import clipboard_text

    controls = "".join(chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)))
    post = Post(organisation="kokkola", versions={
        "fi": "Tervetuloa\x00 kirjastoon!\x07\n\x1b[31mKiitos\x7f\x9b ja\ttervetuloa\x85lauantaina"
              + controls + "\n\n#KokkolaKarleby\x0b",
        "sv": "Välkommen\x01\u202e till biblioteket!\r\nTack\x1f.",
    })
    exports = {channel: export_channel(post, channel) for channel in CHANNELS}
    for channel, export in exports.items():
        for text in (*export.posts, clipboard_text(export)):
            left = {f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Cc"}
            assert left <= {"U+000A"}, (channel, left)
    facebook = exports["facebook"].posts[0]
    assert facebook.startswith("Tervetuloa kirjastoon!\n[31mKiitos ja tervetuloa\nlauantaina")
    assert "Välkommen till biblioteket!\nTack." in facebook
    for path in write_exports(exports, tmp_path):
        written = path.read_text(encoding="utf-8")
        assert not [ch for ch in written if unicodedata.category(ch) == "Cc" and ch != "\n"]


def test_hashtag_limit_keeps_official_hashtags_first() -> None:
    post = Post(organisation="jakobstad", versions={
        "sv": "Hej!\n\n#sommar #konsert #jakobstad #musik",
        "fi": "Hei!\n\n#kesä #pietarsaari #konsertti",
    })
    export = export_channel(post, "threads")
    assert _hashtags(export.posts[0]) == ["#jakobstad"]
    assert [f.rule for f in findings_of(post, "threads")].count("channel.hashtags") == 2
    instagram = export_channel(post, "instagram")
    tags = _hashtags(instagram.posts[0])
    assert len(tags) == 5 and tags[:2] == ["#jakobstad", "#pietarsaari"]


def test_hashtags_over_the_limit_only_together_say_the_versions_add_up() -> None:
    # Four hashtags in each version, within Instagram's five, but eight together: the
    # warning says why, as writers count per version.
    post = Post(organisation="jakobstad", channels=["instagram"], versions={
        "sv": "Hej!\n\n#jakobstad #sommar #konsert #musik",
        "fi": "Hei!\n\n#pietarsaari #kesä #konsertti #musiikki",
    })
    warnings = [f for f in findings_of(post, "instagram")
                if f.rule == "channel.hashtags" and f.severity == Severity.WARNING]
    assert len(warnings) == 1 and "versions together have 8" in warnings[0].message
    alone = Post(organisation="jakobstad", channels=["instagram"], versions={
        "sv": "Hej!\n\n#jakobstad #sommar #konsert #musik #kväll #hamn",
    })
    (warning,) = [f for f in findings_of(alone, "instagram")
                  if f.rule == "channel.hashtags" and f.severity == Severity.WARNING]
    assert "this post has 6" in warning.message


def _words(post: Post) -> list[str]:
    words = []
    for text in post.versions.values():
        body = "\n".join(
            line for line in text.split("\n") if not line.strip().startswith("#")
        )
        words.extend(body.split())
    return words


@pytest.mark.parametrize("org", ORGANISATIONS)
@pytest.mark.parametrize("channel", THREAD_CHANNELS)
def test_over_long_post_becomes_a_thread_with_nothing_lost(org: str, channel: str) -> None:
    post = _post(org, long=True)
    spec = get_spec(channel)
    export = export_channel(post, channel)
    assert len(export.posts) > 1
    assert all(length <= spec.max_length for length in export.lengths)
    assert all(fits(text, spec) for text in export.posts)
    tokens = [token for text in export.posts for token in text.split()]
    for word in _words(post):
        assert word in tokens, f"{word!r} lost or split"
    urls = {e.text for text in export.posts for e in entities(text) if e.kind == "url"}
    assert urls == {e.text for t in post.versions.values() for e in entities(t) if e.kind == "url"}
    info = [f for f in findings_of(post, channel) if f.rule == "channel.length"]
    assert info and all(f.severity is Severity.INFO for f in info)
    if export.mode == "thread":
        total = len(export.posts)
        for number, text in enumerate(export.posts, 1):
            assert text.endswith(f"\n{number}/{total}")
            _clean(text)
            assert not text.startswith("—") and "\n—\n" + f"{number}/" not in text


def test_a_thread_part_never_begins_a_language_that_the_next_part_goes_on_with() -> None:
    versions = {
        "fi": "Kaupungintalon aula on suljettu maanantaina remontin vuoksi. Asiointi sujuu "
              "verkossa.",
        "sv": "Stadshusets entréhall är stängd på måndag på grund av renoveringen. Du kan "
              "sköta ärenden på nätet under tiden, och kundtjänsten svarar i telefon som "
              "vanligt mellan klockan nio och femton. Vi ber om ursäkt för besväret och "
              "tackar för ert tålamod under renoveringen som pågår hela våren.",
        "en": "The town hall lobby is closed on Monday for renovation. You can use our "
              "online services meanwhile, and customer service answers the phone as usual.",
    }
    export = export_channel(Post(organisation="kokkola", versions=versions), "x")
    assert export.mode == "thread"
    separator = language_separator()
    for text in export.posts:
        pieces = [p.strip() for p in text.rsplit("\n", 1)[0].split(separator)]
        whole = [p in versions.values() for p in pieces]
        # Whole versions may share a part; a piece of a split version is a part alone.
        assert all(whole) or len(pieces) == 1, pieces
    # Swedish does not fit one part: it takes two of its own, between fi and en.
    assert [p.split()[0] for p in export.posts] == ["Kaupungintalon", "Stadshusets", "Vi",
                                                    "The"]


def test_one_post_per_language_when_each_fits() -> None:
    post = _post("jakobstad")
    export = export_channel(post, "x")
    assert export.mode == "per-language"
    assert [p.split()[0] for p in export.posts] == ["Sommarkonsert", "Kesäkonsertti", "Summer"]
    assert "#jakobstad" in export.posts[0] and "#pietarsaari" in export.posts[1]


@pytest.mark.parametrize("org", ORGANISATIONS)
@pytest.mark.parametrize(
    "channel", [c for c in CHANNELS if c not in THREAD_CHANNELS]
)
def test_over_long_post_elsewhere_is_an_error_saying_by_how_much(org: str, channel: str) -> None:
    spec = get_spec(channel)
    settings = Settings(channel_overrides={channel: {"max_length": 400}})
    post = _post(org, long=True)
    export = export_channel(post, channel, settings=settings)
    assert len(export.posts) == 1
    length = export.lengths[0]
    assert length > 400
    errors = [f for f in findings_of(post, channel, settings) if f.rule == "channel.length"]
    assert len(errors) == 1 and errors[0].severity is Severity.ERROR
    assert f"{length - 400} over" in errors[0].message
    assert spec.name in errors[0].message


def test_a_url_longer_than_a_post_is_never_cut() -> None:
    url = "https://www.kokkola.fi/" + "a" * 400
    post = Post(organisation="kokkola", versions={"fi": f"Katso {url} ja tule mukaan!"})
    export = export_channel(post, "bluesky")
    assert any(url in text.split("\n")[0].split() for text in export.posts)
    assert any(f.severity is Severity.ERROR and f.rule == "channel.length"
               for f in findings_of(post, "bluesky"))


def test_write_exports_writes_one_file_per_selected_channel(tmp_path) -> None:
    post = _post("kokkola")
    post.channels = ["x", "instagram"]
    exports = {channel: export_channel(post, channel) for channel in post.channels}
    written = write_exports(exports, tmp_path / "out", name="Kesäkonsertti puistossa")
    assert sorted(p.name for p in written) == ["kesäkonsertti-puistossa-instagram.txt",
                                               "kesäkonsertti-puistossa-x.txt"]
    x_file = tmp_path / "out" / "kesäkonsertti-puistossa-x.txt"
    assert x_file.read_text(encoding="utf-8").startswith("Kesäkonsertti")
    assert x_file.read_bytes().endswith(b"\n") and not x_file.read_bytes().endswith(b"\n\n")
