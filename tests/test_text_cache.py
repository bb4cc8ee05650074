"""Caches per text stay bounded in memory: typing into a very long version must not make
the checking process hold every earlier state of it."""

from __future__ import annotations

from composer import entities
from composer.engine import Engine
from composer.model import Post
from composer.text_cache import CHARACTER_BUDGET, SHORT_TEXT, text_cache


def test_long_texts_are_kept_within_the_character_budget():
    calls: list[str] = []

    @text_cache(maxsize=256)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    long_texts = ["x" * 60_000 + str(i) for i in range(10)]
    for text in long_texts:
        assert length(text) == len(text)
    assert length.cached_characters() <= CHARACTER_BUDGET
    # The latest ones are still cached, the oldest were dropped.
    calls.clear()
    length(long_texts[-1])
    length(long_texts[-2])
    assert calls == []
    length(long_texts[0])
    assert calls == [long_texts[0]]


def test_short_texts_are_cached_by_number_and_keyword_arguments_count():
    calls: list[tuple[str, bool]] = []

    @text_cache(maxsize=2)
    def upper(text: str, shout: bool = False) -> str:
        calls.append((text, shout))
        return text.upper() if shout else text

    assert upper("hei") == "hei"
    assert upper("hei", shout=True) == "HEI"
    assert upper("hei") == "hei"
    assert calls == [("hei", False), ("hei", True)]
    upper.cache_clear()
    upper("hei")
    assert len(calls) == 3
    assert len("hei") <= SHORT_TEXT


def test_typing_into_a_long_version_keeps_the_word_cache_bounded():
    engine = Engine()
    post = Post(organisation="naantali", versions={"fi": "Kirjasto on auki. " * 3_500})
    for _ in range(15):
        post.versions["fi"] += "a"
        engine.check(post)
    assert entities.words.cached_characters() <= CHARACTER_BUDGET
