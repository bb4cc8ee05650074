"""``python -m benchmarks.municipal_posts [--all]``: warnings and errors on realistic
municipal posts (``benchmarks/data/municipal-posts.json``).

814 posts in Finnish, Swedish and English as the three towns write them (events, opening
hours, closures, road works, council decisions, schools, job adverts, thanks, emergencies,
scam warnings, unit staff's posts), written to measure false alarms on the product's own
kind of text: a first set of 114, then ten of 60 and two of 50, each written independently after the
previous set's fixes (the fourth from spring to autumn, in the towns' other styles:
Instagram captions, timetables, LinkedIn adverts; the fifth full of numbers, statistics,
date notations, holiday exceptions, corrections and contact lines; the sixth varying the
language itself: administrative Finnish and Swedish, plain language, crisis updates; the
seventh full of names and words: performers and works, places in both languages,
species, food and loanwords, digital services, administrative compounds; the eighth on
everyday services and people's own words: week numbers, weekly programmes, price lists,
quotations, Q&As, plain language; the ninth on official matters and the season's
visitors: notices, decisions and appeals, voting, tours, timetables, harbour prices;
the tenth on youth, leisure and people's own spoken words; the eleventh on health, care,
the environment, history and culture; the twelfth on integration, work and learning;
the thirteenth on winter and storms, elections, sports, tourism seen from winter, office
moves, public transport, foreign performers, long LinkedIn articles, short X posts and
unit staff's posts).
Their people, numbers and addresses are invented; each is checked on its publishing day
(given in the file), so the calendar reads their dates as written.

Reported: the warnings and errors by rule and the posts with any, apart from the rules
that are about the channel itself and right by design on these posts (an image Instagram
needs, links Instagram does not make clickable, a required language version missing) and
apart from ``channel.cut`` (key information after the feed's "See more"), counted on its
own line; with ``--all`` every such finding is listed with its text. A finding listed
here is either a false alarm or a reminder kept on purpose (see docs/benchmarks.md,
"Seventh round").
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter
from pathlib import Path

from composer.engine import Engine
from composer.model import Media, Post, Severity

DATA = Path(__file__).parent / "data" / "municipal-posts.json"
#: Findings about the channel itself, right by design on these posts.
BY_DESIGN = frozenset({"media.required", "link.not-clickable", "language.missing"})
CUT = "channel.cut"


def posts() -> list[tuple[str, str, Post]]:
    """(set, id, post) for every post in the data file."""
    data = json.loads(DATA.read_text(encoding="utf-8"))
    found = []
    for item in data["posts"]:
        post = Post(
            organisation=item["organisation"], role=item.get("role", "organisation"),
            channels=item["channels"], versions=item["versions"],
            media=[Media(file=m["file"], alt=m["alt"]) for m in item.get("media", [])],
            publish_on=datetime.date.fromisoformat(item["publish_on"]),
        )
        found.append((item["set"], item["id"], post))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.municipal_posts")
    parser.add_argument("--all", action="store_true", help="list every finding counted")
    args = parser.parse_args(argv)
    engine = Engine()
    by_rule: dict[str, Counter[str]] = {}
    flagged: Counter[str] = Counter()
    cut: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for name, ident, post in posts():
        total[name] += 1
        counted = False
        for finding in engine.check(post):
            if finding.rule == CUT:  # a note on writing for the feed, counted apart
                cut[name] += 1
                continue
            if finding.severity < Severity.WARNING or finding.rule in BY_DESIGN:
                continue
            counted = True
            by_rule.setdefault(name, Counter())[finding.rule] += 1
            if args.all:
                text = post.text(finding.language or "")
                shown = (text[finding.start:finding.end]
                         if finding.start is not None and finding.end is not None else "")
                print(f"  {ident} {finding.severity.name} {finding.rule} "
                      f"{finding.language}: {shown!r}")
        flagged[name] += counted
    for name in total:
        rules = ", ".join(f"{rule} {n}" for rule, n in by_rule.get(name, Counter()).most_common())
        print(f"{name} set: {total[name]} posts, {flagged[name]} with a warning or error"
              f" ({rules or 'none'}); {cut[name]} feed-cut notes apart")
    return 0


if __name__ == "__main__":
    sys.exit(main())
