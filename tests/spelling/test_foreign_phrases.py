"""Phrases in French, Spanish, Italian or German inside a post are a note, not
misspellings: two neighbouring words no post language knows, in a run one foreign
dictionary knows every word of. A lone such word, short slips side by side and words
across a sentence break stay misspellings; without the foreign dictionaries the words
are checked as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer import morphology
from composer.engine import Engine
from composer.model import Post, Severity
from composer.spelling import clear_caches
from composer.spelling.foreign_phrases import phrase_languages


def spelling(language: str, text: str) -> list[tuple[str, Severity, str]]:
    post = Post(organisation="kokkola", versions={language: text})
    return [(f.rule, f.severity, text[f.start:f.end]) for f in Engine().check(post)
            if f.family == "spelling"]


@pytest.mark.parametrize(("language", "text", "phrase", "other"), [
    ("en", "Balzac's novels are collected as La Comédie humaine.", ("Comédie", "humaine"),
     "fr"),
    ("en", "Folic acid helps to prevent spina bifida in newborns.", ("spina", "bifida"), "it"),
    ("sv", "De tillhör de så kallade Andes de tipo andino i Sydamerika.", ("tipo", "andino"),
     "es"),
    ("fi", "Neuvosto Conseil national du numérique vastusti ehdotusta.",
     ("du", "numérique"), "fr"),
])
def test_a_foreign_phrase_is_a_note_naming_its_language(
    language: str, text: str, phrase: tuple[str, ...], other: str
) -> None:
    found = spelling(language, text)
    for word in phrase:
        assert ("spelling.foreign", Severity.INFO, word) in found, found
    assert not [f for f in found if f[1] >= Severity.WARNING]
    post = Post(organisation="kokkola", versions={language: text})
    names = {"en": {"fr": "French", "es": "Spanish", "it": "Italian", "de": "German"},
             "fi": {"fr": "ranskankielinen", "es": "espanjankielinen", "it": "italiankielinen",
                    "de": "saksankielinen"}}
    for ui_language, named in names.items():
        finding = next(f for f in Engine().check(post, ui_language=ui_language)
                       if f.rule == "spelling.foreign" and text[f.start:f.end] == phrase[-1])
        assert named[other] in finding.message


@pytest.mark.parametrize(("language", "text", "slips"), [
    # a lone word a foreign dictionary knows: "dont" is French too
    ("en", "I dont know what to do wiht it.", ("dont", "wiht")),
    # a sentence break between the words: no phrase
    ("en", "We met at the libary. Biblioteca was closed.", ("libary",)),
])
def test_slips_stay_misspellings(language: str, text: str, slips: tuple[str, ...]) -> None:
    found = spelling(language, text)
    for word in slips:
        assert ("spelling.unknown", Severity.WARNING, word) in found, found


def test_two_short_words_side_by_side_are_no_phrase() -> None:
    # "ver te" (slips of "over the") are French words: too short to tell from slips
    text = "He walked ver te bridge."
    assert phrase_languages(text, [(10, 13), (14, 16)]) == {}
    text = "He walked spina bifida bridge."
    assert phrase_languages(text, [(10, 15), (16, 22)]) == {10: "it", 16: "it"}


def test_without_the_foreign_dictionaries_the_words_are_checked_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = [folder for folder in morphology.HUNSPELL_DIRS if (folder / "en_GB.dic").exists()]
    only_post_languages = tmp_path / "hunspell"
    only_post_languages.mkdir()
    for name in ("sv_FI", "sv_SE", "en_GB", "en_US"):
        for suffix in (".aff", ".dic"):
            for folder in kept:
                if (folder / f"{name}{suffix}").exists():
                    (only_post_languages / f"{name}{suffix}").symlink_to(folder / f"{name}{suffix}")
                    break
    monkeypatch.setattr(morphology, "HUNSPELL_DIRS", (only_post_languages,))
    clear_caches()
    try:
        text = "Folic acid helps to prevent spina bifida in newborns."
        assert phrase_languages(text, [(28, 33), (34, 40)]) == {}
        found = spelling("en", text)
        assert ("spelling.unknown", Severity.WARNING, "bifida") in found, found
    finally:
        monkeypatch.undo()
        clear_caches()
