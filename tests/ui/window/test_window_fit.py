"""The window fits the screen at every scale factor: it opens inside the available area
of a 1366×768 and a 1920×1080 screen at scale 1, 1.5 and 2, is usable at 1280×720
logical pixels, keeps its language columns equal, and a remembered geometry is used only
where it fits. The fit is checked on Qt's offscreen platform and, where a virtual X server
(Xvfb) can start, on a real X display (xcb) as a Linux desktop shows it."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from composer.ui.editor.editors import MIN_COLUMN_WIDTH
from composer.ui.window.docks import DOCK_MIN_WIDTH
from composer.ui.window.fit import fits_screens, fitted_rect

PROBE = Path(__file__).with_name("window_probe.py")
DIALOG_PROBE = Path(__file__).with_name("dialog_probe.py")
REPO = Path(__file__).resolve().parents[2]


def open_window(tmp_path: Path, screen: tuple[int, int], scale: float,
                *size: int, probe: Path = PROBE) -> dict:
    """The probe's report of a window opened on a virtual ``screen`` at ``scale``."""
    config = tmp_path / f"screen-{screen[0]}x{screen[1]}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "virtual", "x": 0, "y": 0, "width": screen[0], "height": screen[1],
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, str(probe), *map(str, size)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture
def x_display(request: pytest.FixtureRequest) -> Iterator[str]:
    """A virtual X server (Xvfb) of the size the test is parametrised with (``screen``),
    on the first free display; the test is skipped, saying why, where none can start."""
    width, height = request.node.callspec.params["screen"]
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("no X server to test on: Xvfb is not installed (scripts/setup.sh "
                    "installs it)")
    with tempfile.TemporaryFile() as ready:
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(ready.fileno()), "-screen", "0",
             f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(ready.fileno(),), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(timeout=10)  # it runs until stopped: returning is failing
            ready.seek(0)
            number = ready.read().decode("ascii", "replace").strip()
            if server.poll() is not None or not number.isdigit():
                error = server.stderr.read().decode(errors="replace")[-300:] if (
                    server.stderr and server.poll() is not None) else "no display number"
                pytest.skip(f"no X server to test on: Xvfb did not start ({error.strip()})")
            yield f":{number}"
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()


def open_window_on_x(display: str, scale: float) -> dict:
    """The probe's report of the window opened on the X ``display`` at ``scale``."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=display,
               QT_SCALE_FACTOR=str(scale), PYTHONPATH=str(REPO / "src"))
    done = subprocess.run([sys.executable, str(PROBE)], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def inside(inner: list[int], outer: list[int]) -> bool:
    return QRect(*outer).contains(QRect(*inner))


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("scale", [1, 1.5, 2])
def test_the_window_opens_inside_the_available_screen(tmp_path, screen, scale):
    shown = open_window(tmp_path, screen, scale)
    available = shown["available"]
    assert available[2] == round(screen[0] / scale)  # the virtual screen is in effect
    assert inside(shown["frame"], available), shown
    assert shown["minimum"][0] <= available[2] and shown["minimum"][1] <= available[3]
    assert max(shown["columns"]) - min(shown["columns"]) <= 1, shown  # equal columns
    assert all(width >= MIN_COLUMN_WIDTH for width in shown["columns"])
    assert all(d["visible"] for d in shown["docks"])
    if available[2] < 1600:  # findings and previews share the width as tabs
        assert all(d["tabbed"] for d in shown["docks"])


@pytest.mark.xvfb
@pytest.mark.parametrize("screen", [(1366, 768)])
@pytest.mark.parametrize("scale", [1.5, 2])
def test_the_window_fits_a_real_x_display(x_display, screen, scale):
    shown = open_window_on_x(x_display, scale)
    available = shown["available"]
    assert available[2] == round(screen[0] / scale)  # the X screen and scale are in effect
    assert inside(shown["frame"], available), shown
    assert shown["minimum"][0] <= available[2] and shown["minimum"][1] <= available[3]
    assert max(shown["columns"]) - min(shown["columns"]) <= 1, shown
    assert all(width >= MIN_COLUMN_WIDTH for width in shown["columns"])
    assert all(d["visible"] and d["tabbed"] for d in shown["docks"])


@pytest.mark.parametrize("scale", [1.5, 2])
def test_every_dialog_opens_inside_a_laptop_screen(tmp_path, scale):
    shown = open_window(tmp_path, (1366, 768), scale, probe=DIALOG_PROBE)
    available = shown.pop("available")
    assert available[2] == round(1366 / scale)
    outside = {name: d for name, d in shown.items() if not inside(d["frame"], available)}
    assert outside == {}, available
    assert len(shown) >= 10


def test_fitted_shrinks_a_dialog_to_the_screen_and_moves_it_inside():
    from composer.ui.shared.fit_screen import fitted

    laptop = QRect(0, 0, 683, 384)
    place = fitted(QRect(-100, -120, 900, 640), QSize(380, 264), laptop, QSize(0, 0))
    assert place == QRect(0, 0, 683, 384)
    # Small enough already: only moved inside.
    assert fitted(QRect(500, 300, 300, 200), QSize(100, 100), laptop, QSize(0, 0)) == QRect(
        383, 184, 300, 200)
    # Never below its minimum size (with the title bar).
    assert fitted(QRect(0, 0, 900, 640), QSize(752, 140), laptop, QSize(0, 20)).size() == (
        QSize(752, 384))


def test_usable_at_1280_by_720_logical_pixels(tmp_path):
    shown = open_window(tmp_path, (2560, 1440), 2, 1280, 720)
    assert shown["geometry"][2:] == [1280, 720]
    assert max(shown["columns"]) - min(shown["columns"]) <= 1
    assert min(shown["columns"]) >= 250
    assert all(d["visible"] and d["width"] >= DOCK_MIN_WIDTH for d in shown["docks"])


def test_a_remembered_geometry_is_used_only_where_it_fits(tmp_path):
    env_config = Path(os.environ["COMPOSER_CONFIG_DIR"])
    from composer.settings import Settings

    # The window as last closed on a large screen: 1800×1000 at (40, 30).
    big = open_window(tmp_path, (1920, 1080), 1, 1800, 1000)
    assert big["geometry"][2:] == [1800, 1000]
    settings = Settings.load(env_config / "settings.json")
    assert settings.window_geometry and settings.window_state  # saved on close
    # On the same screen it comes back as it was.
    again = open_window(tmp_path, (1920, 1080), 1)
    assert again["geometry"][2:] == [1800, 1000]
    # On a laptop screen it would not fit: placed afresh inside the screen.
    small = open_window(tmp_path, (1366, 768), 1)
    assert inside(small["frame"], small["available"])
    assert small["geometry"][2] < 1366


def test_fitted_rect_and_fits_screens():
    laptop = QRect(0, 0, 1366, 728)
    first = fitted_rect(laptop, QSize(1500, 920))
    assert laptop.contains(first) and first.width() == int(1366 * 0.92)
    assert fitted_rect(QRect(0, 0, 2560, 1400), QSize(1500, 920)).size() == QSize(1500, 920)
    assert fits_screens(QRect(10, 10, 1200, 700), [laptop])
    assert not fits_screens(QRect(10, 10, 1500, 700), [laptop])  # wider than the screen
    assert not fits_screens(QRect(2000, 10, 800, 600), [laptop])  # on a screen now gone
    two = [laptop, QRect(1366, 0, 1920, 1080)]
    assert fits_screens(QRect(1500, 100, 1500, 900), two)  # on the second screen
