"""``python -m benchmarks.accuracy [--limit N] [--json FILE]`` (``make accuracy``): how
often composer cries wolf on real, clean text, and whether it still finds real problems.

Posts are built from real Finnish, Swedish and English sentences
(:mod:`benchmarks.accuracy_corpus`): monolingual posts (one version) and mixed posts (a
Finnish, a Swedish and an English version), each checked for one of the three
organisations by turns. Every warning or
error on them is a false alarm unless the source has a typo. Two findings are left out
because the benchmark causes them: ``language.missing`` (a monolingual post lacks the
organisation's other required versions by construction) and, in mixed posts, the
``consistency`` family (the three versions are unrelated texts, not translations; it is
measured by the injected changes instead).

Reported:

* the share of clean posts with any warning or error, by language and by family;
* spelling flags per 1,000 words by language, capitalised and lowercase words apart, with
  the most frequent flagged words (warnings, and the quiet "check this name" notes apart);
* the same two figures by genre (:data:`benchmarks.accuracy_corpus.GENRES`), and for the
  professionally written subset apart (Finnish news, Wikipedia, university and financial
  news, EU legislation and speeches; all the Swedish text; the English sentences are web
  text and have none), with every alarm raised on that subset;
* recall on problems injected into the same prose (:mod:`benchmarks.accuracy_inject`):
  found at warning or error, by the right family, with the span on the injected text;
  apart from it, how many slips in the capitalised word opening a sentence stay
  warnings (names and slips look alike there).

A finding on the source's own misspelling is no false alarm, and the share of clean posts
with a false alarm is reported beside the share with any warning or error (which counts
those too). The source's misspellings are told by what is independent of the rules: where
the corpus has the treebank annotators' own typo marks (a ``typos`` column, written by
:mod:`benchmarks.conllu_to_tsv` from the CoNLL-U files; the in-repo sentences have none),
a spelling or grammar finding on a marked typo; in English, a spelling finding on a
common misspelling (:mod:`benchmarks.known_misspellings`); and a spelling or grammar
finding on one of the sources' typos the treebanks left unmarked, reviewed one by one
(:data:`benchmarks.accuracy_corpus.REVIEWED`). The share counting only the annotators'
marks and the listed misspellings is reported beside the main one.

Targets: clean posts with a false alarm ≤ 10 %; spelling warnings ≤ 8 per 1,000
words in each language; recall ≥ 98 % with every family found.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.accuracy_corpus import (
    GENRES,
    PROFESSIONAL,
    Snippet,
    marked,
    sample,
    snippets,
)
from benchmarks.accuracy_inject import (
    CHANNELS,
    FAMILIES,
    Injected,
    consistency,
    opening_slips,
)
from benchmarks.known_misspellings import available, common_misspelling
from composer.engine import Engine
from composer.entities import words
from composer.model import LANGUAGES, Finding, Post, Severity

ORGANISATIONS = ("jakobstad", "kokkola", "naantali")
#: Findings the benchmark's own construction causes (see the module docstring).
IGNORED_RULES = frozenset({"language.missing"})
#: The rule family that has to find each injected problem.
EXPECTED_FAMILY = {
    "hetu": "personal-data", "hetu-wrong-check": "personal-data",
    "personnummer": "personal-data", "iban": "personal-data", "mobile": "personal-data",
    "email": "personal-data", "misspelt": "spelling", "secrecy": "confidential",
    "secrecy-phrase": "confidential", "insult": "tone", "shouting": "tone",
    "code": "security", "code-phrase": "security", "http": "link",
    "consistency-date": "consistency", "consistency-time": "consistency",
    "consistency-price": "consistency", "wrong-language": "language",
    "opening-slip": "spelling",
}
TARGET_CLEAN = 10.0
TARGET_SPELLING = 8.0
TARGET_RECALL = 98.0


@dataclass
class CleanFigures:
    posts: Counter[str] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)
    #: Posts with an alarm that is not on a typo of the source (the false alarms).
    falsely: Counter[str] = field(default_factory=Counter)
    #: The same, counting only the treebank's marks and listed common misspellings as
    #: the source's typos (not the reviewed ones).
    falsely_marks_only: Counter[str] = field(default_factory=Counter)
    #: Alarms on the source's own misspellings, by why and rule.
    on_typos: Counter[str] = field(default_factory=Counter)
    by_family: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    words: Counter[str] = field(default_factory=Counter)
    spelling: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    flagged_words: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: Per "language/genre" (and "language/professional"): posts, flagged posts, words,
    #: spelling warnings, and flagged posts by family.
    genre_posts: Counter[str] = field(default_factory=Counter)
    genre_flagged: Counter[str] = field(default_factory=Counter)
    genre_falsely: Counter[str] = field(default_factory=Counter)
    genre_words: Counter[str] = field(default_factory=Counter)
    genre_spelling: Counter[str] = field(default_factory=Counter)
    genre_families: dict[str, Counter[str]] = field(
        default_factory=lambda: defaultdict(Counter))
    #: Every alarm on the professional subset: "rule: flagged text" -> count.
    professional_alarms: Counter[str] = field(default_factory=Counter)


def _alarms(findings: list[Finding], mixed: bool) -> list[Finding]:
    return [
        f for f in findings
        if f.severity >= Severity.WARNING and f.rule not in IGNORED_RULES
        and not (mixed and f.family == "consistency")
    ]


Spans = dict[str, tuple[tuple[int, int], ...]]
#: The families whose findings a misspelling in the source explains.
TYPO_FAMILIES = frozenset({"spelling", "grammar"})


def source_typo(finding: Finding, typos: Spans, post: Post,
                reviewed: Spans | None = None) -> str | None:
    """Why ``finding`` is the source's own misspelling, not a false alarm: a spelling or
    grammar finding on a typo the treebank marks ("marked"), a spelling finding on a
    common English misspelling (:mod:`benchmarks.known_misspellings`), or a spelling or
    grammar finding on a reviewed typo the treebank leaves unmarked ("reviewed",
    :data:`benchmarks.accuracy_corpus.REVIEWED`); else None."""
    if finding.start is None or finding.end is None or finding.family not in TYPO_FAMILIES:
        return None
    language = finding.language or ""

    def on(spans: Spans | None) -> bool:
        return any(start < finding.end and finding.start < end  # type: ignore[operator]
                   for start, end in (spans or {}).get(language, ()))

    if on(typos):
        return "marked"
    word = post.text(language)[finding.start:finding.end]
    if finding.family == "spelling" and common_misspelling(word, language):
        return "common misspelling"
    if on(reviewed):
        return "reviewed"
    return None


def _spelling_warnings(findings: list[Finding]) -> int:
    return sum(1 for f in findings if f.family == "spelling" and f.severity >= Severity.WARNING
               and f.start is not None)


def _record_genre(figures: CleanFigures, piece: Snippet, post: Post,
                  findings: list[Finding], alarms: list[Finding], falsely: bool) -> None:
    # Another corpus ($COMPOSER_UD_CORPUS) may have genres of its own: named by their id.
    name = GENRES[piece.language].get(piece.genre, piece.genre or "other")
    keys = [f"{piece.language}/{name}"]
    if piece.professional:
        keys += [f"{piece.language}/professional", "all/professional"]
    count = sum(1 for _ in words(post.text(piece.language)))
    for key in keys:
        figures.genre_posts[key] += 1
        figures.genre_words[key] += count
        figures.genre_spelling[key] += _spelling_warnings(findings)
        if alarms:
            figures.genre_flagged[key] += 1
        if falsely:
            figures.genre_falsely[key] += 1
        for family in {f.family for f in alarms}:
            figures.genre_families[key][family] += 1
    if piece.professional:
        text = post.text(piece.language)
        for finding in alarms:
            shown = (text[finding.start:finding.end]
                     if finding.start is not None and finding.end is not None else "")
            figures.professional_alarms[f"{piece.language} {finding.rule}: {shown}"] += 1


def _record_spelling(figures: CleanFigures, post: Post, findings: list[Finding]) -> None:
    for finding in findings:
        if finding.family != "spelling" or finding.start is None or finding.language is None:
            continue
        word = post.text(finding.language)[finding.start:finding.end]
        case = "capitalised" if word[:1].isupper() else "lowercase"
        level = "warning" if finding.severity >= Severity.WARNING else "info"
        figures.spelling[finding.language][f"{level} {case}"] += 1
        if level == "warning":
            figures.flagged_words[finding.language][word] += 1


def clean_run(engine: Engine, limit: int | None) -> CleanFigures:
    figures = CleanFigures()
    pieces = {language: sample(snippets(language), limit) for language in LANGUAGES}
    posts: list[tuple[str, Post, Snippet | None, Spans, Spans]] = []
    # Each post is checked for one organisation, by turns (their word lists and required
    # languages differ; the text is the same), which keeps the run to a minute or so.
    for language in LANGUAGES:
        for index, piece in enumerate(pieces[language]):
            organisation = ORGANISATIONS[index % len(ORGANISATIONS)]
            posts.append((language, Post(organisation=organisation, channels=list(CHANNELS),
                                         versions={language: piece.text}), piece,
                          {language: piece.typos}, {language: piece.reviewed}))
    for index in range(min(len(p) for p in pieces.values())):
        versions = {language: pieces[language][index].text for language in LANGUAGES}
        typos = {language: pieces[language][index].typos for language in LANGUAGES}
        reviewed = {language: pieces[language][index].reviewed for language in LANGUAGES}
        posts.append(("mixed", Post(organisation=ORGANISATIONS[index % len(ORGANISATIONS)],
                                    channels=list(CHANNELS), versions=versions), None, typos,
                      reviewed))
    for kind, post, piece, typos, reviewed in posts:
        findings = engine.check(post)
        alarms = _alarms(findings, kind == "mixed")
        false_alarms = []
        unmarked = False
        for finding in alarms:
            reason = source_typo(finding, typos, post, reviewed)
            if reason is None:
                false_alarms.append(finding)
            else:
                figures.on_typos[f"{reason}: {finding.rule}"] += 1
            unmarked = unmarked or reason in (None, "reviewed")
        if false_alarms:
            figures.falsely[kind] += 1
        if unmarked:
            figures.falsely_marks_only[kind] += 1
        figures.posts[kind] += 1
        if kind != "mixed":
            figures.words[kind] += sum(1 for _ in words(post.text(kind)))
            _record_spelling(figures, post, findings)
        if piece is not None:
            _record_genre(figures, piece, post, findings, alarms, bool(false_alarms))
        if alarms:
            figures.flagged[kind] += 1
        for family in {f.family for f in alarms}:
            figures.by_family[kind][family] += 1
        for finding in alarms:
            if finding.family != "spelling" and len(figures.examples[finding.rule]) < 3:
                language = finding.language or ""
                text = post.text(language)
                shown = (text[max(0, finding.start - 30):finding.end + 30]
                         if finding.start is not None and finding.end is not None else text[:80])
                figures.examples[finding.rule].append(f"[{post.organisation}/{language}] "
                                                      + " ".join(shown.split()))
    _bilingual_professional(engine, figures, pieces)
    return figures


def _bilingual_professional(engine: Engine, figures: CleanFigures,
                            pieces: dict[str, list[Snippet]]) -> None:
    """Finnish and Swedish posts of professional prose (a Finnish piece and a Swedish one,
    as a bilingual town posts; unrelated texts, so ``consistency`` is left out as in the
    mixed posts). Kept apart from the figures above, which stay comparable over rounds."""
    key = "fi+sv/professional, bilingual posts"
    finnish = [p for p in pieces["fi"] if p.professional]
    swedish = [p for p in pieces["sv"] if p.professional]
    for index, (fi, sv) in enumerate(zip(finnish, swedish, strict=False)):
        post = Post(organisation=ORGANISATIONS[index % len(ORGANISATIONS)],
                    channels=list(CHANNELS), versions={"fi": fi.text, "sv": sv.text})
        findings = engine.check(post)
        alarms = _alarms(findings, True)
        if any(source_typo(f, {"fi": fi.typos, "sv": sv.typos}, post,
                           {"fi": fi.reviewed, "sv": sv.reviewed}) is None for f in alarms):
            figures.genre_falsely[key] += 1
        figures.genre_posts[key] += 1
        figures.genre_words[key] += fi.words + sv.words
        figures.genre_spelling[key] += _spelling_warnings(findings)
        if alarms:
            figures.genre_flagged[key] += 1
        for family in {f.family for f in alarms}:
            figures.genre_families[key][family] += 1


def _found(injected: Injected, findings: list[Finding]) -> bool:
    for finding in findings:
        if finding.severity < Severity.WARNING or finding.language != injected.language:
            continue
        if finding.family != EXPECTED_FAMILY[injected.family]:
            continue
        if injected.start is None:
            return True
        if finding.start is not None and finding.end is not None and (
            finding.start < injected.end and injected.start < finding.end
        ):
            return True
    return False


def injections(per_language: int) -> list[Injected]:
    generator = random.Random(14)
    pieces = {language: snippets(language) for language in LANGUAGES}
    chosen = {language: sample(pieces[language][1::2], per_language * 4)
              for language in LANGUAGES}
    built: list[Injected] = []
    for build in FAMILIES.values():
        for language in LANGUAGES:
            options = chosen[language]
            made = 0
            for index, piece in enumerate(options):
                if made == per_language:
                    break
                organisation = ORGANISATIONS[index % len(ORGANISATIONS)]
                item = build(piece, organisation, generator, index)
                if item is not None:
                    built.append(item)
                    made += 1
    for index in range(per_language * 3):
        versions = {language: chosen[language][index] for language in LANGUAGES}
        built.append(consistency(versions, ORGANISATIONS[index % 3], generator, index))
    for index in range(per_language * len(LANGUAGES)):
        language = LANGUAGES[index % 3]
        other = LANGUAGES[(index + 1 + index // 3 % 2) % 3]
        piece: Snippet = chosen[other][index]
        post = Post(organisation=ORGANISATIONS[index % 3], channels=list(CHANNELS),
                    versions={language: piece.text})
        built.append(Injected("wrong-language", post, language, None, None,
                              f"{other} text as {language}"))
    return built


def recall_run(engine: Engine, per_language: int) -> tuple[Counter[str], Counter[str],
                                                              dict[str, list[str]]]:
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: dict[str, list[str]] = defaultdict(list)
    for item in injections(per_language):
        total[item.family] += 1
        if _found(item, engine.check(item.post)):
            found[item.family] += 1
        elif len(missed[item.family]) < 3:
            missed[item.family].append(f"[{item.language}] {item.what}")
    return total, found, missed


def opening_slip_run(engine: Engine) -> dict[str, dict[str, int]]:
    """How many slips in sentence-opening common words stay warnings, per language."""
    counts: dict[str, dict[str, int]] = {}
    for language in LANGUAGES:
        items = opening_slips(snippets(language), ORGANISATIONS)
        found = sum(1 for item in items if _found(item, engine.check(item.post)))
        counts[language] = {"found": found, "injected": len(items)}
    return counts


def _share(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def report(figures: CleanFigures, total: Counter[str], found: Counter[str],
           missed: dict[str, list[str]], seconds: float) -> dict[str, object]:
    kinds = [*LANGUAGES, "mixed"]
    all_posts = sum(figures.posts.values())
    all_flagged = sum(figures.flagged.values())
    clean = {
        kind: {"posts": figures.posts[kind], "flagged": figures.flagged[kind],
               "share": round(_share(figures.flagged[kind], figures.posts[kind]), 1),
               "false_share": round(_share(figures.falsely[kind], figures.posts[kind]), 1),
               "by_family": {family: round(_share(n, figures.posts[kind]), 1)
                             for family, n in figures.by_family[kind].most_common()}}
        for kind in kinds
    }
    spelling = {}
    for language in LANGUAGES:
        per_thousand = {level: round(1000 * n / max(1, figures.words[language]), 1)
                        for level, n in sorted(figures.spelling[language].items())}
        warnings = sum(n for level, n in figures.spelling[language].items()
                       if level.startswith("warning"))
        spelling[language] = {
            "words": figures.words[language],
            "warnings_per_1000": round(1000 * warnings / max(1, figures.words[language]), 1),
            "per_1000": per_thousand,
            "top": figures.flagged_words[language].most_common(15),
        }
    genres = {
        key: {"posts": figures.genre_posts[key],
              "share": round(_share(figures.genre_flagged[key], figures.genre_posts[key]), 1),
              "false_share": round(
                  _share(figures.genre_falsely[key], figures.genre_posts[key]), 1),
              "spelling_warnings_per_1000": round(
                  1000 * figures.genre_spelling[key] / max(1, figures.genre_words[key]), 1),
              "words": figures.genre_words[key],
              "by_family": {family: round(_share(n, figures.genre_posts[key]), 1)
                            for family, n in figures.genre_families[key].most_common()}}
        for key in sorted(figures.genre_posts)
    }
    recall = {family: {"found": found[family], "injected": total[family],
                       "share": round(_share(found[family], total[family]), 1),
                       "missed": missed.get(family, [])}
              for family in total}
    overall_recall = _share(sum(found.values()), sum(total.values()))
    clean_share = _share(all_flagged, all_posts)
    false_share = _share(sum(figures.falsely.values()), all_posts)
    marks_only = _share(sum(figures.falsely_marks_only.values()), all_posts)
    return {
        "seconds": round(seconds, 1),
        "clean": clean,
        "clean_share": round(clean_share, 1),
        "false_alarm_share": round(false_share, 1),
        "false_alarm_share_marks_only": round(marks_only, 1),
        "typos_labelled": [language for language in LANGUAGES if marked(language)],
        "common_misspellings_listed": available(),
        "alarms_on_typos": dict(figures.on_typos.most_common()),
        "spelling": spelling,
        "genres": genres,
        "professional_genres": {language: sorted(GENRES[language][g] for g in chosen)
                                for language, chosen in PROFESSIONAL.items()},
        "professional_alarms": figures.professional_alarms.most_common(),
        "recall": recall,
        "recall_share": round(overall_recall, 1),
        "examples": dict(figures.examples),
        "targets": {
            "clean": false_share <= TARGET_CLEAN,
            "spelling": all(v["warnings_per_1000"] <= TARGET_SPELLING for v in spelling.values()),
            "recall": overall_recall >= TARGET_RECALL and all(found[f] for f in total),
        },
    }


def print_report(result: dict[str, object]) -> None:
    clean = result["clean"]
    labels = result["typos_labelled"]
    listed = "listed" if result["common_misspellings_listed"] else "NOT INSTALLED (codespell)"
    print(f"Clean real posts with a false alarm: {result['false_alarm_share']} % "
          f"(target ≤ {TARGET_CLEAN:g} %; a finding on the source's own typo is none: marked by"
          f" the treebank in: {', '.join(labels) or 'none'};"  # type: ignore[arg-type]
          f" common English misspellings {listed})")
    print(f"  counting only the treebank's marks and the listed misspellings as the source's"
          f" typos (not the reviewed ones): {result['false_alarm_share_marks_only']} %")
    on_typos = result["alarms_on_typos"]
    print(f"  alarms on the source's typos: {sum(on_typos.values())} ("  # type: ignore[union-attr]
          + ", ".join(f"{k} {v}" for k, v in on_typos.items()) + ")")  # type: ignore[union-attr]
    print(f"Clean real posts with any warning or error: {result['clean_share']} %")
    for kind, row in clean.items():  # type: ignore[union-attr]
        families = ", ".join(f"{k} {v}" for k, v in row["by_family"].items())
        print(f"  {kind:5} {row['share']:5.1f} % of {row['posts']:4} posts"
              f" (false alarms {row['false_share']:4.1f} %)   {families}")
    print(f"Spelling per 1,000 words (target: warnings ≤ {TARGET_SPELLING:g})")
    for language, row in result["spelling"].items():  # type: ignore[union-attr]
        parts = ", ".join(f"{k} {v}" for k, v in row["per_1000"].items())
        print(f"  {language}: warnings {row['warnings_per_1000']} ({parts}; {row['words']} words)")
        print("     most flagged: " + ", ".join(f"{w} {n}" for w, n in row["top"]))
    print("By genre: share of clean posts with a warning or error; spelling warnings per 1,000"
          " words")
    for key, row in result["genres"].items():  # type: ignore[union-attr]
        families = ", ".join(f"{k} {v}" for k, v in row["by_family"].items())
        print(f"  {key:40} {row['share']:5.1f} % of {row['posts']:4} posts"
              f" (false {row['false_share']:4.1f} %)"
              f"  {row['spelling_warnings_per_1000']:5.1f} /1000   {families}")
    print("  (professional prose: fi " + ", ".join(result["professional_genres"]["fi"])
          + "; sv all; en none, its sentences are web text)")
    alarms = result["professional_alarms"]
    print(f"Alarms on the professional subset ({sum(n for _, n in alarms)}): "
          + " | ".join(f"{text} ×{n}" if n > 1 else text for text, n in alarms[:60]))
    print(f"Recall at warning or error: {result['recall_share']} % (target ≥ {TARGET_RECALL:g} %,"
          " every family found)")
    for family, row in result["recall"].items():  # type: ignore[union-attr]
        missed = ("   missed e.g. " + " | ".join(row["missed"])) if row["missed"] else ""
        print(f"  {family:18} {row['found']:3}/{row['injected']:3} {row['share']:5.1f} %{missed}")
    slips = result.get("opening_slips", {})
    if slips:
        print("Slips in a capitalised word opening a sentence, still warnings: " + ", ".join(
            f"{language} {row['found']} of {row['injected']}"
            for language, row in slips.items()))  # type: ignore[union-attr]
    print("Examples of other findings on clean text:")
    for rule, shown in sorted(result["examples"].items()):  # type: ignore[union-attr]
        print(f"  {rule}: " + " | ".join(shown))
    targets = result["targets"]
    print("Targets: " + ", ".join(f"{k} {'ok' if v else 'MISSED'}"
                                   for k, v in targets.items()))  # type: ignore[union-attr]
    print(f"({result['seconds']} s)")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.accuracy")
    parser.add_argument("--limit", type=int, default=None,
                        help="at most this many posts per language (evenly spread)")
    parser.add_argument("--per-family", type=int, default=20,
                        help="injected posts per family and language")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/accuracy.json"))
    args = parser.parse_args()
    started = time.perf_counter()
    engine = Engine()
    figures = clean_run(engine, args.limit)
    total, found, missed = recall_run(engine, args.per_family)
    slips = opening_slip_run(engine)
    result = report(figures, total, found, missed, time.perf_counter() - started)
    result["opening_slips"] = slips
    print_report(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
