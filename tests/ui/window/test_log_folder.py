"""Help → Open the log folder shows the log folder in the file manager."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices


def test_help_opens_the_log_folder(window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setenv("COMPOSER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    window.actions["log_folder"].trigger()
    assert opened == [str(tmp_path / "logs")]
    assert Path(opened[0]).is_dir()


def test_without_a_file_manager_the_folder_is_named(window, monkeypatch, tmp_path):
    monkeypatch.setenv("COMPOSER_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.actions["log_folder"].trigger()
    assert str(tmp_path / "logs") in window.statusBar().currentMessage()
