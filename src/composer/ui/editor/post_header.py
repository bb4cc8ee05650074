"""The organisation and role selectors above the editors."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from composer.model import ROLES
from composer.profiles import Profile


def role_name(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "organisation": QCoreApplication.translate("PostHeader", "The organisation's own account"),
        "employee": QCoreApplication.translate("PostHeader", "Member of staff"),
        "elected": QCoreApplication.translate("PostHeader", "Elected official"),
    }
    return names.get(role, role)


class PostHeader(QWidget):
    organisation_changed = Signal(str)
    role_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisation")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.role.setAccessibleName(self.tr("Who publishes"))
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        organisation_label = QLabel(self.tr("&Organisation:"), self)
        organisation_label.setBuddy(self.organisation)
        role_label = QLabel(self.tr("&Published as:"), self)
        role_label.setBuddy(self.role)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(organisation_label)
        layout.addWidget(self.organisation)
        layout.addSpacing(16)
        layout.addWidget(role_label)
        layout.addWidget(self.role)
        layout.addStretch(1)
        self.trailing = layout  # others may append widgets at the end of the row

        self.organisation.currentIndexChanged.connect(
            lambda _i: self.organisation_changed.emit(self.organisation_id())
        )
        self.role.currentIndexChanged.connect(lambda _i: self.role_changed.emit(self.role_id()))

    def set_profiles(self, profiles: list[Profile], ui_language: str) -> None:
        current = self.organisation_id()
        self.organisation.blockSignals(True)
        self.organisation.clear()
        for profile in sorted(profiles, key=lambda p: p.name(ui_language).casefold()):
            self.organisation.addItem(profile.name(ui_language), profile.id)
        if current:
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(current)))
        self.organisation.blockSignals(False)

    def organisation_id(self) -> str:
        return self.organisation.currentData() or ""

    def role_id(self) -> str:
        return self.role.currentData() or "organisation"

    def select(self, organisation: str, role: str) -> None:
        """Show ``organisation`` and ``role`` without emitting change signals."""
        for combo, value in ((self.organisation, organisation), (self.role, role)):
            index = combo.findData(value)
            if index >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
