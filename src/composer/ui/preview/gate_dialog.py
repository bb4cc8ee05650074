"""The gate before Copy and Export all: with errors that must be fixed before publishing,
the person is asked first, and the errors are named ("Copy anyway?"). Warnings never
ask; the panel mentions them in its status line.

Which findings hold back which network is the core's decision (:mod:`composer.gate`);
this module only asks.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.gate import describe
from composer.model import Finding, Post, Severity
from composer.ui.shared.fit_screen import FitsScreen
from composer.ui.shared.follow_language import FollowsLanguage

COPY = "copy"
EXPORT = "export"


class GateDialog(FollowsLanguage, FitsScreen, QDialog):
    """Lists the errors and asks whether to copy (or export) anyway; Cancel is the
    default, so Enter never publishes by accident."""

    def __init__(self, errors: Sequence[Finding], post: Post, ui_language: str, action: str,
                 target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publishGate")
        self.errors = list(errors)
        self.setWindowTitle(self.tr("Errors must be fixed before publishing"))
        self.heading = QLabel(self)
        self.heading.setObjectName("gateHeading")
        self.heading.setWordWrap(True)

        def heading() -> str:
            if action == COPY:
                return self.tr("The text for {0} has %n error(s) that must be fixed before "
                               "publishing:", "", len(self.errors)).format(target)
            return self.tr("The post has %n error(s) that must be fixed before publishing "
                           "on {0}:", "", len(self.errors)).format(target)

        self.follow(self.heading.setText, heading)
        self.list = QListWidget(self)
        self.list.setObjectName("gateErrors")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Errors"))
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        for finding in self.errors:
            item = QListWidgetItem("✖ " + describe(finding, post, ui_language))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.question = QLabel(self.tr("Copy anyway?") if action == COPY
                               else self.tr("Export anyway?"), self)
        self.question.setObjectName("gateQuestion")
        buttons = QDialogButtonBox(self)
        self.anyway = QPushButton(self.tr("Copy anyway") if action == COPY
                                  else self.tr("Export anyway"), self)
        self.anyway.setObjectName("gateAnyway")
        self.anyway.setAutoDefault(False)
        self.cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("gateCancel")
        self.cancel.setDefault(True)
        buttons.addButton(self.anyway, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.question)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.cancel.setFocus()

    def listed(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


def warnings_note(findings: Sequence[Finding], errors: int = 0) -> str:
    """A quiet note for the status line after a copy or an export: the ``errors`` the
    user let through ("Copy anyway") and the warnings that did not hold anything back
    ("" without either)."""
    from PySide6.QtCore import QCoreApplication

    notes = []
    if errors:
        notes.append(QCoreApplication.translate(
            "PublishGate", "%n error(s) not fixed: went out anyway.", "", errors))
    count = sum(1 for f in findings if f.severity is Severity.WARNING)
    if count:
        notes.append(QCoreApplication.translate(
            "PublishGate", "%n warning(s) still open.", "", count))
    return " ".join(notes)


__all__ = ["COPY", "EXPORT", "GateDialog", "warnings_note"]
