"""The English frequencies that rank quick suggestions: the words pyspellchecker's list
has seen more than its floor count, read exactly as its JSON says, and ranking the
labelled misspellings as well as the whole list does."""

from __future__ import annotations

import gzip
import json
import pkgutil

import pytest

from composer.spelling.engines import engine
from composer.spelling.frequencies import ranked_words
from tests.spelling.labelled import misspellings


def _whole_list() -> dict[str, int]:
    data = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    assert data is not None
    return json.loads(gzip.decompress(data))


def test_the_kept_words_are_those_above_the_floor_with_their_counts() -> None:
    whole = _whole_list()
    floor = min(whole.values())
    kept = ranked_words("en")
    assert kept == {word: count for word, count in whole.items() if count > floor}
    assert len(kept) < len(whole) / 2  # the point of it: most words sit at the floor
    assert kept["the"] > kept["library"] > kept["aardvark"]


def _first_choice(word: str, counts: dict[str, int]) -> str | None:
    spell = engine("en")
    lower = word.lower()
    letters = "abcdefghijklmnopqrstuvwxyz'"
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    near = {a + b[1:] for a, b in splits if b}
    near |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    near |= {a + c + b[1:] for a, b in splits if b for c in letters}
    near |= {a + c + b for a, b in splits for c in letters}
    found = sorted((c for c in near if c in counts and c != lower and spell.check(c)),
                   key=lambda c: (-counts[c], c))
    return found[0] if found else None


def test_the_kept_words_rank_the_labelled_misspellings_as_the_whole_list_does() -> None:
    whole, kept = _whole_list(), ranked_words("en")
    pairs = [(wrong, right) for wrong, right in misspellings("en") if not engine("en").check(wrong)]
    with_whole = [_first_choice(wrong, whole) for wrong, _ in pairs]
    with_kept = [_first_choice(wrong, kept) for wrong, _ in pairs]
    right_whole = sum(c == right.lower() for c, (_, right) in zip(with_whole, pairs, strict=True))
    right_kept = sum(c == right.lower() for c, (_, right) in zip(with_kept, pairs, strict=True))
    assert right_kept >= right_whole >= 0.8 * len(pairs)


def test_a_word_only_at_the_floor_is_still_suggested() -> None:
    from composer.spelling.suggestions import quick_suggestions

    assert "abacuses" not in ranked_words("en")
    assert quick_suggestions("abaccuses", "en")[:1] == ["abacuses"]


def test_escaped_empty_and_broken_lists() -> None:
    from composer.spelling.frequencies import words_above_floor

    escaped = '{\n"caf\\u00e9": 90,\n"seen": 50,\n"naïve": 70\n}'
    assert words_above_floor(escaped) == {"café": 90, "naïve": 70}
    plain = '{\n"café": 90,\n"seen": 50,\n"naïve": 70\n}'
    assert words_above_floor(plain) == words_above_floor(escaped)
    assert words_above_floor("{}") == {}
    assert words_above_floor("") == {}
    with pytest.raises(ValueError):
        words_above_floor('["not", "a \\" list"]')
