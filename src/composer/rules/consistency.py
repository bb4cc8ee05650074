"""Rule family `consistency`: the language versions must say the same thing.

Each written version's details (dates, times, weekdays, prices, phone numbers, e-mail
addresses, @mentions, years, other numbers) are extracted in normalised form by
:mod:`composer.detail_extraction`, so ``klo 18``, ``kl. 18.00`` and ``6 pm`` are equal, and
compared between the versions:

- ``consistency.<kind>`` (warning): two versions both give a detail of that kind and each
  has a value the other lacks (``klo 18`` against ``kl. 19``; for years and other numbers
  only when both give equally many, so a year or a street number in one version alone is
  fine). The finding marks the differing detail in the version that disagrees with the
  majority, or, between two, in the one later in the organisation's language order.
  A date given with a year in two versions must have the same year.
- ``consistency.missing`` (info): a date, time, price, phone number or e-mail address
  that only one version has, when the other version is about as long (not a summary).

A phone number or e-mail address its line names as one language's ("Kristelefonen på
svenska 09 2525 0112", "Crisis Helpline in English 09 2525 0113") is that language's own
line: each version rightly gives its own, so it is compared with nothing (words in
``resources/wordlists/consistency.toml``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

import regex

from composer.detail_extraction import KINDS, Detail, details_by_kind
from composer.detail_periods import number_words
from composer.language_detection import letter_count, prose
from composer.model import Finding, Post, Severity
from composer.resources import load_toml
from composer.rules.base import CheckContext, PostRule, Rule
from composer.text_cache import text_cache

#: Kinds compared as multisets that must have equally many items before they can clash.
COUNTED_KINDS = frozenset({"year", "number"})
#: Kinds whose absence from a comparably long version is worth a note.
MISSING_KINDS = ("date", "time", "price", "phone", "email")
#: A version counts as comparable (not a summary) with at least this share of the letters
#: of the version it is compared with, and at least MIN_LETTERS letters.
COMPARABLE_SHARE = 0.6
MIN_LETTERS = 80
BASES = ("facts", "language", "law:language-act")
#: Kinds a version may give in its own language's form (a service line per language).
LANGUAGE_LINE_KINDS = frozenset({"phone", "email"})
#: How far after a detail a language word still names its line ("09 2525 0112 (på
#: svenska)"), and how far before it ("Crisis Helpline in English 09 2525 0113"): each
#: detail costs a bounded look, however long its line.
_AFTER = 24
_BEFORE = 60


@cache
def _language_words() -> regex.Pattern[str]:
    table = load_toml("wordlists", "consistency.toml").get("language-line", {})
    phrases = sorted({p for words in table.values() for p in words}, key=len, reverse=True)
    spaced = (regex.escape(p).replace(r"\ ", r"[\s\u00a0]+") for p in phrases)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(spaced) + r")(?!\p{L})",
                         regex.IGNORECASE)


def _language_line(text: str, detail: Detail) -> bool:
    """Whether ``detail`` (a phone number or an e-mail address) is named on its line as
    one language's own ("Kristelefonen på svenska 09 2525 0112")."""
    low = max(0, detail.start - _BEFORE)
    line_start = text.rfind("\n", low, detail.start) + 1 or low
    line_end = text.find("\n", detail.end, detail.end + _AFTER)
    after = min(detail.end + _AFTER, len(text)) if line_end < 0 else line_end
    return _language_words().search(text, line_start, detail.start) is not None or (
        _language_words().search(text, detail.end, after) is not None)


@text_cache(maxsize=512)
def _letters(text: str) -> int:
    return letter_count(prose(text))


@dataclass
class _Version:
    language: str
    details: dict[str, list[Detail]]
    letters: int
    text: str = ""
    _values: dict[str, Counter[object]] = field(default_factory=dict)

    @property
    def worded(self) -> frozenset[int]:
        """Numbers the version writes as words ("kolme" → 3), read only when numbers
        differ (cached per text)."""
        return number_words(self.text, self.language)

    def values(self, kind: str) -> Counter[object]:
        found = self._values.get(kind)
        if found is None:
            found = self._values[kind] = Counter(d.value for d in self.details[kind])
        return found


def _unworded(values: Counter[object], worded: frozenset[int]) -> Counter[object]:
    """``values`` without the numbers the other version writes as words."""
    if not worded:
        return values
    return Counter({v: n for v, n in values.items() if not (
        isinstance(v, Decimal) and v == v.to_integral_value() and int(v) in worded)})


def _clash(kind: str, one: _Version, other: _Version) -> bool:
    if not one.details[kind] or not other.details[kind]:
        return False
    mine, theirs = one.values(kind), other.values(kind)
    if kind == "number" and mine != theirs:  # "kolme" here, "3" there: the same number
        mine, theirs = _unworded(mine, other.worded), _unworded(theirs, one.worded)
    if not mine or not theirs:
        return False
    if kind in COUNTED_KINDS:
        return mine.total() == theirs.total() and mine != theirs
    return bool(set(mine) - set(theirs)) and bool(set(theirs) - set(mine))


