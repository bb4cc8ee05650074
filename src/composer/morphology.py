"""Base forms of inflected words, for word-list rules (tone, confidential ...).

Finnish uses Voikko's morphological analysis, Swedish and English Hunspell's stemming.
Engines are created lazily, one per thread (a Voikko handle must not be shared across
threads). A missing engine raises :class:`MorphologyUnavailable` with what to install;
callers fall back to matching the surface form.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

HUNSPELL_DIRS = (Path("/usr/share/hunspell"), Path("/usr/share/myspell/dicts"))
HUNSPELL_DICTS = {"sv": ("sv_FI", "sv_SE"), "en": ("en_GB", "en_US")}

_local = threading.local()


class MorphologyUnavailable(RuntimeError):
    """The engine or dictionary for a language is not installed."""


def hunspell_dictionary(language: str) -> tuple[str, Path] | None:
    """The first installed Hunspell dictionary for ``language``: (name, folder)."""
    for name in HUNSPELL_DICTS.get(language, ()):
        for folder in HUNSPELL_DIRS:
            if (folder / f"{name}.dic").exists() and (folder / f"{name}.aff").exists():
                return name, folder
    return None


def voikko() -> Any:
    """This thread's Voikko instance for Finnish."""
    handle = getattr(_local, "voikko", None)
    if handle is None:
        try:
            import libvoikko

            handle = libvoikko.Voikko("fi")
        except (ImportError, OSError) as exc:
            raise MorphologyUnavailable(
                "Finnish analysis needs Voikko: install libvoikko1 and voikko-fi "
                f"(Debian) and the libvoikko Python package ({exc})"
            ) from exc
        _local.voikko = handle
    return handle


def hunspell(language: str) -> Any:
    """This thread's Hunspell instance for ``language`` (sv or en)."""
    cache = getattr(_local, "hunspell", None)
    if cache is None:
        cache = _local.hunspell = {}
    handle = cache.get(language)
    if handle is None:
        found = hunspell_dictionary(language)
        if found is None:
            wanted = " or ".join(HUNSPELL_DICTS.get(language, (language,)))
            raise MorphologyUnavailable(f"no Hunspell dictionary {wanted} is installed")
        try:
            import hunspell as hunspell_module

            handle = hunspell_module.Hunspell(found[0], hunspell_data_dir=str(found[1]))
        except ImportError as exc:
            raise MorphologyUnavailable(f"the chunspell Python package is missing ({exc})") from exc
        cache[language] = handle
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
