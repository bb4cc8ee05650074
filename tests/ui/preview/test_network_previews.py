"""Each network's preview card looks like that network: its layout, name and handle, its
words at the cut, and the real picture cropped to its shape. Rendered offscreen and
compared by structure (which widgets, in which order, what size and colour)."""

from __future__ import annotations

import dataclasses
import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from composer.checking.preview_data import previews_from
from composer.engine import Engine
from composer.model import CHANNELS, Media, Post
from composer.pipeline import PipelineRequest
from composer.settings import Settings
from composer.ui.preview import images as preview_images
from composer.ui.preview.looks import LOOKS, more_label
from composer.ui.preview.media import IMAGE_WIDTH
from composer.ui.preview.panel import ChannelPreviewPanel

LONG_SV = ("Välkommen till invånarkvällen om nya Campus Allegro tisdag 14.10 kl. 18 i "
           "Schaumansalen! Vi berättar om planerna, visar ritningarna och svarar på frågor. "
           "Kaffe serveras från kl. 17.30. ") * 2


def striped(path: Path, width: int, height: int) -> Path:
    """An image in three vertical bands (red, green, blue) and a yellow top strip, so a
    crop shows which part of it was kept."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    third = width // 3
    painter.fillRect(0, 0, third, height, QColor("red"))
    painter.fillRect(third, 0, third, height, QColor("green"))
    painter.fillRect(2 * third, 0, width - 2 * third, height, QColor("blue"))
    painter.fillRect(0, 0, width, height // 10, QColor("yellow"))
    painter.end()
    assert image.save(str(path))
    return path


def huge_png(path: Path, width: int, height: int) -> Path:
    """A PNG whose header says ``width`` × ``height`` (its pixel data is a few bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                     + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b""))
    return path


@pytest.fixture
def panel(qtbot):
    widget = ChannelPreviewPanel(settings=Settings(ui_language="en"))
    qtbot.addWidget(widget)
    widget.resize(640, 1000)
    widget.show()
    return widget


def show(panel, qtbot, post: Post, channels: list[str]) -> None:
    """Tick ``channels`` and give the panel the check of ``post`` on them."""
    panel.set_channels(channels)
    checked = dataclasses.replace(post, channels=list(channels))
    settings = panel._settings
    panel.set_post(checked, previews_from(Engine().run(PipelineRequest(checked, "en", settings)),
                                          "en", settings))
    qtbot.waitUntil(lambda: panel.settled() and all(
        panel.preview(c) is not None and panel.cards[c].isVisible() for c in channels))


def loaded(panel, channels) -> bool:
    return all(not p.text() or p.failed for c in channels
               for p in panel.cards[c].parts[0].media.pictures)


def post_with(files: list[Path], channels: list[str]) -> Post:
    return Post(organisation="jakobstad", channels=channels, versions={"sv": LONG_SV},
                media=[Media(str(f), {"sv": f"Ritning {n} av Campus Allegro vid havet."})
                       for n, f in enumerate(files, 1)])


