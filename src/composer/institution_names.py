"""Official names of institutions that begin with a place's name in another language.

"Jakobstads gymnasium", "Jakobstads Sinfonietta" and "Karleby svenska gymnasium" are the
names of Swedish-language institutions; the Finnish and English versions use them as
they are ("Jakobstads gymnasiumiin", "Karleby svenska gymnasiumin"). The place's name in
them is part of an official name, not the other language's name of the town where the
version should use its own ("Tervetuloa Jakobstadiin!").

A place's name in a language with ``[proper-names.<language>]`` in
``resources/wordlists/terms.toml`` opens such a name when it is

* in the genitive ("Jakobstads", "Jakobstad:s") before a capitalised word ("Jakobstads
  Musikkårille") or an institution word, with any ending ("Jakobstads gymnasiumiin"), or
* before words that such names are made of ("svenska", "norra") and an institution word
  ("Karleby svenska gymnasium").

Only the few words after the name are read.

:func:`in_proper_name` finds a place's name inside another proper name, a club's, team's,
festival's or company's: right after an abbreviation ("IBK Jakobstad", "FC Kokkola") or a
capitalised word that does not open the sentence ("Lions Club Kokkola"), or right before
a "/" and a name ("Kokkola/Chydenius") or a capitalised word ("Kokkola Winter Accordion
Festival"). Only the words next to the name are read.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from composer.entities import words
from composer.resources import load_toml

#: A place's genitive ending in the languages with proper-name data.
GENITIVES = ("s", ":s")
#: Name words between the place and the institution word, at most.
MAX_NAME_WORDS = 2
#: The longest abbreviation that opens a club's name ("IBK", "HIFK").
MAX_ABBREVIATION = 5
#: What ends a sentence before its first word.
_SENTENCE_ENDS = ".!?:;\n"
#: The spaces between the words of one name.
_SPACES = (" ", "\u00a0")


class NameWords(NamedTuple):
    """One language's institution words (word beginnings) and the other words of such
    names, lower-cased."""

    institutions: tuple[str, ...]
    name_words: frozenset[str]


@lru_cache(maxsize=8)
def name_words(language: str) -> NameWords | None:
    """``[proper-names.<language>]`` of ``resources/wordlists/terms.toml``, or None."""
    table = load_toml("wordlists", "terms.toml").get("proper-names", {}).get(language)
    if not table:
        return None
    return NameWords(tuple(w.lower() for w in table.get("institutions", [])),
                     frozenset(w.lower() for w in table.get("name-words", [])))


def opens_proper_name(text: str, start: int, end: int, place: str, language: str) -> bool:
    """Whether ``text[start:end]``, the place name ``place`` of ``language`` (with the
    ending it has in the text), opens an official name in ``language`` (see the module's
    description)."""
    data = name_words(language)
    found = text[start:end]
    if data is None or not found.lower().startswith(place.lower()):
        return False
    ending = found[len(place):].lower()
    if ending and ending not in GENITIVES:
        return False  # a case ending of the version's language: "Jakobstadiin"
    following = _following(text, end)
    if not following:
        return False
    first = following[0]
    if ending and first[:1].isupper():
        return True  # "Jakobstads Sinfonietta", "Jakobstads Musikkårille", "Jakobstads IF"
    for between, word in enumerate(following):
        lower = word.lower()
        if lower.startswith(data.institutions):
            return bool(ending) or between > 0
        if lower not in data.name_words:
            return False
    return False


def _following(text: str, end: int) -> list[str]:
    """The words right after ``end``, each after a single space, on the same line (at
    most the name words and an institution word)."""
    tokens = words(text)
    index = bisect_left(tokens, (end,))
    found: list[str] = []
    position = end
    for start, stop, word in tokens[index:index + MAX_NAME_WORDS + 1]:
        if text[position:start] not in (" ", "\u00a0"):
            break
        found.append(word)
        position = stop
    return found


@lru_cache(maxsize=1)
def _calendar_words() -> tuple[str, ...]:
    """Beginnings of the English weekdays' and months' names, capitalised in the middle
    of a sentence ("in Karleby Saturday" is not a name)."""
    data = load_toml("wordlists", "calendar.toml")
    months = [name.lower() for names in data["months"]["en"].values() for name in names
              if len(name) > 3]
    return tuple(data["weekdays"]["en"]["names"]) + tuple(months)


def in_proper_name(text: str, start: int, end: int, place: str) -> bool:
    """Whether ``text[start:end]``, the place name ``place`` (with the ending it has in the
    text), is part of another proper name: after an abbreviation or a capitalised word
    that does not open the sentence, or, without an ending, before a "/" and a name or
    before a capitalised word (see the module's description)."""
    found = text[start:end]
    if not found.lower().startswith(place.lower()):
        return False
    tokens = words(text)
    index = bisect_left(tokens, (start,))
    if index > 0 and text[tokens[index - 1][1]:start] in _SPACES:
        previous = tokens[index - 1][2]
        if 2 <= len(previous) <= MAX_ABBREVIATION and previous.isupper():
            return True  # "IBK Jakobstad", "FC Kokkolan"
        if previous[:1].isupper() and not _opens_sentence(text, tokens, index - 1):
            return True  # "Lions Club Kokkola"
    if len(found) != len(place):
        return False  # "Tervetuloa Jakobstadiin Hyvään…"
    after = text[end:end + 2]
    if after[:1] == "/" and after[1:2].isupper():
        return True  # "Kokkola/Chydenius"
    following = _following(text, end)[:1]
    return bool(following) and following[0][:1].isupper() \
        and not following[0].lower().startswith(_calendar_words())


def _opens_sentence(text: str, tokens: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Whether word ``index`` of ``tokens`` is the first of its sentence or line."""
    begin = tokens[index - 1][1] if index > 0 else 0
    between = text[begin:tokens[index][0]]
    return index == 0 or any(mark in between for mark in _SENTENCE_ENDS)
