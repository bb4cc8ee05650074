"""Hashtags: the organisation's official tags to suggest for a post, and the helpers the
``hashtag`` rules use to compare tags (case- and accent-folding, edit distance) and to
find the words of a run-together tag (``#sommarteaterijakobstad`` →
``#SommarteaterIJakobstad``) with the spelling dictionaries.

Hashtags are case-insensitive on every network, so ``#LaajempiHorisontti`` and
``#laajempihorisontti`` are the same tag; capitals only help people and screen readers
see the words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import regex

from composer.entities import entities_of
from composer.model import LANGUAGES, Post
from composer.morphology import MorphologyUnavailable, hunspell, voikko
from composer.profiles import Hashtag, Profile, load_profiles
from composer.resources import load_toml

#: Longest tag body (letters) that word segmentation looks at, the longest word in it, the
#: shortest word not on the short-word list and the most words.
MAX_SEGMENT_TAG = 40
MAX_WORD = 18
MIN_WORD = 3
MAX_WORDS = 6


@dataclass(frozen=True)
class Suggestion:
    """A hashtag suggested for one language version of a post."""

    tag: str
    language: str
    official: bool
    used: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def fold(tag: str) -> str:
    """Case-folded tag body without the ``#``: how networks compare tags."""
    return tag.lstrip("#").casefold()


def fold_accents(tag: str) -> str:
    """:func:`fold` and without diacritics (ä → a, å → a, ö → o)."""
    decomposed = unicodedata.normalize("NFKD", fold(tag))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=2048)
def _near(written: str, official: str, distance: int) -> bool:
    pattern = f"(?:{regex.escape(official)}){{e<={distance}}}"
    return regex.fullmatch(pattern, written) is not None


def misspelling_of(tag: str, officials: list[Hashtag]) -> Hashtag | None:
    """The official tag ``tag`` is a misspelling of (accents lost, a letter or two wrong),
    or ``None``. A tag equal to an official one but for letter case is not misspelt."""
    written = fold(tag)
    if any(fold(h.tag) == written for h in officials):
        return None
    plain = fold_accents(tag)
    for hashtag in officials:
        official = fold_accents(hashtag.tag)
        if plain == official:
            return hashtag
    for hashtag in officials:
        official = fold_accents(hashtag.tag)
        allowed = 2 if len(official) >= 12 else 1 if len(official) >= 6 else 0
        if allowed and abs(len(official) - len(plain)) <= allowed and _near(
            plain, official, allowed
        ):
            return hashtag
    return None


def is_camel_case(tag: str) -> bool:
    """Whether a tag has a capital after its first letter (``#LaajempiHorisontti``)."""
    body = tag.lstrip("#")
    return any(c.isupper() for c in body[1:])


# Word segmentation -----------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _is_word(word: str, language: str, capitalised: bool = False) -> bool:
    """Whether the dictionary knows ``word`` (with ``capitalised``, also as a name).
    Voikko and Hunspell handles are per thread; the answer is the same in every thread."""
    try:
        speller = voikko().spell if language == "fi" else hunspell(language).spell
    except MorphologyUnavailable:
        return False
    return bool(speller(word) or (capitalised and speller(word.capitalize())))


@lru_cache(maxsize=16384)
def _compound_parts(word: str, language: str, capitalised: bool = False) -> int:
    """How many words the dictionary sees in ``word``: 0 for an unknown word, more than 1
    for a Finnish compound (Voikko's analysis), else 1."""
    if not _is_word(word, language, capitalised):
        return 0
    if language != "fi":
        return 1
    analyses = voikko().analyze(word.capitalize() if capitalised else word) or voikko().analyze(
        word
    )
    counts = [a.get("STRUCTURE", "").count("=") for a in analyses]
    return min((c for c in counts if c), default=1)


@lru_cache(maxsize=1)
def _short_words() -> dict[str, frozenset[str]]:
    data = load_toml("wordlists", "hashtag.toml").get("short-words", {})
    return {lang: frozenset(w.casefold() for w in words) for lang, words in data.items()}


_known_cache: dict[int, frozenset[str]] = {}


def known_words() -> frozenset[str]:
    """Place and organisation names from every profile's word lists and official tags,
    lower-case: words of a tag the dictionaries do not know."""
    profiles = load_profiles()
    found = _known_cache.get(id(profiles))
    if found is None:
        words: set[str] = set()
        for profile in profiles.profiles.values():
            for per_language in profile.words.values():
                for entries in per_language.values():
                    for entry in entries:
                        words.update(regex.findall(r"\p{L}+", entry.casefold()))
            words.update(fold(h.tag) for h in profile.hashtags)
        found = _known_cache[id(profiles)] = frozenset(words)
    return found


