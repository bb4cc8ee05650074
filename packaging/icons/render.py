"""Renders the application icon from ``composer.svg``: PNGs in the standard sizes into
``hicolor/<n>x<n>/apps/`` (Linux icon theme layout) and ``composer.ico`` (Windows).

Run ``python packaging/icons/render.py`` after changing the SVG and commit the results.
Uses Qt's SVG renderer (PySide6-Essentials' QtSvg), so no other tool is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "composer.svg"
ICON_ID = "fi.composer.Composer"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: Sizes packed into the Windows .ico (256 is the largest the format holds).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def write_ico(images: list[QImage], path: Path) -> None:
    """An .ico holding each image as PNG data (Windows Vista and later read these)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data.data()))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little")
    header += len(images).to_bytes(2, "little")
    offset = 6 + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() if image.width() < 256 else 0
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little")
        entries += (32).to_bytes(2, "little") + len(blob).to_bytes(4, "little")
        entries += offset.to_bytes(4, "little")
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render.py: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        images[size] = render(renderer, size)
        target = HERE / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not images[size].save(str(target), "PNG"):
            print(f"render.py: could not write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(HERE)}")
    write_ico([images[s] for s in ICO_SIZES], HERE / "composer.ico")
    print("wrote composer.ico")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
