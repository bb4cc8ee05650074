"""Hunspell's suggestion search through its C API, without holding Python's lock.

The chunspell binding keeps Python's global interpreter lock while Hunspell searches for
suggestions (150–600 ms a word with sv_FI or en_GB), which would freeze the app's
window even when a worker thread asks. ctypes releases the lock during foreign calls,
so suggestions go through Hunspell's C functions directly, in the libhunspell that
chunspell ships (or the system's). Handles are per thread, like every engine here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from functools import cache
from pathlib import Path
from typing import Any

_local = threading.local()


class HunspellLibraryMissing(RuntimeError):
    """No loadable libhunspell was found."""


@cache
def _library() -> Any:
    candidates: list[str] = []
    try:
        import hunspell as chunspell

        folder = Path(chunspell.__file__).parent
        candidates += [str(p) for p in sorted(folder.glob("libhunspell*.so*"))]
        candidates += [str(p) for p in sorted(folder.glob("*hunspell*.dylib"))]
    except ImportError:
        pass
    if found := ctypes.util.find_library("hunspell-1.7") or ctypes.util.find_library("hunspell"):
        candidates.append(found)
    for candidate in candidates:
        try:
            lib = ctypes.CDLL(candidate)
            break
        except OSError:
            continue
    else:
        raise HunspellLibraryMissing("no libhunspell found (pip package chunspell ships one)")
    lib.Hunspell_create.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
    lib.Hunspell_create.restype = ctypes.c_void_p
    lib.Hunspell_destroy.argtypes = [ctypes.c_void_p]
    lib.Hunspell_get_dic_encoding.argtypes = [ctypes.c_void_p]
    lib.Hunspell_get_dic_encoding.restype = ctypes.c_char_p
    lib.Hunspell_suggest.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_char_p
    ]
    lib.Hunspell_suggest.restype = ctypes.c_int
    lib.Hunspell_free_list.argtypes = [
        ctypes.c_void_p, ctypes.POINTER(ctypes.POINTER(ctypes.c_char_p)), ctypes.c_int
    ]
    return lib


class CHunspell:
    """One Hunspell dictionary opened through the C API (use from one thread)."""

    def __init__(self, aff: Path, dic: Path) -> None:
        self._lib = _library()
        self._handle = self._lib.Hunspell_create(str(aff).encode(), str(dic).encode())
        if not self._handle:
            raise HunspellLibraryMissing(f"Hunspell could not open {dic}")
        raw = self._lib.Hunspell_get_dic_encoding(self._handle) or b"UTF-8"
        self._encoding = raw.decode("ascii", "replace")

    def suggest(self, word: str) -> list[str]:
        try:
            encoded = word.encode(self._encoding)
        except (UnicodeEncodeError, LookupError):
            return []
        found = ctypes.POINTER(ctypes.c_char_p)()
        count = self._lib.Hunspell_suggest(self._handle, ctypes.byref(found), encoded)
        try:
            return [found[i].decode(self._encoding, "replace") for i in range(count)]
        finally:
            if count > 0:
                self._lib.Hunspell_free_list(self._handle, ctypes.byref(found), count)

    def __del__(self) -> None:
        handle = getattr(self, "_handle", None)
        if handle:
            self._lib.Hunspell_destroy(handle)
            self._handle = None


def suggester(name: str, folder: str) -> CHunspell:
    """This thread's C-API Hunspell for dictionary ``name`` in ``folder``."""
    cache_ = getattr(_local, "handles", None)
    if cache_ is None:
        cache_ = _local.handles = {}
    key = (name, folder)
    handle = cache_.get(key)
    if handle is None:
        base = Path(folder) / name
        handle = cache_[key] = CHunspell(base.with_suffix(".aff"), base.with_suffix(".dic"))
    return handle
