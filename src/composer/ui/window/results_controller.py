"""Shows check results in the window: flags in the editors, the findings panel and the
channel previews; moving between findings and applying their quick fixes.

A part of :class:`~composer.ui.window.main_window.MainWindow`, given the widgets and
callbacks it works with (no access to the rest of the window).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from composer.checking.client import UNAVAILABLE
from composer.checking.work import CheckResult
from composer.model import Finding
from composer.ui.editor.editors import EditorArea
from composer.ui.editor.highlights import Flag
from composer.ui.findings.panel import FindingsPanel
from composer.ui.findings.quick_fixes import (
    ADD_WORD,
    IGNORE,
    IGNORE_ALL,
    REMOVE_INVISIBLE,
    REPLACE,
    QuickFix,
    remove_invisible,
)
from composer.ui.preview.panel import ChannelPreviewPanel

#: Shows a message in the status bar: (text, milliseconds).
StatusMessage = Callable[[str, int], None]
#: Shows an error dialog: (title, text).
ShowError = Callable[[str, str], object]


def _freeze_start_up_objects() -> None:
    """Leave what exists by the time a window shows its first result (modules, widgets,
    the guideline profiles: about 90,000 objects) out of Python's garbage collection: a
    full collection over them takes 20-30 ms, long enough to be felt while typing, and
    they live as long as the window anyway."""
    gc.freeze()


class ResultsController:
    """The latest check result, shown in the editors, the panel and the previews."""

    def __init__(
        self,
        editors: EditorArea,
        panel: FindingsPanel,
        preview: ChannelPreviewPanel,
        check_state: QLabel,
        status_message: StatusMessage,
        show_error: ShowError,
        words_changed: Callable[[], None],
        updated: Callable[[], None],
        ignore_word: Callable[[str, str, bool], None] | None = None,
    ) -> None:
        self._editors = editors
        self._panel = panel
        self._preview = preview
        self._check_state = check_state
        self._status_message = status_message
        self._show_error = show_error
        #: Called after a word was added to the user's dictionary (checks again).
        self._words_changed = words_changed
        #: Called after a result was shown.
        self._updated = updated
        #: Hides a word's spelling findings: (language, word, everywhere).
        self._ignore_word = ignore_word
        #: The result shown (None before the first one).
        self.result: CheckResult | None = None
        self._findings: list[Finding] = []
        #: The finding last selected with Next/Previous finding (-1: none).
        self._finding_cursor = -1
        self._start_up_frozen = False

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def finding(self, index: int) -> Finding:
        return self._findings[index]

    def clear(self) -> None:
        """Another post is shown: no findings until its first result."""
        self._findings = []
        self._panel.set_findings([])
        self._panel.set_checking()

    def apply(self, result: CheckResult) -> None:
        self.result = result
        self._findings = list(result.findings)
        for language, column in self._editors.editors.items():
            column.editor.flags.set_flags(result.flags.get(language, []), result.findings)
            column.set_length(result.lengths.get(language, 0))
            column.set_readability(result.readability.get(language))
            column.set_other_language(result.other_language.get(language))
            column.chips.set_used(result.hashtags.get(language, frozenset()))
        if result.error == UNAVAILABLE:
            self._panel.set_findings([])
            self._panel.set_unavailable(result.unavailable, everything=True)
        elif result.error:
            self._panel.set_error(result.error)
            text = QCoreApplication.translate("MainWindow", "Checking failed: %1")
            self._status_message(text.replace("%1", result.error), 5000)
        else:
            texts = result.post.versions if result.post is not None else {}
            self._panel.set_findings(self._findings, texts, self._editors.order)
            if result.unavailable:
                self._panel.set_unavailable(result.unavailable)
        # The check exported the post's channels too (none when it failed).
        # The gate before Copy and Export all (with the check for publishing's errors).
        self._preview.set_findings(self._findings, result.publishing)
        if result.post is not None:
            self._preview.set_post(result.post, result.previews)
        self._updated()
        if not self._start_up_frozen:
            self._start_up_frozen = True
            _freeze_start_up_objects()

    def show_busy(self, busy: bool) -> None:
        text = QCoreApplication.translate("MainWindow", "Checking…")
        self._check_state.setText(text if busy else "")

    def _flag_for(self, index: int) -> tuple[str, Flag] | None:
        if not 0 <= index < len(self._findings):
            return None
        finding = self._findings[index]
        if finding.language not in self._editors.editors:
            return None
        flag = self._editors.editors[finding.language].editor.flags.for_index(index)
        return (finding.language, flag) if flag is not None else None

    def show_finding(self, index: int) -> bool:
        """Select finding ``index``'s span in its editor; False when it has none."""
        found = self._flag_for(index)
        if found is None:
            return False
        language, flag = found
        column = self._editors.editors[language]
        column.set_collapsed(False)
        editor = column.editor
        cursor = QTextCursor(flag.cursor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def go_to_finding(self, step: int) -> None:
        """Select the next (or previous) finding that has a span, after the cursor."""
        result = self.result
        spans = [i for i, span in enumerate(result.spans) if span is not None] if result else []
        if not spans:
            text = QCoreApplication.translate("MainWindow", "No findings in the text.")
            self._status_message(text, 5000)
            return
        current = self._finding_cursor
        if current in spans:
            position = (spans.index(current) + step) % len(spans)
        else:
            position = 0 if step > 0 else len(spans) - 1
        self._finding_cursor = spans[position]
        self.show_finding(self._finding_cursor)
        self._status_message(self._findings[self._finding_cursor].message, 5000)

    def fix_all_from_panel(self, indices: list[int]) -> None:
        """Fix every finding of one problem (in each version) with its first suggestion."""
        for index in indices:
            found = self._flag_for(index)
            finding = self._findings[index] if 0 <= index < len(self._findings) else None
            if found is not None and finding is not None and finding.suggestions:
                self.apply_fix(found[0], found[1], QuickFix(REPLACE, "",
                                                            finding.suggestions[0]))

    def fix_from_panel(self, index: int, fix: QuickFix) -> None:
        found = self._flag_for(index)
        if found is not None:
            self.apply_fix(found[0], found[1], fix)

    def apply_fix(self, language: str, flag: Flag, fix: QuickFix) -> None:
        """Apply a quick fix to ``flag``'s span as one undoable edit."""
        cursor = QTextCursor(flag.cursor)
        if fix.kind == REPLACE:
            cursor.insertText(fix.value)
        elif fix.kind == REMOVE_INVISIBLE:
            selected = cursor.selectedText().replace("\u2029", "\n")
            cursor.insertText(remove_invisible(selected))
        elif fix.kind in (IGNORE, IGNORE_ALL):
            if self._ignore_word is not None:
                self._ignore_word(language, cursor.selectedText(), fix.kind == IGNORE_ALL)
        elif fix.kind == ADD_WORD:
            word = cursor.selectedText()
            try:
                from composer.spelling import add_to_user_dictionary

                add_to_user_dictionary(language, word)
            except (ImportError, OSError, ValueError) as exc:
                title = QCoreApplication.translate("MainWindow", "Word not added")
                self._show_error(title, str(exc))
                return
            text = QCoreApplication.translate("MainWindow", "“%1” added to your dictionary.")
            self._status_message(text.replace("%1", word), 4000)
            self._words_changed()
