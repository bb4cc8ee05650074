"""The spell engines behind one small interface, one engine per language and thread.

* Finnish: Voikko (libvoikko with the voikko-fi morphology). Finnish inflects and
  compounds too freely for word lists; Voikko analyses each word.
* Swedish: Hunspell with the Finland-Swedish ``sv_FI`` dictionary (``sv_SE`` if absent).
* English: Hunspell ``en_GB`` (``en_US`` if absent) decides what is misspelt, and
  pyspellchecker ranks the quick suggestions (with the words its list has seen more than
  rarely: :mod:`composer.spelling.frequencies`). Measured on the labelled English set in
  ``tests/spelling/data`` (``benchmarks/spelling_eval.py``): pyspellchecker alone raised
  false alarms on 10 of 152 correct words, all British spellings Finnish public bodies
  use (centre, colour, organisation, programme ...), Hunspell en_GB on 1 (wellbeing,
  now in the shared word list); both caught 70 of 71 misspellings ("calender" is a
  word). For suggestions pyspellchecker's one-edit candidates, filtered through Hunspell
  and ordered by word frequency, put the intended word first for 59 of the 70 flagged
  misspellings in about a millisecond; Hunspell's own first suggestion was right for
  57 of 71 and takes 150–600 ms, so it is only added for the right-click menu, through
  Hunspell's C API so that the search does not hold Python's global lock
  (:mod:`composer.spelling.hunspell_c`).

Each handle comes from :mod:`composer.morphology`, which keeps one per thread (a Voikko
handle must not be shared across threads), so engines are thread-safe as long as each
thread asks :func:`engine` for its own. pyspellchecker's frequency list is read-only
and shared by all threads.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from composer import morphology
from composer.spelling.candidates import simple_edits
from composer.spelling.hunspell_c import HunspellLibraryMissing, suggester

#: What to install per language, as shown by ``composer doctor`` and findings.
INSTALL = {
    "fi": "Debian: libvoikko1 voikko-fi; pip: libvoikko",
    "sv": "Debian: hunspell-sv; pip: chunspell",
    "en": "Debian: hunspell-en-gb; pip: chunspell pyspellchecker",
}


#: Hunspell's suggestion search takes 0.1–1 s. In a process that shares its interpreter
#: with a user interface it runs through a second, C-API handle that releases Python's
#: lock (+12–16 MB a language); the separate checking process, which answers one request
#: at a time, turns this off and uses the handle it checks with.
SUGGEST_WITHOUT_LOCK = True


class SpellingUnavailable(morphology.MorphologyUnavailable):
    """A language's spell engine or dictionary is not installed."""

    def __init__(self, language: str, detail: str) -> None:
        self.language = language
        self.install = INSTALL.get(language, "")
        self.detail = detail
        super().__init__(f"{language}: {detail}")


class SpellEngine(Protocol):
    """A spell checker for one language."""

    language: str
    #: Engine name ("Voikko", "Hunspell") and the dictionary it uses.
    name: str
    dictionary: str
    #: Identifies engine and dictionary: verdicts cached under it hold for every thread.
    id: str

    def check(self, word: str) -> bool:
        """Whether the dictionary knows ``word`` (any inflected form)."""
        ...

    def suggest(self, word: str) -> list[str]:
        """All the engine's corrections, best first (may take a few hundred ms)."""
        ...

    def quick_suggest(self, word: str) -> list[str]:
        """Corrections cheap enough to compute while checking, best first."""
        ...


class VoikkoEngine:
    name = "Voikko"

    def __init__(self, handle: Any) -> None:
        self.language = "fi"
        self._handle = handle
        self.dictionary = morphology.VOIKKO_LANGUAGE
        self.id = f"voikko:{morphology.VOIKKO_LANGUAGE}:{morphology.VOIKKO_PATH}"

    def check(self, word: str) -> bool:
        return bool(self._handle.spell(word))

    def suggest(self, word: str) -> list[str]:
        return list(self._handle.suggest(word))

    def quick_suggest(self, word: str) -> list[str]:
        # Voikko suggests in about 2 ms a word: cheap enough to do while checking.
        return self.suggest(word)


