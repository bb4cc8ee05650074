"""Rule family `calendar`: dates, weekdays and times that the calendar contradicts.

A weekday that does not match its date in any notation of the version's language
("maanantaina 3.6." when 3 June is a Wednesday; the fix is the right weekday in the same
form), a date that does not exist (31.4., 29.2.2027), an announced date already past on the
publishing day, a date range that runs backwards and a time no clock shows (klo 25.00).
The guidelines ask for correct information ("Asiallinen ja oikea tieto!", "Saklig och
korrekt information!"). The logic is :mod:`composer.calendar_facts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.calendar_facts import calendar_problems, date_text, weekday_name
from composer.model import Finding, Severity
from composer.rules.base import CheckContext, Rule, VersionRule

FAMILY = "calendar"
_DIGIT = re.compile(r"\d")
BASES = ("facts", "caution")


class CalendarRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        if _DIGIT.search(text) is None:
            return
        ui = ctx.ui_language
        for problem in calendar_problems(text, language, ctx.publishing_day):
            params = dict(problem.params)
            if problem.kind == "weekday":
                params["date"] = date_text(params["date"], ui)
                params["weekday"] = weekday_name(params["weekday"], ui)
            elif problem.kind == "past":
                params["today"] = date_text(params["today"], ui)
            yield ctx.finding(
                f"{FAMILY}.{problem.kind}",
                Severity.WARNING,
                BASES,
                language=language,
                start=problem.start,
                end=problem.end,
                suggestions=[problem.suggestion] if problem.suggestion else [],
                **params,
            )


RULES: list[Rule] = [CalendarRule()]
