"""The "Translate" dialog: drafts one language version from another with the machine
translation service chosen in the preferences.

The dialog names the service and host that receive the text. Before anything is sent the
guideline engine checks the source version (:func:`composer.translate.translate_version`):
personal data or confidential material of error severity keeps the text on this computer
and the dialog lists why. The request runs in a worker thread (Cancel drops its answer;
:data:`composer.translate.service.TIMEOUT_S` bounds it). The translation replaces the
target version as one undoable edit (asked first when that version has text) and is
marked machine-translated until a person edits or confirms it.

:func:`translate_action` (Tools → Translate a version…) and :func:`offer_on_empty_versions`
(the editors' "Translate from…" buttons) are attached to the main window by
:mod:`composer.ui.window.features`; nothing else in the app depends on this module.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from composer.model import LANGUAGES, Finding, Severity
from composer.translate import (
    TranslationBlocked,
    TranslationError,
    TranslationResult,
    TranslationService,
    credentials,
    make_service,
    translate_version,
)
from composer.translate.service import TIMEOUT_S
from composer.ui.language import language_names
from composer.ui.shared.background import Worker
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage
from composer.ui.shared.palette_colours import severity_colour

if TYPE_CHECKING:
    from composer.ui.window.main_window import MainWindow

class TranslateDialog(FollowsLanguage, FitsScreen, QDialog):
    """Choose the source and target versions, see who receives the text, translate."""

    #: A translation landed in the window: (target language, recipient).
    translated = Signal(str, str)

    def __init__(
        self, window: MainWindow, target: str | None = None, timeout: float = TIMEOUT_S
    ) -> None:
        super().__init__(window)
        self.setObjectName("translateDialog")
        self.setWindowTitle(self.tr("Translate a version"))
        self.main = window
        self.timeout = timeout
        self.service: TranslationService | None = None
        self.setup_problem = ""
        self._request = 0
        self._busy = False
        # Several threads: a request cancelled while its server is slow does not hold up
        # the next one.
        self._worker = Worker("composer-translate", self, threads=4)

        intro = QLabel(
            self.tr(
                "Draft a version with machine translation. The draft is marked as machine "
                "translated until you have read it: edit it or confirm it as reviewed."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.source = QComboBox(self)
        self.source.setObjectName("translateSource")
        self.source.setAccessibleName(self.tr("Translate from"))
        self.target = QComboBox(self)
        self.target.setObjectName("translateTarget")
        self.target.setAccessibleName(self.tr("Translate into"))
        source_label = QLabel(self.tr("&From:"), self)
        source_label.setBuddy(self.source)
        target_label = QLabel(self.tr("&Into:"), self)
        target_label.setBuddy(self.target)
        form = QFormLayout()
        form.addRow(source_label, self.source)
        form.addRow(target_label, self.target)

        self.recipient = QLabel(self)
        self.recipient.setObjectName("recipient")
        self.recipient.setWordWrap(True)
        self.recipient.setTextFormat(Qt.TextFormat.RichText)
        self.recipient.setFrameShape(QFrame.Shape.StyledPanel)
        self.recipient.setMargin(8)
        self.overwrite_note = QLabel(self)
        self.overwrite_note.setObjectName("overwriteNote")
        self.overwrite_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("translateMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Waiting for the translation"))
        self.progress.hide()

        self.preferences_button = QPushButton(self.tr("Open &preferences…"), self)
        self.preferences_button.setObjectName("translatePreferences")
        self.preferences_button.clicked.connect(self._open_preferences)
        self.translate_button = QPushButton(self.tr("&Translate"), self)
        self.translate_button.setObjectName("translateButton")
        self.translate_button.setDefault(True)
        self.translate_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("translateCancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preferences_button)
        buttons.addStretch(1)
        buttons.addWidget(self.translate_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recipient)
        layout.addWidget(self.overwrite_note)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

        self._make_service()
        self._fill_languages(target)
        self.source.currentIndexChanged.connect(self._source_changed)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def retranslate(self) -> None:
        """The UI language changed: language names and the notes in the new one."""
        self.setup_problem = self.retranslated(self.setup_problem)
        for combo in (self.source, self.target):
            for index in range(combo.count()):
                combo.setItemText(index, language_names.title(combo.itemData(index)))
        self._update()

    # -- set-up ------------------------------------------------------------------------------

    def _make_service(self) -> None:
        settings = self.main.settings
        service_id = settings.translation_service
        options = dict(settings.translation_options)
        if not service_id:
            self.setup_problem = self.tr(
                "Machine translation is off. To use it, choose your organisation's "
                "translation service under Edit → Preferences → Translation."
            )
            return
        key = credentials.current_key(credentials.account_for(service_id, options))
        try:
            self.service = make_service(service_id, options, key, timeout=self.timeout)
        except TranslationError as exc:
            if exc.kind == "auth":
                self.setup_problem = self.tr(
                    "DeepL needs your organisation's API key. Enter it under Edit → "
                    "Preferences → Translation."
                )
            else:
                self.setup_problem = self.tr(
                    "The translation service is not set up: enter the LibreTranslate "
                    "server's address under Edit → Preferences → Translation."
                )

    def _order(self) -> list[str]:
        order = list(self.main.profile().language_order)
        return order + [lang for lang in LANGUAGES if lang not in order]

    def _fill_languages(self, target: str | None) -> None:
        post = self.main.current_post()
        written = [lang for lang in self._order() if post.text(lang).strip()]
        if target is None:
            empty = [lang for lang in self._order() if not post.text(lang).strip()]
            target = empty[0] if empty else self._order()[-1]
        self._wanted_target = target
        sources = [lang for lang in written if lang != target] or written
        self.source.blockSignals(True)
        for lang in sources:
            self.source.addItem(language_names.title(lang), lang)
        self.source.blockSignals(False)
        self._fill_targets()

    def _fill_targets(self) -> None:
        source = self.source_language()
        wanted = self.target_language() or self._wanted_target
        self.target.blockSignals(True)
        self.target.clear()
        for lang in self._order():
            if lang != source:
                self.target.addItem(language_names.title(lang), lang)
        index = self.target.findData(wanted)
        self.target.setCurrentIndex(max(0, index))
        self.target.blockSignals(False)

    def _source_changed(self) -> None:
        self._fill_targets()
        self._update()

    def source_language(self) -> str:
        return self.source.currentData() or ""

    def target_language(self) -> str:
        return self.target.currentData() or ""

    def select(self, source: str, target: str) -> None:
        """Choose ``source`` and ``target`` (as a user would in the lists)."""
        self.source.setCurrentIndex(self.source.findData(source))
        self.target.setCurrentIndex(self.target.findData(target))

    # -- what the dialog says ----------------------------------------------------------------

    def _update(self) -> None:
        source, target = self.source_language(), self.target_language()
        self.preferences_button.setVisible(bool(self.setup_problem))
        if self.setup_problem:
            self.recipient.setText(html.escape(self.setup_problem))
        elif not source:
            self.recipient.setText(html.escape(self.tr(
                "All versions are empty. Write one version first; composer translates "
                "from it."
            )))
        elif (service := self.service) is not None:
            sentence = self.tr("The %1 version will be sent to: %2").replace(
                "%1", language_names.in_sentence(source)
            )
            name, _, host = service.recipient.partition(" (")
            recipient = f"<b>{html.escape(name)}</b>"
            if host:
                recipient += f" ({html.escape(host.rstrip(')'))})"
            self.recipient.setText(html.escape(sentence).replace("%2", recipient))
        has_text = bool(target) and bool(self.main.current_post().text(target).strip())
        self.overwrite_note.setVisible(has_text and not self.setup_problem)
        if has_text:
            self.overwrite_note.setText(self.tr(
                "The %1 version already has text. You will be asked before it is replaced, "
                "and Edit → Undo brings it back."
            ).replace("%1", language_names.in_sentence(target)))
        ready = not self.setup_problem and bool(source) and bool(target) and not self._busy
        self.translate_button.setEnabled(ready)
        self.source.setEnabled(not self._busy)
        self.target.setEnabled(not self._busy)

    def _show_message(self, text: str, severity: Severity = Severity.ERROR) -> None:
        colour = severity_colour(severity, self.palette()).name()
        self.message.setStyleSheet(
            f"QLabel#translateMessage {{ border: 0px; border-left: 4px solid {colour};"
            " padding-left: 8px; }"
        )
        self.message.setText(text)
        self.message.show()
        self.adjustSize()

    def error_text(self, error: TranslationError) -> str:
        """A message a person can act on, per :attr:`TranslationError.kind`."""
        recipient = self.service.recipient if self.service is not None else ""
        source = language_names.in_sentence(self.source_language())
        target = language_names.in_sentence(self.target_language())
        texts = {
            "offline": self.tr(
                "composer could not reach %1. Check the network connection (and the server "
                "address in the preferences) and try again."
            ),
            "timeout": self.tr(
                "%1 did not answer within %2 seconds. Try again in a moment."
            ).replace("%2", f"{self.timeout:g}"),
            "auth": self.tr(
                "%1 did not accept the API key. Check the key under Edit → Preferences → "
                "Translation."
            ),
            "quota": self.tr(
                "The translation quota of your %1 account is used up. It renews at the start "
                "of the next billing period, or the plan can be raised."
            ),
            "rate": self.tr("%1 is receiving too many requests. Wait a moment and try again."),
            "unsupported": self.tr("%1 cannot translate from %2 into %3.")
            .replace("%2", source).replace("%3", target),
            "config": self.tr("The translation service is not set up correctly: %2")
            .replace("%2", error.detail),
            "service": self.tr("%1 could not translate the text: %2").replace(
                "%2", error.detail or error.kind
            ),
        }
        return texts.get(error.kind, texts["service"]).replace("%1", recipient)

    def _blocked_text(self, findings: list[Finding]) -> str:
        source = language_names.in_sentence(self.source_language())
        heading = self.tr(
            "Nothing was sent. The %1 version contains something that must not leave this "
            "computer:"
        ).replace("%1", source)
        items = "".join(
            f"<li>{html.escape(f.message)}"
            + (f"<br><small>{html.escape(f.guideline)}</small>" if f.guideline else "")
            + "</li>"
            for f in findings
        )
        advice = self.tr("Remove it from the text, then translate again.")
        return f"<p>{html.escape(heading)}</p><ul>{items}</ul><p>{html.escape(advice)}</p>"

    # -- translating -------------------------------------------------------------------------

    def start(self) -> bool:
        """Check and send the source version (in a worker thread); False when not sent."""
        if self._busy or self.service is None:
            return False
        source, target = self.source_language(), self.target_language()
        if not source or not target:
            return False
        post = self.main.current_post()
        if post.text(target).strip() and not self._may_replace(target):
            return False
        self.message.hide()
        self._request += 1
        request, service = self._request, self.service
        ui_language = self.main.ui_language

        def work() -> object:
            try:
                return translate_version(post, source, target, service, ui_language=ui_language)
            except (TranslationBlocked, TranslationError) as exc:
                return exc
            except Exception as exc:  # an unexpected answer is a service error, never a crash
                return TranslationError("service", f"{type(exc).__name__}: {exc}")

        self._set_busy(True)
        self._worker.run(work, functools.partial(self._finished, request))
        return True

    def _may_replace(self, target: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the text?"),
            self.tr(
                "The %1 version already has text. Replace it with the machine translation? "
                "Edit → Undo brings the old text back."
            ).replace("%1", language_names.in_sentence(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        if busy:
            self._show_message(
                html.escape(self.tr("Checking the text and waiting for %1…").replace(
                    "%1", self.service.recipient if self.service else ""
                )),
                Severity.INFO,
            )
        self._update()

    def _finished(self, request: int, result: object) -> None:
        if request != self._request:  # cancelled, or an older request
            return
        self._set_busy(False)
        if isinstance(result, TranslationResult):
            self.message.hide()
            self.main.insert_machine_translation(result.target, result.text)
            self.main.status_message(
                self.tr("The %1 version was machine translated by %2. Read it before "
                        "publishing.")
                .replace("%1", language_names.in_sentence(result.target))
                .replace("%2", result.recipient),
                8000,
            )
            self.translated.emit(result.target, result.recipient)
            self.accept()
        elif isinstance(result, TranslationBlocked):
            self._show_message(self._blocked_text(result.findings))
        elif isinstance(result, TranslationError):
            self._show_message(html.escape(self.error_text(result)))

    def reject(self) -> None:
        if self._busy:  # the answer, if it still comes, is dropped
            self._request += 1
            self._set_busy(False)
            self.main.status_message(self.tr("Translation cancelled."), 4000)
        super().reject()

    def _open_preferences(self) -> None:
        self.reject()
        dialog = self.main.dialogs.show_preferences()
        dialog.tabs.setCurrentWidget(dialog.translation)


def open_translate_dialog(window: MainWindow, target: str | None = None) -> TranslateDialog:
    """Open the dialog (window-modal, not blocking); kept in ``window.translate_dialog``."""
    previous = window.translate_dialog
    if previous is not None and previous.isVisible():
        previous.raise_()
        previous.activateWindow()
        return previous
    if previous is not None:
        previous.deleteLater()
    dialog = TranslateDialog(window, target)
    window.translate_dialog = dialog
    dialog.open()
    return dialog


def translate_action(window: MainWindow) -> QAction:
    """Tools → Translate a version… (opens the dialog)."""
    action = QAction(QCoreApplication.translate("TranslateDialog", "&Translate a version…"), window)
    action.setObjectName("action-translate")
    action.setShortcut(QKeySequence("Ctrl+Shift+T"))
    action.triggered.connect(lambda: open_translate_dialog(window))
    return action


def offer_on_empty_versions(window: MainWindow) -> None:
    """Shows the editors' "Translate…" button on an empty version (where a draft is
    needed; Tools → Translate a version… replaces existing text too)."""
    for language, column in window.editors.editors.items():
        button = column.translate
        button.clicked.connect(lambda _=False, lang=language: open_translate_dialog(window, lang))
        document = column.editor.document()
        document.contentsChanged.connect(
            lambda c=column, d=document: c.set_translatable(d.isEmpty())
        )
        column.set_translatable(document.isEmpty())
