"""Linux desktop integration: the desktop entry, AppStream metadata and post file type
validate with the freedesktop tools, agree with each other and with the version, the
icons exist in every standard size, and the user install script installs and removes
them."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

import composer

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "fi.composer.Composer"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}-post.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (scripts/setup.sh installs it)")
    return path


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def mime_type() -> str:
    return ET.parse(MIME).getroot().find("m:mime-type", MIME_NS).get("type")


def test_desktop_entry_validates():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_metainfo_validates_offline():
    result = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_newest_release_is_the_package_version():
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == composer.__version__


def test_entry_metainfo_and_file_type_agree():
    entry = desktop_entry()
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("provides/mediatype") == mime_type()
    assert mime_type() + ";" in entry["MimeType"]
    assert entry["Icon"] == APP_ID
    # The file's path (%f) reaches the app, which opens it.
    assert entry["Exec"].split()[-1] == "%f"
    for language in ("fi", "sv"):
        assert entry[f"Comment[{language}]"] != entry["Comment"]


def test_post_files_get_their_own_type_derived_from_json():
    mime = ET.parse(MIME).getroot().find("m:mime-type", MIME_NS)
    assert [g.get("pattern") for g in mime.findall("m:glob", MIME_NS)] == ["*.post.json"]
    assert mime.find("m:sub-class-of", MIME_NS).get("type") == "application/json"


def test_shared_mime_info_accepts_the_file_type(tmp_path):
    update = tool("update-mime-database")
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    subprocess.run([update, str(tmp_path / "mime")], check=True, capture_output=True)
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    assert f"{mime_type()}:*.post.json" in globs


def test_icons_in_every_standard_size_from_the_svg(qapp):
    from PySide6.QtGui import QImage

    assert (PACKAGING / "icons" / "composer.svg").is_file()
    for size in SIZES:
        png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(png))
        assert (image.width(), image.height()) == (size, size), png
        assert image.hasAlphaChannel()
    assert (PACKAGING / "icons" / "composer.ico").stat().st_size > 1000


@pytest.fixture
def fake_bundle(tmp_path) -> Path:
    """A folder shaped like dist/composer: an executable ``composer`` and ``_internal``."""
    bundle = tmp_path / "dist" / "composer"
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / "composer"
    exe.write_text("#!/bin/sh\necho composer test\n", encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def test_install_script_installs_for_the_user_and_uninstalls(tmp_path, fake_bundle):
    home = tmp_path / "home"
    share = home / ".local" / "share"
    drafts = share / "composer" / "drafts.sqlite3"
    drafts.parent.mkdir(parents=True)
    drafts.write_text("user data", encoding="utf-8")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(share)}
    script = str(LINUX / "install.sh")
    subprocess.run(["bash", script, str(fake_bundle)], env=env, check=True,
                   capture_output=True)

    target = share / APP_ID
    installed = share / "applications" / f"{APP_ID}.desktop"
    assert (target / "composer").is_file()
    assert (home / ".local" / "bin" / "composer").resolve() == (target / "composer").resolve()
    assert desktop_entry(installed)["Exec"] == f'"{target}/composer" %f'
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "mime" / "packages" / MIME.name).is_file()
    for size in SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(installed)], check=True)
    if shutil.which("update-mime-database"):
        assert mime_type() in (share / "mime" / "globs2").read_text(encoding="utf-8")

    subprocess.run(["bash", script, "--uninstall"], env=env, check=True, capture_output=True)
    assert not target.exists()
    assert not installed.exists()
    assert not (home / ".local" / "bin" / "composer").exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    # Drafts and settings are the user's: never removed.
    assert drafts.read_text(encoding="utf-8") == "user data"
