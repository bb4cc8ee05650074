"""``python -m benchmarks [--json FILE] [--only core|ui]``: runs the benchmarks and
prints one table (median, p95, max per measurement) and the same figures as JSON."""

from __future__ import annotations

import argparse
import json
import platform
import sys
from pathlib import Path

from benchmarks import core
from benchmarks.stats import Result


def run(only: str | None) -> list[Result]:
    results: list[Result] = []
    if only in (None, "core"):
        results.append(core.machine_reference())
        results += core.typical_check()
        results.append(core.maximal_check())
        if (r := core.export_all()) is not None:
            results.append(r)
        results.append(core.peak_memory())
        results += core.raw_engines()
        if (r := core.spelling_suggestions()) is not None:
            results.append(r)
        from benchmarks import team

        results += team.run_all()
    if only in (None, "ui"):
        try:
            from benchmarks import ui
        except ImportError as exc:
            print(f"(window benchmarks unavailable: {exc})", file=sys.stderr)
        else:
            results += ui.run_all()
    return results


def table(results: list[Result]) -> str:
    lines = [f"{'measurement':78} {'unit':>4} {'median':>9} {'p95':>9} {'max':>9}  target"]
    for r in results:
        verdict = "" if r.passed is None else ("  ok" if r.passed else "  MISSED")
        lines.append(
            f"{r.name[:78]:78} {r.unit:>4} {r.median:9.2f} {r.p95:9.2f} {r.max:9.2f}"
            f"  {r.target}{verdict}"
        )
        if r.note:
            lines.append(f"{'':6}{r.note}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/latest.json"))
    parser.add_argument("--only", choices=("core", "ui"))
    args = parser.parse_args()
    results = run(args.only)
    print(table(results))
    payload = {
        "machine": {"python": platform.python_version(), "cpu": platform.processor(),
                    "system": platform.platform()},
        "results": [r.to_dict() for r in results],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    print()
    print(json.dumps(payload["results"], ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
