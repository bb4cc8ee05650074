"""The preferences dialog: UI language, spelling per language, channel limits.

Changes are written with :class:`composer.settings.Settings` when the dialog is accepted.
A new UI language applies at once to the whole window. The "My dictionary" page edits
the user's own words per language (written at once).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.model import CHANNELS, LANGUAGES
from composer.settings import Settings
from composer.ui.dialogs.dictionary_manager import DictionaryManager
from composer.ui.language import language_names
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage

if TYPE_CHECKING:
    from composer.channels import ChannelSpec
    from composer.ui.translate.settings_page import TranslationSettingsPage

#: UI languages offered, each named in its own language.
UI_LANGUAGE_NAMES = (("en", "English"), ("fi", "suomi"), ("sv", "svenska"))
#: Channel figures a user can change (the disputed and plan-dependent ones).
EDITABLE_FIGURES = ("max_length", "hashtag_limit")
_NO_LIMIT = 0


class PreferencesDialog(FollowsLanguage, FitsScreen, QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(self.tr("Preferences"))
        self.original = settings
        self.settings = copy.deepcopy(settings)

        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Preference pages"))
        tabs.addTab(self._general_page(), self.tr("General"))
        tabs.addTab(self._channels_page(), self.tr("Channel limits"))
        self.dictionary = DictionaryManager(tabs)
        tabs.addTab(self.dictionary, self.tr("My dictionary"))
        self.translation = _translation_page(self.settings, tabs)
        tabs.addTab(self.translation, "")
        self.follow(lambda text: tabs.setTabText(tabs.indexOf(self.translation), text),
                    self.translation.title)
        from composer.ui.team.settings_page import TeamSettingsPage

        self.team = TeamSettingsPage(self.settings, tabs)
        tabs.addTab(self.team, "")
        self.follow(lambda text: tabs.setTabText(tabs.indexOf(self.team), text),
                    self.team.title)
        self.tabs = tabs

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

    # -- pages -------------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.language = QComboBox(page)
        self.language.setAccessibleName(self.tr("Interface language"))
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in UI_LANGUAGE_NAMES:
            self.language.addItem(name, code)
        index = self.language.findData(self.settings.ui_language)
        self.language.setCurrentIndex(max(0, index))
        note = QLabel(
            self.tr(
                "The whole interface changes to the chosen language as soon as you press OK."
            ),
            page,
        )
        note.setWordWrap(True)

        form = QFormLayout()
        label = QLabel(self.tr("&Interface language:"), page)
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        form.addRow(note)

        spelling = QGroupBox(self.tr("Spelling"), page)
        spelling_layout = QVBoxLayout(spelling)
        self.spelling: dict[str, QCheckBox] = {}
        for lang in LANGUAGES:
            box = QCheckBox(spelling)
            self.follow(lambda text, box=box: (box.setText(text), box.setAccessibleName(text)),
                        lambda lang=lang: self.tr("Check the spelling of the %1 version").replace(
                            "%1", language_names.in_sentence(lang)))
            box.setChecked(self.settings.spelling_enabled(lang))
            spelling_layout.addWidget(box)
            self.spelling[lang] = box

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(spelling)
        layout.addStretch(1)
        return page

    def _channels_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(
            self.tr(
                "Some limits depend on the account's plan or the server, or the networks "
                "change them without notice. Change them here if yours differ."
            ),
            page,
        )
        intro.setWordWrap(True)
        self.channel_table = QTableWidget(len(CHANNELS), 1 + len(EDITABLE_FIGURES), page)
        self.channel_table.setAccessibleName(self.tr("Channel limits"))
        self.channel_table.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Maximum length"), self.tr("Hashtags at most")]
        )
        self.channel_table.verticalHeader().hide()
        header = self.channel_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(EDITABLE_FIGURES)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.limit_boxes: dict[tuple[str, str], QSpinBox] = {}
        self._defaults: dict[tuple[str, str], int] = {}
        specs = _channel_specs()
        for row, channel in enumerate(CHANNELS):
            default_spec = specs.get(channel)
            name = default_spec.name if default_spec else channel
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.channel_table.setItem(row, 0, item)
            for column, figure in enumerate(EDITABLE_FIGURES, start=1):
                default = getattr(default_spec, figure, None) if default_spec else None
                current = self.settings.channel_overrides.get(channel, {}).get(figure, default)
                box = QSpinBox(self.channel_table)
                if figure == "max_length":
                    box.setRange(1, 100_000)
                else:
                    box.setRange(0, 1_000)
                    self.follow(box.setSpecialValueText, lambda: self.tr("no limit"))
                box.setValue(current or _NO_LIMIT)
                self.follow(box.setAccessibleName,
                            lambda name=name, column=column: self.tr("%1: %2").replace(
                                "%1", name).replace(
                                "%2", _header_text(self.channel_table, column)))
                if default is not None:
                    self.follow(box.setToolTip,
                                lambda default=default: self.tr("Default: %1").replace(
                                    "%1", str(default)))
                self.channel_table.setCellWidget(row, column, box)
                self.limit_boxes[(channel, figure)] = box
                self._defaults[(channel, figure)] = default or _NO_LIMIT
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.channel_table, 1)
        return page

    # -- result ------------------------------------------------------------------------------

    def result_settings(self) -> Settings:
        """The settings as edited (not yet saved)."""
        result = copy.deepcopy(self.settings)
        result.ui_language = self.language.currentData() or ""
        result.spelling = {lang: box.isChecked() for lang, box in self.spelling.items()}
        overrides: dict[str, dict[str, object]] = {
            channel: {k: v for k, v in values.items() if k not in EDITABLE_FIGURES}
            for channel, values in result.channel_overrides.items()
        }
        for (channel, figure), box in self.limit_boxes.items():
            value = box.value()
            if value != self._defaults[(channel, figure)]:
                overrides.setdefault(channel, {})[figure] = value if value else None
        result.channel_overrides = {c: v for c, v in overrides.items() if v}
        self.translation.apply(result)
        self.team.apply(result)
        return result

    def accept(self) -> None:
        if problem := self.team.problem():
            from PySide6.QtWidgets import QMessageBox

            self.tabs.setCurrentWidget(self.team)
            QMessageBox.warning(self, self.team.title(), problem)
            return
        self.settings = self.result_settings()
        try:
            self.settings.save()
        except OSError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                self,
                self.tr("Preferences not saved"),
                self.tr("The preferences could not be saved: %1").replace("%1", str(exc)),
            )
            return
        self.translation.store_key_or_warn(self)
        self.team.store_password_or_warn(self)
        super().accept()


def _header_text(table: QTableWidget, column: int) -> str:
    item = table.horizontalHeaderItem(column)
    return item.text() if item is not None else ""


def _translation_page(settings: Settings, parent: QWidget) -> TranslationSettingsPage:
    """The machine translation page."""
    from composer.ui.translate.settings_page import TranslationSettingsPage

    page = TranslationSettingsPage(parent)
    page.load(settings)
    return page


def _channel_specs() -> dict[str, ChannelSpec]:
    """Default channel specs."""
    from composer.channels import get_spec

    specs = {}
    for channel in CHANNELS:
        try:
            specs[channel] = get_spec(channel)
        except Exception:  # broken channel data is reported elsewhere; offer the defaults
            continue
    return specs
