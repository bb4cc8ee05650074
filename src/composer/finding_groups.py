"""One problem, one card: findings about the same words in several language versions
(the same phone number, ``http://`` link or "!!!" in the Finnish, Swedish and English
text) grouped into one :class:`FindingGroup` that lists the versions.

Findings group when they have the same rule and severity and are about the same words
(compared without case); invisible characters group whatever they are
(:data:`WHOLE_RULE_GROUPS`: pasted text brings several kinds at once, and one card
removes them all). A finding about the whole post, or about a version without
pointing at words in it, is a group of its own. Groups come most severe first, then in
the column order of the organisation's languages, then by position; so do the findings
in a group. Where every finding of a group has a suggestion, the group can be fixed in
all versions at once (:meth:`FindingGroup.fixes`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from composer.model import LANGUAGES, Finding, Severity


@dataclass(frozen=True)
class Fix:
    """Replace ``text[start:end]`` of the ``language`` version with ``replacement``."""

    language: str
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class FindingGroup:
    """Findings about the same problem; ``indices`` are their positions in the list the
    groups were made from."""

    findings: tuple[Finding, ...]
    indices: tuple[int, ...]

    @property
    def lead(self) -> Finding:
        """The finding the card shows: the first in column order."""
        return self.findings[0]

    @property
    def severity(self) -> Severity:
        return self.lead.severity

    @property
    def languages(self) -> tuple[str, ...]:
        """The versions the problem is in, each once, in column order."""
        return tuple(dict.fromkeys(f.language for f in self.findings if f.language))

    @property
    def can_fix_all(self) -> bool:
        """More than one finding, and each has a suggestion for its words."""
        return len(self.findings) > 1 and all(
            f.suggestions and f.language is not None and f.start is not None
            and f.end is not None for f in self.findings
        )

    def fixes(self) -> list[Fix]:
        """The first suggestion of each finding, as edits; within one version the later
        edit comes first, so applying them in order keeps the earlier positions valid."""
        if not self.can_fix_all:
            return []
        edits = [Fix(f.language, f.start, f.end, f.suggestions[0])  # type: ignore[arg-type]
                 for f in self.findings]
        return sorted(edits, key=lambda e: (e.language, -e.start))


#: Rules whose findings are one problem whatever words they point at.
WHOLE_RULE_GROUPS = frozenset({"accessibility.invisible"})


def column_order(language_order: Sequence[str]) -> list[str]:
    """The organisation's languages first, any others after them."""
    order = [lang for lang in language_order if lang in LANGUAGES]
    return order + [lang for lang in LANGUAGES if lang not in order]


def group_findings(
    findings: Sequence[Finding],
    texts: Mapping[str, str],
    language_order: Sequence[str] = LANGUAGES,
) -> list[FindingGroup]:
    """``findings`` as groups (see the module docstring); ``texts`` are the versions the
    findings point into, by language."""
    rank = {lang: number for number, lang in enumerate(column_order(language_order))}

    def position(item: tuple[int, Finding]) -> tuple[int, int, int, int]:
        index, finding = item
        lang = -1 if finding.language is None else rank.get(finding.language, len(rank))
        start = -1 if finding.start is None else finding.start
        return (-int(finding.severity), lang, start, index)

    buckets: dict[tuple[object, ...], list[tuple[int, Finding]]] = {}
    for index, finding in enumerate(findings):
        key: tuple[object, ...]
        if finding.language is None or finding.start is None or finding.end is None:
            key = ("single", index)
        else:
            words = texts.get(finding.language, "")[finding.start : finding.end]
            if finding.rule in WHOLE_RULE_GROUPS:
                words = "\0" if words else ""  # every kind, one card
            key = (finding.rule, finding.severity, words.casefold()) if words else (
                "single", index)
        buckets.setdefault(key, []).append((index, finding))
    groups = []
    for members in buckets.values():
        members.sort(key=position)
        groups.append((position(members[0]), FindingGroup(
            tuple(f for _, f in members), tuple(i for i, _ in members))))
    groups.sort(key=lambda item: item[0])
    return [group for _, group in groups]


__all__ = ["WHOLE_RULE_GROUPS", "FindingGroup", "Fix", "column_order", "group_findings"]
