"""The guideline viewer: the organisation's guideline text, opened at the cited point.

A finding's ``reference`` is either ``<organisation>:<point key>`` (the viewer selects the
point's verbatim quote in the document) or ``law:<key>`` (the viewer shows the law or
accessibility rule in the UI language above the document). Without a reference it simply
shows the guideline (Help → Guideline).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShortcut,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from composer.citations import cite
from composer.i18n import normalise_ui_language
from composer.profiles import Profile
from composer.settings import Settings
from composer.ui.dialogs.guideline_render import build_document, parse
from composer.ui.language.ui_language import current_ui_language
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage

_SKIPPED = frozenset("*")


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` without whitespace (and emphasis asterisks), with each kept character's
    index in the original."""
    kept: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if char.isspace() or char in _SKIPPED:
            continue
        kept.append(char)
        where.append(index)
    return "".join(kept), where


def find_quote(document: str, quote: str) -> tuple[int, int] | None:
    """The ``(start, end)`` Python indices of ``quote`` in ``document``, comparing without
    whitespace (line breaks and spacing differ between the profile and the document) and,
    failing an exact match, without case."""
    needle, _ = _squeezed(quote)
    if not needle:
        return None
    haystack, where = _squeezed(document)
    found = haystack.find(needle)
    if found < 0:
        found = haystack.casefold().find(needle.casefold())
        if found < 0 or len(haystack.casefold()) != len(haystack):
            return None
    return where[found], where[found + len(needle) - 1] + 1


def _utf16(text: str, index: int) -> int:
    """A Python index into ``text`` as a Qt (UTF-16) position."""
    return len(text[:index].encode("utf-16-le")) // 2


def default_ui_language() -> str:
    """The UI language from the settings, else the system's."""
    return normalise_ui_language(Settings.load().ui_language or QLocale().name())


