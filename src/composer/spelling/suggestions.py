"""Corrections for a flagged word, best first.

Lost diacritics put back come first (``kayttaa`` → ``käyttää``), then the engine's
suggestions. :func:`quick_suggestions` is what findings carry: Voikko for Finnish
(median 2.4 ms), pyspellchecker's ranked one-edit candidates for English and the common
typing edits for Swedish (about 1–2 ms), and for a lower-case Swedish word without
those, every word one letter away (the search the typo check makes for it anyway: some
20–150 ms once a word). :func:`suggest` is for the right-click menu
and adds Hunspell's own suggestions for Swedish and English: median about 300 ms a word,
up to a second for long compounds (``benchmarks/spelling_eval.py``), without holding
Python's global lock, so call it off the UI thread. Both are cached per word.
"""

from __future__ import annotations

from composer.spelling.candidates import restorations
from composer.spelling.engines import SpellEngine, engine
from composer.spelling.lru import LRU
from composer.spelling.typos import one_edit_words

QUICK_LIMIT = 3
MENU_LIMIT = 6
_quick: LRU[tuple[str, ...]] = LRU(4096)
_full: LRU[tuple[str, ...]] = LRU(1024)


def _merge(word: str, *groups: list[str], limit: int) -> list[str]:
    result: list[str] = []
    seen = {word}
    for group in groups:
        for candidate in group:
            if candidate not in seen and candidate.strip():
                seen.add(candidate)
                result.append(candidate)
                if len(result) >= limit:
                    return result
    return result


def _restored(word: str, spell: SpellEngine) -> list[str]:
    return [c for c in restorations(word, spell.language) if spell.check(c)]


def quick_suggestions(word: str, language: str, limit: int = QUICK_LIMIT) -> list[str]:
    """Cheap corrections for ``word`` (used in findings)."""
    spell = engine(language)
    key = (spell.id, word, limit)
    cached = _quick.get(key)
    if cached is None:
        found = [_restored(word, spell), spell.quick_suggest(word)]
        if language == "sv" and word.islower() and sum(map(len, found)) < limit:
            # Hunspell's own search is too slow here; a letter added, changed, dropped
            # or swapped ("bibloteket" ~ "biblioteket"), as the typo check finds them
            found.append(list(one_edit_words(word, spell)))
        cached = tuple(_merge(word, *found, limit=limit))
        _quick.put(key, cached)
    return list(cached)


def suggest(word: str, language: str, limit: int = MENU_LIMIT) -> list[str]:
    """All good corrections for ``word`` in ``language``, best first (for menus)."""
    spell = engine(language)
    key = (spell.id, word, limit)
    cached = _full.get(key)
    if cached is None:
        quick = quick_suggestions(word, language, limit)
        cached = tuple(_merge(word, quick, spell.suggest(word), limit=limit))
        _full.put(key, cached)
    return list(cached)


def clear_caches() -> None:
    _quick.clear()
    _full.clear()