def test_each_network_has_its_own_look(panel, qtbot, tmp_path):
    photo = striped(tmp_path / "campus.png", 1600, 900)
    show(panel, qtbot, post_with([photo], list(CHANNELS)), list(CHANNELS))
    for channel in CHANNELS:
        look = LOOKS[channel]
        part = panel.cards[channel].parts[0]
        assert part.action_row.text() == look.actions, channel
        assert part.colour.name().upper() == look.colour.upper(), channel
        image = part.grab().toImage()
        bar = image.pixelColor(image.width() // 2, 1)
        assert bar.name().upper() == look.colour.upper(), channel  # painted along the top
        # The picture above the text on Instagram, Pinterest, TikTok and YouTube.
        body = [part.body.itemAt(i) for i in range(part.body.count())]
        media_at = next(i for i, item in enumerate(body) if item.layout() is part.media_box)
        text_at = next(i for i, item in enumerate(body) if item.widget() is part.text)
        assert (media_at < text_at) == look.media_first, channel
        # Name and handle: "Name @handle" on one line on X, Threads, Bluesky, Mastodon.
        handle = part.inline_handle if look.handle_inline else part.handle
        other = part.handle if look.handle_inline else part.inline_handle
        assert not other.isVisible(), channel
        if handle.text():
            assert handle.text().startswith("@") and handle.isVisible(), channel
        # Its own words at the feed's cut, where the network cuts.
        if part.more.isVisible():
            assert part.more.text() == more_label(look.more), channel
    assert panel.cards["instagram"].parts[0].more.text() == "… more"
    assert panel.cards["facebook"].parts[0].more.text() == "See more"
    assert panel.cards["linkedin"].parts[0].more.text() == "…see more"


@pytest.mark.parametrize(("channel", "size", "shape"), [
    ("instagram", (1600, 900), (1, 1)),
    ("instagram", (900, 1200), (4, 5)),
    ("x", (1000, 1000), (16, 9)),
    ("linkedin", (900, 1200), (16, 9)),
    ("pinterest", (1600, 900), (2, 3)),
    ("tiktok", (1600, 900), (9, 16)),
    ("facebook", (1500, 1000), (3, 2)),   # the image's own shape
])
def test_picture_is_the_real_image_cropped_to_the_networks_shape(
        panel, qtbot, tmp_path, channel, size, shape):
    photo = striped(tmp_path / f"photo-{size[0]}x{size[1]}.png", *size)
    show(panel, qtbot, post_with([photo], [channel]), [channel])
    qtbot.waitUntil(lambda: loaded(panel, [channel]))
    [picture] = panel.cards[channel].parts[0].media.pictures
    # Laid out at its size, in the network's shape.
    qtbot.waitUntil(lambda: picture.shape()[0] == IMAGE_WIDTH and abs(
        picture.shape()[1] - IMAGE_WIDTH * shape[1] / shape[0]) <= 1)
    width, height = picture.shape()
    image = picture.pixmap().toImage()
    middle = image.pixelColor(width // 2, height // 2)
    assert middle.green() > 100 and middle.red() < 80, "the centre of the image is kept"
    assert "Ritning 1 av Campus Allegro" in picture.toolTip()  # alt text on hover


def test_grid_on_x_and_a_carousel_on_instagram(panel, qtbot, tmp_path):
    files = [striped(tmp_path / f"p{n}.png", 800, 600) for n in range(5)]
    show(panel, qtbot, post_with(files, ["x", "instagram"]), ["x", "instagram"])
    qtbot.waitUntil(lambda: loaded(panel, ["x", "instagram"]))
    x = panel.cards["x"].parts[0].media
    assert len(x.pictures) == 4 and not x.count.isVisible()  # X shows four, square
    qtbot.waitUntil(lambda: {p.shape() for p in x.pictures} == {
        (IMAGE_WIDTH // 2 - 1, IMAGE_WIDTH // 2 - 1)})
    instagram = panel.cards["instagram"].parts[0].media
    assert len(instagram.pictures) == 1 and instagram.count.isVisible()
    assert instagram.count.text().startswith("1/5")


def test_a_broken_missing_or_huge_image_is_a_clear_message(panel, qtbot, tmp_path):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    missing = tmp_path / "gone.jpg"
    huge = huge_png(tmp_path / "huge.png", 30000, 20000)
    for file, words in ((broken, "cannot be read"), (missing, "missing"),
                        (huge, "too large to preview (30000 × 20000)")):
        show(panel, qtbot, post_with([file], ["facebook"]), ["facebook"])
        qtbot.waitUntil(lambda: loaded(panel, ["facebook"]))
        [picture] = panel.cards["facebook"].parts[0].media.pictures
        assert words in picture.text() and picture.failed


def test_pictures_are_read_in_the_background(panel, qtbot, tmp_path, monkeypatch):
    photo = striped(tmp_path / "slow.png", 1200, 800)
    calls: list[str] = []
    real = preview_images.read_cropped

    def watched(path, aspects, width):
        import threading
        calls.append(threading.current_thread().name)
        return real(path, aspects, width)

    monkeypatch.setattr(preview_images, "read_cropped", watched)
    show(panel, qtbot, post_with([photo], ["linkedin"]), ["linkedin"])
    qtbot.waitUntil(lambda: loaded(panel, ["linkedin"]))
    import threading
    assert calls and threading.main_thread().name not in calls
