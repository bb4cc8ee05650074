"""The "Translation" page of the preferences: which machine translation service drafts
missing versions (off, DeepL's API or a self-hosted LibreTranslate), its plan or server
address, and the API key.

The key goes to the operating system's credential store (:mod:`composer.translate.
credentials`), never into the settings file. Where no credential store exists the page
says so plainly and the key is held in memory until composer closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.settings import Settings
from composer.translate import credentials
from composer.ui.shared.follow_language import FollowsLanguage

#: DeepL plans: the option stored and the server address it stands for.
DEEPL_PLANS = ("auto", "free", "pro", "custom")
DEEPL_URLS = {"free": "https://api-free.deepl.com", "pro": "https://api.deepl.com"}

#: What :meth:`TranslationSettingsPage.store_key` did with a typed key.
KEY_SAVED, KEY_SESSION, KEY_UNCHANGED = "saved", "session", ""


def deepl_options(plan: str, custom_url: str = "") -> dict[str, str]:
    """The ``translation_options`` entries for a DeepL plan."""
    url = custom_url.strip() if plan == "custom" else DEEPL_URLS.get(plan, "")
    return {"deepl_plan": plan, "server_url": url}


class TranslationSettingsPage(FollowsLanguage, QWidget):
    """Edits ``Settings.translation_service`` and ``translation_options``; the API key is
    stored by :meth:`store_key` when the preferences are accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("translationPage")
        self._typed: dict[str, str] = {}

        intro = QLabel(
            self.tr(
                "composer can draft a missing language version with the machine translation "
                "service your organisation has chosen. A version is sent only when you ask "
                "for a translation, and only after composer has checked it for personal data "
                "and confidential material."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.service = QComboBox(self)
        self.service.setObjectName("translationService")
        self.service.setAccessibleName(self.tr("Translation service"))
        self.service.addItem(self.tr("Off"), "")
        self.service.addItem(self.tr("DeepL API"), "deepl")
        self.service.addItem(self.tr("LibreTranslate (your own server)"), "libretranslate")
        service_label = QLabel(self.tr("&Service:"), self)
        service_label.setBuddy(self.service)
        top = QFormLayout()
        top.addRow(service_label, self.service)

        # DeepL: the plan decides the address.
        self.deepl_box = QGroupBox(self.tr("DeepL"), self)
        self.deepl_plan = QComboBox(self.deepl_box)
        self.deepl_plan.setObjectName("deeplPlan")
        self.deepl_plan.setAccessibleName(self.tr("DeepL plan"))
        for plan, text in zip(
            DEEPL_PLANS,
            (
                self.tr("Chosen from the key (free keys end in :fx)"),
                self.tr("DeepL API Free"),
                self.tr("DeepL API Pro"),
                self.tr("Another address"),
            ),
            strict=True,
        ):
            self.deepl_plan.addItem(text, plan)
        self.deepl_url = QLineEdit(self.deepl_box)
        self.deepl_url.setObjectName("deeplUrl")
        self.deepl_url.setAccessibleName(self.tr("DeepL server address"))
        self.deepl_url.setPlaceholderText("https://api.deepl.com")
        plan_label = QLabel(self.tr("&Plan:"), self.deepl_box)
        plan_label.setBuddy(self.deepl_plan)
        self.deepl_url_label = QLabel(self.tr("Add&ress:"), self.deepl_box)
        self.deepl_url_label.setBuddy(self.deepl_url)
        deepl_form = QFormLayout(self.deepl_box)
        deepl_form.addRow(plan_label, self.deepl_plan)
        deepl_form.addRow(self.deepl_url_label, self.deepl_url)

        # LibreTranslate: the server's address.
        self.libre_box = QGroupBox(self.tr("LibreTranslate"), self)
        self.libre_url = QLineEdit(self.libre_box)
        self.libre_url.setObjectName("libreUrl")
        self.libre_url.setAccessibleName(self.tr("LibreTranslate server address"))
        self.libre_url.setPlaceholderText("https://translate.example.fi")
        libre_label = QLabel(self.tr("Server &address:"), self.libre_box)
        libre_label.setBuddy(self.libre_url)
        libre_form = QFormLayout(self.libre_box)
        libre_form.addRow(libre_label, self.libre_url)

        # The API key, kept in the credential store.
        self.key_box = QGroupBox(self.tr("API key"), self)
        self.key = QLineEdit(self.key_box)
        self.key.setObjectName("apiKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setAccessibleName(self.tr("API key"))
        self.key.textEdited.connect(self._key_edited)
        self.forget = QPushButton(self.tr("&Forget the saved key"), self.key_box)
        self.forget.setObjectName("forgetKey")
        self.forget.clicked.connect(self.forget_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.forget)
        self.key_state = QLabel(self.key_box)
        self.key_state.setObjectName("keyState")
        self.key_state.setWordWrap(True)
        self.keyring_note = QLabel(self.key_box)
        self.keyring_note.setObjectName("keyringStatus")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.addLayout(key_row)
        key_layout.addWidget(self.key_state)
        key_layout.addWidget(self.keyring_note)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.deepl_box)
        layout.addWidget(self.libre_box)
        layout.addWidget(self.key_box)
        layout.addStretch(1)

        self.keyring_usable, self.keyring_detail = credentials.keyring_status()
        self._show_keyring_status()
        self.service.currentIndexChanged.connect(self._service_changed)
        self.deepl_plan.currentIndexChanged.connect(self._update_visibility)
        self.libre_url.editingFinished.connect(self._show_key_state)
        self._update_visibility()

    def title(self) -> str:
        """The page's tab title."""
        return self.tr("Translation")

    # -- settings ----------------------------------------------------------------------------

    def load(self, settings: Settings) -> None:
        """Show ``settings``' translation choices (the key stays in the keyring)."""
        options = settings.translation_options
        index = self.service.findData(settings.translation_service)
        self.service.blockSignals(True)
        self.service.setCurrentIndex(max(0, index))
        self.service.blockSignals(False)
        plan = str(options.get("deepl_plan") or "")
        if plan not in DEEPL_PLANS:  # an address written by hand or an older file
            url = str(options.get("server_url") or "")
            plan = next((p for p, u in DEEPL_URLS.items() if u == url), "custom" if url else "auto")
        self.deepl_plan.setCurrentIndex(self.deepl_plan.findData(plan))
        self.deepl_url.setText(str(options.get("server_url") or "") if plan == "custom" else "")
        self.libre_url.setText(str(options.get("url") or ""))
        self._typed.clear()
        self.key.clear()
        self._update_visibility()

    def apply(self, settings: Settings) -> None:
        """Write the choices into ``settings`` (never the key)."""
        service = self.selected_service()
        settings.translation_service = service
        options = dict(settings.translation_options)
        options.update(deepl_options(self.deepl_plan.currentData(), self.deepl_url.text()))
        options["url"] = self.libre_url.text().strip().rstrip("/")
        settings.translation_options = options

    def selected_service(self) -> str:
        return self.service.currentData() or ""

    def account(self) -> str:
        """The keyring account of the service as now chosen on the page."""
        options = {"url": self.libre_url.text()}
        return credentials.account_for(self.selected_service(), options)

    # -- the key -----------------------------------------------------------------------------

    def typed_key(self) -> str:
        return self._typed.get(self.selected_service(), "").strip()

    def store_key(self) -> str:
        """Store a newly typed key: :data:`KEY_SAVED` in the credential store,
        :data:`KEY_SESSION` in memory only (no store), :data:`KEY_UNCHANGED` when none was
        typed. Raises :class:`credentials.KeyringUnavailable` when a store exists but
        refused it (the key is then held for this session)."""
        key = self.typed_key()
        if not self.selected_service() or not key:
            return KEY_UNCHANGED
        account = self.account()
        if not self.keyring_usable:
            credentials.keep_for_session(account, key)
            return KEY_SESSION
        try:
            credentials.save_key(account, key)
        except credentials.KeyringUnavailable:
            credentials.keep_for_session(account, key)
            raise
        credentials.keep_for_session(account, "")
        self._typed.pop(self.selected_service(), None)
        return KEY_SAVED

    def store_key_or_warn(self, parent: QWidget) -> str:
        """:meth:`store_key`; when the credential store refuses the key, say so (the key is
        then used until composer closes)."""
        try:
            return self.store_key()
        except credentials.KeyringUnavailable as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                parent,
                self.tr("API key not saved"),
                self.tr(
                    "The credential store did not accept the API key (%1). composer uses the "
                    "key until it closes; enter it again after the next start."
                ).replace("%1", str(exc)),
            )
            return KEY_SESSION

    def forget_key(self) -> None:
        """Remove the chosen service's key from the credential store and this session."""
        try:
            credentials.delete_key(self.account())
        except credentials.KeyringUnavailable as exc:
            self.key_state.setText(
                self.tr("The key could not be removed: %1").replace("%1", str(exc))
            )
            return
        self._typed.pop(self.selected_service(), None)
        self.key.clear()
        self._show_key_state()
        self.key_state.setText(self.tr("The saved key was removed."))

    def _key_edited(self, text: str) -> None:
        self._typed[self.selected_service()] = text

    # -- showing the state -------------------------------------------------------------------

    def _service_changed(self) -> None:
        self.key.setText(self._typed.get(self.selected_service(), ""))
        self._update_visibility()

    def _update_visibility(self) -> None:
        service = self.selected_service()
        self.deepl_box.setVisible(service == "deepl")
        self.libre_box.setVisible(service == "libretranslate")
        self.key_box.setVisible(bool(service))
        custom = self.deepl_plan.currentData() == "custom"
        self.deepl_url.setVisible(custom)
        self.deepl_url_label.setVisible(custom)
        if service == "deepl":
            self.key_box.setTitle(self.tr("API key"))
        else:
            self.key_box.setTitle(self.tr("API key (if the server needs one)"))
        self._show_key_state()

    def _show_key_state(self) -> None:
        service = self.selected_service()
        if not service:
            return
        account = self.account()
        saved = credentials.load_key(account) if self.keyring_usable else None
        in_session = not saved and credentials.current_key(account)
        if saved:
            text = self.tr("A key is saved. Type a new one to replace it.")
            self.key.setPlaceholderText(self.tr("saved key (hidden)"))
        elif in_session:
            text = self.tr("A key is in use until composer closes; it is not saved.")
            self.key.setPlaceholderText(self.tr("key for this session (hidden)"))
        else:
            text = self.tr("No key is saved.")
            self.key.setPlaceholderText(self.tr("Paste the API key here"))
        self.forget.setEnabled(bool(saved or in_session))
        self.key_state.setText(text)

    def _show_keyring_status(self) -> None:
        if self.keyring_usable:
            text = self.tr(
                "The key is kept in your system's credential store (%1), never in composer's "
                "settings file."
            ).replace("%1", self.keyring_detail)
            self.keyring_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            text = self.tr(
                "No credential store is available on this computer, so the key cannot be "
                "saved. composer keeps it only until it closes: enter it again after the next "
                "start."
            )
            self.keyring_note.setStyleSheet("QLabel { font-weight: bold; }")
        self.keyring_note.setText(text)

