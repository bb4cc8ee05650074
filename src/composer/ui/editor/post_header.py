"""The organisation and role selectors and the planned publishing day above the editors."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from composer.model import ROLES
from composer.profiles import Profile
from composer.ui.shared.flow_layout import FlowLayout

#: The narrowest the organisation and role selectors get on a small screen (logical px).
COMBO_MIN_WIDTH = 90


def role_name(role: str) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        "organisation": QCoreApplication.translate("PostHeader", "The organisation's own account"),
        "employee": QCoreApplication.translate("PostHeader", "Member of staff"),
        "elected": QCoreApplication.translate("PostHeader", "Elected official"),
    }
    return names.get(role, role)


#: The date edit's lowest date stands for "not planned: today".
_UNSET = QDate(2000, 1, 1)


class _DateField(QDateEdit):
    """A date field that Tab leaves, as every other field (QDateEdit's own Tab walks its
    day, month and year first; the arrow keys still do)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class PostHeader(QWidget):
    organisation_changed = Signal(str)
    role_changed = Signal(str)
    #: The planned publishing day changed: a ``datetime.date`` or ``None`` (today).
    publish_on_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisation = QComboBox(self)
        self.organisation.setObjectName("organisation")
        self.organisation.setAccessibleName(self.tr("Organisation"))
        # As wide as the names where there is room, yet able to shrink on a small screen.
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.organisation.setMinimumWidth(COMBO_MIN_WIDTH)
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        self.role.setAccessibleName(self.tr("Who publishes"))
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.role.setMinimumWidth(COMBO_MIN_WIDTH)
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.publish_on = _DateField(self)
        self.publish_on.setObjectName("publish-on")
        self.publish_on.setCalendarPopup(True)
        self.publish_on.setDisplayFormat("d.M.yyyy")
        self.publish_on.setMinimumDate(_UNSET)
        self.publish_on.setSpecialValueText(self.tr("today"))
        self.publish_on.setDate(_UNSET)
        self.publish_on.setToolTip(self.tr(
            "The day the post is planned to be published: dates without a year are read as "
            "the next such date from it, and dates before it count as past"))
        self.publish_on.setAccessibleName(self.tr("Planned publishing day"))
        organisation_label = QLabel(self.tr("&Organisation:"), self)
        organisation_label.setBuddy(self.organisation)
        role_label = QLabel(self.tr("&Published as:"), self)
        role_label.setBuddy(self.role)
        # Each label with its field; on a narrow window the pairs wrap onto a new row.
        publish_label = QLabel(self.tr("P&ublish on:"), self)
        publish_label.setBuddy(self.publish_on)
        self._labels = (organisation_label, role_label, publish_label)
        layout = FlowLayout(self, spacing=16)
        for label, field in ((organisation_label, self.organisation),
                             (role_label, self.role), (publish_label, self.publish_on)):
            pair = QWidget(self)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(field)
            layout.addWidget(pair)

        self.organisation.currentIndexChanged.connect(
            lambda _i: self.organisation_changed.emit(self.organisation_id())
        )
        self.role.currentIndexChanged.connect(lambda _i: self.role_changed.emit(self.role_id()))
        self.publish_on.dateChanged.connect(
            lambda _d: self.publish_on_changed.emit(self.publish_day()))

    def retranslate(self) -> None:
        """The labels and role names again in the UI language (it changed)."""
        self._labels[0].setText(self.tr("&Organisation:"))
        self._labels[1].setText(self.tr("&Published as:"))
        self._labels[2].setText(self.tr("P&ublish on:"))
        self.publish_on.setSpecialValueText(self.tr("today"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.role.setAccessibleName(self.tr("Who publishes"))
        for index in range(self.role.count()):
            self.role.setItemText(index, role_name(self.role.itemData(index)))

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

    def publish_day(self) -> datetime.date | None:
        """The planned publishing day, or ``None`` when none is set (today)."""
        shown = self.publish_on.date()
        if shown == _UNSET:
            return None
        return datetime.date(shown.year(), shown.month(), shown.day())

    def set_publish_day(self, day: datetime.date | None) -> None:
        """Show ``day`` (``None``: not planned) without emitting the change signal."""
        self.publish_on.blockSignals(True)
        self.publish_on.setDate(_UNSET if day is None else QDate(day.year, day.month, day.day))
        self.publish_on.blockSignals(False)
