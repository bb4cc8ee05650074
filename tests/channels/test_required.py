"""An alternation searched without the alternatives a text cannot match finds exactly what
the whole alternation finds: the feed-cut check's place, date and time patterns, and
patterns with the constructs the shortcut must read right or leave alone."""

from __future__ import annotations

import random

import pytest
import regex

from composer.channels.keyinfo import _pattern_lists
from composer.channels.required import FOLDABLE, _required_words, first_match, fold

WORDS = (
    "Pietarsaaren", "kaupunginkirjasto", "lauantaina", "14.6.", "klo 10–14", "satupäivän",
    "Jakobstads", "ordnar", "lördagen den 14 juni", "kl. 10–14", "på Campus", "The library",
    "on Saturday 14 June", "from 10 am to 2 pm", "osoitteessa", "Storgatan 5",
    "Kauppakatu 12", "Tie 5", "tie 3", "68600 Jakobstad", "Rådhustorget 1", "Ab-Cdgatan 7",
    "road 9", "Square 3", "STREET 5", "x-katu 3", "Katu\n5", "katu 5a", "ſtreet 4",
    "Wi-Fi-tie 2", "(katu 4)", "3 kesäkuuta", "today", "at 18:00", "6 pm", "]katu 1",
    "\\katu 2", "a|b 7", "tie", "katu", "5",
)

SYNTHETIC = (
    r"\b\p{Lu}[\p{L}-]*(?:katu|tie)\s\d+",
    r"[\]a-z]+(?:katu|tie)\b",
    r"\w+(?:katu|tie)(?<=e)\s\d",
    r"(?:\w)+(?:katu|tie)?\s\d",  # optional group: never a required group
    r"\w*(?:katu|tie)+\s",  # repeated group
    r"\w*(?:katu|t.e)\s",  # not plain words
    r"(\w)\w*(?:katu|tie)\1",  # back-reference: left alone
    r"(?i)\w*(?:katu|tie)",  # inline flags: left alone
    r"\w*(?:katu|tie)|\d{5}",  # top-level alternation: left alone
)


def _cases() -> list[tuple[tuple[str, ...], int]]:
    cases = [(patterns, regex.IGNORECASE) for patterns in _pattern_lists().values()]
    cases.append((SYNTHETIC, regex.IGNORECASE))
    cases.append((SYNTHETIC, 0))
    return cases


@pytest.mark.parametrize(("patterns", "flags"), _cases())
def test_same_first_match_as_the_whole_alternation(patterns: tuple[str, ...], flags: int) -> None:
    whole = regex.compile("|".join(f"(?:{p})" for p in patterns), flags)
    rng = random.Random(4)
    for _ in range(1500):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 25)))
        expected = whole.search(text)
        found = first_match(patterns, text, flags)
        assert (found and (found.span(), found.group())) == (
            expected and (expected.span(), expected.group())
        ), text


def test_only_certain_required_groups_are_used() -> None:
    assert _required_words(SYNTHETIC[0]) == (["katu", "tie"], r"\s\d+")
    for pattern in SYNTHETIC[3:]:
        assert _required_words(pattern) is None, pattern


def test_foldable_letters_match_only_what_folds_alike() -> None:
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    for letter in FOLDABLE:
        for found in regex.findall(f"(?i:{letter})", every):
            assert fold(found) == fold(letter), (letter, found)
