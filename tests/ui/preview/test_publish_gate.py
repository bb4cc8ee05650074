"""The gate in the window: Copy and Export all with open errors ask first and name the
errors; warnings are a quiet note; Export all never replaces files without asking."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from composer.model import Post
from composer.ui.preview.gate_dialog import GateDialog

SECRET_SV = ("Beslutet gäller 131052-308T och är sekretessbelagt tills vidare. "
             "Välkommen på mötet lördag kl. 14!")
SECRET_FI = "Päätös koskee henkilöä 131052-308T. Tervetuloa kokoukseen lauantaina klo 14!"
CLEAN_SV = "Välkommen på mötet lördag kl. 14 i stadshuset!"
CLEAN_FI = "Tervetuloa kokoukseen lauantaina klo 14 kaupungintalolle!"


@pytest.fixture
def answers(monkeypatch):
    """Replaces the gate dialog's exec: records what it listed and answers as set."""
    asked: list[dict] = []
    reply = {"accept": False}

    def exec_(self: GateDialog) -> int:
        asked.append({"heading": self.heading.text(), "listed": self.listed(),
                      "question": self.question.text(), "default": self.cancel.isDefault()})
        return (GateDialog.DialogCode.Accepted if reply["accept"]
                else GateDialog.DialogCode.Rejected)

    monkeypatch.setattr(GateDialog, "exec", exec_)
    return asked, reply


def open_post(window, qtbot, wait_checked, sv: str, fi: str, channels: list[str]) -> None:
    window.set_post(Post(organisation="jakobstad", channels=channels,
                         versions={"sv": sv, "fi": fi}))
    wait_checked(window)
    panel = window.preview
    qtbot.waitUntil(lambda: panel.settled() and all(
        panel.preview(c) is not None for c in channels))


def test_copy_with_errors_asks_first_and_names_them(make_window, qtbot, wait_checked,
                                                    answers):
    asked, reply = answers
    window = make_window()
    open_post(window, qtbot, wait_checked, SECRET_SV, SECRET_FI, ["facebook"])
    QGuiApplication.clipboard().setText("before")
    window.preview.cards["facebook"].copy.click()
    assert len(asked) == 1
    listed = asked[0]["listed"]
    assert len(listed) == 3
    assert sum("«131052-308T»" in line for line in listed) == 2
    assert any("«sekretessbelagt»" in line for line in listed)
    assert "3 errors" in asked[0]["heading"] and "Facebook" in asked[0]["heading"]
    assert asked[0]["question"] == "Copy anyway?" and asked[0]["default"]
    assert QGuiApplication.clipboard().text() == "before"  # Cancel: nothing copied
    assert "Not copied" in window.preview.status.text()

    reply["accept"] = True
    window.preview.cards["facebook"].copy.click()
    assert len(asked) == 2
    assert QGuiApplication.clipboard().text().startswith("Beslutet gäller")
    status = window.preview.status.text()
    assert status.startswith("Copied the text for Facebook.")
    assert "3 errors not fixed: went out anyway." in status  # said, not hidden
    # The note is about the text that was copied: editing it clears the note.
    window.set_post(Post(organisation="jakobstad", channels=["facebook"],
                         versions={"sv": CLEAN_SV, "fi": CLEAN_FI}))
    wait_checked(window)
    assert window.preview.status.text() == ""


def test_copy_without_errors_does_not_ask_and_notes_warnings(make_window, qtbot,
                                                             wait_checked, answers):
    asked, _ = answers
    window = make_window()
    open_post(window, qtbot, wait_checked, CLEAN_SV + " Ring 040 1234567.",
              CLEAN_FI + " Soita 040 1234567.", ["facebook"])
    window.preview.cards["facebook"].copy.click()
    assert asked == []
    assert QGuiApplication.clipboard().text().startswith("Välkommen på mötet")
    status = window.preview.status.text()
    assert status.startswith("Copied the text for Facebook.") and "warning" in status


def test_an_error_about_another_network_does_not_ask(make_window, qtbot, wait_checked,
                                                     answers):
    asked, _ = answers
    window = make_window()
    # Instagram needs an image: an error for Instagram only.
    open_post(window, qtbot, wait_checked, CLEAN_SV, CLEAN_FI, ["facebook", "instagram"])
    window.preview.cards["facebook"].copy.click()
    assert asked == []
    window.preview.cards["instagram"].copy.click()
    assert len(asked) == 1 and any("Instagram needs an image" in line
                                   for line in asked[0]["listed"])


