"""Timing helpers: repeated runs after warm-up, medians and percentiles."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    unit: str
    samples: list[float]
    target: str = ""
    passed: bool | None = None
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    @property
    def max(self) -> float:
        return max(self.samples)

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name, "unit": self.unit, "runs": len(self.samples),
            "median": round(self.median, 3), "p95": round(self.p95, 3),
            "max": round(self.max, 3), "target": self.target, "passed": self.passed,
            "note": self.note, **{k: round(v, 3) for k, v in self.extra.items()},
        }


def time_ms(func: Callable[[int], object], runs: int, warmup: int = 3) -> list[float]:
    """Milliseconds per call of ``func(i)``, after ``warmup`` untimed calls."""
    for i in range(warmup):
        func(-1 - i)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        func(i)
        samples.append((time.perf_counter() - start) * 1000)
    return samples
