"""The bundle's build configuration: one version everywhere, what the trimming keeps and
drops, and the Windows installer script's per-user set-up."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import composer

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
ISS = PACKAGING / "windows" / "composer.iss"


@pytest.fixture
def trim():
    sys.path.insert(0, str(PACKAGING))
    try:
        import trim

        yield trim
    finally:
        sys.path.remove(str(PACKAGING))


def test_version_is_defined_once_and_read_by_the_build():
    assert re.fullmatch(r"\d+\.\d+\.\d+", composer.__version__)
    spec = (PACKAGING / "composer.spec").read_text(encoding="utf-8")
    assert "__version__" in spec and '"VERSION"' in spec
    assert "dist\\composer" in ISS.read_text(encoding="utf-8")
    assert "\\VERSION" in ISS.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/translations/qtbase_fi.qm", True),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_fi.qm", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("hunspell/sv_FI.dic", True),
        ("resources/profiles/kokkola.toml", True),
    ],
)
def test_trimming_keeps_what_the_app_uses(trim, path, kept):
    assert trim.keep(path) is kept


def test_windows_installer_is_per_user_with_start_menu_uninstall_and_open_with():
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert "{autopf}" in text  # %LOCALAPPDATA%\Programs when not elevated
    assert re.search(r'^Name: "\{autoprograms\}\\', text, re.MULTILINE)
    assert "UninstallDisplayIcon=" in text
    assert "OpenWithProgids" in text and '""%1""' in text
    # Every registry key it writes is per-user (HKA is HKCU without elevation).
    registry = [line for line in text.splitlines() if line.startswith("Root:")]
    assert registry
    assert all(line.startswith("Root: HKA;") for line in registry)


def test_bundle_entry_opens_post_files_in_the_app_and_runs_commands_otherwise():
    sys.path.insert(0, str(PACKAGING))
    try:
        import entry
    finally:
        sys.path.remove(str(PACKAGING))
    assert entry._is_post_file("/home/me/Julkaisu.post.json")
    assert entry._is_post_file("C:\\Users\\me\\post.JSON")
    assert not entry._is_post_file("check")
    assert not entry._is_post_file("--version")
