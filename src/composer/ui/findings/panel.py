"""The findings panel: every finding of the latest check, grouped by severity.

A list view over :class:`~composer.ui.findings.model.FindingsModel`, drawn by
:class:`~composer.ui.findings.delegate.FindingDelegate`: each finding is a card with its
message, the guideline point it comes from, and buttons (quick fixes, Show, Guideline).
Only the rows on screen are drawn and the list is laid out a batch at a time, so a
result with a thousand findings never holds up typing.

One problem, one card: the same problem in several language versions is one card listing
the versions, with "Fix in all versions" where each has a suggestion. After a quick fix
the list keeps its place: the card fixed gives way to the one after it, and the list does
not scroll.

Mouse: a click on a card shows the finding in its text, a click on a button does what it
says. Keyboard: the arrow keys move between findings, Left/Right pick a card's button,
Enter or Space presses it (or shows the finding), the menu key opens the same actions as
a menu. Screen readers read each finding as "severity: message" with its guideline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES, Finding, Severity
from composer.ui.findings.delegate import FindingDelegate
from composer.ui.findings.model import (
    FINDING,
    FIX,
    FIX_ALL,
    GUIDELINE,
    SHOW,
    Action,
    FindingsModel,
    Row,
)
from composer.ui.findings.quick_fixes import user_dictionary_available
from composer.ui.shared import ui_turns

#: Rows measured per event-loop turn while the list is laid out.
BATCH = 15
WARM_UP_MS = 300


class FindingsView(QListView):
    """The list of findings; emits ``triggered(row, action)``."""

    triggered = Signal(object, object)  # Row, Action

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._rows = model
        self.delegate = FindingDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(BATCH)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A scroll bar that came and went would change the width the cards were measured
        # at after they were placed (a wrapped citation then ran into the next row).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._laid_out_width = -1
        self.verticalScrollBar().setSingleStep(20)
        self.setUniformItemSizes(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self._pressed_row: int | None = None
        model.modelReset.connect(self._forget_buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.PaletteChange):
            self.delegate.forget()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            width = self.viewport().width()
            if width != self._laid_out_width:
                # Rows are measured at the viewport's width: place them again.
                self._laid_out_width = width
                self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)

    def row_at(self, position: QPoint) -> tuple[int, Row] | None:
        index = self.indexAt(position)
        if not index.isValid():
            return None
        return index.row(), index.data(FindingsModel.ROW_ROLE)

    def _forget_buttons(self) -> None:
        self.delegate.hovered = self.delegate.pressed = self.delegate.focused = None

    def _button_at(self, position: QPoint) -> tuple[int, Row, int] | None:
        found = self.row_at(position)
        if found is None:
            return None
        number, row = found
        rect = self.visualRect(self.model().index(number, 0))
        button = self.delegate.hit(row, rect, position)
        return (number, row, button) if button is not None else None

    def _repaint_row(self, number: int | None) -> None:
        if number is not None:
            self.viewport().update(self.visualRect(self.model().index(number, 0)))

    # -- mouse -----------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self._button_at(event.position().toPoint())
        hovered = (found[1].key, found[2]) if found else None
        if hovered != self.delegate.hovered:
            self.delegate.hovered = hovered
            self.viewport().update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self.delegate.hovered is not None:
            self.delegate.hovered = None
            self.viewport().update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        found = self.row_at(position)
        self._pressed_row = None
        if found is None or found[1].kind != FINDING:
            return
        number, row = found
        self._select(number)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        button = self._button_at(position)
        if button is not None:
            self.delegate.pressed = (row.key, button[2])
            self._repaint_row(number)
        self._pressed_row = number

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self.delegate.pressed = self.delegate.pressed, None
        pressed_row, self._pressed_row = self._pressed_row, None
        if event.button() != Qt.MouseButton.LeftButton or pressed_row is None:
            return
        self._repaint_row(pressed_row)
        position = event.position().toPoint()
        found = self.row_at(position)
        if found is None or found[0] != pressed_row:
            return
        row = found[1]
        button = self._button_at(position)
        if pressed is not None:
            if button is not None and pressed == (row.key, button[2]):
                self._trigger(row, button[2])
            return
        if button is None:
            self.triggered.emit(row, Action(SHOW, "", ""))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)

    def _select(self, number: int) -> None:
        index = self.model().index(number, 0)
        if self.currentIndex() != index:
            self.delegate.focused = None
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _trigger(self, row: Row, number: int) -> None:
        self.triggered.emit(row, row.actions[number])

    # -- keyboard --------------------------------------------------------------------------

    def current_row(self) -> Row | None:
        index = self.currentIndex()
        row = index.data(FindingsModel.ROW_ROLE) if index.isValid() else None
        return row if row is not None and row.kind == FINDING else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.current_row()
        key = event.key()
        if row is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            focused = self.delegate.focused
            if focused is not None and focused[0] == row.key:
                self._trigger(row, focused[1])
            else:
                self.triggered.emit(row, Action(SHOW, "", ""))
            return
        if row is not None and key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row.actions:
            focused = self.delegate.focused
            number = focused[1] if focused is not None and focused[0] == row.key else -1
            number += 1 if key == Qt.Key.Key_Right else -1
            self.delegate.focused = (row.key, number) if 0 <= number < len(row.actions) \
                else None
            self._repaint_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _stops(self) -> list[tuple[int, int | None]]:
        """Where Tab stops, in order: each card, then each of its buttons."""
        model = self.model()
        stops: list[tuple[int, int | None]] = []
        for number in range(model.rowCount()):
            row = model.index(number, 0).data(FindingsModel.ROW_ROLE)
            if row is not None and row.kind == FINDING:
                stops.append((number, None))
                stops += [(number, button) for button in range(len(row.actions))]
        return stops

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go through the cards and their buttons, then on to the
        next (or previous) part of the window."""
        if self.hasFocus() and self._tab_step(next):
            return True
        self.delegate.focused = None
        return super().focusNextPrevChild(next)

    def _tab_step(self, forward: bool) -> bool:
        stops = self._stops()
        row = self.current_row()
        if not stops:
            return False
        if row is None:
            position = -1 if forward else len(stops)
        else:
            focused = self.delegate.focused
            button = focused[1] if focused is not None and focused[0] == row.key else None
            number = self.currentIndex().row()
            position = stops.index((number, button)) if (number, button) in stops else -1
        position += 1 if forward else -1
        if not 0 <= position < len(stops):
            return False
        number, button = stops[position]
        self._select(number)
        row = self.current_row()
        self.delegate.focused = (row.key, button) if row is not None and button is not None \
            else None
        self.scrollTo(self.currentIndex())
        self.viewport().update()
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current_row() is None and event.reason() not in (
                Qt.FocusReason.MouseFocusReason, Qt.FocusReason.PopupFocusReason):
            stops = self._stops()
            if stops:
                first = stops[-1] if event.reason() == Qt.FocusReason.BacktabFocusReason \
                    else stops[0]
                self._select(first[0])
                row = self.current_row()
                if row is not None and first[1] is not None:
                    self.delegate.focused = (row.key, first[1])

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """As a list does, but over the findings only (headings are passed by)."""
        index = super().moveCursor(action, modifiers)
        model = self._rows
        count = model.rowCount()
        if not index.isValid() or not count:
            return index
        up = action in (QAbstractItemView.CursorAction.MoveUp,
                        QAbstractItemView.CursorAction.MovePageUp,
                        QAbstractItemView.CursorAction.MovePrevious)
        if action == QAbstractItemView.CursorAction.MoveEnd:
            up = True
        number = index.row()
        step = -1 if up else 1
        while 0 <= number < count and model.row(number).kind != FINDING:
            number += step
        if not 0 <= number < count:
            number = index.row()
            while 0 <= number < count and model.row(number).kind != FINDING:
                number -= step
        if not 0 <= number < count:
            return self.currentIndex()
        if number != self.currentIndex().row():
            self.delegate.focused = None
        return model.index(number, 0)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            found = self.row_at(event.pos())
            row = found[1] if found else None
            if found is not None and row is not None and row.kind == FINDING:
                self._select(found[0])
            position = event.globalPos()
        else:
            row = self.current_row()
            rect = self.visualRect(self.currentIndex())
            position = self.viewport().mapToGlobal(rect.topLeft() + QPoint(12, 12))
        if row is None or row.kind != FINDING:
            return
        menu = self.actions_menu(row)
        menu.exec(position)

    def actions_menu(self, row: Row) -> QMenu:
        """A menu of ``row``'s buttons (and Show, also where the card has no button)."""
        menu = QMenu(self)
        menu.setAccessibleName(row.accessible_text())
        for number, action in enumerate(row.actions):
            item = menu.addAction(action.label)
            item.setToolTip(action.tip)
            item.triggered.connect(lambda _=False, n=number: self._trigger(row, n))
        return menu


