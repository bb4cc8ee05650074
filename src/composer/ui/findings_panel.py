"""The findings panel: every finding of the latest check, grouped by severity.

Each finding is a card with its message, the guideline point it comes from, and buttons:
show it in the text, quick fixes, open the guideline at that point. Cards are reused
between results (keyed by what they say, not where), so typing that only moves findings
around does not rebuild the panel.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from composer.model import Finding, Severity
from composer.ui import language_names
from composer.ui.highlights import severity_colour
from composer.ui.quick_fixes import QuickFix, fixes_for

#: More cards than this are summarised in one line (a 60,000-character text can have
#: hundreds of spelling findings; nobody reads past the first screens).
MAX_CARDS = 60
#: Quick-fix buttons on a card (more suggestions are in the editor's right-click menu).
MAX_FIX_BUTTONS = 3
#: Cards made at once when a result arrives; the rest follow a few per event-loop turn.
FIRST_CARDS = 5
CARDS_PER_STEP = 2
_Key = tuple[object, ...]


def _key(finding: Finding, occurrence: int) -> _Key:
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


def card_style_sheet(palette: QPalette) -> str:
    """One style sheet for all cards: a frame with a severity-coloured left edge."""
    rules = [
        "QFrame#findingCard { border: 1px solid palette(mid); border-radius: 3px; }",
        "QFrame#findingCard:focus { border: 2px solid palette(highlight); }",
    ]
    for severity in Severity:
        colour = severity_colour(severity, palette).name()
        selector = f'QFrame#findingCard[severity="{severity.label}"]'
        rules.append(f"{selector} {{ border-left: 4px solid {colour}; }}")
    return "\n".join(rules)


class FindingCard(QFrame):
    """One finding; click (or Enter) shows it in its editor."""

    activated = Signal(object)  # the card
    fix_chosen = Signal(object, object)  # card, QuickFix
    guideline_chosen = Signal(object)  # card

    def __init__(self, finding: Finding, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.index = index
        self.setObjectName("findingCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("severity", finding.severity.label)
        where = language_names.short(finding.language) if finding.language else ""
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setText(f"{where} · {finding.message}" if where else finding.message)
        self.citation = QLabel(finding.guideline, self)
        self.citation.setWordWrap(True)
        self.citation.setTextFormat(Qt.TextFormat.PlainText)
        self.citation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.citation.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.citation.setFont(small)
        self.citation.setVisible(bool(finding.guideline))

        # Plain box layouts (a wrapping layout costs too much with a hundred cards): the
        # quick fixes on a row of their own, showing and the guideline on another.
        self.buttons: list[QPushButton] = []
        fixes_row = QHBoxLayout()
        row = QHBoxLayout()
        for layout in (fixes_row, row):
            layout.setSpacing(4)
        for fix in fixes_for(finding)[:MAX_FIX_BUTTONS]:
            self._button(
                fixes_row, fix.label, fix.label,
                lambda _=False, f=fix: self.fix_chosen.emit(self, f),
            )
        if finding.start is not None and finding.language:
            self._button(row, self.tr("Show"), self.tr("Select it in the text"),
                         lambda: self.activated.emit(self))
        if finding.reference:
            self._button(row, self.tr("Guideline"), self.tr("Open the guideline at this point"),
                         lambda: self.guideline_chosen.emit(self))
        fixes_row.addStretch(1)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.setSpacing(3)
        layout.addWidget(self.message)
        layout.addWidget(self.citation)
        if fixes_row.count() > 1:
            layout.addLayout(fixes_row)
        if row.count() > 1:
            layout.addLayout(row)
        self.setAccessibleName(f"{severity_name(finding.severity)}: {self.message.text()}")
        self.setAccessibleDescription(finding.guideline)
        self.setToolTip(self.tr("Click to show it in the text"))

    def _button(self, row: QHBoxLayout, text: str, tip: str, slot) -> None:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        row.addWidget(button)
        self.buttons.append(button)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self)
            return
        super().keyPressEvent(event)


def severity_name(severity: Severity) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        Severity.ERROR: QCoreApplication.translate("FindingsPanel", "Error"),
        Severity.WARNING: QCoreApplication.translate("FindingsPanel", "Warning"),
        Severity.INFO: QCoreApplication.translate("FindingsPanel", "Suggestion"),
    }
    return names[severity]


class FindingsPanel(QWidget):
    """Lists the findings; emits the finding's index in the latest result."""

    show_requested = Signal(int)
    fix_requested = Signal(int, object)  # index, QuickFix
    guideline_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.setAccessibleName(self.tr("Findings"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = QFont(self.summary.font())
        font.setBold(True)
        self.summary.setFont(font)

        self._content = QWidget(self)
        self._content.setStyleSheet(card_style_sheet(self.palette()))
        self._list = QVBoxLayout(self._content)
        self._list.setContentsMargins(0, 0, 4, 0)
        self._list.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._content)
        self.scroll.setAccessibleName(self.tr("List of findings"))
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._headers = {s: self._header() for s in Severity}
        self._more = QLabel(self._content)
        self._more.setWordWrap(True)
        self._cards: dict[_Key, FindingCard] = {}
        self._placeholders: dict[_Key, QWidget] = {}
        self._pending: dict[_Key, tuple[int, Finding]] = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._make_some)
        self._order: list[_Key] = []
        self._findings: list[Finding] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.summary, 1)
        layout.addLayout(title_row)
        layout.addWidget(self.scroll, 1)
        self.set_checking()

    def _header(self) -> QLabel:
        label = QLabel(self._content)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # -- public -----------------------------------------------------------------------------

    def cards(self) -> list[FindingCard]:
        self._finish()
        return [self._cards[key] for key in self._order]

    def set_checking(self) -> None:
        if not self._findings:
            self.summary.setText(self.tr("Checking…"))

    def set_error(self, text: str) -> None:
        self.summary.setText(self.tr("Checking failed: %1").replace("%1", text))

    def set_findings(self, findings: list[Finding]) -> None:
        self._findings = list(findings)
        counts = Counter(f.severity for f in findings)
        self.summary.setText(self._summary_text(counts))
        self.summary.setAccessibleName(self.summary.text())

        seen: Counter[tuple[object, ...]] = Counter()
        wanted: list[tuple[_Key, int, Finding]] = []
        for index, finding in enumerate(findings[:MAX_CARDS]):
            base = _key(finding, 0)
            key = _key(finding, seen[base])
            seen[base] += 1
            wanted.append((key, index, finding))
        keys = [key for key, _, _ in wanted]
        if keys != self._order:
            self._rebuild(wanted)
        for key, index, finding in wanted:
            card = self._cards.get(key)
            if card is not None:
                card.index = index
                card.finding = finding
        self._pending = {key: (index, finding) for key, index, finding in wanted
                         if key in self._placeholders}
        hidden = len(findings) - len(wanted)
        self._more.setText(self.tr("%n more finding(s) not listed.", "", hidden))
        self._more.setVisible(hidden > 0)

    def _summary_text(self, counts: Counter[Severity]) -> str:
        if not counts:
            return self.tr("No findings: the post follows the guideline as far as it can be "
                           "checked.")
        parts = []
        if counts[Severity.ERROR]:
            parts.append(self.tr("%n error(s)", "", counts[Severity.ERROR]))
        if counts[Severity.WARNING]:
            parts.append(self.tr("%n warning(s)", "", counts[Severity.WARNING]))
        if counts[Severity.INFO]:
            parts.append(self.tr("%n suggestion(s)", "", counts[Severity.INFO]))
        return " · ".join(parts)

    def _rebuild(self, wanted: list[tuple[_Key, int, Finding]]) -> None:
        self._later.stop()
        for placeholder in self._placeholders.values():
            placeholder.deleteLater()
        self._placeholders = {}
        while self._list.count():
            self._list.takeAt(0)
        keep = {key for key, _, _ in wanted}
        for key in list(self._cards):
            if key not in keep:
                self._cards.pop(key).deleteLater()
        for header in self._headers.values():
            header.hide()
        current: Severity | None = None
        created = 0
        for key, index, finding in wanted:
            if finding.severity != current:
                current = finding.severity
                header = self._headers[current]
                header.setText(self._group_title(current))
                header.show()
                self._list.addWidget(header)
            card = self._cards.get(key)
            if card is None and created >= FIRST_CARDS:
                # Made a few at a time after this result, so the window stays responsive.
                placeholder = QWidget(self._content)
                self._placeholders[key] = placeholder
                self._list.addWidget(placeholder)
                continue
            if card is None:
                card = self._make_card(key, index, finding)
                created += 1
            self._list.addWidget(card)
        self._list.addWidget(self._more)
        self._list.addStretch(1)
        self._order = [key for key, _, _ in wanted]
        self._update_tab_order()
        if self._placeholders:
            self._later.start()

    def _make_card(self, key: _Key, index: int, finding: Finding) -> FindingCard:
        card = FindingCard(finding, index, self._content)
        card.activated.connect(lambda c: self.show_requested.emit(c.index))
        card.fix_chosen.connect(lambda c, fix: self.fix_requested.emit(c.index, fix))
        card.guideline_chosen.connect(lambda c: self.guideline_requested.emit(c.index))
        self._cards[key] = card
        return card

    def _make_some(self, count: int = CARDS_PER_STEP) -> None:
        """Replace up to ``count`` placeholders by their cards."""
        for key in list(self._placeholders)[:count]:
            placeholder = self._placeholders.pop(key)
            index, finding = self._pending.pop(key)
            card = self._make_card(key, index, finding)
            self._list.replaceWidget(placeholder, card)
            placeholder.deleteLater()
        if self._placeholders:
            self._later.start()
        else:
            self._update_tab_order()

    def _finish(self) -> None:
        """Make every card still waiting to be made."""
        self._later.stop()
        if self._placeholders:
            self._make_some(len(self._placeholders))

    def _update_tab_order(self) -> None:
        previous: QWidget = self.scroll
        for key in self._order:
            card = self._cards.get(key)
            if card is None:
                continue
            QWidget.setTabOrder(previous, card)
            previous = card
            for button in card.buttons:
                QWidget.setTabOrder(previous, button)
                previous = button

    def _group_title(self, severity: Severity) -> str:
        titles = {
            Severity.ERROR: self.tr("Errors: must be fixed before publishing"),
            Severity.WARNING: self.tr("Warnings: very likely a problem"),
            Severity.INFO: self.tr("Suggestions"),
        }
        return titles[severity]


__all__ = ["FindingCard", "FindingsPanel", "QuickFix", "severity_name"]
