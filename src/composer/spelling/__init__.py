"""Spelling in Finnish, Swedish and English.

One interface for the three languages (:class:`SpellEngine`): Voikko for Finnish,
Hunspell ``sv_FI`` for Swedish, Hunspell ``en_GB`` with pyspellchecker-ranked
suggestions for English (the choice and its figures: :mod:`composer.spelling.engines`).
Engines load lazily, one per thread, on first use; call :func:`preload` from a worker
thread to load them before the first check.

The organisation's own names and places, a shared list of municipal terms and the
user's own dictionary are never flagged. The app's "Add to my dictionary" calls
:func:`add_to_user_dictionary`; its right-click menu :func:`suggest`.
"""

from __future__ import annotations

from composer.model import LANGUAGES
from composer.spelling.checker import WordChecker, is_correct, misspellings
from composer.spelling.engines import SpellingUnavailable, engine, pyspellchecker
from composer.spelling.status import language_status, spelling_status
from composer.spelling.suggestions import quick_suggestions, suggest
from composer.spelling.userdict import (
    add_to_user_dictionary,
    dictionary_path,
    remove_from_user_dictionary,
    user_words,
)


def preload(languages: tuple[str, ...] = LANGUAGES) -> dict[str, str]:
    """Load the engines for ``languages`` in this thread; returns the problems found."""
    problems: dict[str, str] = {}
    for language in languages:
        try:
            engine(language)
            if language == "en":
                pyspellchecker()
        except SpellingUnavailable as exc:
            problems[language] = exc.detail
    return problems


def clear_caches() -> None:
    """Forget cached verdicts and suggestions (after a dictionary was installed)."""
    from composer.spelling import (
        checker,
        colloquial,
        foreign_phrases,
        name_signs,
        suggestions,
        typos,
    )

    checker.clear_caches()
    foreign_phrases.clear_caches()
    colloquial.clear_caches()
    suggestions.clear_caches()
    typos.clear_caches()
    name_signs.clear_caches()


__all__ = [
    "SpellingUnavailable",
    "WordChecker",
    "add_to_user_dictionary",
    "clear_caches",
    "dictionary_path",
    "engine",
    "is_correct",
    "language_status",
    "misspellings",
    "preload",
    "quick_suggestions",
    "remove_from_user_dictionary",
    "spelling_status",
    "suggest",
    "user_words",
]
