"""``python -m benchmarks.grammar_types [--examples N]``: each of Voikko's grammar error
types on real, clean Finnish — the posts of :mod:`benchmarks.family_false_alarms` built
from ``../shared/corpora/ud/`` — as the `grammar` rule reads them (entities masked,
sentences cut where Voikko is sure). Prints, per type: hits, the share of posts with one,
whether composer reports it, and examples to judge each hit right or wrong by."""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from benchmarks.family_false_alarms import posts
from composer.grammar import grammar_errors
from composer.resources import load_toml
from composer.rules.grammar import _masked


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.grammar_types")
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args()
    types = load_toml("wordlists", "grammar.toml")["types"]
    texts = posts("fi")
    hits: Counter[int] = Counter()
    flagged: Counter[int] = Counter()
    examples: dict[int, list[str]] = defaultdict(list)
    for text in texts:
        masked, spans = _masked(text)
        seen = set()
        for error in grammar_errors(masked):
            if any(s < error.end and error.start < e for s, e in spans):
                continue
            hits[error.code] += 1
            seen.add(error.code)
            if len(examples[error.code]) < args.examples:
                around = text[max(0, error.start - 30):error.start]
                marked = text[error.start:error.end]
                after = text[error.end:error.end + 20]
                examples[error.code].append(" ".join(f"{around}[{marked}]{after}".split())
                                            + (f"  -> {error.suggestions[0]!r}"
                                               if error.suggestions else ""))
        for code in seen:
            flagged[code] += 1
    print(f"{len(texts)} Finnish posts")
    for code in sorted(int(c) for c in types):
        entry = types[str(code)]
        print(f"{code:3} {entry['rule']:26} {entry['severity']:8} hits {hits[code]:4}  "
              f"posts {flagged[code]:4} = {100 * flagged[code] / len(texts):5.2f} %")
        for example in examples[code]:
            print(f"      {example}")


if __name__ == "__main__":
    main()
