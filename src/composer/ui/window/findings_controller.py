"""The main window's findings: applying a check result to the editors, panel and previews,
showing a finding in its text, and quick fixes (a mixin of :class:`MainWindow`)."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor

from composer.checking.work import CheckResult
from composer.ui.editor.highlights import Flag
from composer.ui.findings.quick_fixes import (
    ADD_WORD,
    REMOVE_INVISIBLE,
    REPLACE,
    QuickFix,
    remove_invisible,
)


def _freeze_start_up_objects() -> None:
    """Leave what exists by the time a window shows its first result (modules, widgets,
    the guideline profiles: about 90,000 objects) out of Python's garbage collection: a
    full collection over them takes 20-30 ms, long enough to be felt while typing, and
    they live as long as the window anyway."""
    gc.freeze()


class FindingsMixin:
    """Findings in the editors, the panel and the previews; needs the MainWindow parts."""

    def _apply_result(self, result: CheckResult) -> None:
        self._result = result
        self._findings = list(result.findings)
        for language, column in self.editors.editors.items():
            column.editor.flags.set_flags(result.flags.get(language, []), result.findings)
            column.set_length(result.lengths.get(language, 0))
            column.set_readability(result.readability.get(language))
            column.set_other_language(result.other_language.get(language))
            column.chips.set_used(result.hashtags.get(language, frozenset()))
        if result.error:
            self.findings_panel.set_error(result.error)
            text = QCoreApplication.translate("MainWindow", "Checking failed: %1")
            self.status_message(text.replace("%1", result.error))
        else:
            self.findings_panel.set_findings(self._findings)
        # The check exported the post's channels too; without them (a failed check) the
        # panel exports on its own.
        self.preview.set_post(result.post, self._findings, result.previews,
                              force=result.previews is None)
        self.findings_updated.emit()
        if not getattr(self, "_start_up_frozen", False):
            self._start_up_frozen = True
            _freeze_start_up_objects()

    def _busy_changed(self, busy: bool) -> None:
        text = QCoreApplication.translate("MainWindow", "Checking…")
        self.check_state.setText(text if busy else "")

    def _flag_for(self, index: int) -> tuple[str, Flag] | None:
        if not 0 <= index < len(self._findings):
            return None
        finding = self._findings[index]
        if finding.language not in self.editors.editors:
            return None
        flag = self.editor(finding.language).flags.for_index(index)
        return (finding.language, flag) if flag is not None else None

    def show_finding(self, index: int) -> bool:
        """Select finding ``index``'s span in its editor; False when it has none."""
        found = self._flag_for(index)
        if found is None:
            return False
        language, flag = found
        column = self.editors.editors[language]
        column.set_collapsed(False)
        editor = column.editor
        cursor = QTextCursor(flag.cursor)
        editor.setTextCursor(cursor)
        editor.ensureCursorVisible()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def go_to_finding(self, step: int) -> None:
        """Select the next (or previous) finding that has a span, after the cursor."""
        result = self._result
        spans = [i for i, span in enumerate(result.spans) if span is not None] if result else []
        if not spans:
            text = QCoreApplication.translate("MainWindow", "No findings in the text.")
            self.status_message(text)
            return
        current = getattr(self, "_finding_cursor", -1)
        if current in spans:
            position = (spans.index(current) + step) % len(spans)
        else:
            position = 0 if step > 0 else len(spans) - 1
        self._finding_cursor = spans[position]
        self.show_finding(self._finding_cursor)
        self.status_message(self._findings[self._finding_cursor].message)

    def _fix_from_panel(self, index: int, fix: QuickFix) -> None:
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
        elif fix.kind == ADD_WORD:
            word = cursor.selectedText()
            try:
                from composer.spelling import add_to_user_dictionary

                add_to_user_dictionary(language, word)
            except (ImportError, OSError, ValueError) as exc:
                title = QCoreApplication.translate("MainWindow", "Word not added")
                self.show_error(title, str(exc))
                return
            text = QCoreApplication.translate("MainWindow", "“%1” added to your dictionary.")
            self.status_message(text.replace("%1", word), 4000)
            self.checker.invalidate()
