"""Benchmarks of the Qt-free core: checking, export and the raw engines under it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from benchmarks.sample_posts import EN, FI, MAX_VERSION, SV, typical_post
from benchmarks.stats import Result, time_ms
from composer.engine import Engine
from composer.entities import words

#: The reference workload's median on this machine when its host is quiet.
QUIET_REFERENCE_MS = 12.5


def machine_reference() -> Result:
    """A fixed pure-Python workload, timed like the rest: this machine is a virtual one
    whose speed varies with its host's load (the same loop takes 12–21 ms from one minute
    to the next), so each run's figures are read against this line."""
    samples = time_ms(lambda i: sum(range(1_000_000)), runs=30, warmup=3)
    ordered = sorted(samples)
    factor = ordered[len(ordered) // 2] / QUIET_REFERENCE_MS
    return Result("0. machine reference: sum(range(10**6)) in pure Python", "ms", samples,
                  note=f"{factor:.2f}× its quiet-host time ({QUIET_REFERENCE_MS} ms): "
                       "the timings below scale with it", extra={"slowdown": factor})


def typical_check() -> list[Result]:
    engine = Engine()
    engine.check(typical_post())  # loads dictionaries and language profiles
    full = time_ms(lambda i: engine.check(typical_post(variant=i + 10_000)), runs=200)
    base = typical_post()
    engine.check(base)

    def one_version_changed(i: int) -> None:
        post = typical_post()
        post.versions["fi"] += f" {i}"
        engine.check(post)

    typing = time_ms(one_version_changed, runs=200)
    return [
        Result("1. full check, typical post (3×600 chars, 3 channels), warm", "ms", full,
               "median ≤ 5, p95 ≤ 10", _median_p95_ok(full, 5, 10),
               note="every rule runs: each run has new text in all versions"),
        Result("1b. re-check after one version changed (typing)", "ms", typing,
               note="the other versions' results come from the cache"),
    ]


def maximal_check() -> Result:
    engine = Engine()
    engine.check(typical_post())
    post = typical_post(size=MAX_VERSION)
    samples = time_ms(
        lambda i: engine.check(_variant(post, i)), runs=5, warmup=1
    )
    return Result("2. full check, maximal post (3×63,206 chars)", "ms", samples, "≤ 500",
                  max(samples) <= 500)


def _variant(post, i):  # type: ignore[no-untyped-def]
    changed = typical_post()
    changed.versions = {k: v[:-2] + f"{i % 100:02d}" for k, v in post.versions.items()}
    return changed


def _median_p95_ok(samples: list[float], median: float, p95: float) -> bool:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2] <= median and ordered[round(0.95 * (len(ordered) - 1))] <= p95


def export_all() -> Result | None:
    try:
        from composer.channels.export import export_channel
    except ImportError:
        return None
    from composer.model import CHANNELS
    from composer.profiles import get_profile

    profile = get_profile("jakobstad")

    def run(i: int) -> None:
        post = typical_post(variant=i + 20_000)
        for channel in CHANNELS:
            export_channel(post, channel, profile=profile)

    samples = time_ms(run, runs=100)
    return Result("7. export to all ten channels, typical post", "ms", samples, "≤ 20",
                  sorted(samples)[len(samples) // 2] <= 20)


def raw_engines() -> list[Result]:
    """The engines alone on the same 3×600-char text, and our pipeline over them."""
    import libvoikko
    from langdetect import DetectorFactory, detect_langs
    from spellchecker import SpellChecker

    from composer.morphology import hunspell

    DetectorFactory.seed = 0
    texts = {lang: typical_post().versions[lang] for lang in ("fi", "sv", "en")}
    tokens = {lang: [w for _, _, w in words(t)] for lang, t in texts.items()}
    voikko = libvoikko.Voikko("fi")
    sv = hunspell("sv")
    en = SpellChecker()
    detect_langs(texts["fi"])

    def engines(i: int) -> None:
        for text in texts.values():
            detect_langs(text + str(i))
        for w in tokens["fi"]:
            voikko.spell(w)
        for w in tokens["sv"]:
            sv.spell(w)
        en.unknown(tokens["en"])

    raw = time_ms(engines, runs=100)
    engine = Engine()
    engine.check(typical_post())
    ours = time_ms(lambda i: engine.check(typical_post(variant=i + 30_000)), runs=100)
    ratio = (sorted(ours)[50] / sorted(raw)[50]) if raw else 0.0
    return [
        Result("8a. raw engines: langdetect×3 + Voikko + Hunspell sv + pyspellchecker en",
               "ms", raw, note="no caching: each call does the full work"),
        Result("8b. our full check of the same post", "ms", ours,
               note=f"pipeline / raw engines = {ratio:.2f}", extra={"ratio": ratio}),
    ]


def peak_memory() -> Result:
    """Peak resident memory of a process that loads all three languages and checks a
    post, as the process itself reads it (``VmHWM`` in ``/proc/self/status``) before it
    exits. (The rusage of a child is no measure here: Linux keeps a forked child's peak
    across ``exec``, so it would report at least this benchmark process's own size.)"""
    code = textwrap.dedent(
        """
        import resource
        from pathlib import Path
        from benchmarks.sample_posts import typical_post
        from composer.engine import Engine
        engine = Engine()
        for size in (600, 5000):
            engine.check(typical_post(size=size))
        try:
            from composer.spelling import suggest
            for lang, word in (("fi", "kayttaa"), ("sv", "kommunstyrelsn"), ("en", "libary")):
                suggest(word, lang)
        except ImportError:
            pass
        status = Path("/proc/self/status")
        if status.exists():
            line = next(l for l in status.read_text().splitlines() if l.startswith("VmHWM:"))
            print(int(line.split()[1]) / 1024)
        else:
            print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True)
    peak_mb = float(done.stdout.split()[-1])
    return Result("6. peak memory, all three languages loaded (core)", "MB", [peak_mb],
                  "≤ 200", peak_mb <= 200)


def spelling_suggestions() -> Result | None:
    try:
        from composer.spelling import suggest
    except ImportError:
        return None
    cases = [("fi", "kayttaa"), ("fi", "kaupunginkirjstossa"), ("sv", "kommunstyrelsn"),
             ("sv", "biblioteke"), ("en", "libary"), ("en", "recieve")]
    for lang, word in cases:
        suggest(word, lang)
    cold = time_ms(lambda i: suggest(cases[i][1] + "x", cases[i][0]), runs=len(cases),
                   warmup=0)
    return Result("spelling suggestions for one new word (right-click menu)", "ms", cold,
                  note="each word once (suggestions are cached per word afterwards)")


__all__ = ["EN", "FI", "SV"]
