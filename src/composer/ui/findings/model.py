"""The findings of the latest check as rows of a list model: a heading per severity, then
one row per problem, and a closing line when more findings exist than are listed.

One problem, one card: the same problem in several language versions (the same phone
number, ``http://`` link or "!!!") is one row listing the versions, with "Fix in all
versions" where every one of them has a suggestion (:mod:`composer.finding_groups`), in
the column order of the organisation's languages.

Rows are keyed by what a finding says, not where it is, so a result that only moves
findings around (typing earlier in the text) changes no row and costs the view nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from composer.finding_groups import FindingGroup, group_findings
from composer.model import LANGUAGES, Finding, Severity
from composer.ui.findings.quick_fixes import IGNORE, IGNORE_ALL, QuickFix, fixes_for
from composer.ui.language import language_names

#: More findings than this are summarised in one closing line (a 60,000-character text
#: can have thousands of spelling findings; the list stays quick to scroll and lay out).
MAX_LISTED = 1000
#: Quick-fix buttons on a finding (more suggestions are in the right-click menus).
MAX_FIX_BUTTONS = 3

HEADER = "header"
FINDING = "finding"
MORE = "more"

#: What a button on a finding does.
SHOW = "show"
FIX = "fix"
FIX_ALL = "fix-all"
GUIDELINE = "guideline"

_Index = QModelIndex | QPersistentModelIndex
Key = tuple[object, ...]


def finding_key(finding: Finding, occurrence: int) -> Key:
    return (
        finding.rule,
        finding.severity,
        finding.message,
        finding.language,
        finding.guideline,
        finding.reference,
        finding.suggestions,
        finding.start is None,
        occurrence,
    )


def severity_name(severity: Severity) -> str:
    names = {
        Severity.ERROR: QCoreApplication.translate("FindingsPanel", "Error"),
        Severity.WARNING: QCoreApplication.translate("FindingsPanel", "Warning"),
        Severity.INFO: QCoreApplication.translate("FindingsPanel", "Suggestion"),
    }
    return names[severity]


def group_title(severity: Severity) -> str:
    titles = {
        Severity.ERROR: QCoreApplication.translate(
            "FindingsPanel", "Errors: must be fixed before publishing"),
        Severity.WARNING: QCoreApplication.translate(
            "FindingsPanel", "Warnings: very likely a problem"),
        Severity.INFO: QCoreApplication.translate("FindingsPanel", "Suggestions"),
    }
    return titles[severity]


@dataclass(frozen=True)
class Action:
    """A button on a finding: what it says, its tooltip and what it does."""

    kind: str  # SHOW, FIX or GUIDELINE
    label: str
    tip: str
    fix: QuickFix | None = None


def actions_for(finding: Finding, group: FindingGroup | None = None) -> list[Action]:
    """The buttons of ``finding``: "Fix in all versions" for a group that can be, quick
    fixes, then Show and Guideline."""
    actions = []
    if group is not None and group.can_fix_all:
        translate = QCoreApplication.translate
        if not finding.suggestions[0]:  # the fix is to remove them
            label = translate("FindingCard", "Remove them all")
            tip = translate("FindingCard", "Remove every one of them, in every version")
        else:
            label = (translate("FindingCard", "Fix all") if len(group.languages) == 1
                     else translate("FindingCard", "Fix in all versions"))
            tip = translate("FindingCard", "Replace with “%1” in every version").replace(
                "%1", finding.suggestions[0])
        actions.append(Action(FIX_ALL, label, tip))
    fixes = fixes_for(finding)
    shown = [fix for fix in fixes if fix.kind not in (IGNORE, IGNORE_ALL)][:MAX_FIX_BUTTONS]
    shown += [fix for fix in fixes if fix.kind == IGNORE]  # "Ignore all" is in the menus
    actions += [Action(FIX, fix.label, fix.label, fix) for fix in shown]
    if finding.start is not None and finding.language:
        actions.append(Action(SHOW, QCoreApplication.translate("FindingCard", "Show"),
                              QCoreApplication.translate("FindingCard", "Select it in the text")))
    if finding.reference:
        actions.append(Action(
            GUIDELINE, QCoreApplication.translate("FindingCard", "Guideline"),
            QCoreApplication.translate("FindingCard", "Open the guideline at this point")))
    return actions


@dataclass
class Row:
    """One row of the list."""

    kind: str  # HEADER, FINDING or MORE
    key: Key
    severity: Severity | None = None
    finding: Finding | None = None
    #: Position of the finding in the latest result.
    index: int = -1
    text: str = ""
    #: The problem's findings in every version (None for headings).
    group: FindingGroup | None = None
    _actions: list[Action] | None = field(default=None, repr=False)

    @property
    def actions(self) -> list[Action]:
        if self._actions is None:
            self._actions = (actions_for(self.finding, self.group)
                             if self.finding is not None else [])
        return self._actions

    @property
    def citation(self) -> str:
        return self.finding.guideline if self.finding is not None else ""

    def accessible_text(self) -> str:
        if self.kind == FINDING and self.severity is not None:
            return f"{severity_name(self.severity)}: {self.text}"
        return self.text


def finding_text(finding: Finding, languages: Sequence[str] = ()) -> str:
    """The card's text: the versions the problem is in, and the message."""
    codes = list(languages) or ([finding.language] if finding.language else [])
    where = ", ".join(language_names.short(code) for code in codes)
    return f"{where} · {finding.message}" if where else finding.message