def test_export_all_asks_before_errors_and_before_replacing(make_window, qtbot,
                                                            wait_checked, answers,
                                                            monkeypatch, tmp_path):
    asked, reply = answers
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    window = make_window()
    open_post(window, qtbot, wait_checked, SECRET_SV, SECRET_FI, ["facebook", "x"])
    chosen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: chosen.append("asked") or str(tmp_path)))
    window.preview.export_button.click()
    assert len(asked) == 1 and asked[0]["question"] == "Export anyway?"
    assert chosen == [] and list(tmp_path.iterdir()) == []

    reply["accept"] = True
    window.preview.export_button.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["beslutet-gäller-131052-308t-och-är-facebook.txt",
                     "beslutet-gäller-131052-308t-och-är-x.txt"]
    assert "Wrote 2 files" in window.preview.status.text()

    # The same post again: asked before replacing; No keeps the files.
    (tmp_path / names[0]).write_text("kept\n", encoding="utf-8")
    questions: list[str] = []

    def question(parent, title, text, *args):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.preview.export_button.click()
    assert len(questions) == 1 and names[0] in questions[0]
    assert (tmp_path / names[0]).read_text(encoding="utf-8") == "kept\n"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    window.preview.export_button.click()
    assert (tmp_path / names[0]).read_text(encoding="utf-8").startswith("Beslutet gäller")


def test_copy_and_export_of_a_post_not_yet_written_name_the_empty_required_versions(
        make_window, qtbot, wait_checked, answers, monkeypatch, tmp_path):
    asked, reply = answers
    window = make_window()
    window.set_post(Post(organisation="jakobstad", channels=["facebook"], versions={}))
    wait_checked(window)
    panel = window.preview
    qtbot.waitUntil(lambda: panel.settled() and panel.preview("facebook") is not None)
    # While nothing is written the findings list stays quiet ...
    assert [f for f in window.findings() if f.rule == "language.missing"] == []
    # ... but copying names each empty required version as an error.
    QGuiApplication.clipboard().setText("before")
    panel.cards["facebook"].copy.click()
    assert len(asked) == 1
    assert sorted(asked[0]["listed"]) == ["✖ The Finnish version is required but empty.",
                                          "✖ The Swedish version is required but empty."]
    assert "2 errors" in asked[0]["heading"]
    assert "Not copied" in panel.status.text()
    reply["accept"] = True
    panel.cards["facebook"].copy.click()
    assert QGuiApplication.clipboard().text() == "before"
    assert panel.status.text() == "Nothing copied: the text for Facebook is empty."

    reply["accept"] = False
    folders = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: folders.append(1) or str(tmp_path)))
    panel.export_button.click()
    assert len(asked) == 3 and len(asked[2]["listed"]) == 2
    assert asked[2]["question"] == "Export anyway?"
    reply["accept"] = True  # anyway: there is no text to write, no folder is asked for
    panel.export_button.click()
    assert panel.status.text() == "Nothing exported: the post has no text yet."
    assert folders == [] and list(tmp_path.glob("*.txt")) == []

    # Once the Swedish version is written only the Finnish one is named.
    window.editor("sv").setPlainText("Välkommen på mötet lördag kl. 14 i stadshuset!")
    wait_checked(window)
    qtbot.waitUntil(lambda: panel.settled())
    reply["accept"] = False
    panel.cards["facebook"].copy.click()
    assert asked[-1]["listed"] == ["✖ The Finnish version is required but empty."]


def test_export_all_from_the_file_menu_with_its_shortcut(make_window, qtbot, wait_checked,
                                                         answers, monkeypatch, tmp_path):
    window = make_window()
    open_post(window, qtbot, wait_checked, CLEAN_SV, CLEAN_FI, ["facebook"])
    window.tabifyDockWidget(window.panels.findings_dock, window.panels.preview_dock)
    window.panels.findings_dock.raise_()
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(folder)))
    action = window.actions["export_all"]
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.menus["file"].actions()
    action.trigger()
    assert [p.name for p in folder.iterdir()] == [
        "välkommen-på-mötet-lördag-kl-14-i-stadshuset-facebook.txt"]
    assert window.preview.status.text().startswith(f"Wrote 1 file to {folder}.")
    qtbot.waitUntil(lambda: not window.preview.visibleRegion().isEmpty())  # said in view
