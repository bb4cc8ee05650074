"""Image thumbnails for the channel previews, cropped as each network's feed crops them
(:mod:`composer.channels.image_crop`), read with ``QImageReader`` by the app's background
worker (:mod:`composer.ui.shared.background`).

The window asks for ``(file, shape, width)``; a thumbnail already made comes at once,
otherwise it is read in the background (decoded at about the size shown) and
:attr:`PreviewImages.ready` says when. A missing, unreadable or huge file gives a
reason a person can act on instead of an image, and never a stall.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRect, QSize, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader

from composer.channels.image_crop import crop_box, nearest_aspect
from composer.ui.shared.background import Worker

#: Images larger than this many pixels are not decoded for a preview.
MAX_PIXELS = 120_000_000
#: Files larger than this are not read for a preview.
MAX_BYTES = 200 * 1024 * 1024
CACHE_SIZE = 96

MISSING = "missing"
UNREADABLE = "unreadable"
TOO_LARGE = "too-large"


@dataclass(frozen=True)
class Thumbnail:
    """A cropped thumbnail, or why there is none (``reason``, with ``detail``)."""

    image: QImage
    reason: str = ""
    detail: str = ""
    #: The image's own size in pixels (0 × 0 when unknown).
    size: tuple[int, int] = (0, 0)

    @property
    def shape(self) -> tuple[int, int]:
        """The thumbnail's width and height."""
        return (self.image.width(), self.image.height())

    def message(self) -> str:
        """What the preview says instead of the image."""
        if self.reason == MISSING:
            return QCoreApplication.translate("PreviewImages", "The image file is missing.")
        if self.reason == TOO_LARGE:
            return QCoreApplication.translate(
                "PreviewImages", "The image is too large to preview ({0}).").format(self.detail)
        if self.reason == UNREADABLE:
            return QCoreApplication.translate(
                "PreviewImages", "The image cannot be read: {0}").format(self.detail)
        return ""


def shape_of(path: str) -> tuple[int, int]:
    """The image's size in pixels as its header says (0 × 0 when unknown); quick."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid():
        return (0, 0)
    if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
        return (size.height(), size.width())
    return (size.width(), size.height())


Aspects = tuple[tuple[int, int], ...]


def read_cropped(path: str, aspects: Aspects, width: int) -> Thumbnail:
    """``path`` cropped to the one of ``aspects`` nearest its own shape (none: its own
    shape within 1:2..2:1, see :func:`~composer.channels.image_crop.nearest_aspect`)
    and scaled to ``width`` pixels wide; safe in any thread."""
    try:
        if not os.path.isfile(path):
            return Thumbnail(QImage(), MISSING)
        if os.path.getsize(path) > MAX_BYTES:
            megabytes = os.path.getsize(path) // (1024 * 1024)
            return Thumbnail(QImage(), TOO_LARGE, f"{megabytes} MB")
    except OSError as exc:
        return Thumbnail(QImage(), UNREADABLE, exc.strerror or str(exc))
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    if not reader.canRead():
        return Thumbnail(QImage(), UNREADABLE, reader.errorString() or "?")
    original = reader.size()
    if original.isValid() and original.width() * original.height() > MAX_PIXELS:
        return Thumbnail(QImage(), TOO_LARGE, f"{original.width()} × {original.height()}")
    if original.isValid() and original.width() > 2 * width:
        # Decode at about twice the shown size: JPEG decodes scaled for almost nothing.
        reader.setScaledSize(original.scaled(QSize(2 * width, 2 * width * 4),
                                             Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return Thumbnail(QImage(), UNREADABLE, reader.errorString() or "?")
    own = (image.width(), image.height())
    shape = nearest_aspect(aspects, *own)
    left, top, crop_w, crop_h = crop_box(image.width(), image.height(), shape)
    cropped = image.copy(QRect(left, top, crop_w, crop_h))
    height = max(1, round(width * crop_h / max(1, crop_w)))
    scaled = cropped.scaled(QSize(width, height), Qt.AspectRatioMode.IgnoreAspectRatio,
                            Qt.TransformationMode.SmoothTransformation)
    size = (original.width(), original.height()) if original.isValid() else own
    return Thumbnail(scaled, size=size)


def _read(key: tuple) -> Thumbnail:
    """Run in the background worker: the thumbnail for ``key`` (never an exception)."""
    path, aspects, width, _stamp = key
    try:
        return read_cropped(path, aspects, width)
    except Exception as exc:  # a broken file must never take the preview down
        return Thumbnail(QImage(), UNREADABLE, str(exc))


def _stamp(path: str) -> tuple[float, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (0.0, -1)
    return (info.st_mtime, info.st_size)


class PreviewImages(QObject):
    """The thumbnails of the previews: made once per file, network shapes and width."""

    #: A thumbnail asked for earlier is ready: (file, shapes, width).
    ready = _Signal(str, object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[tuple, Thumbnail] = OrderedDict()
        self._asked: set[tuple] = set()
        self._worker = Worker("composer-preview-images", self, threads=2)

    def get(self, path: str, aspects: Aspects, width: int) -> Thumbnail | None:
        """The thumbnail if made already; else None, and it is made in the background."""
        key = (path, tuple(aspects), width, _stamp(path))
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        if key not in self._asked:
            self._asked.add(key)
            self._worker.run(lambda: _read(key), lambda result: self._finished(key, result))
        return None

    def pending(self) -> bool:
        return bool(self._asked)

    def _finished(self, key: tuple, result: object) -> None:
        self._asked.discard(key)
        if not isinstance(result, Thumbnail):  # the job raised (it should not)
            result = Thumbnail(QImage(), UNREADABLE, str(result))
        self._cache[key] = result
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        self.ready.emit(key[0], key[1], key[2])


_shared: PreviewImages | None = None


def shared() -> PreviewImages:
    """The application's thumbnails."""
    global _shared
    if _shared is None:
        _shared = PreviewImages(QCoreApplication.instance())
    return _shared


__all__ = ["MISSING", "TOO_LARGE", "UNREADABLE", "PreviewImages", "Thumbnail",
           "read_cropped", "shape_of", "shared"]