def rows_for(findings: list[Finding], texts: Mapping[str, str] | None = None,
             order: Sequence[str] = LANGUAGES) -> list[Row]:
    """Headings and one row per problem: the same problem in several versions (``texts``,
    by language) is one row, in the column ``order`` of the organisation's languages."""
    rows: list[Row] = []
    seen: Counter[Key] = Counter()
    current: Severity | None = None
    groups = group_findings(findings[:MAX_LISTED], texts or {}, order)
    for group in groups:
        finding = group.lead
        if finding.severity != current:
            current = finding.severity
            rows.append(Row(HEADER, (HEADER, current, len(rows)), current,
                            text=group_title(current)))
        base = (*finding_key(finding, 0), group.languages)
        key = (*finding_key(finding, seen[base]), group.languages)
        seen[base] += 1
        rows.append(Row(FINDING, key, finding.severity, finding, group.indices[0],
                        finding_text(finding, group.languages), group))
    hidden = len(findings) - min(len(findings), MAX_LISTED)
    if hidden:
        text = QCoreApplication.translate("FindingsPanel", "%n more finding(s) not listed.",
                                          "", hidden)
        rows.append(Row(MORE, (MORE, hidden), text=text))
    return rows


class FindingsModel(QAbstractListModel):
    """The rows; :data:`ROW_ROLE` gives a row's :class:`Row`."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.accessible_text()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if row.kind != FINDING:
                return ""
            labels = ", ".join(action.label for action in row.actions)
            return f"{row.citation}\n{labels}" if labels else row.citation
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == FINDING:
            return QCoreApplication.translate("FindingCard", "Click to show it in the text")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind == FINDING:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled

    def set_findings(self, findings: list[Finding], texts: Mapping[str, str] | None = None,
                     order: Sequence[str] = LANGUAGES) -> bool:
        """Show ``findings`` (grouped by problem, see :func:`rows_for`); False when the
        rows stayed the same (only the findings' positions changed), so the view has
        nothing to lay out again."""
        rows = rows_for(findings, texts, order)
        old_keys = [r.key for r in self._rows]
        new_keys = [r.key for r in rows]
        # Rows that stay keep their place (and the view its scroll position and current
        # row); only the run of rows between the common start and end is replaced.
        first = 0
        limit = min(len(old_keys), len(new_keys))
        while first < limit and old_keys[first] == new_keys[first]:
            first += 1
        last = 0
        while (last < limit - first
               and old_keys[len(old_keys) - 1 - last] == new_keys[len(new_keys) - 1 - last]):
            last += 1
        for number in [*range(first), *range(len(rows) - last, len(rows))]:
            old = self._rows[number if number < first else number - len(rows) + len(self._rows)]
            new = rows[number]
            old.finding, old.index, old.group = new.finding, new.index, new.group
        old_stop, new_stop = len(self._rows) - last, len(rows) - last
        if old_stop == first and new_stop == first:
            return False
        if old_stop > first:
            self.beginRemoveRows(QModelIndex(), first, old_stop - 1)
            del self._rows[first:old_stop]
            self.endRemoveRows()
        if new_stop > first:
            self.beginInsertRows(QModelIndex(), first, new_stop - 1)
            self._rows[first:first] = rows[first:new_stop]
            self.endInsertRows()
        return True

    def row_of_key(self, key: Key) -> int:
        for number, row in enumerate(self._rows):
            if row.key == key:
                return number
        return -1