def _shown(detail: Detail, ui_language: str) -> str:
    """The detail as written, or, for a bare number out of a range ("klo 10–14"), with
    what it stands for ("14.00", "14.6.")."""
    text = " ".join(detail.text.split())
    if not text.rstrip(".").isdigit():
        return text
    if detail.kind == "time":
        hours, minutes = divmod(detail.value, 60)
        return f"{hours}:{minutes:02}" if ui_language == "en" else f"{hours}.{minutes:02}"
    if detail.kind == "date":
        return "{}.{}.".format(*detail.value)
    return text


def _quote(details: Iterable[Detail], ui_language: str) -> str:
    seen: list[str] = []
    for detail in details:
        text = _shown(detail, ui_language)
        if text not in seen:
            seen.append(text)
    return " / ".join(seen)


class _Comparison:
    """All findings of one post, built once per check."""

    def __init__(self, post: Post, ctx: CheckContext) -> None:
        self.ctx = ctx
        order = [lang for lang in ctx.profile.language_order if post.text(lang).strip()]
        self.versions = []
        #: Languages whose version gives a language's own line of a kind ("phone").
        self.own_lines: set[tuple[str, str]] = set()
        for lang in order:
            text = post.text(lang)
            details = details_by_kind(text, lang)
            for kind in LANGUAGE_LINE_KINDS:
                own = [d for d in details[kind] if _language_line(text, d)]
                if own:
                    details = {**details, kind: [d for d in details[kind] if d not in own]}
                    self.own_lines.add((lang, kind))
            self.versions.append(_Version(lang, details, _letters(text), text))
        self.flagged: set[tuple[str, int, int]] = set()
        self.findings: list[Finding] = []

    def _report(self, rule: str, severity: Severity, wrong: _Version, detail: Detail,
                other: _Version, there: Sequence[Detail]) -> None:
        key = (wrong.language, detail.start, detail.end)
        if key in self.flagged:
            return
        self.flagged.add(key)
        self.findings.append(self.ctx.finding(
            rule, severity, BASES, language=wrong.language, start=detail.start, end=detail.end,
            here=_shown(detail, self.ctx.ui_language), there=_quote(there, self.ctx.ui_language),
            other_language=other.language,
        ))

    def clashes(self, kind: str) -> None:
        pairs = [
            (a, b) for i, a in enumerate(self.versions) for b in self.versions[i + 1:]
            if _clash(kind, a, b)
        ]
        count = Counter(v.language for pair in pairs for v in pair)
        for first, second in pairs:
            # The version at odds with more of the others is the one to fix; on a tie, the
            # one later in the organisation's language order.
            wrong, right = (first, second) if count[first.language] > count[
                second.language] else (second, first)
            theirs = set(right.values(kind))
            mine = set(wrong.values(kind))
            there = [d for d in right.details[kind] if d.value not in mine]
            for detail in wrong.details[kind]:
                if detail.value not in theirs:
                    self._report(f"consistency.{kind}", Severity.WARNING, wrong, detail, right,
                                 there)

    def years_of_dates(self) -> None:
        """The same day given with different years: the year most versions give wins (on a
        tie, the one of the earlier language)."""
        dated: dict[object, list[tuple[_Version, Detail]]] = {}
        for version in self.versions:
            for detail in version.details["date"]:
                if detail.year is not None:
                    dated.setdefault(detail.value, []).append((version, detail))
        for found in dated.values():
            votes = Counter(detail.year for _version, detail in found)
            if len(votes) < 2:
                continue
            best = max(votes, key=lambda year: votes[year])
            right, right_detail = next((v, d) for v, d in found if d.year == best)
            for version, detail in found:
                if detail.year != best:
                    self._report("consistency.date", Severity.WARNING, version, detail, right,
                                 [right_detail])

    def missing(self, kind: str) -> None:
        for having in self.versions:
            if not having.details[kind]:
                continue
            for lacking in self.versions:
                if lacking is having or _clash(kind, having, lacking) or (
                    (lacking.language, kind) in self.own_lines
                ):
                    continue  # the other gives its language's own line instead
                if lacking.letters < max(MIN_LETTERS, COMPARABLE_SHARE * having.letters):
                    continue
                theirs = set(lacking.values(kind))
                for detail in having.details[kind]:
                    if detail.value not in theirs:
                        self._report("consistency.missing", Severity.INFO, having, detail,
                                     lacking, [])

    def run(self) -> list[Finding]:
        if len(self.versions) < 2:
            return []
        for kind in KINDS:
            self.clashes(kind)
        self.years_of_dates()
        for kind in MISSING_KINDS:
            self.missing(kind)
        return self.findings


class VersionsAgree(PostRule):
    family = "consistency"

    def check_post(self, post: Post, ctx: CheckContext) -> Iterable[Finding]:
        return _Comparison(post, ctx).run()


RULES: list[Rule] = [VersionsAgree()]
