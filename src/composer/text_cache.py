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
from typing import Any, Generic, ParamSpec, Protocol, TypeVar, cast

#: Texts up to this long are cached by number alone (as ``lru_cache`` does).
SHORT_TEXT = 1_000
#: Characters of longer texts whose results one cache keeps: the three versions of a
#: maximal post (3 × 63,206), so typing into one of them re-reads only that one.
CHARACTER_BUDGET = 200_000

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
_MISSING = object()


class TextCache(Protocol[P, T_co]):
    """What :func:`text_cache` makes of a function."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T_co: ...

    def cache_clear(self) -> None: ...

    def cache_info(self) -> Any: ...

    def cached_characters(self) -> int: ...


class _LongTexts(Generic[T]):
    """Results for texts longer than :data:`SHORT_TEXT`, within the character budget."""

    def __init__(self, function: Callable[..., T], maxsize: int) -> None:
        self._function = function
        self._results: OrderedDict[Hashable, tuple[int, T]] = OrderedDict()
        self.characters = 0
        self._maxsize = maxsize
        self._lock = threading.Lock()

    def get(self, text: str, *args: Any, **kwargs: Any) -> T:
        key = (text, args, tuple(sorted(kwargs.items()))) if kwargs else (text, *args)
        with self._lock:
            found = self._results.get(key, _MISSING)
            if found is not _MISSING:
                self._results.move_to_end(key)
                return cast(tuple[int, T], found)[1]
        value = self._function(text, *args, **kwargs)
        with self._lock:
            if key not in self._results:
                self._results[key] = (len(text), value)
                self.characters += len(text)
            while len(self._results) > 1 and (
                self.characters > CHARACTER_BUDGET or len(self._results) > self._maxsize
            ):
                _key, (size, _value) = self._results.popitem(last=False)
                self.characters -= size
        return value

    def clear(self) -> None:
        with self._lock:
            self._results.clear()
            self.characters = 0


def text_cache(maxsize: int) -> Callable[[Callable[P, T]], TextCache[P, T]]:
    """Cache a function whose first argument is a text (see the module docstring)."""

    def decorate(function: Callable[P, T]) -> TextCache[P, T]:
        short: Any = lru_cache(maxsize=maxsize)(function)
        long = _LongTexts(function, maxsize)

        def cached(text: str, *args: Any, **kwargs: Any) -> T:
            if len(text) <= SHORT_TEXT:
                return cast(T, short(text, *args, **kwargs))
            return long.get(text, *args, **kwargs)

        def cache_clear() -> None:
            short.cache_clear()
            long.clear()

        update_wrapper(cached, function)
        cached.cache_clear = cache_clear  # type: ignore[attr-defined]
        cached.cache_info = short.cache_info  # type: ignore[attr-defined]
        cached.cached_characters = lambda: long.characters  # type: ignore[attr-defined]
        return cast(TextCache[P, T], cached)

    return decorate
