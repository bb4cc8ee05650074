"""Names among the words no dictionary knows, told apart with the post's own versions.

A post is written in parallel versions, and names travel between them unchanged or
inflected: "Shackleton" in English is "Shackletonin" in Finnish and "Shackletons" in
Swedish. A capitalised word is taken for a name when it, or its stem, appears
capitalised in another version (:func:`is_named_elsewhere`). A capitalised word inside a
sentence is a name more often than a misspelling: unknown to the dictionary, it is worth a
quiet "check this name", not a warning (:func:`inside_sentence`).
"""

from __future__ import annotations

from collections.abc import Iterable

from composer.entities import words
from composer.text_cache import text_cache

#: Two forms are the same name when they share a beginning this long, and at most
#: MAX_ENDING letters of either form are left after it, and the shorter form loses at
#: most two letters (Finnish "Shackletonin", "Alholmassa" ~ "Alholmen",
#: Swedish "Rabins", English "Kokkola's").
MIN_STEM = 4
MAX_ENDING = 6
#: What may stand between a sentence's end and its first word: quotes, brackets, dashes.
_OPENERS = " \t\u00a0\"'“”‘’«»([{*-–—•"
_SENTENCE_ENDS = ".!?…:;\n"
#: How far back the search for the sentence's end looks.
_LOOK_BACK = 12


def is_capitalised(word: str) -> bool:
    """Capital first letter and not all capitals ("Rabin", not "RABIN" or "rabin")."""
    return word[:1].isupper() and not word.isupper()


@text_cache(maxsize=256)
def capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of ``text``, lower-cased (cached per text)."""
    return frozenset(w.lower().replace("’", "'") for _s, _e, w in words(text)
                     if w[:1].isupper())


def same_name(one: str, other: str) -> bool:
    """Whether two lower-cased forms are one name, one of them inflected."""
    if one == other:
        return True
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    if shared < MIN_STEM:
        return False
    return len(one) - shared <= MAX_ENDING and len(other) - shared <= MAX_ENDING and (
        shared >= min(len(one), len(other)) - 2
    )


def is_named_elsewhere(word: str, names: Iterable[str]) -> bool:
    """Whether ``word`` (or its stem) is among the capitalised words ``names``."""
    lower = word.lower().replace("’", "'")
    return any(same_name(lower, name) for name in names)


def inside_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` does not begin a sentence, line or text."""
    position = start
    low = max(0, start - _LOOK_BACK)
    while position > low and text[position - 1] in _OPENERS:
        position -= 1
    if position == 0:
        return False
    if position == low:
        return True
    return text[position - 1] not in _SENTENCE_ENDS
