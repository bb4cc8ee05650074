"""The main window: organisation and role, the language editors side by side, hashtag
chips, media, live findings and channel previews.

It composes widgets from the other ``composer.ui`` packages and three controllers, each
given only the widgets and callbacks it works with: ``results``
(:class:`ResultsController`: check results in the editors, panel and previews; next
finding; quick fixes), ``files`` (:class:`FilesController`: new, open, save, the title)
and ``dialogs`` (:class:`DialogsController`: guideline viewer, preferences, About, errors).
Optional features (machine translation, autosave) are attached by
:mod:`composer.ui.window.features`. It calls the core for every check and holds no
guideline logic. Public interface (other parts of the app rely on it):

- ``post_changed``: emitted on every user edit of text, media, channels, organisation or
  role (not by :meth:`set_post`);
- ``post_replacing`` / ``post_replaced``: emitted by :meth:`set_post` before and after it
  replaces the shown post (autosave saves the old one first);
- :meth:`current_post`, :meth:`set_post`, :meth:`editor` (language → QPlainTextEdit);
- :meth:`findings` (latest result) and ``findings_updated``;
- ``menus`` (keys ``file edit view tools help``) and ``actions`` (by name);
- :meth:`status_message`, :meth:`apply_settings`;
- the controllers ``files``, ``dialogs`` and ``results`` (file commands, dialogs, the
  shown result and finding navigation);
- machine-translated versions: :meth:`set_unreviewed`, :meth:`unreviewed`,
  :meth:`confirm_reviewed` and :meth:`insert_machine_translation` (one undoable edit).
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES, Finding, Post
from composer.profiles import Profile, UnknownOrganisation, load_profiles
from composer.settings import Settings
from composer.ui.editor.editors import EditorArea, FlagTextEdit
from composer.ui.editor.find_bar import FindBar
from composer.ui.editor.hashtag_chips import append_hashtag, official_tags
from composer.ui.editor.media_panel import ImagesBox, MediaPanel
from composer.ui.editor.post_header import PostHeader
from composer.ui.findings.panel import FindingsPanel
from composer.ui.language.ui_language import resolve_ui_language
from composer.ui.preview.panel import ChannelPreviewPanel
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.window.checker import LiveChecker
from composer.ui.window.dialogs_controller import DialogsController
from composer.ui.window.docks import WindowLayout
from composer.ui.window.files_controller import FilesController
from composer.ui.window.menus import build_menus, retranslate_menus, set_source
from composer.ui.window.results_controller import ResultsController
from composer.ui.window.tools_controller import WritingTools

if TYPE_CHECKING:
    from composer.ui.drafts.autosave import Autosave
    from composer.ui.drafts.dialog import DraftsDialog
    from composer.ui.team.controller import TeamController
    from composer.ui.translate.dialog import TranslateDialog

#: The images' box grows to show a post's images up to this share of the writing area.
MAX_IMAGES_SHARE = 0.4


class MainWindow(QMainWindow):
    #: The menu actions by name (``build_menus``; features add theirs). It hides
    #: QWidget.actions(), which nothing here calls: the name is the window's public API.
    actions: dict[str, QAction]  # type: ignore[assignment]

    post_changed = Signal()
    post_replacing = Signal()
    post_replaced = Signal()
    findings_updated = Signal()
    #: The window was painted for the first time (start-up measurements, deferred work).
    first_painted = Signal()

    def __init__(self, settings: Settings | None = None, ui_language: str | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings if settings is not None else Settings.load()
        self.ui_language = ui_language or resolve_ui_language(self.settings.ui_language)
        self._loading = False
        self._painted = False
        self._images_shown = False
        self._organisation = ""
        self._role = self.settings.role
        self._channels: list[str] = []
        self._unreviewed: list[str] = []
        #: The machine translation each unreviewed version was given: Undo and Redo back
        #: to that very text bring its mark back too.
        self._machine_texts: dict[str, str] = {}
        self._last_editor: FlagTextEdit | None = None
        #: Set by the optional features (:mod:`composer.ui.window.features`).
        self.autosave: Autosave | None = None
        self.drafts_dialog: DraftsDialog | None = None
        self.translate_dialog: TranslateDialog | None = None
        self.team: TeamController | None = None

        self.header = PostHeader(self)
        self.header.set_profiles(list(load_profiles().profiles.values()), self.ui_language)
        self.editors = EditorArea(self)
        self.find_bar = FindBar(self._find_target, self)
        self.findings_panel = FindingsPanel(self)
        self.media_panel = MediaPanel(self)
        self.preview = ChannelPreviewPanel(self, self.settings)
        self._build_layout()
        self.check_state = QLabel(self)
        self.statusBar().addPermanentWidget(self.check_state)

        self.checker = LiveChecker(self.current_post, self)
        self.checker.ui_language = self.ui_language
        self.checker.settings = self.settings
        self.dialogs = DialogsController(
            self,
            profile=self.profile,
            ui_language=lambda: self.ui_language,
            settings=lambda: self.settings,
            apply_settings=self.apply_settings,
            status_message=self.status_message,
        )
        self.files = FilesController(
            self,
            current_post=self.current_post,
            set_post=self.set_post,
            status_message=self.status_message,
            show_error=self.dialogs.show_error,
            focus_editor=lambda: self.editor(self.editors.order[0]).setFocus(),
            settings=lambda: self.settings,
        )
        self.results = ResultsController(
            self.editors,
            self.findings_panel,
            self.preview,
            self.check_state,
            status_message=self.status_message,
            show_error=self.dialogs.show_error,
            words_changed=self.checker.invalidate,
            updated=self.findings_updated.emit,
            ignore_word=self.checker.ignore,
        )
        self.checker.result_ready.connect(self.results.apply)
        self.checker.busy_changed.connect(self.results.show_busy)
        self.checker.start()
        self._connect()
        self.tools = WritingTools(self)
        self.menus, self.actions = build_menus(self, self._menu_slots())
        self._add_recent_menu()

        organisation = self.settings.organisation
        if organisation not in load_profiles().profiles:
            organisation = next(iter(sorted(load_profiles().profiles)), "")
        self.header.select(organisation, self._role)
        self._set_organisation(organisation, user=False)
        self.files.update_title()
        for dock in self.panels.docks():
            self.menus["view"].addAction(dock.toggleViewAction())
        self.panels.restore(self.settings)
        self.tools.apply_text_size()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
            app.aboutToQuit.connect(self.checker.shutdown)

    # -- layout --------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setObjectName("writingSplitter")  # its sizes are remembered
        writing = QWidget(left)
        writing_layout = QVBoxLayout(writing)
        writing_layout.setContentsMargins(0, 0, 0, 0)
        writing_layout.addWidget(self.editors, 1)
        writing_layout.addWidget(self.find_bar)
        left.addWidget(writing)
        self.media_box = ImagesBox(self.media_panel, left)
        left.addWidget(self.media_box)
        # The editors take the height a larger window gives; the images keep theirs
        # (at first their button and one line, on a laptop at 150 % too).
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 0)
        left.setChildrenCollapsible(False)
        self.left_splitter = left

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(left, 1)
        self.setCentralWidget(central)
        # Findings and previews are docks: narrowed, hidden, tabbed or moved at will.
        self.panels = WindowLayout(self, self.findings_panel, self.preview)
        self.findings_box = self.panels.findings_dock

    def _add_recent_menu(self) -> None:
        recent = QMenu(self)
        recent.setObjectName("menu-recent")
        set_source(recent, "Menus", str(QT_TRANSLATE_NOOP("Menus", "Open &recent")))
        recent.aboutToShow.connect(lambda: self.files.fill_recent_menu(recent))
        self.menus["file"].insertMenu(self.actions["save"], recent)
        self.menus["recent"] = recent

    @Slot()
    def _fit_images_box(self) -> None:
        """Give the images' box the height its images need (at most
        :data:`MAX_IMAGES_SHARE` of the writing area) when a post's first image arrives;
        without images the box is one line high (:class:`ImagesBox`). Later the user's
        own splitter position stands."""
        self.media_box.fit()
        first = bool(self.media_panel.items()) and not self._images_shown
        self._images_shown = bool(self.media_panel.items())
        total = sum(self.left_splitter.sizes())
        if first and total:
            wanted = min(self.media_box.sizeHint().height(), int(total * MAX_IMAGES_SHARE))
            self.left_splitter.setSizes([total - wanted, wanted])

    def _connect(self) -> None:
        self.header.organisation_changed.connect(lambda org: self._set_organisation(org))
        self.header.role_changed.connect(self._set_role)
        self.header.publish_on_changed.connect(lambda _day: self._user_changed())
        for language, column in self.editors.editors.items():
            column.editor.textChanged.connect(lambda lang=language: self._text_changed(lang))
            column.editor.paste_refused.connect(lambda text: self.status_message(text, 10_000))
            column.editor.wrapping_anywhere.connect(
                lambda text: self.status_message(text, 10_000))
            column.editor.fix_requested.connect(
                lambda flag, fix, lang=language: self.results.apply_fix(lang, flag, fix)
            )
            column.editor.suggester = _spelling_suggester(self.checker)
            self.checker.suggestions_ready.connect(column.editor.suggestions_arrived)
            column.chips.chosen.connect(lambda tag, lang=language: self.add_hashtag(lang, tag))
            column.reviewed.connect(lambda lang=language: self.confirm_reviewed(lang))
        self.findings_panel.show_requested.connect(self.results.show_finding)
        self.findings_panel.fix_requested.connect(self.results.fix_from_panel)
        self.findings_panel.fix_all_requested.connect(self.results.fix_all_from_panel)
        self.findings_panel.guideline_requested.connect(
            lambda index: self.dialogs.show_guideline(self.results.finding(index).reference)
        )
        self.media_panel.media_changed.connect(self._user_changed)
        self.media_panel.media_changed.connect(self._fit_images_box)
        self.preview.channels_changed.connect(self._channels_changed)

    def _export_all(self) -> None:
        """File › Export all channels: the previews' Export all…, with the previews in
        view (their status line says what was written)."""
        self.panels.preview_dock.show()
        self.panels.preview_dock.raise_()
        self.preview.choose_export_folder()

    def _menu_slots(self) -> dict[str, Callable[..., object]]:
        """What each menu action does (the Edit menu's standard commands aside)."""
        return {
            "new": self.files.new_post,
            "open": self.files.choose_and_open,
            "save": self.files.save,
            "save_as": self.files.save_as,
            "export_all": self._export_all,
            "quit": self.files.quit_app,
            "find": self.find_bar.open_bar,
            "find_next": self.find_bar.find_next,
            "find_previous": self.find_bar.find_previous,
            "preferences": self.dialogs.show_preferences,
            "next_finding": lambda: self.results.go_to_finding(1),
            "previous_finding": lambda: self.results.go_to_finding(-1),
            "replace": self.tools.open_find_replace,
            "emoji": self.tools.open_emoji_picker,
            "version_1": lambda: self.tools.go_to_version(0),
            "version_2": lambda: self.tools.go_to_version(1),
            "version_3": lambda: self.tools.go_to_version(2),
            "zoom_in": lambda: self.tools.change_text_size(1),
            "zoom_out": lambda: self.tools.change_text_size(-1),
            "zoom_reset": lambda: self.tools.change_text_size(0),
            "shortcuts": self.tools.show_shortcuts,
            "show_optional": self.set_optional_visible,
            "check_now": self.check_now,
            "guideline": lambda: self.dialogs.show_guideline(""),
            "log_folder": self.dialogs.open_log_folder,
            "about": self.dialogs.show_about,
        }

    def _update_tab_order(self) -> None:
        """Tab follows the columns as shown: each column's buttons, its text and its
        hashtags, then the images, the findings (cards and buttons) and the previews."""
        chain: list[QWidget] = [self.header.organisation, self.header.role, self.header.publish_on]
        for language in self.editors.order:
            column = self.editors.editors[language]
            chain += [column.toggle, column.confirm, column.translate, column.editor]
            chain += [b for tag in column.chips.tags() if (b := column.chips.button(tag))]
        chain += [self.media_panel.add_button, self.findings_panel.view, self.preview]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- the public interface ------------------------------------------------------------------

    def editor(self, language: str) -> QPlainTextEdit:
        return self.editors.editors[language].editor

    def profile(self) -> Profile:
        return load_profiles().get(self._organisation)

    def current_post(self) -> Post:
        versions = {}
        for language in LANGUAGES:
            text = self.editor(language).toPlainText()
            if text:
                versions[language] = text
        media = self.media_panel.media()
        return Post(
            organisation=self._organisation,
            role=self._role,
            channels=list(self._channels),
            versions=versions,
            media=media,
            unreviewed=[lang for lang in self._unreviewed if lang in versions],
            publish_on=self.header.publish_day(),
        )

    def set_post(self, post: Post) -> None:
        """Show ``post`` (a new, opened or restored one). Does not emit ``post_changed``."""
        self.post_replacing.emit()
        self.checker.new_post()
        self._loading = True
        try:
            if post.organisation not in load_profiles().profiles:
                raise UnknownOrganisation(post.organisation, load_profiles().profiles)
            self.header.select(post.organisation, post.role)
            self.header.set_publish_day(post.publish_on)
            self._role = post.role
            self._set_organisation(post.organisation, user=False)
            self._channels = list(post.channels)
            self._unreviewed = list(post.unreviewed)
            self._machine_texts = {lang: post.text(lang) for lang in post.unreviewed}
            self._show_unreviewed()
            for language in LANGUAGES:
                editor = self.editors.editors[language].editor
                editor.flags.clear()
                editor.setPlainText(post.text(language))
            self.media_panel.set_media(list(post.media))
            self._fit_images_box()
            self.preview.set_channels(list(post.channels))
            self.preview.set_post(post)
        finally:
            self._loading = False
        self.results.clear()
        self.setWindowModified(False)
        self.files.update_title()
        self.checker.schedule()
        if self._painted:
            self.checker.check_now()
        self.post_replaced.emit()

    def set_unreviewed(self, languages: list[str]) -> None:
        """Mark versions as machine-translated (until a person edits or confirms them)."""
        self._unreviewed = [lang for lang in LANGUAGES if lang in languages]
        self._machine_texts = {lang: text for lang, text in self._machine_texts.items()
                               if lang in self._unreviewed}
        self._show_unreviewed()
        self.checker.schedule()

    def unreviewed(self) -> list[str]:
        return list(self._unreviewed)

    def insert_machine_translation(self, language: str, text: str) -> None:
        """Replace the ``language`` version with ``text`` as one undoable edit (Undo brings
        the old text back) and mark it machine-translated until a person edits or
        confirms it."""
        column = self.editors.editors[language]
        column.set_collapsed(False)
        self._machine_texts[language] = text
        cursor = QTextCursor(column.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.set_unreviewed([*self._unreviewed, language])
        self._user_changed()

    def confirm_reviewed(self, language: str) -> None:
        """A person read the machine-translated ``language`` version and accepts it."""
        self._machine_texts.pop(language, None)
        if language in self._unreviewed:
            self._unreviewed.remove(language)
            self._show_unreviewed()
            self._user_changed()

    def _show_unreviewed(self) -> None:
        for language, column in self.editors.editors.items():
            column.set_unreviewed(language in self._unreviewed)

    def findings(self) -> list[Finding]:
        return self.results.findings()

    def apply_settings(self, settings: Settings) -> None:
        """Use new preferences: finding language, spelling, channel limits."""
        self.settings = settings
        language = resolve_ui_language(settings.ui_language)
        changed = language != self.ui_language
        self.ui_language = language
        self.checker.set_options(self.ui_language, settings)
        self.preview.set_settings(settings)
        if changed:
            from composer.ui.language.ui_language import install_translators

            # Qt sends every widget a LanguageChange: the window retranslates at once.
            install_translators(language)
        self.checker.invalidate()  # the user's dictionary may have changed

    def status_message(self, text: str, timeout_ms: int = 5000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def check_now(self) -> None:
        self.checker.check_now()

    # -- edits ---------------------------------------------------------------------------------

    def _text_changed(self, language: str) -> None:
        if self._loading:
            return
        machine = self._machine_texts.get(language)
        if machine is not None:
            # Edited: no longer the machine's text; back to it (Undo, Redo): marked again.
            marked = self.editor(language).toPlainText() == machine
            if marked != (language in self._unreviewed):
                self._unreviewed = [
                    lang for lang in LANGUAGES
                    if (marked if lang == language else lang in self._unreviewed)]
                self._show_unreviewed()
        elif language in self._unreviewed:
            self._unreviewed.remove(language)
            self._show_unreviewed()
        self._user_changed()

    def _user_changed(self) -> None:
        if self._loading:
            return
        self.setWindowModified(True)
        self.checker.schedule()
        self.post_changed.emit()

    def _set_organisation(self, organisation: str, user: bool = True) -> None:
        if not organisation:
            return
        self._organisation = organisation
        profile = self.profile()
        self.editors.set_languages(profile.language_order, profile.required_languages)
        for language, column in self.editors.editors.items():
            column.chips.set_tags(official_tags(profile, language))
            if column.is_collapsed():
                column.chips.hide()
        self.media_panel.set_languages(profile.language_order)
        self.dialogs.organisation_changed(profile)
        self._update_tab_order()
        if user:
            self._remember(organisation=organisation)
            self._user_changed()

    def _set_role(self, role: str) -> None:
        self._role = role
        self._remember(role=role)
        self._user_changed()

    def _channels_changed(self, channels: list[str]) -> None:
        self._channels = list(channels)
        self._user_changed()

    def _remember(self, **values: str) -> None:
        """Keep the last organisation and role for the next start."""
        stored = Settings.load()
        for key, value in values.items():
            setattr(self.settings, key, value)
            setattr(stored, key, value)
        with contextlib.suppress(OSError):  # a read-only config folder must not stop editing
            stored.save()

    def add_hashtag(self, language: str, tag: str) -> None:
        column = self.editors.editors[language]
        if append_hashtag(column.editor, tag):
            column.chips.set_used({*column.chips._used, tag.casefold()})
            self.status_message(self.tr("Added %1").replace("%1", tag), 3000)

    # -- view ----------------------------------------------------------------------------------

    def set_optional_visible(self, visible: bool) -> None:
        for column in self.editors.editors.values():
            if not column.required:
                column.set_collapsed(not visible)

    def set_findings_visible(self, visible: bool) -> None:
        self.findings_box.setVisible(visible)
        if visible:
            self.findings_box.raise_()

    def last_editor_language(self) -> str | None:
        """The language of the editor that has or last had the keyboard focus."""
        return next((language for language in LANGUAGES
                     if self._last_editor is self.editor(language)), None)

    def _find_target(self) -> QPlainTextEdit | None:
        if self._last_editor is not None and self._last_editor.isVisible():
            return self._last_editor
        return self.editor(self.editors.order[0])

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, FlagTextEdit) and new.window() is self:
            self._last_editor = new

    # -- events --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Checking (and its heavy first loading) starts only once the window is up.
            QTimer.singleShot(0, self.checker.check_now)
            QTimer.singleShot(0, self.first_painted.emit)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The UI language changed: every menu, heading and button in the new one (the
        finding messages follow with the next check)."""
        if not hasattr(self, "menus"):
            return
        retranslate_menus(self.menus)
        self.panels.retranslate()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, FollowsLanguage):
                continue  # follows the change itself (its own LanguageChange)
            method = getattr(widget, "retranslate", None) or getattr(widget, "_retranslate", None)
            if callable(method):
                with contextlib.suppress(RuntimeError, TypeError):
                    method()
        self.header.set_profiles(list(load_profiles().profiles.values()), self.ui_language)
        self.files.update_title()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():  # never discards unsaved text silently
            event.ignore()
            return
        if not self.files.confirm_discard and not self.files.may_close_file():
            event.ignore()
            return
        self.panels.save(self.settings)
        self.checker.shutdown()
        super().closeEvent(event)


def _spelling_suggester(checker: LiveChecker):
    """Asks the checker (its process holds the dictionaries) for a word's corrections;
    never blocks: returns them if known, else None and they come as ``suggestions_ready``."""
    return checker.suggestions
