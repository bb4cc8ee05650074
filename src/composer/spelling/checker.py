"""Finds the misspelt words of a text.

A word is never flagged when it is

* inside a URL, e-mail address, @mention or #hashtag (:func:`composer.entities.words`),
* a single letter, contains a digit, or is an acronym (all capitals, up to six letters;
  longer all-capital words, such as headings, are checked),
* written in camel case (``LinkedIn``, ``eFeedback``: product and service names),
* in the shared, organisation or user word lists, or such a name inflected
  (:mod:`composer.spelling.wordlists`),
* known to the language's dictionary, or hyphenated from parts that are all fine.

Dictionary verdicts are cached per engine and word in an LRU, so re-checking a text
while typing costs a few microseconds a word.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from composer.entities import words
from composer.profiles import Profile
from composer.spelling.engines import SpellEngine, engine
from composer.spelling.lru import LRU
from composer.spelling.userdict import user_words
from composer.spelling.wordlists import AcceptedWords, accepted_words

MAX_ACRONYM = 6
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_DIGIT = regex.compile(r"\d")
_verdicts: LRU[bool] = LRU(65536)


@dataclass(frozen=True)
class Misspelling:
    """A flagged word and its span (Python string indices) in the text."""

    start: int
    end: int
    word: str


def skipped(word: str) -> bool:
    """Words no dictionary should judge: letters alone, numbers, acronyms, camel case."""
    if len(word) < 2 or _DIGIT.search(word):
        return True
    letters = sum(ch.isalpha() for ch in word)
    if letters <= 1 or (word.isupper() and letters <= MAX_ACRONYM):
        return True
    return bool(_CAMEL.search(word))


class WordChecker:
    """Judges words of one language for one organisation (build one per text)."""

    def __init__(self, language: str, profile: Profile | None = None) -> None:
        self.language = language
        self.engine: SpellEngine = engine(language)
        self.accepted: AcceptedWords = accepted_words(profile, language, user_words(language))

    def known(self, word: str) -> bool:
        """The dictionary's verdict, cached."""
        key = (self.engine.id, word)
        verdict = _verdicts.get(key)
        if verdict is None:
            verdict = self.engine.check(word)
            _verdicts.put(key, verdict)
        return verdict

    def correct(self, word: str) -> bool:
        word = word.replace("’", "'")
        if self.known(word) or word in self.accepted or skipped(word):
            return True
        if self.accepted.inflected(word, self.known):
            return True
        stem, colon, _ = word.partition(":")
        if colon and stem and (skipped(stem) or stem in self.accepted):
            return True  # EU:ssa, Skutnäs:ssa
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            return len(parts) > 1 and all(self.correct(p) for p in parts)
        return False

    def misspellings(self, text: str) -> list[Misspelling]:
        verdicts: dict[str, bool] = {}
        found = []
        for start, end, word in words(text):
            verdict = verdicts.get(word)
            if verdict is None:
                verdict = verdicts[word] = self.correct(word)
            if not verdict:
                found.append(Misspelling(start, end, word))
        return found


def misspellings(text: str, language: str, profile: Profile | None = None) -> list[Misspelling]:
    """The misspelt words of ``text``; raises :class:`SpellingUnavailable` if the
    language's engine or dictionary is missing."""
    return WordChecker(language, profile).misspellings(text)


def is_correct(word: str, language: str, profile: Profile | None = None) -> bool:
    """Whether ``word`` would pass the spelling check."""
    return WordChecker(language, profile).correct(word)


def clear_caches() -> None:
    _verdicts.clear()
