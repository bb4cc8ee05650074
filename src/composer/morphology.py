"""Base forms of inflected words, for word-list rules (tone, confidential ...), and the
spell engines' handles that the spelling checker shares.

Finnish uses Voikko's morphological analysis, Swedish and English Hunspell's stemming.
Engines are created lazily, one per thread (a Voikko handle must not be shared across
threads). A missing engine raises :class:`MorphologyUnavailable` with what to install;
callers fall back to matching the surface form.

Where the engines look is kept in module variables (:data:`HUNSPELL_DIRS`,
:data:`VOIKKO_LANGUAGE`, :data:`VOIKKO_PATH`); a handle is cached per thread *and* per
dictionary found there, so a dictionary installed or removed while running is noticed.
"""

from __future__ import annotations

import sys
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

HUNSPELL_DIRS: tuple[Path, ...] = (
    Path("/usr/share/hunspell"),
    Path("/usr/share/myspell/dicts"),
    Path("/usr/share/myspell"),
)
HUNSPELL_DICTS = {"sv": ("sv_FI", "sv_SE"), "en": ("en_GB", "en_US")}
#: Dictionaries of languages a post quotes phrases in ("La Comédie humaine"), read only
#: to tell such a phrase from misspellings (:mod:`composer.spelling.foreign_phrases`).
FOREIGN_DICTS = {"fr": ("fr_FR", "fr"), "es": ("es_ES",), "it": ("it_IT",),
                 "de": ("de_DE",)}
#: Debian packages that provide the Hunspell dictionaries, per language.
HUNSPELL_PACKAGES = {"sv": "hunspell-sv", "en": "hunspell-en-gb", "fr": "hunspell-fr",
                     "es": "hunspell-es", "it": "hunspell-it", "de": "hunspell-de-de"}
#: The Voikko dictionary asked for (a BCP 47 tag) and an extra folder searched first.
VOIKKO_LANGUAGE = "fi"
#: Voikko's word classes of proper names, and of a person's names among them.
PROPER_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
PERSON_NAME_CLASSES = frozenset({"etunimi", "sukunimi"})
VOIKKO_PATH: str | None = None
VOIKKO_INSTALL = "Voikko: Debian packages libvoikko1 and voikko-fi, pip package libvoikko"
#: In a frozen (PyInstaller) bundle, its data folder: the bundled Hunspell dictionaries
#: (``hunspell/``), the Finnish morphology (``voikko/``) and libvoikko's shared library
#: are looked for there first. None when running from source.
BUNDLE_DIR: Path | None = (
    Path(sys._MEIPASS) if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS") else None
)
if BUNDLE_DIR is not None:
    HUNSPELL_DIRS = (BUNDLE_DIR / "hunspell", *HUNSPELL_DIRS)
    if (BUNDLE_DIR / "voikko").is_dir():
        VOIKKO_PATH = str(BUNDLE_DIR / "voikko")

_local = threading.local()


class MorphologyUnavailable(RuntimeError):
    """The engine or dictionary for a language is not installed."""


def hunspell_dictionary(language: str, preferred: str | None = None) -> tuple[str, Path] | None:
    """The first installed Hunspell dictionary for ``language``: (name, folder); with
    ``preferred`` (``en_US``), that one if it is installed."""
    names: tuple[str, ...] = HUNSPELL_DICTS.get(language) or FOREIGN_DICTS.get(language, ())
    if preferred is not None and preferred in names:
        names = (preferred, *(n for n in names if n != preferred))
    for name in names:
        for folder in HUNSPELL_DIRS:
            if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
                return name, folder
    return None


def hunspell_install_hint(language: str) -> str:
    """What to install for ``language``'s Hunspell dictionary."""
    wanted = " or ".join(HUNSPELL_DICTS.get(language) or FOREIGN_DICTS.get(language, (language,)))
    package = HUNSPELL_PACKAGES.get(language, f"hunspell-{language}")
    return f"Hunspell dictionary {wanted}: Debian package {package}, pip package chunspell"


def voikko() -> Any:
    """This thread's Voikko instance for Finnish."""
    cache = getattr(_local, "voikko", None)
    if cache is None:
        cache = _local.voikko = {}
    key = (VOIKKO_LANGUAGE, VOIKKO_PATH)
    handle = cache.get(key)
    if handle is None:
        try:
            import libvoikko
        except ImportError as exc:
            raise MorphologyUnavailable(f"Finnish needs {VOIKKO_INSTALL} ({exc})") from exc
        if BUNDLE_DIR is not None:
            libvoikko.Voikko.setLibrarySearchPath(str(BUNDLE_DIR))
        try:
            handle = libvoikko.Voikko(VOIKKO_LANGUAGE, path=VOIKKO_PATH)
        except (OSError, libvoikko.VoikkoException) as exc:
            raise MorphologyUnavailable(f"Finnish needs {VOIKKO_INSTALL} ({exc})") from exc
        cache[key] = handle
    return handle


def hunspell(language: str, preferred: str | None = None) -> Any:
    """This thread's Hunspell instance for ``language`` (sv or en); ``preferred`` names
    the dictionary to use if installed (``en_US``)."""
    found = hunspell_dictionary(language, preferred)
    if found is None:
        raise MorphologyUnavailable(f"not installed: {hunspell_install_hint(language)}")
    cache = getattr(_local, "hunspell", None)
    if cache is None:
        cache = _local.hunspell = {}
    key = (language, *found)
    handle = cache.get(key)
    if handle is None:
        try:
            import hunspell as hunspell_module

            handle = hunspell_module.Hunspell(found[0], hunspell_data_dir=str(found[1]))
        except ImportError as exc:
            raise MorphologyUnavailable(f"the chunspell Python package is missing ({exc})") from exc
        cache[key] = handle
    return handle


@lru_cache(maxsize=16384)
def _base_forms_cached(word: str, language: str, thread: int) -> frozenset[str]:
    lower = word.lower()
    forms = {lower}
    if language == "fi":
        for analysis in voikko().analyze(word):
            base = analysis.get("BASEFORM")
            if base:
                forms.add(base.lower())
    elif language in HUNSPELL_DICTS:
        forms.update(stem.lower() for stem in hunspell(language).stem(word))
    return frozenset(forms)


def base_forms(word: str, language: str) -> frozenset[str]:
    """The word itself (lower-cased) and its dictionary base forms."""
    return _base_forms_cached(word, language, threading.get_ident())
