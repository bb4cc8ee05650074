"""A word-list rule family made of data alone: every listed phrase is a finding.

A family without a module of its own (``facts``, for example) is read from two files:

- ``resources/messages/<family>.toml``: one table per rule with its ``severity``
  (``error``, ``warning`` or ``info``), its ``bases`` (guideline point keys and laws,
  most specific first, see :mod:`composer.citations`), the word list it reads
  (``words``, default: the rule's own name) and its message in ``en``, ``fi`` and ``sv``
  (``{phrase}`` is the phrase found);
- ``resources/wordlists/<family>.toml``: the lists, matched by base form
  (:mod:`composer.rules.phrases`).

Each phrase found is one finding; where two rules' phrases overlap, the rule written
first in the messages file reports it. A rule may name further lists, ``unless`` (one
name or a list of names): a phrase of one of them in the same sentence cancels the finding
(``facts.rumour`` with a named source: "poliisin mukaan väitetään", "enligt polisen").
A family that needs more than lists subclasses :class:`WordListRule` in its own module
and decides in :meth:`WordListRule.excused` (``composer.rules.facts``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from composer.model import Finding, Severity
from composer.resources import ResourceError, load_toml
from composer.rules.base import CheckContext, VersionRule
from composer.rules.phrases import find


@dataclass(frozen=True)
class ListedRule:
    """One rule of a word-list family, as its messages file declares it."""

    rule: str
    severity: Severity
    bases: tuple[str, ...]
    words: str
    #: Lists whose phrases, in the same sentence, cancel a finding.
    unless: tuple[str, ...] = ()


_SENTENCE_END = regex.compile(r"[.!?…\n]")


#: How far the sentence around a phrase is looked for on each side.
SENTENCE_REACH = 300


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``text[start:end]``, at most SENTENCE_REACH
    characters on each side (a text without sentence ends costs no more per phrase)."""
    low = max((m.end() for m in _SENTENCE_END.finditer(
        text, max(0, start - SENTENCE_REACH), start)), default=max(0, start - SENTENCE_REACH))
    limit = min(len(text), end + SENTENCE_REACH)
    high = _SENTENCE_END.search(text, end, limit)
    return low, high.start() if high else limit


@cache
def listed_rules(family: str) -> tuple[ListedRule, ...]:
    """The rules ``resources/messages/<family>.toml`` declares, in its order."""
    where = f"resources/messages/{family}.toml"
    found: list[ListedRule] = []
    for name, entry in load_toml("messages", f"{family}.toml").items():
        if not isinstance(entry, dict) or "en" not in entry or "rule" in entry:
            continue
        try:
            severity = Severity[str(entry["severity"]).upper()]
            bases = tuple(entry["bases"])
        except (KeyError, ValueError, TypeError) as error:
            raise ResourceError(
                f"{where}: [{name}] needs a severity (error, warning, info) and bases"
            ) from error
        if not bases or not all(isinstance(b, str) for b in bases):
            raise ResourceError(f"{where}: [{name}] needs at least one basis")
        unless = entry.get("unless", ())
        found.append(ListedRule(f"{family}.{name}", severity, bases, entry.get("words", name),
                                (unless,) if isinstance(unless, str) else tuple(unless)))
    if not found:
        raise ResourceError(f"{where}: a word-list family needs at least one rule")
    return tuple(found)


class WordListRule(VersionRule):
    """Every phrase of the family's lists found in a version, as a finding."""

    def __init__(self, family: str) -> None:
        self.family = family  # type: ignore[misc]
        self.listed = listed_rules(family)

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        # The spans reported so far, sorted and apart, so their ends are sorted too: a
        # match overlaps one of them when the last span starting before its end ends
        # after its start. Each look is a bisection, however many phrases a text has.
        starts: list[int] = []
        ends: list[int] = []
        for listed in self.listed:
            cancelling: list[int] | None = None
            for match in find(text, language, self.family, listed.words, ctx.profile):
                before = bisect_left(starts, match.end)
                if before and ends[before - 1] > match.start:
                    continue
                low, high = _sentence(text, match.start, match.end)
                if listed.unless:
                    if cancelling is None:
                        cancelling = sorted(m.start for name in listed.unless for m in find(
                            text, language, self.family, name))
                    first = bisect_left(cancelling, low)
                    if first < len(cancelling) and cancelling[first] < high:
                        continue
                if self.excused(text, language, match.start, match.end, (low, high)):
                    continue
                starts.insert(before, match.start)
                ends.insert(before, match.end)
                yield ctx.finding(
                    listed.rule,
                    listed.severity,
                    listed.bases,
                    language=language,
                    start=match.start,
                    end=match.end,
                    phrase=text[match.start : match.end],
                )

    def excused(self, text: str, language: str, start: int, end: int,
                sentence: tuple[int, int]) -> bool:
        """Whether the phrase at ``text[start:end]`` (in the sentence spanning
        ``sentence``) is no finding after all; a family's own module decides (here:
        never)."""
        return False
