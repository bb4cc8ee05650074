"""The findings summary recorded with a post when it is sent for review."""

from __future__ import annotations

from collections.abc import Iterable

from composer.model import Finding, Post, Severity
from composer.team.record import FindingsSummary


def summary_of(findings: Iterable[Finding]) -> FindingsSummary:
    found = list(findings)
    errors = [f for f in found if f.severity is Severity.ERROR]
    return FindingsSummary(
        errors=len(errors),
        warnings=sum(f.severity is Severity.WARNING for f in found),
        infos=sum(f.severity is Severity.INFO for f in found),
        rules=tuple(dict.fromkeys(f.rule for f in errors))[:20],
    )


def check_summary(post: Post) -> FindingsSummary:
    """Check ``post`` with the guideline engine and summarise (takes a second or so)."""
    from composer.engine import Engine

    return summary_of(Engine().check(post))
