"""Rule family `confidential`: secrecy markings and unfinished, non-public material.

Secrecy markings ("salassa pidettävä", "sekretessbelagd", "internal use only") are errors:
such material must not be published at all. Unfinished material ("valmisteilla", "under
beredning", "not yet public") is a warning: whether it may be shared must be checked with
whoever prepares the matter. Some words are markings only when written as a label
("LUOTTAMUKSELLINEN", "Draft:", "(konfidentiell)"); in running text they are harmless
("luottamuksellista keskusteluapua"). Word lists: ``resources/wordlists/confidential.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.model import Finding, Severity
from composer.rules.base import CheckContext, VersionRule
from composer.rules.normalise import map_findings, normalised
from composer.rules.phrases import Match, find

FAMILY = "confidential"
SECRECY_BASES = ("confidential", "secrecy", "law:publicity-act")
UNFINISHED_BASES = ("unfinished", "confidential", "law:publicity-act")

_LABEL_PUNCTUATION = " \t*_-–—:()[]{}\"'”’«»!.#"


def is_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a label rather than in running text:
    alone on its line, before a colon, in brackets, or in capitals amid lower-case text
    (a capital word in a shouted line is shouting, not a label: "SECRET SANTA PARTY")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    after = text[end:line_end]
    if not before.strip(_LABEL_PUNCTUATION) and not after.strip(_LABEL_PUNCTUATION):
        return True
    if after.lstrip(" \t").startswith(":"):
        return True
    if before.rstrip(" \t").endswith(("(", "[")) and after.lstrip(" \t").startswith((")", "]")):
        return True
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return False
    return any(c.islower() for c in before + after)


class ConfidentialRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        # A marking split by a line break or a hyphen, or disguised with invisible or
        # look-alike characters, is read in its plain form; spans point at the original.
        view = normalised(text, words=True)
        return map_findings(self._check(view.text, language, ctx), view)

    def _check(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        taken: list[tuple[int, int]] = []
        for category, rule, severity, bases, label_only in (
            ("secrecy", "secrecy", Severity.ERROR, SECRECY_BASES, False),
            ("secrecy-label", "secrecy", Severity.ERROR, SECRECY_BASES, True),
            ("unfinished", "unfinished", Severity.WARNING, UNFINISHED_BASES, False),
            ("unfinished-label", "unfinished", Severity.WARNING, UNFINISHED_BASES, True),
        ):
            for match in find(text, language, FAMILY, category, ctx.profile):
                if label_only and not is_label(text, match.start, match.end):
                    continue
                if _overlaps(match, taken):
                    continue
                taken.append((match.start, match.end))
                yield ctx.finding(
                    f"{FAMILY}.{rule}",
                    severity,
                    bases,
                    language=language,
                    start=match.start,
                    end=match.end,
                    phrase=text[match.start : match.end],
                )


def _overlaps(match: Match, taken: list[tuple[int, int]]) -> bool:
    return any(match.start < end and start < match.end for start, end in taken)


RULES = [ConfidentialRule()]
