"""Words the dictionaries do not know but a post may rightly contain.

Three sources, all matched without regard to case:

* the shared list ``resources/wordlists/spelling.toml`` (platform names, common
  municipal abbreviations and terms), for all languages and per language;
* the organisation's own list, ``[words.spelling]`` in its profile (its names, place
  names, districts, institutions), plus every word of its names and account names;
* the user's own dictionary (:mod:`composer.spelling.userdict`).

Names inflect: Finnish ``Alholmassa`` or ``Jakobstadiin``, Swedish ``Pedersöres``,
English ``Kokkola's``. A listed word followed by a case ending (optionally after a
colon, ``Skutnäs:ssa``) is accepted, as is a listed word that begins a compound whose
rest the dictionary knows (``Kokkola-lähettiläs``, Swedish ``Jakobstadsborna``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from composer.profiles import Profile
from composer.resources import load_toml


def endings(language: str) -> frozenset[str]:
    """Endings a listed name may take in ``language`` (``resources/wordlists``)."""
    return _endings(language)


@lru_cache(maxsize=8)
def _endings(language: str) -> frozenset[str]:
    table = load_toml("wordlists", "spelling.toml").get("endings", {})
    cases = table.get(language, [])
    suffixes = table.get(f"{language}-suffixes", [])
    return frozenset(c + s for c, s in product(("", *cases), ("", *suffixes)) if c + s)


def units(language: str) -> frozenset[str]:
    """Units and their abbreviations written after a number in ``language`` ("min",
    "vrk", "tim", "hrs"), lower-cased: ``[units]`` of ``resources/wordlists/spelling.toml``."""
    return _units(language)


@lru_cache(maxsize=8)
def _units(language: str) -> frozenset[str]:
    table = load_toml("wordlists", "spelling.toml").get("units", {})
    return frozenset(u.lower() for u in (*table.get("all", []), *table.get(language, [])))


def legal_forms() -> frozenset[str]:
    """The legal forms written after an association's or a company's name ("rf", "ry",
    "Oy", "Ab", "Ltd"), the same in every language, lower-cased: ``[legal-forms]`` of
    ``resources/wordlists/spelling.toml``."""
    return _legal_forms()


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    table = load_toml("wordlists", "spelling.toml").get("legal-forms", {})
    return frozenset(f.lower() for f in table.get("all", []))


def hyphen_prefixes(language: str) -> frozenset[str]:
    """Prefixes ``language`` may join to a word with a hyphen ("un-", "mis-", "co-"),
    lower-cased: ``[hyphen-prefixes]`` of ``resources/wordlists/spelling.toml``."""
    return _hyphen_prefixes(language)


@lru_cache(maxsize=8)
def _hyphen_prefixes(language: str) -> frozenset[str]:
    table = load_toml("wordlists", "spelling.toml").get("hyphen-prefixes", {})
    return frozenset(p.lower() for p in table.get(language, []))


#: Linking letters between a name and the rest of a compound.
_LINKS = {"fi": ("", "-"), "sv": ("", "s", "-"), "en": ("-",)}
MIN_NAME = 3


@dataclass(frozen=True)
class AcceptedWords:
    """The listed words for one organisation and language, ready for matching."""

    language: str
    exact: frozenset[str]
    names: tuple[str, ...]

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.exact

    def inflected(self, word: str, known: Callable[[str], bool]) -> bool:
        """``word`` is a listed name with an ending, or begins a compound with one."""
        lower = word.lower()
        accepted_endings = endings(self.language)
        for name in self.names:
            if not lower.startswith(name) or lower == name:
                continue
            rest = lower[len(name):]
            if rest.startswith(":"):
                rest = rest[1:]
            if rest in accepted_endings:
                return True
            if self.language == "fi" and rest == name[-1] + "n":  # Kokkolaan, Naantaliin
                return True
            for link in _LINKS.get(self.language, ()):
                tail = rest[len(link):] if rest.startswith(link) else None
                if tail and len(tail) >= MIN_NAME and known(tail):
                    return True
        return False


def _split(entries: Iterable[str]) -> set[str]:
    """Lower-cased words of the entries (multi-word names give each word)."""
    found: set[str] = set()
    for entry in entries:
        for part in entry.replace("–", " ").split():
            part = part.strip(".,;:!?()\"'”“").lower()
            if part and part != "-":
                found.add(part)
    return found


def shared_words(language: str) -> list[str]:
    data = load_toml("wordlists", "spelling.toml")
    return [*data.get("all", []), *data.get(language, [])]


def profile_words(profile: Profile | None, language: str) -> list[str]:
    if profile is None:
        return []
    names = [*profile.names.values()]
    names += [a.name for a in profile.accounts.values()]
    return [*profile.word_list("spelling", language), *names]


@lru_cache(maxsize=64)
def _build(language: str, listed: tuple[str, ...], user: frozenset[str]) -> AcceptedWords:
    exact = _split(listed) | {w.lower() for w in user}
    names = tuple(sorted((w for w in exact if len(w) >= MIN_NAME), key=len, reverse=True))
    return AcceptedWords(language, frozenset(exact), names)


def accepted_words(
    profile: Profile | None, language: str, user: frozenset[str] = frozenset()
) -> AcceptedWords:
    """The words accepted for ``profile`` in ``language`` besides the dictionary's."""
    listed = tuple(shared_words(language) + profile_words(profile, language))
    return _build(language, listed, user)
