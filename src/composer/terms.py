"""Term banks: an organisation's official names in Finnish, Swedish and English, and
finding them in a version's text.

A bank is TOML, a list of ``[[term]]`` tables::

    [[term]]
    fi = "Kokkolan kaupunginkirjasto"
    sv = "Karleby stadsbibliotek"
    en = "Kokkola City Library"
    old = ["Kokkolan pääkirjasto"]      # names to avoid, in any language (optional)

    [[term]]
    same = "Kokkola Karleby"            # a name never translated (an account's name)

Built-in banks are ``resources/terms/<organisation>.toml``. A user adds terms in
``<config folder>/terms/*.toml``; a file with ``organisation = "<id>"`` at its top applies
to that organisation only, one without to all. A broken user file is left out and
reported by :func:`bank_errors`.

:func:`occurrences` finds every name of a bank in a text: word by word, case-insensitive;
a Finnish name's last word in any inflection ("Kokkolan kaupunginkirjastossa"), a Swedish
or English name also in the genitive ("Karleby stadsbiblioteks"), and in a Finnish text
another language's name with a Finnish case ending ("Karlebyssä"). Longer names win
where names overlap ("Kokkola Karleby" is one name, not two). An organisation's name made
of a place's name is also found in its other common forms (:func:`common_forms`: "Staden
Jakobstad" also as "Jakobstads stad", "Karleby stad" as "Staden Karleby").
"""

from __future__ import annotations

import functools
import logging
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from composer.entities import words
from composer.model import LANGUAGES
from composer.morphology import MorphologyUnavailable, base_forms
from composer.resources import load_toml, resource_path
from composer.settings import config_dir
from composer.text_cache import text_cache

log = logging.getLogger(__name__)
#: Endings a name may take in a genitive ("Stadshusets", "City Hall's").
_GENITIVES = ("s", "'s", "’s", ":s", ":n")
#: The longest Finnish case ending (with a possessive suffix) after a name's stem.
_FINNISH_ENDING = 7


