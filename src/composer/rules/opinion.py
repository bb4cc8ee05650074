"""Rule family `opinion`: personal opinions and who states them.

An employee or elected official who takes a stand ("mielestäni", "jag anser", "I oppose")
should make clear that it is their own opinion ("henkilökohtainen mielipide", "personlig
åsikt", "my own view"): without such a mark anywhere in that version, the first opinion
statement gets a finding (a warning for staff, who owe loyalty to the employer; a
suggestion for elected officials, whose role is to hold opinions). On the city's own
account, an opinion in the first person singular is a suggestion: the organisation
speaks as "we", not as one person. Word lists: ``resources/wordlists/opinion.toml``.
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.model import Finding, Severity
from composer.rules.base import CheckContext, VersionRule
from composer.rules.phrases import find

FAMILY = "opinion"
BASES = ("opinion", "caution")
SEVERITY_BY_ROLE = {"employee": Severity.WARNING, "elected": Severity.INFO}


class OpinionRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        opinions = find(text, language, FAMILY, "opinion", ctx.profile)
        if not opinions:
            return
        first = opinions[0]
        phrase = text[first.start : first.end]
        role = ctx.post.role
        if role == "organisation":
            yield ctx.finding(
                f"{FAMILY}.organisation-voice",
                Severity.INFO,
                BASES,
                language=language,
                start=first.start,
                end=first.end,
                phrase=phrase,
            )
            return
        severity = SEVERITY_BY_ROLE.get(role)
        if severity is None or find(text, language, FAMILY, "personal", ctx.profile):
            return
        yield ctx.finding(
            f"{FAMILY}.unmarked",
            severity,
            BASES,
            language=language,
            start=first.start,
            end=first.end,
            phrase=phrase,
        )


RULES = [OpinionRule()]
