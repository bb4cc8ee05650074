"""The language editors: one column per version, side by side in the organisation's order.

Each column has a header (language, required/optional, length in characters as a person
counts them, a badge when the text reads as another language), the text editor with its
underlines, and the official hashtag chips. Optional columns can be collapsed.
Reordering (another organisation) moves the columns; their text and undo history stay.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES, Severity
from composer.ui.editor.flag_edit import FlagTextEdit
from composer.ui.editor.hashtag_chips import HashtagChips
from composer.ui.editor.readability_badge import ReadabilityBadge
from composer.ui.language import language_names
from composer.ui.shared.palette_colours import severity_colour

#: The narrowest a version column gets (logical px); the columns always share the width
#: equally, so on a small screen their headers are clipped rather than the window growing.
MIN_COLUMN_WIDTH = 130


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
        #: The machine translation mark and its Reviewed button: in full and short.
        self._mark_texts = (self.tr("machine translation"),
                            self.tr("MT", "short for: machine translation"))
        self._confirm_texts = (self.tr("Reviewed"), "✓")
        self.unreviewed.setText(self._mark_texts[0])
        self.unreviewed.setToolTip(
            self.tr("Machine translated and not yet reviewed by a person: read it, edit it "
                    "or confirm it.")
        )
        self.unreviewed.setAccessibleName(self.unreviewed.toolTip())
        self.confirm = QToolButton(self)
        self.confirm.setText(self._confirm_texts[0])
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
        self.readability = ReadabilityBadge(language, self)
        self.length = QLabel(self)
        self.length.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.length.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        header_widget = QWidget(self)
        header_widget.installEventFilter(self)
        self._header = header_widget
        self._full = {"title": language_names.title(language), "status": "", "length": ""}
        self._badge_texts = ("", "")  # "reads as …" in full and short
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
        header.addWidget(self.readability)
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
        self.setMinimumWidth(MIN_COLUMN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)

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
        self._graphemes = 0
        self.set_length(0)
        self.set_required(True)

    def retranslate(self) -> None:
        """The texts again in the UI language (it changed)."""
        name = language_names.in_sentence(self.language)
        self._full["title"] = language_names.title(self.language)
        self._mark_texts = (self.tr("machine translation"),
                            self.tr("MT", "short for: machine translation"))
        self._confirm_texts = (self.tr("Reviewed"), "✓")
        self.unreviewed.setText(self._mark_texts[0])
        self.unreviewed.setToolTip(
            self.tr("Machine translated and not yet reviewed by a person: read it, edit it "
                    "or confirm it."))
        self.unreviewed.setAccessibleName(self.unreviewed.toolTip())
        self.confirm.setText(self._confirm_texts[0])
        self.confirm.setToolTip(self.tr("I have read the machine translation and it is fine"))
        self.confirm.setAccessibleName(self.confirm.toolTip())
        self.translate.setText(self.tr("Translate…"))
        self.translate.setToolTip(
            self.tr("Draft the %1 version by machine translation from another version")
            .replace("%1", name))
        self.translate.setAccessibleName(self.translate.toolTip())
        self.editor.setPlaceholderText(self.tr("Write the %1 version here…").replace("%1", name))
        self.editor.setAccessibleName(self.tr("%1 version").replace("%1", name))
        self.set_required(self.required)
        self.set_length(self._graphemes)

    # -- state -------------------------------------------------------------------------------

    def set_required(self, required: bool) -> None:
        self.required = required
        self._full["status"] = self.tr("required") if required else self.tr("optional")
        self.status.setAccessibleName(self._full["status"])
        self.toggle.setVisible(not required)
        if required and self._collapsed:
            self.set_collapsed(False)
        self._update_toggle_text()
        self.fit_header()

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
        self.readability.setVisible(not collapsed and bool(self.readability.level))
        self.translate.setVisible(not collapsed and self._translatable)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        # Open columns ignore their contents' widths so they stay equal (stretch 1 each).
        policy = QSizePolicy.Policy.Maximum if collapsed else QSizePolicy.Policy.Ignored
        self.setSizePolicy(policy, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(0 if collapsed else MIN_COLUMN_WIDTH)
        self._update_toggle_text()
        self.fit_header()
        self.collapsed_changed.emit(collapsed)

    def _update_toggle_text(self) -> None:
        name = language_names.in_sentence(self.language)
        text = (
            self.tr("Show the %1 version") if self._collapsed else self.tr("Hide the %1 version")
        ).replace("%1", name)
        self.toggle.setToolTip(text)
        self.toggle.setAccessibleName(text)

    def set_length(self, graphemes: int) -> None:
        self._graphemes = graphemes
        self._full["length"] = self.tr("%n character(s)", "", graphemes)
        self.length.setAccessibleName(self._full["length"])
        self.fit_header()

    # -- the header on a narrow column -----------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._header and event.type() in (QEvent.Type.Resize,
                                                        QEvent.Type.LayoutRequest):
            self.fit_header()
        return False

    def fit_header(self) -> None:
        """The header's texts as long as its width allows, never cut: on a narrow column
        the readability badge keeps its dot, the count its number, "required" becomes
        "*", "reads as …" the language's code and the version's name its code; last, the
        machine translation mark becomes "MT" and its Reviewed button "✓" (each whole
        text in its tooltip)."""
        if not hasattr(self, "_header"):
            return
        full = self._full
        title_full, status_full, length_full = full["title"], full["status"], full["length"]
        status_short = "*" if self.required else ""
        length_short = str(self._graphemes)
        title_short = language_names.short(self.language)
        # (title, status, count, readability level shown, "reads as" badge in full)
        forms = [
            (title_full, status_full, length_full, True, True),
            (title_full, status_full, length_full, False, True),
            (title_full, status_full, length_short, False, True),
            (title_full, status_short, length_short, False, True),
            (title_full, status_short, length_short, False, False),
            (title_short, status_short, length_short, False, False),
        ]
        header = self._header
        layout = header.layout()
        spacing = max(0, layout.spacing()) if layout is not None else 6
        others = [w for w in (self.toggle, self.translate) if not w.isHidden()]
        marked = not self.unreviewed.isHidden()
        fixed = sum(w.sizeHint().width() for w in others)
        badge_shown = not self.badge.isHidden()
        items = (len(others) + 3 + int(badge_shown) + int(not self.readability.isHidden())
                 + 2 * int(marked))
        fixed += spacing * items + 4  # between the items (the stretch too), and a margin
        bold, plain = self.title.fontMetrics(), self.status.fontMetrics()
        badge_full, badge_short = self._badge_texts
        badge_padding = self.badge.sizeHint().width() - plain.horizontalAdvance(
            self.badge.text())
        mark_full, mark_short = self._mark_texts
        mark_padding = self.unreviewed.sizeHint().width() - plain.horizontalAdvance(
            self.unreviewed.text())
        confirm_padding = self.confirm.sizeHint().width() - self.confirm.fontMetrics(
        ).horizontalAdvance(self.confirm.text())
        chosen = (*forms[-1], False)
        for mark_whole in ((True, False) if marked else (True,)):
            for form in forms:
                title, status, length, level_shown, badge_whole = form
                needed = (fixed + bold.horizontalAdvance(title)
                          + plain.horizontalAdvance(status) + plain.horizontalAdvance(length))
                if not self.readability.isHidden():
                    needed += (self.readability.sizeHint().width() if level_shown
                               else self.readability.minimumSizeHint().width())
                if badge_shown:
                    needed += badge_padding + plain.horizontalAdvance(
                        badge_full if badge_whole else badge_short)
                if marked:
                    confirm = self._confirm_texts[0 if mark_whole else 1]
                    needed += mark_padding + plain.horizontalAdvance(
                        mark_full if mark_whole else mark_short)
                    needed += confirm_padding + self.confirm.fontMetrics().horizontalAdvance(
                        confirm)
                if needed <= header.width():
                    chosen = (*form, mark_whole)
                    break
            else:
                continue
            break
        title, status, length, level_shown, badge_whole, mark_whole = chosen
        self.readability.set_dot_only(not level_shown)
        confirm_full, confirm_short = self._confirm_texts
        for label, text, whole in ((self.title, title, title_full),
                                   (self.status, status, status_full),
                                   (self.length, length, length_full),
                                   (self.badge, badge_full if badge_whole else badge_short,
                                    badge_full),
                                   (self.unreviewed, mark_full if mark_whole else mark_short,
                                    mark_full)):
            if label.text() != text:
                label.setText(text)
            if label not in (self.badge, self.unreviewed):
                label.setToolTip("" if text == whole else whole)
        confirm_text = confirm_full if mark_whole else confirm_short
        if self.confirm.text() != confirm_text:
            self.confirm.setText(confirm_text)
        self.title.setAccessibleName(title_full)

    def set_readability(self, entry: tuple[str, tuple[str, ...], float | None] | None) -> None:
        """The readability badge: ``(level, reasons, LIX)`` or ``None`` for none."""
        self.readability.set_readability(entry)
        if self._collapsed:
            self.readability.hide()

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
        self.fit_header()

    def set_other_language(self, language: str | None) -> None:
        """Show a badge when the text reads as ``language`` rather than its own."""
        if not language or language == self.language:
            self.badge.hide()
            return
        colour = severity_colour(Severity.WARNING, self.palette())
        self._badge_texts = (
            self.tr("reads as %1").replace("%1", language_names.in_sentence(language)),
            language_names.short(language))
        self.badge.setText(self._badge_texts[0])
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
        self.fit_header()


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
            column.chips.installEventFilter(self)
        self._aligning = False
        self.set_languages(list(LANGUAGES), list(LANGUAGES))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show,
                            QEvent.Type.Hide) and not self._aligning:
            self._aligning = True
            QTimer.singleShot(0, self, self.align_chips)
        return False

    def align_chips(self) -> None:
        """The hashtag rows of the columns as high as the highest, so the editors above
        them end on one line (a column's tags may take more rows than another's)."""
        self._aligning = False
        columns = [c for c in self.editors.values()
                   if c.isVisibleTo(self) and not c.is_collapsed()]
        shown = [c.chips for c in columns if c.chips.tags()]
        needed = max((chips.rows_height(chips.width()) for chips in shown), default=0)
        for column in columns:
            column.chips.set_aligned_height(needed)
            if not column.chips.tags():
                # No official hashtags in this language: an empty row as high as the
                # others', so this column's editor ends with theirs too.
                column.chips.setVisible(needed > 0)

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
