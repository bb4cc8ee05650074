"""Phrases in a language other than the post languages: "La Comédie humaine", "spina
bifida", "Andes de tipo andino", "c'est comme".

Professional prose quotes titles, terms and sayings in French, Spanish, Italian or German
as they are. No post language's dictionary knows their words, so each would look like a
misspelling. A phrase shows itself by its form: a run of words joined only by spaces,
an apostrophe or a hyphen, every one of them known to one foreign language's dictionary,
with two or more words no post language knows ("joie de vivre": "de" is Swedish too).
Slips do not make two words of one foreign language side by side, so those words are a
foreign phrase (``spelling.foreign``, a note), not misspellings; a lone unknown word
stays a misspelling even where a foreign dictionary knows it ("dont" in "i dont know" is
French too), and so do short ones (see :data:`MIN_LONGEST`).

The dictionaries are optional (Debian: hunspell-fr, hunspell-es, hunspell-it,
hunspell-de-de): without them a phrase's words are checked as before. Each is opened only
when a version has two unknown words near each other, in the process that checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

from composer import morphology
from composer.entities import words

#: The foreign languages read, in the order tried.
FOREIGN = ("fr", "es", "it", "de")
#: A phrase has at least this many words no post language knows, of MIN_LETTERS
#: letters or more, one of them of MIN_LONGEST: two short slips side by side fit some
#: language's short words ("ver te" for "over the" reads as French; measured on slips of
#: two neighbouring words of the corpora's sentences, 0.7 % of English and 0.14 % of
#: Finnish pairs read as a phrase without these lengths, 0.03 % and 0.02 % with them).
MIN_UNKNOWN = 2
MIN_LETTERS = 3
MIN_LONGEST = 5
#: Words a post language knows that may stand between two of a phrase's ("de").
MAX_GAP = 2
#: What may stand between two words of a phrase besides spaces.
_JOINERS = frozenset(" \u00a0'’-")


def phrase_languages(text: str, unknown: Sequence[tuple[int, int]]) -> dict[int, str]:
    """For the unknown words of ``text`` (their ``(start, end)`` spans, in text order)
    that belong to a foreign phrase, the phrase's language by the word's start."""
    if len(unknown) < MIN_UNKNOWN:
        return {}
    tokens = words(text)
    starts = {start: index for index, (start, _end, _word) in enumerate(tokens)}
    indexes = sorted(starts[s] for s, _e in unknown if s in starts)
    # Only unknown words near another one (a word or two between: "joie de vivre") can
    # be part of a phrase; elsewhere no dictionary is opened.
    if not any(b - a <= MAX_GAP + 1 and all(_joined(text, tokens[i], tokens[i + 1])
                                            for i in range(a, b))
               for a, b in pairwise(indexes)):
        return {}
    unknown_indexes = set(indexes)
    found: dict[int, str] = {}
    for language in FOREIGN:
        if _dictionary(language) is None:
            continue
        for run in _runs(text, tokens, unknown_indexes, found, language):
            lengths = [len(tokens[i][2]) for i in run if i in unknown_indexes]
            if sum(1 for n in lengths if n >= MIN_LETTERS) >= MIN_UNKNOWN and (
                max(lengths) >= MIN_LONGEST
            ):
                for i in run:
                    if i in unknown_indexes:
                        found[tokens[i][0]] = language
    return found


def _runs(text: str, tokens: Sequence[tuple[int, int, str]], unknown: set[int],
          taken: dict[int, str], language: str) -> list[list[int]]:
    """The runs of neighbouring words around the unknown words (not yet given a
    language) that ``language``'s dictionary knows every one of."""
    runs = []
    seen: set[int] = set()
    for index in sorted(unknown):
        if index in seen or tokens[index][0] in taken or not _known(language, tokens[index][2]):
            continue
        first = index
        while first > 0 and _joined(text, tokens[first - 1], tokens[first]) and _known(
            language, tokens[first - 1][2]
        ):
            first -= 1
        last = index
        while last + 1 < len(tokens) and _joined(text, tokens[last], tokens[last + 1]) and (
            _known(language, tokens[last + 1][2])
        ):
            last += 1
        run = list(range(first, last + 1))
        seen.update(run)
        runs.append(run)
    return runs


def _joined(text: str, first: tuple[int, int, str], second: tuple[int, int, str]) -> bool:
    """Whether only spaces, an apostrophe or a hyphen stand between two words (no
    sentence or clause break: "d'Orsay", "Comédie humaine")."""
    between = text[first[1]:second[0]]
    return len(between) <= 2 and all(c in _JOINERS for c in between)


@lru_cache(maxsize=8192)
def _known(language: str, word: str) -> bool:
    """Whether ``language``'s dictionary knows ``word`` (or, capitalised, its lower-case
    form: "La" opening a title)."""
    spell = _dictionary(language)
    word = word.replace("’", "'")
    if spell is None or not word.replace("'", "").isalpha():
        return False
    return bool(spell.spell(word) or (word[:1].isupper() and spell.spell(word.lower())))


def available() -> tuple[str, ...]:
    """The foreign languages whose dictionaries are installed."""
    return tuple(language for language in FOREIGN if _dictionary(language) is not None)


def install_hint(languages: Sequence[str]) -> str:
    """The Debian packages that provide the dictionaries of ``languages``, or ""."""
    if not languages:
        return ""
    return "Debian: " + " ".join(morphology.HUNSPELL_PACKAGES.get(language, f"hunspell-{language}")
                                 for language in languages)


def _dictionary(language: str) -> Any | None:
    """This thread's Hunspell handle for the foreign ``language``, or None where its
    dictionary is not installed."""
    try:
        return morphology.hunspell(language)
    except morphology.MorphologyUnavailable:
        return None


def clear_caches() -> None:
    """Forget the foreign dictionaries' verdicts (after one was installed)."""
    _known.cache_clear()