@dataclass(frozen=True)
class Term:
    """One official name: ``names`` per language (a name never translated has the same
    name in every language), ``old`` names to avoid and whether it is ``fixed``."""

    names: dict[str, str] = field(hash=False)
    #: The names as pairs, for hashing (a dict is not hashable).
    key: tuple[tuple[str, str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", tuple(sorted(self.names.items())))

    def __hash__(self) -> int:
        return hash((self.key, self.old, self.fixed))
    old: tuple[str, ...] = ()
    fixed: bool = False

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(iter(self.names.values()))


class Occurrence(NamedTuple):
    """A name found in a text: which term, in which language's name (``old`` for an old
    name) and where."""

    term: Term
    language: str
    start: int
    end: int


class TermBankError(ValueError):
    """A term bank file that cannot be used."""


def _terms(data: dict, source: str) -> list[Term]:
    terms = []
    for number, entry in enumerate(data.get("term", []), 1):
        if not isinstance(entry, dict):
            raise TermBankError(f"{source}: term {number} must be a table")
        if isinstance(entry.get("same"), str):
            names = {lang: entry["same"] for lang in LANGUAGES}
            fixed = True
        else:
            names = {lang: entry[lang] for lang in LANGUAGES if isinstance(entry.get(lang), str)}
            fixed = False
        old = entry.get("old", [])
        if not names or not isinstance(old, list) or not all(isinstance(o, str) for o in old):
            raise TermBankError(f"{source}: term {number} needs fi/sv/en names or `same`, "
                                "and `old` must be a list of names")
        terms.append(Term(names, tuple(old), fixed))
    return terms


def user_terms_dir() -> Path:
    return config_dir() / "terms"


@functools.cache
def _user_banks(folder: Path) -> tuple[tuple[tuple[str | None, tuple[Term, ...]], ...],
                                       tuple[str, ...]]:
    banks, errors = [], []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            organisation = data.get("organisation")
            banks.append((organisation if isinstance(organisation, str) else None,
                          tuple(_terms(data, str(path)))))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, TermBankError,
                KeyError) as exc:
            errors.append(f"{path}: {exc}")
            log.warning("term bank left out: %s: %s", path, exc)
    return tuple(banks), tuple(errors)


@functools.cache
def _builtin(organisation: str) -> tuple[Term, ...]:
    path = resource_path("terms", f"{organisation}.toml")
    if not path.exists():
        return ()
    with path.open("rb") as handle:
        return tuple(_terms(tomllib.load(handle), str(path)))


def term_bank(organisation: str) -> tuple[Term, ...]:
    """The organisation's built-in terms and the user's terms for it (or for all)."""
    return _bank(organisation, user_terms_dir())


@functools.lru_cache(maxsize=32)
def _bank(organisation: str, folder: Path) -> tuple[Term, ...]:
    user, _ = _user_banks(folder)
    extra = [t for owner, terms in user if owner in (None, organisation) for t in terms]
    return _builtin(organisation) + tuple(extra)


def bank_errors() -> tuple[str, ...]:
    """Why user term bank files were left out (file: reason)."""
    return _user_banks(user_terms_dir())[1]


def reload_banks() -> None:
    _user_banks.cache_clear()
    _builtin.cache_clear()
    _bank.cache_clear()


def _forms(word: str, language: str) -> frozenset[str]:
    lower = word.lower()
    if language != "fi":
        return frozenset({lower})
    try:
        return base_forms(word, "fi")
    except MorphologyUnavailable:
        return frozenset({lower})


def _last_word_matches(word: str, name_word: str, text_language: str,
                       name_language: str) -> bool:
    lower, wanted = word.lower(), name_word.lower()
    if lower == wanted or (lower.startswith(wanted) and lower[len(wanted):] in _GENITIVES):
        return True
    if text_language != "fi":
        return False
    if wanted in _forms(word, "fi"):
        return True
    # A name's stem with a Finnish case ending ("Karlebyssä", "Kokkolassa").
    stem = wanted[:-1] if name_language == "fi" and len(wanted) > 4 else wanted
    return lower.startswith(stem) and len(lower) - len(stem) <= _FINNISH_ENDING


def _first_language(languages: frozenset[str]) -> str:
    """The language a name shared by several is reported in: the first in the order fi,
    sv, en (a place's English name is mostly its Finnish or Swedish one: "Jakobstad" in
    a Finnish version is the Swedish name)."""
    return next((lang for lang in LANGUAGES if lang in languages), min(languages))


_Index = dict[str, list[tuple[list[str], Term, frozenset[str]]]]


@functools.cache
def _organisation_forms() -> tuple[dict[str, tuple[str, ...]], ...]:
    """``[[organisation-forms]]`` of ``resources/wordlists/terms.toml``: groups of forms
    of one kind of organisation's name per language, "{}" for the place's name."""
    groups = load_toml("wordlists", "terms.toml").get("organisation-forms", [])
    return tuple({lang: tuple(forms) for lang, forms in group.items()} for group in groups)


def _place_in(name: str, form: str) -> str | None:
    """The place's name in ``name`` if it has ``form`` ("Staden {}"), case-insensitive."""
    head, _, tail = form.partition("{}")
    lower = name.lower()
    if len(name) <= len(head) + len(tail) or not lower.startswith(head.lower()) \
            or not lower.endswith(tail.lower()):
        return None
    return name[len(head):len(name) - len(tail)]


def common_forms(bank: tuple[Term, ...]) -> dict[Term, dict[str, tuple[str, ...]]]:
    """Other common forms of the bank's names, by term and language: where a term's name
    has a form of an ``[[organisation-forms]]`` group around another term's name in the
    same language ("Staden Jakobstad" around "Jakobstad"), the group's other forms of
    that language ("Jakobstad stad", "Jakobstads stad"), unless another term has them."""
    places = {(lang, name.lower()) for term in bank if not term.fixed
              for lang, name in term.names.items()}
    taken = {name.lower() for term in bank for name in (*term.names.values(), *term.old)}
    extra: dict[Term, dict[str, tuple[str, ...]]] = {}
    for term in bank:
        if term.fixed:
            continue
        for lang, name in term.names.items():
            for group in _organisation_forms():
                forms = group.get(lang, ())
                place = next((p for p in (_place_in(name, f) for f in forms)
                              if p is not None and (lang, p.lower()) in places), None)
                if place is None:
                    continue
                new = tuple(f.replace("{}", place) for f in forms)
                new = tuple(n for n in new if n.lower() not in taken)
                if new:
                    extra.setdefault(term, {})[lang] = extra.get(term, {}).get(lang, ()) + new
    return extra


@functools.lru_cache(maxsize=16)
def _index(bank: tuple[Term, ...]) -> _Index:
    """The bank's names (and old names) by their first word's first four letters."""
    names: _Index = {}
    forms = common_forms(bank)
    for term in bank:
        languages: dict[str, set[str]] = {}
        for lang, name in term.names.items():
            languages.setdefault(name, set()).add(lang)
        for lang, others in forms.get(term, {}).items():
            for name in others:
                languages.setdefault(name, set()).add(lang)
        for name in term.old:
            languages.setdefault(name, set()).add("old")
        for name, langs in languages.items():
            parts = [w for _, _, w in words(name)]
            if parts:
                names.setdefault(parts[0].lower()[:4], []).append((parts, term, frozenset(langs)))
    return names


@text_cache(maxsize=256)
def occurrences(text: str, language: str, bank: tuple[Term, ...]) -> tuple[Occurrence, ...]:
    """Every name of ``bank`` in ``text`` (a version in ``language``), in text order."""
    if not bank:
        return ()
    names = _index(bank)
    tokens = words(text)
    found: list[Occurrence] = []
    taken_until = 0
    for index, (start, _, word) in enumerate(tokens):
        candidates = names.get(word[:4].lower())
        if candidates is None or start < taken_until:
            continue
        best: Occurrence | None = None
        for parts, term, langs in candidates:
            if index + len(parts) > len(tokens):
                continue
            lang = (language if language in langs else "old" if "old" in langs
                    else _first_language(langs))
            span = tokens[index:index + len(parts)]
            head_ok = all(w.lower() == p.lower() for (_, _, w), p in zip(span[:-1], parts[:-1],
                                                                         strict=True))
            if head_ok and _last_word_matches(span[-1][2], parts[-1], language,
                                              "fi" if "fi" in langs else lang):
                end = span[-1][1]
                if best is None or end > best.end:
                    best = Occurrence(term, lang, start, end)
        if best is not None:
            found.append(best)
            taken_until = best.end
    return tuple(found)