class FindingsPanel(QWidget):
    """Lists the findings; emits the finding's index in the latest result."""

    show_requested = Signal(int)
    fix_requested = Signal(int, object)  # index, QuickFix
    #: Fix every finding of a problem with its first suggestion: their indices.
    fix_all_requested = Signal(list)
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

        self.model = FindingsModel(self)
        self.view = FindingsView(self.model, self)
        self.view.setAccessibleName(self.tr("List of findings"))
        self.view.triggered.connect(self._triggered)
        self._findings: list[Finding] = []
        self._texts: Mapping[str, str] = {}
        self._order: Sequence[str] = LANGUAGES
        self._warmed = False
        # The list follows a result in the next event-loop turn (the editors' underlines
        # are drawn first); reading it brings it up to date at once.
        self._stale = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.set_checking()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._warmed:
            # A spelling finding's "Add to my dictionary" asks whether the user dictionary
            # can be used, which imports the spelling package (tens of milliseconds): done
            # once soon after the window shows, not when the first misspelling is listed.
            self._warmed = True
            QTimer.singleShot(WARM_UP_MS, user_dictionary_available)

    # -- public -----------------------------------------------------------------------------

    def set_checking(self) -> None:
        if not self._findings:
            self.summary.setText(self.tr("Checking…"))

    def set_error(self, text: str) -> None:
        self.summary.setText(self.tr("Checking failed: %1").replace("%1", text))

    def set_unavailable(self, families: tuple[str, ...], everything: bool = False) -> None:
        """Say plainly what could not be checked for this text (it took too long): the
        families named, or the whole check."""
        if everything:
            text = self.tr("Checking is unavailable for this text: it took too long.")
            if families:
                text += " " + self.tr("Stuck in: %1.").replace("%1", ", ".join(families))
        else:
            text = self.tr("Checking unavailable for this text: %1 (took too long); the "
                           "other checks ran.").replace("%1", ", ".join(families))
        summary = self.summary.text()
        self.summary.setText(f"{summary}\n{text}" if summary and not everything else text)
        self.summary.setAccessibleName(self.summary.text())

    def set_findings(self, findings: list[Finding], texts: Mapping[str, str] | None = None,
                     order: Sequence[str] = LANGUAGES) -> None:
        """Show ``findings`` of the versions ``texts`` (by language; the same problem in
        several is one card), cards in the column ``order`` of the organisation."""
        self._findings = list(findings)
        self._texts = dict(texts or {})
        self._order = tuple(order)
        counts = Counter(f.severity for f in findings)
        written = any(text.strip() for text in self._texts.values())
        self.summary.setText(self._summary_text(counts) if written or counts or texts is None
                             else self.tr("Nothing to check yet: write the post."))
        self.summary.setAccessibleName(self.summary.text())
        self._stale = True
        ui_turns.shared().add(self, self.flush)

    def flush(self) -> None:
        """Bring the list up to date with the last :meth:`set_findings` now."""
        ui_turns.shared().cancel(self)
        if self._stale:
            self._stale = False
            view = self.view
            current = view.current_row()
            number = view.currentIndex().row()
            scrolled = view.verticalScrollBar().value()
            changed = self.model.set_findings(self._findings, self._texts, self._order)
            if changed and current is not None:
                self._keep_place(current, number, scrolled)

    def _keep_place(self, current: Row, number: int, scrolled: int) -> None:
        """After a new result: the card that was current stays current; if it is gone
        (fixed), the card now in its place is; the list does not scroll."""
        model = self.model
        found = model.row_of_key(current.key)
        if found < 0:
            count = model.rowCount()
            found = min(number, count - 1)
            while 0 <= found < count and model.row(found).kind != FINDING:
                found += 1
            if not 0 <= found < count:
                found = min(number, count - 1)
                while found >= 0 and model.row(found).kind != FINDING:
                    found -= 1
        if found >= 0:
            self.view.selectionModel().setCurrentIndex(
                model.index(found, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.verticalScrollBar().setValue(scrolled)

    def rows(self) -> list[Row]:
        """Every row: headings, findings and the closing line."""
        self.flush()
        return self.model.rows()

    def listed(self) -> list[Row]:
        """The findings listed, in order (each row's ``finding``, ``text``, ``actions``)."""
        return [row for row in self.rows() if row.kind == FINDING]

    def row_rect(self, row: Row) -> QRect:
        """Where ``row`` is drawn in the view's viewport (scrolled into view first)."""
        self.flush()
        index = self.model.index(self.model.row_of_key(row.key), 0)
        self.view.scrollTo(index)
        return self.view.visualRect(index)

    def button_rect(self, row: Row, label: str) -> QRect:
        """Where ``row``'s button saying ``label`` is drawn in the view's viewport."""
        rect = self.row_rect(row)
        number = next(n for n, a in enumerate(row.actions) if a.label == label)
        return self.view.delegate.button_rect(row, rect, number)

    # -- internals --------------------------------------------------------------------------

    def _triggered(self, row: Row, action: Action) -> None:
        if action.kind == SHOW:
            self.show_requested.emit(row.index)
        elif action.kind == FIX and action.fix is not None:
            self.fix_requested.emit(row.index, action.fix)
        elif action.kind == FIX_ALL and row.group is not None:
            self.fix_all_requested.emit(list(row.group.indices))
        elif action.kind == GUIDELINE:
            self.guideline_requested.emit(row.index)

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


