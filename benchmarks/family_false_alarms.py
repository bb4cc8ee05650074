"""``python -m benchmarks.family_false_alarms [FAMILY ...]``: the share of clean real posts
that chosen rule families flag, with each rule's count and a few examples.

Posts are 2–4 consecutive sentences of one document of the Universal Dependencies
sentences in ``../shared/corpora/ud/`` (seeded, so every run builds the same posts), one
version each, checked for each organisation. Every warning or error is a false alarm
unless the source has a typo; info findings are counted apart (advice, not alarms).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from benchmarks.accuracy_corpus import snippets
from composer.engine import Engine
from composer.model import LANGUAGES, Post, Severity

ORGANISATIONS = ("jakobstad", "kokkola", "naantali")
FAMILIES = ("calendar", "grammar", "plain-language", "terms", "link-language")


def posts(language: str) -> list[str]:
    """2–4 consecutive sentences of one document each, in corpus order (the accuracy
    benchmark's posts, :func:`benchmarks.accuracy_corpus.snippets`)."""
    return [snippet.text for snippet in snippets(language)]


def run(families: list[str]) -> None:
    engine = Engine()
    for language in LANGUAGES:
        texts = posts(language)
        checked = 0
        flagged: Counter[str] = Counter()
        advised: Counter[str] = Counter()
        rules: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for organisation in ORGANISATIONS:
            for text in texts:
                post = Post(organisation=organisation, versions={language: text})
                findings = engine.check(post, families=families)
                checked += 1
                for family in {f.family for f in findings if f.severity >= Severity.WARNING}:
                    flagged[family] += 1
                for family in {f.family for f in findings if f.severity < Severity.WARNING}:
                    advised[family] += 1
                for finding in findings:
                    rules[f"{finding.rule} ({finding.severity.label})"] += 1
                    if len(examples[finding.rule]) < 3 and finding.start is not None:
                        shown = text[max(0, finding.start - 30):finding.end + 30]
                        examples[finding.rule].append(" ".join(shown.split()))
        print(f"== {language}: {checked} posts ({len(texts)} per organisation)")
        for family in families:
            print(f"  {family:16} warned {flagged[family]:5} = "
                  f"{100 * flagged[family] / checked:5.2f} %   "
                  f"info {advised[family]:5} = {100 * advised[family] / checked:5.1f} %")
        for rule, count in rules.most_common():
            print(f"    {rule}: {count}")
            for example in examples[rule.split(" ")[0]]:
                print(f"      … {example} …")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.family_false_alarms")
    parser.add_argument("families", nargs="*", default=list(FAMILIES))
    args = parser.parse_args()
    run(args.families)


if __name__ == "__main__":
    main()
