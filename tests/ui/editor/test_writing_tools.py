"""Writing tools: the dictionary manager, the emoji and character picker, text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from composer.spelling.userdict import add_to_user_dictionary, user_words
from composer.ui.dialogs.dictionary_manager import DictionaryManager
from composer.ui.editor import text_size
from composer.ui.editor.emoji_picker import EMOJI, SPECIAL, EmojiPicker, open_system_picker


def test_dictionary_manager_lists_adds_edits_and_removes_per_language(qtbot):
    add_to_user_dictionary("fi", "Kuparivuori")
    add_to_user_dictionary("sv", "Gullranda")
    manager = DictionaryManager()
    qtbot.addWidget(manager)
    changes = []
    manager.changed.connect(lambda: changes.append(1))
    manager.language.setCurrentIndex(manager.language.findData("fi"))
    assert manager.listed() == ["Kuparivuori"]
    manager.new_word.setText("Teersalo")
    manager.add_word()
    assert manager.listed() == ["Kuparivuori", "Teersalo"]
    assert user_words("fi") == {"Kuparivuori", "Teersalo"}
    manager.words.item(1).setText("Teersalon")  # edited in place
    assert user_words("fi") == {"Kuparivuori", "Teersalon"}
    manager.words.setCurrentRow(0)
    manager.remove_selected()
    assert user_words("fi") == {"Teersalon"} and manager.listed() == ["Teersalon"]
    assert user_words("sv") == {"Gullranda"}  # the other language untouched
    manager.new_word.setText("two words")
    manager.add_word()
    assert "two words" in manager.message.text() and user_words("fi") == {"Teersalon"}
    manager.language.setCurrentIndex(manager.language.findData("sv"))
    assert manager.listed() == ["Gullranda"]
    assert len(changes) == 3


def test_character_picker_inserts_what_is_clicked(qtbot):
    picker = EmojiPicker()
    qtbot.addWidget(picker)
    got = []
    picker.chosen.connect(got.append)
    assert len(picker.buttons) == len(EMOJI) + len(SPECIAL)
    qtbot.mouseClick(picker.buttons[EMOJI.index("🎉")], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.buttons[len(EMOJI) + SPECIAL.index("–")], Qt.MouseButton.LeftButton)
    assert got == ["🎉", "–"]
    assert not open_system_picker()  # Linux has no system picker composer can open


def test_text_size_steps_within_bounds_and_resets(qtbot):
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    base = text_size.default_size()
    assert text_size.stepped(0, 1) == base + 1
    assert text_size.stepped(base + 1, -1) == base
    assert text_size.stepped(text_size.MAX_SIZE, 1) == text_size.MAX_SIZE
    assert text_size.stepped(text_size.MIN_SIZE, -1) == text_size.MIN_SIZE
    assert text_size.stepped(20, 0) == 0
    text_size.apply([edit], 18)
    assert edit.font().pointSizeF() == 18
    text_size.apply([edit], 0)
    assert edit.font().pointSizeF() == base
