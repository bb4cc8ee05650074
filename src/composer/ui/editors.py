"""The language editors: one column per version, side by side in the organisation's order.

Each column has a header (language, required/optional, length in characters as a person
counts them, a badge when the text reads as another language), the text editor with its
underlines, and the official hashtag chips. Optional columns can be collapsed.
Reordering (another organisation) moves the columns; their text and undo history stay.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES, Severity
from composer.ui import language_names
from composer.ui.hashtag_chips import HashtagChips
from composer.ui.highlights import (
    SPELLING_FAMILY,
    EditorFlags,
    Flag,
    severity_colour,
    tooltip_html,
)
from composer.ui.quick_fixes import (
    REPLACE,
    QuickFix,
    fixes_for,
    looking_label,
    more_suggestions,
    no_other_suggestions_label,
    no_suggestions_label,
)


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

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.flags = EditorFlags(self)
        self.suggester: Suggester | None = None
        # The open fix menu (None when closed) and its entries awaiting corrections.
        self.menu: QMenu | None = None
        self._awaiting: list[tuple[QAction, Flag, str]] = []
        self._menu_at: tuple[QPoint, QPoint] | None = None  # (viewport, global) position
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

    def flags_at(self, position: int) -> list[Flag]:
        return self.flags.at(position) or (self.flags.at(position - 1) if position else [])

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
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
        if event.type() == QEvent.Type.MouseMove and self.suggester is not None:
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
        if self.suggester is None:
            return []
        try:
            return self.suggester(flag.cursor.selectedText(), self.language, urgent)
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

    def suggestions_arrived(self, word: str, language: str, _suggestions: list[str]) -> None:
        """Corrections asked for have arrived: open the menu waiting for them, or fill
        them into the open one."""
        if language != self.language:
            return
        if self._menu_timer.isActive():
            position = self.cursorForPosition(self._menu_at[0]).position() if self._menu_at else 0
            if all(
                self._known_suggestions(flag) is not None
                for flag in self.flags_at(position) if self._misspelt(flag)
            ):
                self._menu_timer.stop()
                self._open_menu()
            return
        for entry in [e for e in self._awaiting if e[2] == word]:
            self._fill_in(*entry)

    def _fill_in(self, waiting: QAction, flag: Flag, word: str) -> None:
        self._awaiting = [entry for entry in self._awaiting if entry[0] is not waiting]
        menu = self.menu
        known = self._known_suggestions(flag)
        if menu is None or known is None:
            return
        more = more_suggestions(flag.finding, known)
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
        position = self.cursorForPosition(event.pos()).position()
        # Ask for every misspelt word here at once; wait briefly only if one is unknown.
        asked = [self._known_suggestions(f) for f in self.flags_at(position) if self._misspelt(f)]
        if any(known is None for known in asked):
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
        menu = self.createStandardContextMenu(local)
        menu.setObjectName(f"fix-menu-{self.language}")
        self._awaiting = []
        position = self.cursorForPosition(local).position()
        actions = self.fix_menu_actions(position, menu)
        if actions:
            first = menu.actions()[0] if menu.actions() else None
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

    def position_of_flag_menu(self, flag: Flag) -> QPoint:
        return self.cursorRect(flag.cursor).bottomLeft()


class LanguageEditor(QFrame):
    """One language version: header, editor and hashtag chips."""

    collapsed_changed = Signal(bool)
    #: The user confirmed a machine-translated text as reviewed.
    reviewed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.required = True
        self._collapsed = False
        self.setObjectName(f"version-{language}")

        self.toggle = QToolButton(self)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.clicked.connect(lambda: self.set_collapsed(not self._collapsed))
        self.title = QLabel(language_names.title(language), self)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.badge = QLabel(self)
        self.badge.setObjectName(f"badge-{language}")
        self.badge.hide()
        self.unreviewed = QLabel(self)
        self.unreviewed.setObjectName(f"unreviewed-{language}")
        self.unreviewed.setText(self.tr("machine translation"))
        self.unreviewed.setToolTip(
            self.tr("Machine translated and not yet reviewed by a person: read it, edit it "
                    "or confirm it.")
        )
        self.unreviewed.setAccessibleName(self.unreviewed.toolTip())
        self.confirm = QToolButton(self)
        self.confirm.setText(self.tr("Reviewed"))
        self.confirm.setToolTip(self.tr("I have read the machine translation and it is fine"))
        self.confirm.setAccessibleName(self.confirm.toolTip())
        self.confirm.clicked.connect(self.reviewed.emit)
        self.set_unreviewed(False)
        #: Drafts this version by machine translation (shown when that feature is loaded).
        self.translate = QToolButton(self)
        self.translate.setObjectName(f"translate-{language}")
        self.translate.setAutoRaise(True)
        self.translate.setText(self.tr("Translate…"))
        self.translate.setToolTip(
            self.tr("Draft the %1 version by machine translation from another version")
            .replace("%1", language_names.in_sentence(language))
        )
        self.translate.setAccessibleName(self.translate.toolTip())
        self._translatable = False
        self.translate.hide()
        self.length = QLabel(self)
        self.length.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.length.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        header_widget = QWidget(self)
        header = QHBoxLayout(header_widget)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(6)
        header.addWidget(self.toggle)
        header.addWidget(self.title)
        header.addWidget(self.status)
        header.addWidget(self.badge)
        header.addWidget(self.unreviewed)
        header.addWidget(self.confirm)
        header.addStretch(1)
        header.addWidget(self.translate)
        header.addWidget(self.length)

        self.editor = FlagTextEdit(language, self)
        placeholder = self.tr("Write the %1 version here…")
        self.editor.setPlaceholderText(
            placeholder.replace("%1", language_names.in_sentence(language))
        )
        self.editor.setAccessibleName(
            self.tr("%1 version").replace("%1", language_names.in_sentence(language))
        )
        self.chips = HashtagChips(language, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        # The same height with or without the collapse button, so the editors line up.
        header_widget.setFixedHeight(
            max(self.toggle.sizeHint().height(), self.title.sizeHint().height())
        )
        layout.addWidget(header_widget)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.chips)
        self.set_length(0)
        self.set_required(True)

    # -- state -------------------------------------------------------------------------------

    def set_required(self, required: bool) -> None:
        self.required = required
        self.status.setText(self.tr("required") if required else self.tr("optional"))
        self.toggle.setVisible(not required)
        if required and self._collapsed:
            self.set_collapsed(False)
        self._update_toggle_text()

    def is_collapsed(self) -> bool:
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed and self.required:
            return
        if collapsed == self._collapsed:
            return
        self._collapsed = collapsed
        self.editor.setVisible(not collapsed)
        self.chips.setVisible(not collapsed and bool(self.chips.tags()))
        self.length.setVisible(not collapsed)
        self.translate.setVisible(not collapsed and self._translatable)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        policy = QSizePolicy.Policy.Maximum if collapsed else QSizePolicy.Policy.Expanding
        self.setSizePolicy(policy, QSizePolicy.Policy.Expanding)
        self._update_toggle_text()
        self.collapsed_changed.emit(collapsed)

    def _update_toggle_text(self) -> None:
        name = language_names.in_sentence(self.language)
        text = (
            self.tr("Show the %1 version") if self._collapsed else self.tr("Hide the %1 version")
        ).replace("%1", name)
        self.toggle.setToolTip(text)
        self.toggle.setAccessibleName(text)

    def set_length(self, graphemes: int) -> None:
        self.length.setText(self.tr("%n character(s)", "", graphemes))
        self.length.setAccessibleName(self.length.text())

    def set_translatable(self, available: bool) -> None:
        """Show the "Translate…" button (machine translation is available here)."""
        self._translatable = available
        self.translate.setVisible(available and not self._collapsed)

    def set_unreviewed(self, unreviewed: bool) -> None:
        """Mark the text as machine translated and not yet reviewed."""
        if unreviewed:
            colour = severity_colour(Severity.WARNING, self.palette()).name()
            self.unreviewed.setStyleSheet(
                f"QLabel {{ color: {colour}; border: 1px dashed {colour};"
                " border-radius: 6px; padding: 0px 5px; }"
            )
        self.unreviewed.setVisible(unreviewed)
        self.confirm.setVisible(unreviewed)

    def set_other_language(self, language: str | None) -> None:
        """Show a badge when the text reads as ``language`` rather than its own."""
        if not language or language == self.language:
            self.badge.hide()
            return
        colour = severity_colour(Severity.WARNING, self.palette())
        self.badge.setText(
            self.tr("reads as %1").replace("%1", language_names.in_sentence(language))
        )
        self.badge.setStyleSheet(
            f"QLabel {{ color: {colour.name()}; border: 1px solid {colour.name()};"
            " border-radius: 6px; padding: 0px 5px; }"
        )
        self.badge.setToolTip(
            self.tr("This text looks like it is written in %1, not in %2.")
            .replace("%1", language_names.in_sentence(language))
            .replace("%2", language_names.in_sentence(self.language))
        )
        self.badge.setAccessibleName(self.badge.toolTip())
        self.badge.show()


class EditorArea(QWidget):
    """The version columns, in the organisation's language order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editors: dict[str, LanguageEditor] = {
            lang: LanguageEditor(lang, self) for lang in LANGUAGES
        }
        self.order: list[str] = list(LANGUAGES)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        for column in self.editors.values():
            column.collapsed_changed.connect(lambda _c: self._restretch())
        self.set_languages(list(LANGUAGES), list(LANGUAGES))

    def set_languages(self, order: list[str], required: list[str]) -> None:
        """Show the columns in ``order``; those in ``required`` are marked required."""
        order = [lang for lang in order if lang in self.editors]
        order += [lang for lang in LANGUAGES if lang not in order]
        self.order = order
        while self._layout.count():
            self._layout.takeAt(0)
        for lang in order:
            column = self.editors[lang]
            column.set_required(lang in required)
            self._layout.addWidget(column)
        self._restretch()

    def _restretch(self) -> None:
        for index, lang in enumerate(self.order):
            self._layout.setStretch(index, 0 if self.editors[lang].is_collapsed() else 1)

    def text_edits(self) -> list[FlagTextEdit]:
        """The editors in column order (for the tab order)."""
        return [self.editors[lang].editor for lang in self.order]
