"""A dialog that is open when the UI language changes shows, at once, the same texts as
one opened afresh in the new language: no heading, button or tab stays in the old one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from composer.settings import Settings
from tests.ui.language.test_translations import visible_texts


def _preferences(window):
    return window.dialogs.show_preferences()


def _guideline(window):
    window.dialogs.show_guideline("")
    return window.dialogs.guideline_viewer


def _find_replace(window):
    window.actions["replace"].trigger()
    return window.tools.find_replace


def _emoji(window):
    from composer.ui.editor.emoji_picker import EmojiPicker

    return EmojiPicker(window)


def _about(window):
    window.dialogs.show_about()
    return window.dialogs.about_dialog


def _welcome(window):
    from composer.profiles import load_profiles
    from composer.ui.dialogs.welcome import WelcomeDialog

    return WelcomeDialog(list(load_profiles().profiles.values()), window.ui_language,
                         window.settings, window)


def _drafts(window):
    from composer.ui.drafts.dialog import DraftsDialog
    from composer.ui.window.features import attach_autosave

    autosave = attach_autosave(window, reopen=False)
    return DraftsDialog(autosave, window)


def _translate(window):
    from composer.ui.translate.dialog import TranslateDialog

    return TranslateDialog(window, "en")


def _gate(window):
    from composer.model import Finding, Severity
    from composer.ui.preview.gate_dialog import COPY, GateDialog

    error = Finding(rule="media.required", severity=Severity.ERROR, message="x")
    return GateDialog([error], window.current_post(), window.ui_language, COPY, "Instagram",
                      window)


def _unsent(window):
    from composer.ui.team.unsent_dialog import UnsentDialog

    return UnsentDialog(lambda _s: None, lambda _s: None, window)


def _review(window):
    from composer.ui.team.review_dialog import ReviewDialog
    from composer.ui.window.features import attach_team_review

    if window.team is None:
        attach_team_review(window)
    return ReviewDialog(window.team, window)


DIALOGS: dict[str, Callable[[object], QWidget]] = {
    "preferences": _preferences, "guideline": _guideline, "find_replace": _find_replace,
    "emoji": _emoji, "about": _about, "welcome": _welcome, "drafts": _drafts,
    "translate": _translate, "gate": _gate, "unsent": _unsent, "review": _review,
}


def texts(dialog: QWidget) -> Counter[str]:
    shown = Counter(visible_texts(dialog))
    tabs = getattr(dialog, "tabs", None)
    if tabs is not None:
        for index in range(tabs.count()):
            shown.update(visible_texts(tabs.widget(index)))
    return shown


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_an_open_dialog_follows_the_ui_language(make_window, qtbot, name):
    window = make_window("en")
    make = DIALOGS[name]
    dialog = make(window)
    qtbot.addWidget(dialog)
    dialog.show()
    in_english = texts(dialog)

    window.apply_settings(Settings(**{**window.settings.__dict__, "ui_language": "fi"}))
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Tiedosto")
    qtbot.wait(20)  # the language change reaches every window
    followed = texts(dialog)
    fresh = make(window)
    qtbot.addWidget(fresh)
    fresh.show()
    in_finnish = texts(fresh)

    assert in_finnish != in_english  # the dialog has texts a language change shows
    assert followed - in_finnish == Counter(), "left in the old language"
    assert in_finnish - followed == Counter(), "missing after the change"
    for shown in (dialog, fresh):
        if isinstance(shown, QDialog):
            shown.reject()
