"""Spelling evaluation on the labelled sets in ``tests/spelling/data``.

For each language: recall (misspellings flagged), recall as warnings (flagged and
looking like a typo of a known word, not only information), false-alarm rate (correct
words flagged), how often the intended word is the first quick suggestion (the one findings
carry) and among the menu's suggestions, and speed: words checked per second with no
cache, and suggestion time (median and 95th percentile, ms). Then, for English, the
engines the choice was made between: pyspellchecker, Hunspell en_GB and en_US alone.

    .venv/bin/python benchmarks/spelling_eval.py [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "spelling" / "data"
LANGUAGES = ("fi", "sv", "en")


def load(language: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(correct words, [(misspelling, intended)]) for ``language``."""

    def lines(name: str) -> list[str]:
        text = (DATA / name).read_text(encoding="utf-8")
        return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]

    correct = lines(f"{language}-correct.txt")
    misspelt = [tuple(line.split("\t")[:2]) for line in lines(f"{language}-misspelt.tsv")]
    return correct, misspelt  # type: ignore[return-value]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def evaluate(language: str) -> dict[str, object]:
    from composer import spelling
    from composer.spelling.checker import WordChecker
    from composer.spelling.typos import looks_like_typo

    correct, misspelt = load(language)
    spelling.preload((language,))
    spelling.clear_caches()
    checker = WordChecker(language)
    started = time.perf_counter()
    false_alarms = [w for w in correct if not checker.correct(w)]
    missed = [w for w, _ in misspelt if checker.correct(w)]
    elapsed = time.perf_counter() - started
    words_per_s = (len(correct) + len(misspelt)) / elapsed
    flagged = [(w, right) for w, right in misspelt if w not in missed]
    # A lower-case word that looks like no typo of a known word is only information.
    quiet = [w for w, _ in flagged if w[:1].islower() and not looks_like_typo(w, checker.engine)]
    quick_ms, full_ms, quick_top1, full_top1, full_top5 = [], [], 0, 0, 0
    for word, right in flagged:
        start = time.perf_counter()
        quick = spelling.quick_suggestions(word, language)
        quick_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        full = spelling.suggest(word, language)
        full_ms.append((time.perf_counter() - start) * 1000)
        quick_top1 += bool(quick) and quick[0].lower() == right.lower()
        full_top1 += bool(full) and full[0].lower() == right.lower()
        full_top5 += right.lower() in [s.lower() for s in full[:5]]
    return {
        "language": language,
        "engine": f"{checker.engine.name} {checker.engine.dictionary}",
        "correct_words": len(correct),
        "misspelt_words": len(misspelt),
        "recall": round(1 - len(missed) / len(misspelt), 3),
        "false_alarm_rate": round(len(false_alarms) / len(correct), 3),
        "warning_recall": round(1 - (len(missed) + len(quiet)) / len(misspelt), 3),
        "missed": missed,
        "only_information": quiet,
        "false_alarms": false_alarms,
        "words_per_s_uncached": round(words_per_s),
        "quick_top1": f"{quick_top1}/{len(flagged)}",
        "menu_top1": f"{full_top1}/{len(flagged)}",
        "menu_top5": f"{full_top5}/{len(flagged)}",
        "quick_suggest_ms_median": round(statistics.median(quick_ms), 2),
        "quick_suggest_ms_p95": round(percentile(quick_ms, 0.95), 2),
        "menu_suggest_ms_median": round(statistics.median(full_ms), 1),
        "menu_suggest_ms_p95": round(percentile(full_ms, 0.95), 1),
    }


