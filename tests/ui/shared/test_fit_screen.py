"""A dialog fits its screen when shown, and again once the window manager has framed it:
a title bar added after the dialog appears must not push its buttons below the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from composer.ui.shared.fit_screen import FRAMED_AFTER_MS, FitsScreen


class Dialog(FitsScreen, QDialog):
    pass


def test_a_dialog_is_fitted_again_after_it_was_framed(qtbot):
    dialog = Dialog()
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    dialog.resize(area.width() + 300, area.height() + 300)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.frameGeometry().height() <= area.height()
    # What a window manager's frame does just after showing: the whole grows past the
    # screen's edge. The second fit brings it back inside.
    dialog.resize(dialog.width(), area.height() + 40)
    qtbot.waitUntil(lambda: dialog.frameGeometry().height() <= area.height(),
                    timeout=FRAMED_AFTER_MS * 8)
    assert area.contains(dialog.frameGeometry())
