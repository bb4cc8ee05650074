"""Word-list matching by base form, for the word-list rule families.

A text is split into words (outside URLs, e-mails, mentions and hashtags) and each word is
analysed once into its base forms (``idiooteille`` → ``idiootti``, ``idioterna`` →
``idiot``); the analysis of a text is cached. A list entry is a word or a phrase of
several words; each of its words matches a text word that has it as a form, so the list
is written in dictionary form and every inflection is found (an entry in an inflected
form matches just that form). An entry word ending in ``*`` matches any word beginning
with it (``dörrkod*``), for compounds the dictionaries do not know. An entry starting
with ``=`` is matched literally, word for word, and so is a whole list with
``inflect = false``, where the exact form carries the meaning (``mielestäni``: first
person singular).

Word lists live in ``resources/wordlists/<family>.toml``: tables (categories) of
``fi``/``sv``/``en`` lists, optionally with ``inflect = false``; an organisation adds words
to a family's first category through its profile (``[words.<family>]``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import regex

from composer.entities import words
from composer.morphology import MorphologyUnavailable, base_forms
from composer.profiles import Profile
from composer.resources import load_toml
from composer.text_cache import text_cache

# What may stand between two words of one phrase (on one line): spaces, dashes, quotes,
# a comma.
_GAP = regex.compile(r"[ \t\u00a0\-–—'\"”’«»,]*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


class Word(NamedTuple):
    """One word of a text: its span, lower-cased surface form and base forms."""

    start: int
    end: int
    text: str
    lower: str
    forms: frozenset[str]


@lru_cache(maxsize=16384)
def _forms(word: str, language: str) -> frozenset[str]:
    lower = word.lower().translate(_APOSTROPHES)
    try:
        forms = set(base_forms(word, language))
    except MorphologyUnavailable:
        forms = set()
    forms.add(lower)
    if "-" in word:
        # A hyphenated compound ("Wi-Fi-salasana") is also its last part.
        last = word.rsplit("-", 1)[1]
        if last:
            forms.add(last.lower())
            with contextlib.suppress(MorphologyUnavailable):
                forms.update(base_forms(last, language))
    return frozenset(forms)


@lru_cache(maxsize=16384)
def _lower_and_forms(word: str, language: str) -> tuple[str, frozenset[str]]:
    return word.lower().translate(_APOSTROPHES), _forms(word, language)


_new_word = tuple.__new__  # Word's own __new__ without its extra call


@text_cache(maxsize=256)
def analyse(text: str, language: str) -> tuple[Word, ...]:
    """The words of ``text`` with their base forms (cached per text)."""
    info = _lower_and_forms
    return tuple(
        [_new_word(Word, (start, end, word, *info(word, language)))
         for start, end, word in words(text)]
    )


@text_cache(maxsize=256)
def _index(text: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """All forms of all words of ``text``, and their first letters (for prefix entries);
    read from each different word once, without :func:`analyse` (most texts match no
    list, and then need no more)."""
    info = [_lower_and_forms(word, language)
            for word in {word for _start, _end, word in words(text)}]
    key = PhraseList.PREFIX_KEY
    return (frozenset().union(*[forms for _lower, forms in info]),
            frozenset([lower[:key] for lower, _forms in info]))


@dataclass(frozen=True)
class _Part:
    """One word of a list entry."""

    forms: frozenset[str]  # base forms to meet, for an inflected word
    prefix: str = ""  # for "word*": the beginning a text word must have
    exact: str = ""  # for a literal word: the lower-cased word itself

    def possible(self, forms: frozenset[str], beginnings: frozenset[str]) -> bool:
        """Whether a text with these word forms and beginnings has a word this part
        matches."""
        if self.prefix:
            return self.prefix[: PhraseList.PREFIX_KEY] in beginnings
        if self.exact:
            return self.exact in forms
        return not self.forms.isdisjoint(forms)

    def matches(self, word: Word) -> bool:
        if self.prefix:
            return word.lower.startswith(self.prefix)
        if self.exact:
            return word.lower == self.exact
        return not self.forms.isdisjoint(word.forms)


class Match(NamedTuple):
    """A list entry found in a text: the words it covers and its character span."""

    entry: str
    first: int  # index of the first word
    last: int  # index of the last word
    start: int
    end: int


class PhraseList:
    """Entries of one word list in one language, ready to match analysed texts."""

    #: Prefix entries are indexed by their first letters; a prefix is at least this long.
    PREFIX_KEY = 3

    def __init__(self, entries: Iterable[str], language: str, *, inflect: bool = True) -> None:
        self.language = language
        self.inflect = inflect
        self._phrases: list[tuple[str, tuple[_Part, ...]]] = []
        self._by_form: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        for entry in dict.fromkeys(e.strip() for e in entries if e.strip()):
            literal = entry.startswith("=")
            parts = tuple(self._part(p, literal) for p in entry.lstrip("=").split())
            index = len(self._phrases)
            self._phrases.append((entry, parts))
            head = parts[0]
            if head.prefix:
                key = head.prefix[: self.PREFIX_KEY]
                self._by_prefix.setdefault(key, []).append(index)
            for form in (head.exact,) if head.exact else head.forms:
                self._by_form.setdefault(form, []).append(index)
        self._heads = frozenset(self._by_form)

    def _part(self, word: str, literal: bool = False) -> _Part:
        lower = word.lower().translate(_APOSTROPHES)
        if lower.endswith("*") and len(lower) > self.PREFIX_KEY:
            return _Part(frozenset(), prefix=lower[:-1])
        if literal or not self.inflect:
            return _Part(frozenset(), exact=lower.rstrip("*"))
        # Entries are in dictionary form and are not analysed themselves: a dictionary's
        # stems of an entry can be unrelated words ("release" → "lease").
        return _Part(frozenset({lower.rstrip("*")}))

    def __bool__(self) -> bool:
        return bool(self._phrases)

    def could_match(self, forms: frozenset[str], beginnings: frozenset[str]) -> bool:
        """Whether a text with these word forms and beginnings may contain an entry: one
        whose every word the text has somewhere ("for" alone does not make "for internal
        use" possible)."""
        if not beginnings.isdisjoint(self._by_prefix):
            return True
        for form in self._heads.intersection(forms):
            for index in self._by_form[form]:
                if all(part.possible(forms, beginnings) for part in self._phrases[index][1][1:]):
                    return True
        return False

    def find(self, text: str, analysed: Sequence[Word]) -> list[Match]:
        """Non-overlapping matches, left to right, the longest at each position."""
        matches: list[Match] = []
        heads, by_form, by_prefix = self._heads, self._by_form, self._by_prefix
        i = 0
        count = len(analysed)
        while i < count:
            word = analysed[i]
            candidates: list[int] = []
            if by_prefix:
                candidates.extend(by_prefix.get(word.lower[: self.PREFIX_KEY], ()))
            if self.inflect:
                if not heads.isdisjoint(word.forms):
                    for form in heads.intersection(word.forms):
                        candidates.extend(by_form[form])
            else:
                candidates.extend(by_form.get(word.lower, ()))
            best: tuple[int, str] | None = None
            for index in candidates:
                entry, parts = self._phrases[index]
                last = self._match_at(text, analysed, i, parts)
                if last is not None and (best is None or last > best[0]):
                    best = (last, entry)
            if best is None:
                i += 1
                continue
            last, entry = best
            matches.append(Match(entry, i, last, word.start, analysed[last].end))
            i = last + 1
        return matches

    def _match_at(
        self, text: str, analysed: Sequence[Word], i: int, parts: tuple[_Part, ...]
    ) -> int | None:
        if i + len(parts) > len(analysed):
            return None
        for offset, part in enumerate(parts):
            word = analysed[i + offset]
            if not part.matches(word):
                return None
            if offset:
                previous = analysed[i + offset - 1]
                if _GAP.fullmatch(text, previous.end, word.start) is None:
                    return None
        return i + len(parts) - 1


def categories(family: str) -> dict[str, dict[str, Any]]:
    """The category tables of ``resources/wordlists/<family>.toml``."""
    return load_toml("wordlists", f"{family}.toml")


@lru_cache(maxsize=512)
def _compiled(
    family: str, category: str, language: str, extra: tuple[str, ...]
) -> PhraseList:
    table = categories(family).get(category, {})
    entries = list(table.get(language, [])) + list(extra)
    inflect = bool(table.get("inflect", True))
    return PhraseList(entries, language, inflect=inflect)


def phrase_list(
    family: str, category: str, language: str, profile: Profile | None = None
) -> PhraseList:
    """The compiled list ``category`` of ``family`` in ``language``.

    The organisation's own words for the family (``profile.word_list``) join the family's
    first category.
    """
    extra: tuple[str, ...] = ()
    if profile is not None:
        first = next(iter(categories(family)), None)
        if category == first:
            extra = tuple(profile.word_list(family, language))
    return _compiled(family, category, language, extra)


def find(
    text: str, language: str, family: str, category: str, profile: Profile | None = None
) -> list[Match]:
    """Matches of one category's list in ``text``."""
    plist = phrase_list(family, category, language, profile)
    if not plist or not plist.could_match(*_index(text, language)):
        return []
    return plist.find(text, analyse(text, language))
