"""The `plain-language` family beyond its examples: LIX only on a text long enough for
the index to mean something."""

from __future__ import annotations

from composer.engine import Engine
from composer.model import Post
from composer.readability import readability, thresholds

HEAVY = "Kommunstyrelsens förvaltningsavdelning tillhandahåller informationsmaterial. "


def _rules(text: str, language: str = "sv") -> list[str]:
    post = Post(organisation="kokkola", versions={language: text})
    return [f.rule for f in Engine().check(post, ui_language="en", families=["plain-language"])]


def test_a_short_swedish_text_gets_no_lix_note() -> None:
    for text in ("Välkommen.", "Konsert i Stadsparken.", HEAVY.strip()):
        assert readability(text, "sv").lix > thresholds()["lix"]  # a high index ...
        assert "plain-language.lix" not in _rules(text)  # ... on too few words to tell


def test_lix_is_noted_from_the_word_floor_on() -> None:
    floor = thresholds()["lix_words"]
    words = len(HEAVY.split())
    short = HEAVY * ((floor - 1) // words)
    long = HEAVY * (-(-floor // words))
    assert len(short.split()) < floor <= len(long.split())
    assert "plain-language.lix" not in _rules(short)
    assert "plain-language.lix" in _rules(long)


def test_finnish_and_english_notes_on_short_text_are_about_what_is_there() -> None:
    # No whole-text index there: a short plain text gets nothing, a long word still does.
    assert _rules("Tervetuloa.", "fi") == []
    assert _rules("Welcome.", "en") == []
    assert _rules("Internationalization.", "en") == ["plain-language.long-word"]
