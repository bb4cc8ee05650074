"""A small thread-safe least-recently-used cache for word verdicts and suggestions."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")
_MISSING = object()


class LRU(Generic[V]):
    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        # Lock-free: each OrderedDict operation is atomic; a key evicted by another
        # thread between the two steps is simply a miss.
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            return None
        try:
            self._data.move_to_end(key)
        except KeyError:
            return None
        return value  # type: ignore[return-value]

    def put(self, key: Hashable, value: V) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
