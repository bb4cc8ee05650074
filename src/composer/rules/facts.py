"""Rule family `facts`: rumour markers ("kuulemma", "enligt rykten", "I heard").

A post that passes on hearsay spreads it with the organisation's authority; the writer
should check the facts first and say what is known. A warning at each marker. Word list:
``resources/wordlists/facts.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.model import Finding, Severity
from composer.rules.base import CheckContext, VersionRule
from composer.rules.phrases import find

FAMILY = "facts"
BASES = ("facts", "caution")


class RumourRule(VersionRule):
    family = FAMILY
    rules = (f"{FAMILY}.rumour",)

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        for match in find(text, language, FAMILY, "rumour", ctx.profile):
            yield ctx.finding(
                f"{FAMILY}.rumour",
                Severity.WARNING,
                BASES,
                language=language,
                start=match.start,
                end=match.end,
                phrase=text[match.start : match.end],
            )


RULES = [RumourRule()]