@lru_cache(maxsize=4096)
def split_words(
    body: str, language: str, known: frozenset[str] = frozenset()
) -> tuple[str, ...] | None:
    """The words of a run-together, lower-case tag body, or ``None`` when the body is one
    word (Finnish and Swedish compounds included) or cannot be split confidently.

    Every part must be a dictionary word or a ``known`` name (parts under three letters
    only from the language's short-word list), and the split with the fewest parts (then
    the fewest names) must be the only one that good. Voikko accepts almost any run of
    Finnish nouns as a compound, so Finnish parts may first be compounds of two words
    (``tervetuloa|kokkolaan``) and, when that is ambiguous, only simple words
    (``pieni|kaupunki|suuri|sydän``).
    """
    if (
        not body.isalpha()
        or len(body) > MAX_SEGMENT_TAG
        or body in known
        or _is_word(body, language, capitalised=True)
    ):
        return None
    for max_parts in (2, 1) if language == "fi" else (1,):
        parts = _split(body, language, known, max_parts)
        if parts:
            return parts
    return None


def _split(
    body: str, language: str, known: frozenset[str], max_parts: int
) -> tuple[str, ...] | None:
    short = _short_words().get(language, frozenset())

    def names(piece: str) -> int | None:
        """0 for a word, 1 for a name (known only capitalised), None for neither."""
        if len(piece) < MIN_WORD:
            return 0 if piece in short else None
        if piece in known or 0 < _compound_parts(piece, language) <= max_parts:
            return 0
        if len(piece) > MIN_WORD and 0 < _compound_parts(piece, language, True) <= max_parts:
            return 1
        return None

    size = len(body)
    # best[i]: the best split of body[:i] as ((words, names), how many splits share that
    # score, last cut); fewer words first, then fewer names.
    best: list[tuple[tuple[int, int], int, int] | None] = [None] * (size + 1)
    best[0] = ((0, 0), 1, 0)
    for start in range(size):
        here = best[start]
        if here is None or here[0][0] >= MAX_WORDS:
            continue
        for end in range(start + 1, min(size, start + MAX_WORD) + 1):
            name = names(body[start:end])
            if name is None:
                continue
            score = (here[0][0] + 1, here[0][1] + name)
            there = best[end]
            if there is None or score < there[0]:
                best[end] = (score, here[1], start)
            elif score == there[0]:
                best[end] = (score, there[1] + here[1], there[2])
    final = best[size]
    if final is None or final[0][0] < 2 or final[1] != 1:
        return None
    parts: list[str] = []
    end = size
    while end:
        entry = best[end]
        assert entry is not None
        parts.append(body[entry[2]:end])
        end = entry[2]
    return tuple(reversed(parts))


def camel_case(tag: str, languages: tuple[str, ...]) -> str | None:
    """``#sommarteaterijakobstad``-style tag written with capitals at word starts, trying
    ``languages`` in order; ``None`` when it is not a confident multi-word tag."""
    body = tag.lstrip("#")
    if not body.islower():
        return None
    known = known_words()
    if body in known:
        return None
    for language in languages:
        parts = split_words(body, language, known)
        if parts:
            return "#" + "".join(p[:1].upper() + p[1:] for p in parts)
    return None


# Suggestions -----------------------------------------------------------------------------


def _languages(post: Post, profile: Profile) -> list[str]:
    written = set(post.written_languages())
    ordered = [lang for lang in profile.language_order if lang in written]
    ordered += [lang for lang in LANGUAGES if lang in written and lang not in ordered]
    return ordered or list(profile.required_languages)


def suggest_hashtags(post: Post, profile: Profile) -> list[Suggestion]:
    """Official hashtags for each language the post has, in the organisation's language
    order, marked ``used`` where that version already has them; then the other hashtags
    the versions use."""
    languages = _languages(post, profile)
    used = {
        lang: {fold(e.text) for e in entities_of(post.text(lang), "hashtag")}
        for lang in languages
    }
    suggestions: list[Suggestion] = []
    official_folded: set[str] = set()
    for lang in languages:
        for hashtag in profile.official_hashtags(lang):
            official_folded.add(fold(hashtag.tag))
            suggestions.append(Suggestion(hashtag.tag, lang, True, fold(hashtag.tag) in used[lang]))
    official_folded.update(fold(h.tag) for h in profile.hashtags)
    for lang in languages:
        seen: set[str] = set()
        for entity in entities_of(post.text(lang), "hashtag"):
            key = fold(entity.text)
            if key in official_folded or key in seen:
                continue
            seen.add(key)
            suggestions.append(Suggestion(entity.text, lang, False, True))
    return suggestions
