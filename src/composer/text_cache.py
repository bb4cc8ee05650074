"""Caches of what is read from a text (its words, entities, details ...), bounded by the
size of the texts they hold as well as by their number.

A plain ``lru_cache(maxsize=256)`` keyed by a version's text holds 256 results whatever
their size: typing into a 60,000-character version adds a few megabytes of words, spans
and details to each such cache at every check, and the checking process grew by about
9 MB a keystroke until it held gigabytes. :func:`text_cache` keeps up to ``maxsize``
results, and drops the least recently used ones once the texts they were read from add
up to more than :data:`CHARACTER_BUDGET` characters: short posts are cached as before,
while of the longest versions only the latest few are kept (enough for the versions of
a post that did not change since the last check).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from functools import lru_cache, update_wrapper
from typing import Any, Generic, ParamSpec, TypeVar, cast

#: Texts up to this long are cached by number alone (as ``lru_cache`` does).
SHORT_TEXT = 1_000
#: Characters of longer texts whose results one cache keeps: the three versions of a
#: maximal post (3 × 63,206), so typing into one of them re-reads only that one.
CHARACTER_BUDGET = 200_000

P = ParamSpec("P")
T = TypeVar("T")
_MISSING = object()


class _TextCache(Generic[P, T]):
    """``function`` cached per arguments; its first argument is the text."""

    def __init__(self, function: Callable[P, T], maxsize: int) -> None:
        self._function = function
        self._short: Callable[..., T] = lru_cache(maxsize=maxsize)(function)
        self._long: OrderedDict[Hashable, tuple[int, T]] = OrderedDict()
        self._characters = 0
        self._maxsize = maxsize
        self._lock = threading.Lock()
        update_wrapper(self, function)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        text = args[0]
        if not isinstance(text, str) or len(text) <= SHORT_TEXT:
            return self._short(*args, **kwargs)
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        with self._lock:
            found = self._long.get(key, _MISSING)
            if found is not _MISSING:
                self._long.move_to_end(key)
                return cast(tuple[int, T], found)[1]
        value = self._function(*args, **kwargs)
        with self._lock:
            if key not in self._long:
                self._long[key] = (len(text), value)
                self._characters += len(text)
            while len(self._long) > 1 and (
                self._characters > CHARACTER_BUDGET or len(self._long) > self._maxsize
            ):
                _key, (size, _value) = self._long.popitem(last=False)
                self._characters -= size
        return value

    def cache_clear(self) -> None:
        self._short.cache_clear()  # type: ignore[attr-defined]
        with self._lock:
            self._long.clear()
            self._characters = 0

    def cache_info(self) -> Any:
        """The short texts' ``lru_cache`` statistics."""
        return self._short.cache_info()  # type: ignore[attr-defined]

    def cached_characters(self) -> int:
        """Characters of the long texts whose results are held now."""
        return self._characters


def text_cache(maxsize: int) -> Callable[[Callable[P, T]], _TextCache[P, T]]:
    """Cache a function whose first argument is a text (see the module docstring)."""

    def decorate(function: Callable[P, T]) -> _TextCache[P, T]:
        return _TextCache(function, maxsize)

    return decorate
