"""Cheap correction candidates, tried before (or instead of) an engine's own suggestions.

* :func:`restorations` puts back letters that keyboards and OCR lose: a for ä/å and
  o for ö (the scanned Naantali guideline reads "kayttaa" for "käyttää"), and OCR's é
  for ä or ö.
* :func:`simple_edits` makes the edits behind most typing errors (a letter doubled or
  left single, one letter too many, two letters swapped): a few dozen candidates that a
  dictionary can test in well under a millisecond, unlike Hunspell's full search.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import product

#: Letters that may stand for a lost diacritic, per language.
RESTORABLE = {
    "fi": {"a": "aä", "o": "oö", "é": "äö"},
    "sv": {"a": "aäå", "o": "oö", "é": "éäö"},
}
#: At most this many variants of one word are tried.
MAX_VARIANTS = 512


def restorations(word: str, language: str) -> list[str]:
    """Variants of ``word`` with lost diacritics put back, fewest changes first."""
    table = RESTORABLE.get(language)
    if not table:
        return []
    options: list[str] = []
    total = 1
    for char in word:
        choices = table.get(char.lower())
        if choices and total * len(choices) <= MAX_VARIANTS:
            total *= len(choices)
            options.append(
                choices if char.islower() else "".join(c.upper() for c in choices)
            )
        else:
            options.append(char)
    if total == 1:
        return []
    variants = []
    for letters in product(*options):
        candidate = "".join(letters)
        if candidate != word:
            changes = sum(a != b for a, b in zip(candidate, word, strict=True))
            variants.append((changes, candidate))
    variants.sort()
    return [candidate for _, candidate in variants]


def simple_edits(word: str) -> Iterator[str]:
    """One-edit variants of ``word``: doubling, deletion, then adjacent swaps."""
    seen = {word}
    length = len(word)
    for index in range(length):
        if word[index].isalpha():
            candidate = word[: index + 1] + word[index] + word[index + 1 :]
            if candidate not in seen:
                seen.add(candidate)
                yield candidate
    for index in range(length):
        candidate = word[:index] + word[index + 1 :]
        if len(candidate) > 1 and candidate not in seen:
            seen.add(candidate)
            yield candidate
    for candidate in swaps(word):
        if candidate not in seen:
            seen.add(candidate)
            yield candidate


def swaps(word: str) -> Iterator[str]:
    """``word`` with each two neighbouring letters swapped."""
    for index in range(len(word) - 1):
        yield word[:index] + word[index + 1] + word[index] + word[index + 2 :]
