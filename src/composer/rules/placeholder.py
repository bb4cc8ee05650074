"""Rule family `placeholder`: a template's blanks left unfilled.

The built-in templates mark what to fill in with square brackets ("[Tapahtuman nimi]",
"[plats]", "[viikonpäivä pp.kk.]", "[00–00]"). One left in the text is an error: a
half-filled template must not go out. Brackets that real text uses otherwise are left
alone: an omission "[...]", "[sic]", a note "[1]", a bracketed link, a Markdown link
(:func:`composer.entities.placeholders`).
"""

from __future__ import annotations

from collections.abc import Iterator

from composer.entities import placeholders
from composer.model import Finding, Severity
from composer.rules.base import CheckContext, Rule, VersionRule

FAMILY = "placeholder"
BASES = ("facts", "caution")


class PlaceholderRule(VersionRule):
    family = FAMILY

    def check_version(self, text: str, language: str, ctx: CheckContext) -> Iterator[Finding]:
        for start, end in placeholders(text):
            yield ctx.finding(
                f"{FAMILY}.unfilled", Severity.ERROR, BASES, language=language,
                start=start, end=end, phrase=text[start:end],
            )


RULES: list[Rule] = [PlaceholderRule()]
