"""The first-start welcome: what composer does in two sentences, and which organisation
the user writes for (remembered; changeable later in the window's header)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from composer.model import ROLES
from composer.profiles import Profile
from composer.settings import Settings
from composer.ui.editor.post_header import role_name
from composer.ui.language.ui_language import current_ui_language
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage


class WelcomeDialog(FollowsLanguage, FitsScreen, QDialog):
    """Asks for the organisation and the usual role; :meth:`remember` stores them."""

    def __init__(self, profiles: list[Profile], ui_language: str, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to composer"))
        intro = QLabel(self.tr(
            "composer helps you write a post in every language your organisation uses and "
            "checks it against your organisation's social media guideline as you type. "
            "Nothing leaves this computer unless you ask for a machine translation."), self)
        intro.setWordWrap(True)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("welcomeOrganisation")
        for index, profile in enumerate(
                sorted(profiles, key=lambda p: p.name(ui_language).casefold())):
            self.organisation.addItem(profile.name(ui_language), profile.id)
            self.follow(lambda name, i=index: self.organisation.setItemText(i, name),
                        lambda p=profile: p.name(current_ui_language()))
        index = self.organisation.findData(settings.organisation)
        self.organisation.setCurrentIndex(max(0, index))
        self.role = QComboBox(self)
        for index, role in enumerate(ROLES):
            self.role.addItem(role_name(role), role)
            self.follow(lambda name, i=index: self.role.setItemText(i, name),
                        lambda r=role: role_name(r))
        self.role.setCurrentIndex(max(0, self.role.findData(settings.role)))
        organisation_label = QLabel(self.tr("&Which organisation do you write for?"), self)
        organisation_label.setBuddy(self.organisation)
        role_label = QLabel(self.tr("&Usually published as:"), self)
        role_label.setBuddy(self.role)
        later = QLabel(self.tr("You can change both at any time above the editors."), self)
        later.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        # Its own button: a standard OK button would take Qt's "OK" at a language change.
        start = buttons.addButton(self.tr("&Start writing"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        form = QFormLayout()
        form.addRow(organisation_label)
        form.addRow(self.organisation)
        form.addRow(role_label, self.role)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addWidget(buttons)

    def organisation_id(self) -> str:
        return self.organisation.currentData() or ""

    def role_id(self) -> str:
        return self.role.currentData() or "organisation"
