"""Names among the words no dictionary knows, told apart with the post's own versions.

A post is written in parallel versions, and names travel between them unchanged or
inflected: "Shackleton" in English is "Shackletonin" in Finnish and "Shackletons" in
Swedish. A capitalised word is taken for a name when it, or its stem, appears
capitalised in another version (:func:`is_named_elsewhere`). A capitalised word inside a
sentence is a name more often than a misspelling: unknown to the dictionary, it is worth a
quiet "check this name", not a warning (:func:`inside_sentence`). A full stop after an
initial ("A. I. Rabin"), after a title ("Ms. Gillard") or after a short abbreviation
opening a parenthesis ("(lat. Iohannes") ends no sentence. A word in capitals among
words that are not ("Franz FISCHLER", a surname as official texts write it) is read as a
capitalised word (:func:`is_name_like`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import cache

from composer.entities import words
from composer.resources import load_toml
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
#: The longest abbreviation whose full stop, right after an opening parenthesis, ends no
#: sentence ("(lat. Iohannes", "(engl. Bachelor", "(ruots. Jakobstad").
MAX_ABBREVIATION = 6


@cache
def name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The name particles ("de", "van") and titles ("Mrs", "Dr") of
    ``resources/wordlists/spelling.toml`` (``[names]``), lower-cased."""
    table = load_toml("wordlists", "spelling.toml").get("names", {})
    particles = frozenset(w.lower() for w in table.get("particles", []))
    titles = frozenset(w.lower() for w in table.get("titles", []))
    return particles, titles


def is_capitalised(word: str) -> bool:
    """Capital first letter and not all capitals ("Rabin", not "RABIN" or "rabin")."""
    return word[:1].isupper() and not word.isupper()


@text_cache(maxsize=256)
def capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of ``text``, lower-cased (cached per text)."""
    return frozenset(w.lower().replace("’", "'") for _s, _e, w in words(text)
                     if w[:1].isupper())


def same_name(one: str, other: str, min_stem: int = MIN_STEM,
              max_ending: int = MAX_ENDING) -> bool:
    """Whether two lower-cased forms are one name (or one stem), one of them inflected:
    a shared beginning of ``min_stem`` letters with at most ``max_ending`` after it."""
    if one == other:
        return True
    shared = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        shared += 1
    if shared < min_stem:
        return False
    return len(one) - shared <= max_ending and len(other) - shared <= max_ending and (
        shared >= min(len(one), len(other)) - 2
    )


def is_named_elsewhere(word: str, names: Iterable[str]) -> bool:
    """Whether ``word`` (or its stem) is among the capitalised words ``names``."""
    lower = word.lower().replace("’", "'")
    return any(same_name(lower, name) for name in names)


def is_name_like(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is written as names are: capitalised, or in
    capitals while the words next to it are not (not part of a shouted run)."""
    word = text[start:end]
    if is_capitalised(word):
        return True
    if not word.isupper():
        return False
    for _s, _e, neighbour in neighbours(text, start, end):
        if neighbour.isupper() and sum(c.isalpha() for c in neighbour) > 1:
            return False
    return True


def neighbours(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words just before and after ``text[start:end]`` on the same line."""
    found = words(text)
    index = bisect_left(found, (start,))
    around = []
    for j in (index - 1, index + 1):
        if 0 <= j < len(found):
            s, e, _w = found[j]
            if "\n" not in text[min(e, end):max(s, start)]:
                around.append(found[j])
    return around


def _no_full_stop(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an initial ("A. I. Rabin"), a title ("Ms.
    Gillard") or a short abbreviation right after an opening parenthesis ("(lat.
    Iohannes"), not a sentence."""
    first = dot
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    token = text[first:dot]
    if not token:
        return False
    before = text[first - 1] if first else " "
    if len(token) == 1 and token.isupper():
        if token == "I":  # English "... did I. Then": an initial only after another one
            return first >= 3 and text[first - 2] == "." and text[first - 3].isupper()
        return before in " \t\u00a0.(\n"
    if token[:1].isupper() and token.lower() in name_words()[1]:
        return True  # a title: "Ms. Gillard", "Dr. Virtanen" (not "bytte fil. Sedan")
    return before == "(" and token.islower() and len(token) <= MAX_ABBREVIATION


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
    end = text[position - 1]
    if end == "." and _no_full_stop(text, position - 1):
        return True
    return end not in _SENTENCE_ENDS


#: At least this many sentence openings tell how a writer opens sentences.
MIN_OPENINGS = 2


@text_cache(maxsize=64)
def writes_lower_case(text: str, language: str) -> bool:
    """Whether the writer of ``text`` leaves capitals out, as in chat and quick e-mail:
    in English the pronoun "i" in lower case ("so i think shanna and i …"), or at
    least two sentences opening in lower case and none with a capital ("max and jen are
    looking for you. call them …"). Such a writer leaves names in lower case too."""
    lower = upper = 0
    for start, end, word in words(text):
        marker = text[end:end + 1] in tuple(").:") or text[start - 1:start] in ("(", "[")
        if marker:
            continue  # a numbered point, not a pronoun or a sentence: "(i) the", "a)"
        if language == "en" and word == "i":
            return True
        if not word[:1].isalpha() or inside_sentence(text, start):
            continue
        if word[:1].islower():
            lower += 1
        else:
            upper += 1
    return lower >= MIN_OPENINGS and not upper