class HunspellEngine:
    name = "Hunspell"

    def __init__(self, language: str, handle: Any, dictionary: str, folder: str) -> None:
        self.language = language
        self._handle = handle
        self.dictionary = dictionary
        #: The folder of the dictionary's .aff and .dic files.
        self.folder = folder
        self.id = f"hunspell:{folder}/{dictionary}"

    def check(self, word: str) -> bool:
        return bool(self._handle.spell(word))

    def suggest(self, word: str) -> list[str]:
        if not SUGGEST_WITHOUT_LOCK:
            return list(self._handle.suggest(word))
        # Through the C API, so the search does not hold Python's lock (hunspell_c).
        try:
            return suggester(self.dictionary, self.folder).suggest(word)
        except HunspellLibraryMissing:
            return list(self._handle.suggest(word))

    def quick_suggest(self, word: str) -> list[str]:
        # Hunspell's own suggestions are too slow here; try the edits people make most.
        return [c for c in simple_edits(word) if self.check(c)]


class EnglishEngine(HunspellEngine):
    """Hunspell checks; pyspellchecker's frequencies rank the quick suggestions."""

    def quick_suggest(self, word: str) -> list[str]:
        frequencies = pyspellchecker()
        if frequencies is None:
            return super().quick_suggest(word)
        lower = word.lower()
        candidates = [
            c for c in frequencies.edit_distance_1(lower)
            if c in frequencies and c != lower and self.check(c)
        ]
        if not candidates:  # only rarer words are near: the common typing edits
            return super().quick_suggest(word)
        candidates.sort(key=lambda c: (-frequencies.word_usage_frequency(c), c))
        return [same_case(word, c) for c in candidates]

    def suggest(self, word: str) -> list[str]:
        quick = self.quick_suggest(word)
        seen = {c.lower() for c in quick}
        return quick + [c for c in super().suggest(word) if c.lower() not in seen]


def same_case(model: str, word: str) -> str:
    """``word`` in ``model``'s case: all capitals, or a capital first letter ("Mä" gives
    "Minä"); else as it is ("OK" stays "OK")."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_pyspell_lock = threading.Lock()
_pyspell: list[Any] = []


def pyspellchecker() -> Any | None:
    """The shared pyspellchecker with the English words that rank suggestions
    (:mod:`composer.spelling.frequencies`), or None if not installed."""
    if not _pyspell:
        with _pyspell_lock:
            if not _pyspell:
                try:
                    from spellchecker import SpellChecker

                    from composer.spelling.frequencies import ranked_words

                    checker = SpellChecker(language=None, distance=1)
                    checker.word_frequency.load_json(ranked_words("en"))
                    _pyspell.append(checker)
                except (ImportError, OSError, ValueError):
                    _pyspell.append(None)
    return _pyspell[0]


_local = threading.local()


def engine(language: str, dictionary: str | None = None) -> SpellEngine:
    """This thread's engine for ``language``; raises :class:`SpellingUnavailable`.
    ``dictionary`` names the Hunspell dictionary to prefer (``en_US``), if installed."""
    cache = getattr(_local, "engines", None)
    if cache is None:
        cache = _local.engines = {}
    try:
        if language == "fi":
            handle = morphology.voikko()
        elif language in morphology.HUNSPELL_DICTS:
            handle = morphology.hunspell(language, dictionary)
        else:
            raise SpellingUnavailable(language, "no spell engine for this language")
    except SpellingUnavailable:
        raise
    except morphology.MorphologyUnavailable as exc:
        raise SpellingUnavailable(language, str(exc)) from exc
    found = cache.get(id(handle))
    if found is None or found[0] is not handle:
        if language == "fi":
            made: SpellEngine = VoikkoEngine(handle)
        else:
            name, folder = morphology.hunspell_dictionary(language, dictionary) or ("?", "?")
            kind = EnglishEngine if language == "en" else HunspellEngine
            made = kind(language, handle, name, str(folder))
        found = cache[id(handle)] = (handle, made)
    return found[1]
