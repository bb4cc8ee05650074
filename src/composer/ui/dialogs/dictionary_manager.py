"""The user's own dictionary, per language, in Preferences: see, add, edit and remove
the words added with "Add to dictionary".

Changes are written at once (the words are the user's data, not a preference to cancel);
the next check sees them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES
from composer.spelling.userdict import (
    add_to_user_dictionary,
    remove_from_user_dictionary,
    user_words,
)
from composer.ui.language import language_names
from composer.ui.shared.follow_language import FollowsLanguage


class DictionaryManager(FollowsLanguage, QWidget):
    """One list of words per post language, with Add, Remove and in-place editing."""

    #: The user's dictionary changed (the window re-checks).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dictionaryManager")
        self.language = QComboBox(self)
        for index, lang in enumerate(LANGUAGES):
            self.language.addItem(language_names.title(lang), lang)
            self.follow(lambda name, i=index: self.language.setItemText(i, name),
                        lambda lang=lang: language_names.title(lang))
        self.language_label = QLabel(self.tr("&Language:"), self)
        self.language_label.setBuddy(self.language)
        self.words = QListWidget(self)
        self.words.setObjectName("dictionaryWords")
        self.words.setAccessibleName(self.tr("Words in your dictionary"))
        self.words.itemChanged.connect(self._edited)
        self.new_word = QLineEdit(self)
        self.new_word.setAccessibleName(self.tr("New word"))
        self.new_word.setPlaceholderText(self.tr("A word to accept"))
        self.add_button = QPushButton(self.tr("A&dd"), self)
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setAutoDefault(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self.add_word)
        self.new_word.returnPressed.connect(self.add_word)
        self.remove_button.clicked.connect(self.remove_selected)
        self.language.currentIndexChanged.connect(lambda _i: self.reload())

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_word, 1)
        adding.addWidget(self.add_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Words you added with “Add to dictionary”. Double-click a "
                               "word to correct it."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.words, 1)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        self.reload()

    def current_language(self) -> str:
        return self.language.currentData() or LANGUAGES[0]

    def reload(self) -> None:
        self.words.blockSignals(True)
        self.words.clear()
        for word in sorted(user_words(self.current_language()), key=str.casefold):
            item = QListWidgetItem(word)
            item.setData(Qt.ItemDataRole.UserRole, word)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.words.addItem(item)
        self.words.blockSignals(False)
        self.remove_button.setEnabled(self.words.count() > 0)

    def listed(self) -> list[str]:
        return [self.words.item(row).text() for row in range(self.words.count())]

    def _try(self, work) -> bool:
        try:
            work()
        except (OSError, ValueError) as exc:
            self.message.setText(self.tr("Not changed: %1").replace("%1", str(exc)))
            return False
        self.message.setText("")
        self.changed.emit()
        return True

    def add_word(self) -> None:
        word = self.new_word.text().strip()
        if word and self._try(lambda: add_to_user_dictionary(self.current_language(), word)):
            self.new_word.clear()
            self.reload()

    def remove_selected(self) -> None:
        item = self.words.currentItem()
        if item is None:
            return
        word = item.data(Qt.ItemDataRole.UserRole)
        if self._try(lambda: remove_from_user_dictionary(self.current_language(), word)):
            self.reload()

    def _edited(self, item: QListWidgetItem) -> None:
        old, new = item.data(Qt.ItemDataRole.UserRole), item.text().strip()
        language = self.current_language()
        if new == old:
            return

        def replace() -> None:
            if new:
                add_to_user_dictionary(language, new)
            remove_from_user_dictionary(language, old)

        self._try(replace)
        self.reload()