class GuidelineViewer(FollowsLanguage, FitsScreen, QDialog):
    """Shows an organisation's guideline and jumps to the point a finding cites."""

    def __init__(self, parent: QWidget | None = None, ui_language: str | None = None) -> None:
        super().__init__(parent)
        self._ui_language = ui_language or default_ui_language()
        self._profile: Profile | None = None
        self._document = ""
        self._spans: dict[str, tuple[int, int] | None] = {}
        self._scroll_target: int | None = None
        self._law_reference = ""
        self.setObjectName("guidelineViewer")
        self.resize(900, 640)

        self.law_frame = QFrame(self)
        self.law_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.law_frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.law_frame.setAutoFillBackground(True)
        self.law_title = QLabel(self.law_frame)
        bold = self.law_title.font()
        bold.setBold(True)
        self.law_title.setFont(bold)
        self.law_box = QLabel(self.law_frame)
        self.law_box.setObjectName("lawCitation")
        self.law_box.setWordWrap(True)
        self.law_box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        law_layout = QVBoxLayout(self.law_frame)
        law_layout.addWidget(self.law_title)
        law_layout.addWidget(self.law_box)
        self.law_frame.hide()

        self.points_label = QLabel(self)
        self.points = QListWidget(self)
        self.points.setObjectName("guidelinePoints")
        self.points.setWordWrap(True)
        self.points.setSpacing(3)
        self.points.currentItemChanged.connect(self._point_chosen)
        self.points_label.setBuddy(self.points)

        self.text = QTextEdit(self)
        self.text.setObjectName("guidelineText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.missing = QLabel(self)
        self.missing.setWordWrap(True)
        self.missing.hide()
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("guidelineSearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(lambda _t: self._search(0))
        self.search.returnPressed.connect(lambda: self._search(1))
        self.search_count = QLabel(self)
        self.search_count.setObjectName("guidelineSearchCount")
        self._matches: list[QTextCursor] = []
        self._match = -1
        self._cited: list[QTextEdit.ExtraSelection] = []
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_count)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.points_label)
        left_layout.addWidget(self.points)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.missing)
        right_layout.addLayout(search_row)
        right_layout.addWidget(self.text)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 660])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.law_frame)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, lambda: self._search(1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self,
                  lambda: self._search(-1))
        self.setTabOrder(self.points, self.search)
        self.setTabOrder(self.search, self.text)
        self.setTabOrder(self.text, self.buttons)
        self._retranslate()

    # -- public -----------------------------------------------------------------------------

    def set_ui_language(self, ui_language: str) -> None:
        """The language of law citations (fi, sv or en); the rest follows the translator."""
        self._ui_language = normalise_ui_language(ui_language)

    def show_reference(self, profile: Profile, reference: str = "") -> None:
        """Show ``profile``'s guideline at ``reference`` (``org:point``, ``law:key`` or "")."""
        if self._profile is not profile:
            self._load(profile)
        self._retranslate()
        key = ""
        if reference.startswith("law:"):
            self._show_law(profile, reference)
        else:
            self.law_frame.hide()
            org, _, key = reference.rpartition(":")
            if org and org != profile.id:
                key = ""
        if key and key in profile.points:
            self._select_item(key)
        else:
            self.points.blockSignals(True)
            self.points.setCurrentRow(-1)
            self.points.blockSignals(False)
            self._cited = []
            self._show_selections()
            self._scroll_target = None
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
        self.show()
        self.text.setFocus()
        if QGuiApplication.platformName() != "offscreen":
            self.raise_()
            self.activateWindow()

    def selected_quote(self) -> str:
        """The guideline text currently selected (the cited quote), with plain line breaks."""
        return self.text.textCursor().selectedText().replace("\u2029", "\n")

    def law_text(self) -> str:
        """The law citation shown above the document, or "" when none is."""
        return self.law_box.text() if not self.law_frame.isHidden() else ""

    # -- internals --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """The UI language changed: names, point labels and a law citation in the new one."""
        self._ui_language = current_ui_language()
        self._retranslate()
        profile = self._profile
        if profile is None:
            return
        for row in range(self.points.count()):
            item = self.points.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key in profile.points:
                item.setText(f"{self._point_label(key)}\n{profile.points[key].section}")
        if self._law_reference and not self.law_frame.isHidden():
            self._show_law(profile, self._law_reference)

    def _retranslate(self) -> None:
        name = self._profile.name(self._ui_language) if self._profile else ""
        self.setWindowTitle(self.tr("Guideline — {0}").format(name) if name else self.tr(
            "Guideline"))
        self.setAccessibleName(self.tr("Guideline viewer"))
        self.points_label.setText(self.tr("&Points of the guideline"))
        self.points.setAccessibleName(self.tr("Points of the guideline"))
        self.points.setAccessibleDescription(
            self.tr("Choose a point to show it in the guideline text"))
        self.text.setAccessibleName(self.tr("Guideline text"))
        self.law_title.setText(self.tr("The finding rests on this law or rule:"))
        self.law_box.setAccessibleName(self.tr("Law or accessibility rule"))
        self.missing.setAccessibleName(self.tr("Guideline not available"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setAccessibleName(self.tr("Search the guideline"))
        self.search.setPlaceholderText(self.tr("Words to find in the guideline"))
        self._show_count()

    def _point_label(self, key: str) -> str:
        labels = {
            "personal-data": self.tr("Personal data"),
            "confidential": self.tr("Confidential information"),
            "unfinished": self.tr("Unfinished matters"),
            "secrecy": self.tr("Duty of secrecy"),
            "security": self.tr("Security"),
            "tone": self.tr("Tone"),
            "zero-tolerance": self.tr("Zero tolerance"),
            "facts": self.tr("Facts"),
            "opinion": self.tr("Personal opinions"),
            "language": self.tr("Language"),
            "hashtags": self.tr("Hashtags"),
            "links": self.tr("Links"),
            "media": self.tr("Images and videos"),
            "accessibility": self.tr("Accessibility"),
            "feedback": self.tr("Feedback"),
            "accounts": self.tr("Accounts"),
            "caution": self.tr("Caution"),
        }
        return labels.get(key, key)

    def _load(self, profile: Profile) -> None:
        self._profile = profile
        try:
            self._document = profile.guideline_text()
        except (OSError, UnicodeDecodeError) as exc:
            self._document = ""
            self.missing.setText(self.tr("The guideline file cannot be read: {0}").format(exc))
            self.missing.show()
        else:
            if self._document:
                self.missing.hide()
            else:
                self.missing.setText(self.tr("This organisation has no guideline text."))
                self.missing.show()
        sections = [point.section for point in profile.points.values()]
        build_document(self.text.document(), parse(self._document, sections), self.text.font())
        # Quotes are found in the formatted text (the same words, without list markers).
        self._document = self.text.document().toPlainText()
        self._matches, self._match = [], -1
        self._spans = {
            key: find_quote(self._document, point.quote) for key, point in profile.points.items()
        }
        self.points.blockSignals(True)
        self.points.clear()
        for key, point in profile.points.items():
            item = QListWidgetItem(f"{self._point_label(key)}\n{point.section}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(point.quote)
            if self._spans[key] is None:
                item.setToolTip(self.tr("Not found in the guideline text: {0}").format(
                    point.quote))
            self.points.addItem(item)
        self.points.setCurrentRow(-1)
        self.points.blockSignals(False)

    def _show_law(self, profile: Profile, reference: str) -> None:
        self._law_reference = reference
        _, text = cite(profile, [reference], self._ui_language)
        if text:
            self.law_box.setText(text)
        else:
            self.law_box.setText(self.tr("Unknown law reference: {0}").format(reference))
        self.law_frame.show()

    def _select_item(self, key: str) -> None:
        for row in range(self.points.count()):
            item = self.points.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                self.points.setCurrentItem(item)
                self._jump(key)  # also when it already was the current item
                return

    def _point_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._jump(item.data(Qt.ItemDataRole.UserRole))

    def _jump(self, key: str) -> None:
        span = self._spans.get(key)
        if span is None:
            self._cited = []
            self._show_selections()
            self._scroll_target = None
            return
        start, end = (_utf16(self._document, i) for i in span)
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextEdit.ExtraSelection()
        highlight.cursor = cursor
        fmt = QTextCharFormat()
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(70)
        fmt.setBackground(colour)
        highlight.format = fmt
        self._cited = [highlight]
        self._show_selections()
        self.text.setTextCursor(cursor)
        self._scroll_target = start
        QTimer.singleShot(0, self._scroll)

    def _scroll(self) -> None:
        """Put the quote near the top of the view with a little context above it."""
        if self._scroll_target is None:
            return
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._scroll_target)
        top = self.text.cursorRect(cursor).top() + self.text.verticalScrollBar().value()
        margin = 2 * self.text.fontMetrics().lineSpacing()
        self.text.verticalScrollBar().setValue(max(0, top - margin))

    # -- search ---------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, step: int) -> None:
        """Find every match of the search words; ``step`` moves to the next (1) or
        previous (-1) one, 0 starts again from the top."""
        needle = self.search.text().strip()
        if step == 0 or not self._matches:
            self._matches = []
            if needle:
                document = self.text.document()
                cursor = document.find(needle)
                while not cursor.isNull() and len(self._matches) < 10_000:
                    self._matches.append(cursor)
                    cursor = document.find(needle, cursor)
            self._match = 0 if self._matches else -1
        elif self._matches:
            self._match = (self._match + step) % len(self._matches)
        if self._match >= 0:
            self.text.setTextCursor(self._matches[self._match])
            self.text.ensureCursorVisible()
        self._show_selections()
        self._show_count()

    def _show_count(self) -> None:
        if not self.search.text().strip():
            self.search_count.setText("")
        elif not self._matches:
            self.search_count.setText(self.tr("not found"))
        else:
            self.search_count.setText(
                self.tr("%1 of %2").replace("%1", str(self._match + 1))
                .replace("%2", str(len(self._matches))))

    def _show_selections(self) -> None:
        found = QTextCharFormat()
        colour = QColor(self.palette().color(QPalette.ColorRole.Link))
        colour.setAlpha(60)
        found.setBackground(colour)
        found.setFontUnderline(True)
        matches = []
        for cursor in self._matches:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = found
            matches.append(selection)
        self.text.setExtraSelections([*self._cited, *matches])

    def cited_text(self) -> str:
        """The passage highlighted as cited ("" when none is)."""
        if not self._cited:
            return ""
        return self._cited[0].cursor.selectedText().replace("\u2029", "\n")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._scroll)
