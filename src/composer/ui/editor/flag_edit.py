"""The editor of one language version: a plain-text editor that explains its underlines
on hover and offers quick fixes on right-click, with a misspelt word's corrections asked
of the checker (never waited for on the UI thread)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from composer.model import MAX_VERSION_CHARACTERS
from composer.ui.editor.highlights import SPELLING_FAMILY, EditorFlags, Flag, tooltip_html
from composer.ui.findings.quick_fixes import (
    REPLACE,
    QuickFix,
    fixes_for,
    looking_label,
    more_suggestions,
    no_other_suggestions_label,
    no_suggestions_label,
)
from composer.ui.shared.long_runs import LONG_RUN, LongRunWrap


class Suggester(Protocol):
    """All corrections for a flagged word: returns them if known, else None after asking
    for them (they arrive later through :meth:`FlagTextEdit.suggestions_arrived`). Must
    not block. ``urgent``: a menu waits for them (else they are asked ahead)."""

    def __call__(self, word: str, language: str, urgent: bool = True) -> list[str] | None: ...


# How long a right-click waits for corrections being looked for before the menu opens
# with what it has (the rest fills in while it is open).
SUGGESTION_WAIT_MS = 150
# The mouse resting this long on a misspelt word asks for its corrections ahead.
HOVER_ASK_MS = 120


class FlagTextEdit(QPlainTextEdit):
    """A plain-text editor that explains its underlines on hover and offers fixes on
    right-click.

    For a misspelt word the menu lists the corrections its finding carries and those the
    spell engines find on request (:attr:`suggester`), which take up to half a second
    in the checking process. The menu waits :data:`SUGGESTION_WAIT_MS` for them; if they
    are still being looked for it opens with a disabled "Looking for more suggestions…"
    entry that they replace when they arrive. Resting the mouse on a misspelt word asks
    for its corrections ahead, so the menu is usually complete at once.
    """

    fix_requested = Signal(object, object)  # Flag, QuickFix
    #: A paste was refused (the version would be too long): the message to show.
    paste_refused = Signal(str)
    #: The version now wraps anywhere (it holds a very long run without a space): the
    #: message to show.
    wrapping_anywhere = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.flags = EditorFlags(self)
        self.suggester: Suggester | None = None
        # The open fix menu (None when closed) and its entries awaiting corrections.
        self.menu: QMenu | None = None
        self._awaiting: list[tuple[QAction, Flag, str]] = []
        self._menu_at: tuple[QPoint, QPoint] | None = None  # (viewport, global) position
        # For the last right-click: words whose corrections it waits for, and answers.
        self._waiting_for: set[str] = set()
        self._arrived: dict[str, list[str]] = {}
        self._menu_timer = QTimer(self)
        self._menu_timer.setSingleShot(True)
        self._menu_timer.setInterval(SUGGESTION_WAIT_MS)
        self._menu_timer.timeout.connect(self._open_menu)
        self._hover_at = QPoint()
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(HOVER_ASK_MS)
        self._hover_timer.timeout.connect(self._ask_ahead)
        self.viewport().setMouseTracking(True)
        self.setTabChangesFocus(True)
        self.setObjectName(f"editor-{language}")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.long_runs = LongRunWrap(self)
        self.long_runs.switched.connect(self._wrap_switched)

    def setPlainText(self, text: str) -> None:
        """Replace the text (a post opened or restored), wrapping cheaply from the start
        when it holds a very long run without a space."""
        self.long_runs.before_insert(text)
        super().setPlainText(text)

    def _wrap_switched(self, anywhere: bool) -> None:
        if anywhere:
            self.wrapping_anywhere.emit(
                self.tr("This version has %1 or more characters in a row without a space: "
                        "its lines now break anywhere, so that the editor stays fast. The "
                        "text is unchanged.").replace("%1", str(LONG_RUN))  # "1000" in fi, sv, en
            )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            # Shift+F10 opens the menu at the cursor, as the menu key does.
            point = self.cursorRect().center()
            self.contextMenuEvent(QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, point, self.viewport().mapToGlobal(point)))
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste, unless the version would grow past the longest accepted
        (:data:`composer.model.MAX_VERSION_CHARACTERS`): then nothing changes and
        :attr:`paste_refused` says why."""
        if source.hasText():
            incoming = len(source.text())
            replaced = len(self.textCursor().selectedText())
            length = len(self.toPlainText()) - replaced + incoming
            if length > MAX_VERSION_CHARACTERS:
                self.paste_refused.emit(
                    self.tr("Not pasted: a version can have at most %1 characters; with "
                            "this paste it would have %2.")
                    .replace("%1", f"{MAX_VERSION_CHARACTERS:,}").replace("%2", f"{length:,}")
                )
                return
            self.long_runs.before_insert(source.text())
        super().insertFromMimeData(source)

    def flags_at(self, position: int) -> list[Flag]:
        return self.flags.at(position) or (self.flags.at(position - 1) if position else [])

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self.cursorForPosition(event.pos()).position()
            flags = self.flags_at(position)
            if flags:
                QToolTip.showText(
                    event.globalPos(), tooltip_html(flags, self.tr("Guideline:")), self.viewport()
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseMove \
                and self.suggester is not None:
            self._hover_at = event.position().toPoint()
            self._hover_timer.start()
        elif event.type() == QEvent.Type.Leave:
            self._hover_timer.stop()
        return super().viewportEvent(event)

    # -- corrections ---------------------------------------------------------------------------

    @staticmethod
    def _misspelt(flag: Flag) -> bool:
        return flag.finding.family == SPELLING_FAMILY

    def _known_suggestions(self, flag: Flag, urgent: bool = True) -> list[str] | None:
        """The engines' corrections for ``flag``'s word, or None while they are looked
        for (or when there is nobody to ask: then the finding's own are all there is)."""
        word = flag.cursor.selectedText()
        if word in self._arrived:
            return self._arrived[word]
        if self.suggester is None:
            return []
        try:
            return self.suggester(word, self.language, urgent)
        except Exception:  # suggestions are a convenience; never break the menu
            return []

    def _ask_ahead(self) -> None:
        position = self.cursorForPosition(self._hover_at).position()
        for flag in self.flags_at(position):
            if self._misspelt(flag):
                self._known_suggestions(flag, urgent=False)

    def fix_menu_actions(self, position: int, menu: QMenu) -> list[QAction]:
        """Quick-fix actions for the flags at ``position``, added to ``menu``: for a
        misspelt word its corrections (or a placeholder while more are looked for)."""
        actions: list[QAction] = []
        for flag in self.flags_at(position):
            fixes = fixes_for(flag.finding)
            if self._misspelt(flag):
                known = self._known_suggestions(flag)
                replacements = [f for f in fixes if f.kind == REPLACE]
                fixes = [f for f in fixes if f.kind != REPLACE]
                actions += [self._fix_action(flag, fix, menu) for fix in replacements]
                if known is None:
                    waiting = QAction(looking_label(), menu)
                    waiting.setEnabled(False)
                    self._awaiting.append((waiting, flag, flag.cursor.selectedText()))
                    actions.append(waiting)
                else:
                    more = more_suggestions(flag.finding, known)
                    actions += [self._fix_action(flag, fix, menu) for fix in more]
                    if not replacements and not more:
                        actions.append(self._disabled(no_suggestions_label(), menu))
            actions += [self._fix_action(flag, fix, menu) for fix in fixes]
        return actions

    def _fix_action(self, flag: Flag, fix: QuickFix, menu: QMenu) -> QAction:
        action = QAction(fix.label, menu)
        action.triggered.connect(lambda _=False, f=flag, q=fix: self.fix_requested.emit(f, q))
        return action

    @staticmethod
    def _disabled(text: str, menu: QMenu) -> QAction:
        action = QAction(text, menu)
        action.setEnabled(False)
        return action

    def suggestions_arrived(self, word: str, language: str, suggestions: list[str]) -> None:
        """Corrections asked for have arrived (empty if none or if looking failed): open
        the menu waiting for them, or fill them into the open one."""
        if language != self.language or not (word in self._waiting_for or any(
            entry[2] == word for entry in self._awaiting
        )):
            return
        self._arrived[word] = list(suggestions)
        if self._menu_timer.isActive():
            self._waiting_for.discard(word)
            if not self._waiting_for:
                self._open_menu()
            return
        for entry in [e for e in self._awaiting if e[2] == word]:
            self._fill_in(*entry)

    def _fill_in(self, waiting: QAction, flag: Flag, word: str) -> None:
        self._awaiting = [entry for entry in self._awaiting if entry[0] is not waiting]
        menu = self.menu
        if menu is None:
            return
        more = more_suggestions(flag.finding, self._arrived.get(word, []))
        for fix in more:
            menu.insertAction(waiting, self._fix_action(flag, fix, menu))
        if more:
            menu.removeAction(waiting)
            waiting.deleteLater()
        else:
            # Kept in place (with new text) so the entries below do not move under the mouse.
            has_any = any(f.kind == REPLACE for f in fixes_for(flag.finding))
            waiting.setText(no_other_suggestions_label() if has_any else no_suggestions_label())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._close_menu()
        self._menu_at = (QPoint(event.pos()), QPoint(event.globalPos()))
        self._arrived = {}
        position = self.cursorForPosition(event.pos()).position()
        # Ask for every misspelt word here at once; wait briefly only if one is unknown.
        self._waiting_for = {
            flag.cursor.selectedText() for flag in self.flags_at(position)
            if self._misspelt(flag) and self._known_suggestions(flag) is None
        }
        if self._waiting_for:
            self._menu_timer.start()
        else:
            self._open_menu()
        event.accept()

    def _open_menu(self) -> None:
        """Build the menu for the last right-click and show it (without blocking)."""
        self._menu_timer.stop()
        if self._menu_at is None:
            return
        local, global_position = self._menu_at
        self._menu_at = None
        self._waiting_for = set()
        menu = self.createStandardContextMenu(local)
        menu.setObjectName(f"fix-menu-{self.language}")
        self._awaiting = []
        position = self.cursorForPosition(local).position()
        actions = self.fix_menu_actions(position, menu)
        if actions and not menu.actions():
            menu.addActions(actions)
            menu.addSeparator()
        elif actions:
            first = menu.actions()[0]
            for action in actions:
                menu.insertAction(first, action)
            menu.insertSeparator(first)
        self.menu = menu
        menu.aboutToHide.connect(lambda m=menu: self._menu_closed(m))
        menu.popup(global_position)

    def _menu_closed(self, menu: QMenu) -> None:
        if self.menu is menu:
            self.menu = None
            self._awaiting = []
        menu.deleteLater()

    def _close_menu(self) -> None:
        self._menu_timer.stop()
        if self.menu is not None:
            self.menu.close()