def english_engines() -> list[dict[str, object]]:
    """The English candidates alone, on the same labelled set."""
    from spellchecker import SpellChecker

    from composer import morphology

    correct, misspelt = load("en")
    candidates: dict[str, Callable[[str], bool]] = {}
    frequencies = SpellChecker(language="en")
    candidates["pyspellchecker"] = lambda w: not frequencies.unknown([w])
    for name in ("en_GB", "en_US"):
        for folder in morphology.HUNSPELL_DIRS:
            if (folder / f"{name}.dic").exists():
                import hunspell

                handle = hunspell.Hunspell(name, hunspell_data_dir=str(folder))
                candidates[f"Hunspell {name}"] = handle.spell
                break
    rows = []
    for name, check in candidates.items():
        started = time.perf_counter()
        false_alarms = [w for w in correct if not check(w)]
        missed = [w for w, _ in misspelt if check(w)]
        elapsed = time.perf_counter() - started
        rows.append({
            "engine": name,
            "recall": round(1 - len(missed) / len(misspelt), 3),
            "false_alarm_rate": round(len(false_alarms) / len(correct), 3),
            "false_alarms": false_alarms,
            "words_per_s": round((len(correct) + len(misspelt)) / elapsed),
        })
    return rows


ENGLISH_POST = (
    "Kokkola City Library is open on weekdays from 8 am to 8 pm and on Saturdays from "
    "10 am to 4 pm. This summer the children's department is being renovated, so the "
    "picture books have moved to the ground floor next to the newspaper room. Welcome to "
    "borrow books, films and board games, to read the latest magazines or to take part in "
    "our events: storytelling for families on Wednesday mornings, a reading circle for "
    "adults every second Thursday and help with phones and computers on Monday afternoons. "
    "More information about the services and the opening hours is on our website and at "
    "the customer service desk. See you at the library!"
)


def full_check_ms() -> dict[str, float]:
    """A whole spelling check of three 600-character versions, warm and cold."""
    from composer import spelling
    from composer.engine import Engine
    from composer.model import Post

    guidelines = Path(__file__).resolve().parents[1] / "resources" / "guidelines"
    fi = guidelines.joinpath("kokkola.txt").read_text(encoding="utf-8")
    sv = guidelines.joinpath("jakobstad.txt").read_text(encoding="utf-8")
    versions = {
        "fi": fi[fi.index("Kaikki Kokkolan"):][:600],
        "sv": sv[sv.index("Syftet med stadens"):][:600],
        "en": ENGLISH_POST[:600],
    }
    engine = Engine()
    spelling.clear_caches()
    post = Post(organisation="kokkola", versions=versions)
    cold = timed(lambda: engine.check(post, families=["spelling"]))
    runs = [timed(lambda: engine.check(post, families=["spelling"])) for _ in range(200)]
    return {"cold_ms": round(cold, 2), "warm_ms_median": round(statistics.median(runs), 3),
            "warm_ms_p95": round(percentile(runs, 0.95), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    report = {
        "languages": [evaluate(language) for language in LANGUAGES],
        "english_engines": english_engines(),
        "full_check_3x600": full_check_ms(),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"{'':4}{'recall':>7} {'false':>6} {'words/s':>8} {'quick':>7} {'menu':>7} "
          f"{'quick ms':>13} {'menu ms':>14}")
    print(f"{'':4}{'':>7} {'alarms':>6} {'uncached':>8} {'top-1':>7} {'top-5':>7} "
          f"{'median / p95':>13} {'median / p95':>14}")
    for row in report["languages"]:
        print(f"{row['language']:4}{row['recall']:7.1%} {row['false_alarm_rate']:6.1%} "
              f"{row['words_per_s_uncached']:8} {row['quick_top1']:>7} {row['menu_top5']:>7} "
              f"{row['quick_suggest_ms_median']:6} /{row['quick_suggest_ms_p95']:6} "
              f"{row['menu_suggest_ms_median']:6} /{row['menu_suggest_ms_p95']:6}")
        print(f"    {row['engine']}; missed {row['missed']}; "
              f"false alarms {row['false_alarms']}")
        print(f"    as warnings {row['warning_recall']:.1%}; only information "
              f"{row['only_information']}")
    print("\nEnglish engines alone:")
    for row in report["english_engines"]:
        print(f"  {row['engine']:16} recall {row['recall']:.1%}, false alarms "
              f"{row['false_alarm_rate']:.1%} {row['false_alarms']}")
    check = report["full_check_3x600"]
    print(f"\nSpelling check of 3×600 chars: cold {check['cold_ms']} ms, warm median "
          f"{check['warm_ms_median']} ms, p95 {check['warm_ms_p95']} ms")


if __name__ == "__main__":
    main()
