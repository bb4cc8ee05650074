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
first in the messages file reports it. A rule may name a second list, ``unless``: a phrase
of it in the same sentence cancels the finding (``facts.rumour`` with a named source:
"poliisin mukaan väitetään", "enligt polisen").
"""

from __future__ import annotations

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
    #: A list whose phrases, in the same sentence, cancel a finding (None: no such list).
    unless: str | None = None


_SENTENCE_END = regex.compile(r"[.!?…\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence around ``text[start:end]``."""
    low = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)),
              default=max(0, start - 300))
    high = _SENTENCE_END.search(text, end)
    return low, high.start() if high else len(text)


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
        found.append(ListedRule(f"{family}.{name}", severity, bases, entry.get("words", name),
                                entry.get("unless")))
    if not found:
        raise ResourceError(f"{where}: a word-list family needs at least one rule")
    return tuple(found)


class WordListRule(VersionRule):
    """Every phrase of the family's lists found in a version, as a finding."""

    def __init__(self, family: str) -> None:
        self.family = family  # type: ignore[misc]
        self.listed = listed_rules(family)

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        taken: list[tuple[int, int]] = []
        for listed in self.listed:
            cancelling: list[int] = []
            for match in find(text, language, self.family, listed.words, ctx.profile):
                if any(match.start < end and start < match.end for start, end in taken):
                    continue
                if listed.unless is not None:
                    if not cancelling:
                        cancelling = [m.start for m in find(
                            text, language, self.family, listed.unless)] or [-1]
                    low, high = _sentence(text, match.start, match.end)
                    if any(low <= position < high for position in cancelling):
                        continue
                taken.append((match.start, match.end))
                yield ctx.finding(
                    listed.rule,
                    listed.severity,
                    listed.bases,
                    language=language,
                    start=match.start,
                    end=match.end,
                    phrase=text[match.start : match.end],
                )
