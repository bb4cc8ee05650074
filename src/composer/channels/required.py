"""The first match of an alternation of patterns, without trying the alternatives a text
cannot match.

``regex`` tries a pattern like ``\\b\\p{Lu}[\\p{L}-]*(?:katu|tie|gatan|street)\\s\\d+``
(case-insensitive) at every word of a text, backtracking through each word for every
street word: slow, and most posts name no street. Such a pattern has a *required group*:
a group of plain words at its top level, neither optional nor repeated (looked for after
a repeated part, where the backtracking is). A match of the
pattern contains a match of one of those words followed by the rest of the pattern, and
each of those is a quick search for a literal. When none is found, the alternative cannot
match anywhere in the text, and leaving it out of the alternation changes nothing: the
first match of an alternation is the first position where any alternative matches, with
the first alternative (in order) that matches there.

Patterns that this module cannot read with certainty (back-references, inline flags,
conditionals, a top-level ``|``) are always tried.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

#: Characters a plain word of a required group may have (no pattern syntax).
_PLAIN = regex.compile(r"[\w '’-]+")
#: A repeat without an upper bound (``*``, ``+``, ``{2,}``) not written as a literal.
_REPEATED = regex.compile(r"(?<!\\)(?:[*+]|\{\d*,\})")
#: Group openings whose meaning does not depend on the rest of the pattern.
_SAFE_OPENINGS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")


#: Letters whose case-insensitive matches (in ``regex``: k also matches the Kelvin sign,
#: s the long s, å the Ångström sign, i the dotted and dotless I) all fold to the letter's
#: own folding by :func:`fold`, so a word of them matches a text only if the folded text
#: contains the folded word (checked for every code point in the tests).
FOLDABLE = frozenset("abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")
_DOTTED_AND_DOTLESS = str.maketrans({"\u0130": "i", "\u0131": "i"})


def fold(text: str) -> str:
    """``text`` case-folded, with İ and ı as i."""
    if "\u0130" in text or "\u0131" in text:
        text = text.translate(_DOTTED_AND_DOTLESS)
    return text.casefold()


@dataclass(frozen=True)
class _Alternative:
    pattern: str
    #: Searches of which at least one must succeed for ``pattern`` to match (empty: no
    #: such certainty, always tried) ...
    needs: tuple[regex.Pattern[str], ...]
    #: ... and the case-folded word each starts with, when every word is of
    #: :data:`FOLDABLE` letters (a search whose word the folded text lacks cannot succeed).
    folded: tuple[str, ...] | None = None


def _top_level(pattern: str) -> list[tuple[int, int]] | None:
    """``(start, end)`` of each top-level group of ``pattern``; ``None`` for a pattern
    with a top-level ``|`` or constructs whose reach this module does not follow."""
    if any(token in pattern for token in ("\\g", "(?P=", "(?(")) or regex.search(
        r"\\[1-9]", pattern
    ):
        return None
    groups: list[tuple[int, int]] = []
    depth = 0
    start = 0
    index = 0
    in_class = False
    while index < len(pattern):
        ch = pattern[index]
        if ch == "\\":
            index += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern.startswith("]", index + 1) or pattern.startswith("^]", index + 1):
                index += 2 if pattern[index + 1] == "]" else 3  # "]" first is a member
                continue
        elif ch == "(":
            if pattern.startswith("(?", index) and not pattern.startswith(_SAFE_OPENINGS, index):
                return None  # inline flags, named groups and the like
            if depth == 0:
                start = index
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                groups.append((start, index + 1))
        elif ch == "|" and depth == 0:
            return None
        index += 1
    return groups if depth == 0 and not in_class else None


def _required_words(pattern: str) -> tuple[list[str], str] | None:
    """The plain words of the first required group of ``pattern`` after a repeated part
    (where the search backtracks), and the pattern after that group."""
    for start, end in _top_level(pattern) or ():
        if not pattern.startswith("(?:", start) or not _REPEATED.search(pattern[:start]):
            continue
        if end < len(pattern) and pattern[end] in "?*+{":
            continue  # optional or repeated
        words = pattern[start + 3 : end - 1].split("|")
        if all(_PLAIN.fullmatch(word) for word in words):
            return words, pattern[end:]
    return None


@lru_cache(maxsize=64)
def _alternative(pattern: str, flags: int) -> _Alternative:
    found = _required_words(pattern)
    if found is None:
        return _Alternative(pattern, ())
    words, rest = found
    needs = tuple(regex.compile(f"(?:{word}){rest}", flags) for word in words)
    simple_case = flags & regex.IGNORECASE and not flags & (regex.V1 | regex.FULLCASE)
    if simple_case and all(FOLDABLE.issuperset(word) for word in words):
        return _Alternative(pattern, needs, tuple(fold(word) for word in words))
    return _Alternative(pattern, needs)


def _possible(alternative: _Alternative, text: str, folded: list[str]) -> bool:
    """Whether ``alternative`` may match ``text`` (``folded``: the folded text, once)."""
    if not alternative.needs:
        return True
    searches = alternative.needs
    if alternative.folded is not None:
        if not folded:
            folded.append(fold(text))
        searches = tuple(
            search for search, word in zip(searches, alternative.folded, strict=True)
            if word in folded[0]
        )
    return any(search.search(text) for search in searches)


@lru_cache(maxsize=64)
def _alternation(patterns: tuple[str, ...], flags: int) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in patterns), flags)


def first_match(
    patterns: tuple[str, ...], text: str, flags: int = 0
) -> regex.Match[str] | None:
    """``regex.search("|".join(f"(?:{p})" for p in patterns), text, flags)``."""
    folded: list[str] = []
    kept = tuple(p for p in patterns if _possible(_alternative(p, flags), text, folded))
    if not kept:
        return None
    return _alternation(kept, flags).search(text)
