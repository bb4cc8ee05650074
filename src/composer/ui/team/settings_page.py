"""The "Team space" page of the preferences: the folder or WebDAV address, the user name,
the name shown on comments, and the password or app token (kept in the operating
system's credential store, never in the settings file)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.settings import Settings
from composer.team import credentials
from composer.team.errors import BadInput
from composer.team.space import is_web_address
from composer.team.webdav import check_url
from composer.translate import credentials as keystore
from composer.ui.shared.follow_language import FollowsLanguage


class TeamSettingsPage(FollowsLanguage, QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamPage")
        intro = QLabel(self.tr(
            "Share posts for review through a folder your organisation already has (a "
            "network drive or a synchronised folder) or a WebDAV address such as "
            "Nextcloud's. Leave it empty to work alone."), self)
        intro.setWordWrap(True)
        self.space = QLineEdit(settings.team_space, self)
        self.space.setAccessibleName(self.tr("Team space"))
        self.space.setPlaceholderText(self.tr("a folder, or https://…/remote.php/dav/files/USER/…"))
        browse = QPushButton(self.tr("Choose &folder…"), self)
        browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.space, 1)
        row.addWidget(browse)
        self.user = QLineEdit(settings.team_user, self)
        self.user.setAccessibleName(self.tr("User name"))
        self.name = QLineEdit(settings.team_name, self)
        self.name.setAccessibleName(self.tr("Your name on comments"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password or app token"))
        self.password.setPlaceholderText(self.tr("unchanged"))
        self.note = QLabel(self.tr(
            "Web addresses must use https. The password is kept in the system's credential "
            "store; for Nextcloud, create an app password in its security settings."), self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        space_label = QLabel(self.tr("Team &space:"), self)
        space_label.setBuddy(self.space)
        form.addRow(space_label, row)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Your &name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Team space")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Team space folder"),
                                                  self.space.text())
        if folder:
            self.space.setText(folder)

    def problem(self) -> str:
        """Why the typed address cannot be used ("" if it can)."""
        location = self.space.text().strip()
        if is_web_address(location):
            try:
                check_url(location)
            except BadInput:
                return self.tr("Web addresses must use https (plain http only on this "
                               "computer's own loopback address).")
        return ""

    def apply(self, settings: Settings) -> None:
        settings.team_space = self.space.text().strip()
        settings.team_user = self.user.text().strip()
        settings.team_name = self.name.text().strip()

    def store_password_or_warn(self, parent: QWidget) -> None:
        typed = self.password.text()
        location = self.space.text().strip()
        if not typed or not location:
            return
        try:
            credentials.save_password(location, typed)
        except keystore.KeyringUnavailable:
            keystore.keep_for_session(credentials.account(location), typed)
            QMessageBox.warning(parent, self.tr("Password kept until composer closes"), self.tr(
                "This computer has no credential store, so the password is used only until "
                "composer closes."))
        self.password.clear()
