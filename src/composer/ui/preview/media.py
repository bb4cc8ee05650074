"""The pictures of a preview card, as the network shows them: the real image cropped to
the network's shape (Instagram 1:1 or 4:5, X and LinkedIn 16:9, Pinterest 2:3, TikTok
9:16), several images as a grid (X, Bluesky, Mastodon) or as a carousel with its count
(the others), the alt text on hover and as the accessible name, and a clear message for
a missing, unreadable or huge file.

Thumbnails come from :mod:`composer.ui.preview.images` (read in the thread pool); until
one is ready its place says "Loading…", so filling a card never waits for a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from composer.channels import ChannelSpec
from composer.ui.preview import images as preview_images
from composer.ui.preview.looks import NetworkLook

#: Width of a single picture in a card, in logical pixels.
IMAGE_WIDTH = 360
#: A picture shrinks with a narrow card down to this width (logical pixels).
MIN_PICTURE_WIDTH = 72
#: Most pictures a grid shows (X, Bluesky and Mastodon show four).
GRID_MAX = 4


@dataclass(frozen=True)
class MediaShown:
    """One picture of the post: its file and its alt text in the card's language."""

    file: str
    alt: str


class Picture(QLabel):
    """One thumbnail, or the reason there is none."""

    def __init__(self, item: MediaShown, aspects: tuple[tuple[int, int], ...], width: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self.item = item
        self.aspects = aspects
        self.width_ = width
        self.failed = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        alt = item.alt or self.tr("Image without alt text")
        self.setToolTip(self.tr("ALT: {0}").format(alt) if item.alt else alt)
        self.setAccessibleName(self.tr("Image: {0}").format(alt))
        # A narrow card shows the picture smaller, in the same shape (never cut).
        self.setScaledContents(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Until the thumbnail is read: the network's shape, empty.
        shape = aspects[0] if aspects else (4, 3)
        self._natural = QSize(width, max(24, round(width * shape[1] / shape[0])))
        self._set_natural(self._natural)
        self.loading = True
        self.setText(self.tr("Loading…"))
        self.refresh()

    def refresh(self) -> bool:
        """Show the thumbnail if it is ready; True when there is nothing more to wait for."""
        found = preview_images.shared().get(self.item.file, self.aspects, self.width_)
        if found is None:
            return False
        self.loading = False
        if found.reason:
            self.failed = found.message()
            self.setPixmap(QPixmap())
            self.setText(self.failed)
            self._set_natural(QSize(self._natural.width(), max(48, self._natural.height() // 3)))
            self.setStyleSheet("color: palette(text); padding: 6px;")
            return True
        pixmap = QPixmap.fromImage(found.image)
        self._set_natural(found.image.size())
        self.setPixmap(pixmap)
        self.setText("")
        return True

    def shape(self) -> tuple[int, int]:
        """The picture's width and height as shown."""
        return (self.width(), self.height())

    def _set_natural(self, size: QSize) -> None:
        """The size the picture has where there is room; narrower, it keeps its shape."""
        self._natural = size
        self.setMaximumWidth(size.width())
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(self._natural)

    def minimumSizeHint(self) -> QSize:
        width = min(self._natural.width(), MIN_PICTURE_WIDTH)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        natural = self._natural
        width = min(width, natural.width())
        if self.failed:  # a message: as high as its wrapped lines need
            return max(natural.height(), super().heightForWidth(width))
        return max(1, round(width * natural.height() / max(1, natural.width())))


class MediaView(QFrame):
    """The post's pictures in a preview card (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaView")
        self.pictures: list[Picture] = []
        self._shown: tuple[object, ...] | None = None
        self.count = QLabel(self)
        self.count.setObjectName("carouselCount")
        self.count.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("needsImage")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.frame = QWidget(self)
        self.frame.setObjectName("pictures")
        self.grid = QGridLayout(self.frame)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(self.frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignHCenter)
        preview_images.shared().ready.connect(self._ready)

    def set_media(self, items: Sequence[MediaShown], spec: ChannelSpec, look: NetworkLook,
                  needs_image: bool) -> None:
        """Show ``items`` as ``spec``'s network does; ``needs_image``: the network needs
        one and the post has none."""
        shown = (tuple(items), spec.id, spec.image_aspects, needs_image)
        if shown == self._shown:
            return
        self._shown = shown
        for picture in self.pictures:
            self.grid.removeWidget(picture)
            picture.deleteLater()
        self.pictures = []
        if needs_image:
            self.notice.setText("⚠ " + self.tr("{0} needs an image or a video.").format(
                spec.name))
            self.notice.setAccessibleName(self.notice.text())
        self.notice.setVisible(needs_image)
        if not items:
            self.count.hide()
            self.setVisible(needs_image)
            return
        self.setVisible(True)
        if look.grid and len(items) > 1:
            shown_items = list(items)[:GRID_MAX]
            width = IMAGE_WIDTH // 2 - 1
            for number, item in enumerate(shown_items):
                picture = Picture(item, ((1, 1),), width, self.frame)
                self.grid.addWidget(picture, number // 2, number % 2)
                self.pictures.append(picture)
            self.count.hide()
            return
        first = items[0]
        picture = Picture(first, spec.image_aspects, IMAGE_WIDTH, self.frame)
        self.grid.addWidget(picture, 0, 0)
        self.pictures.append(picture)
        if len(items) > 1:
            self.count.setText(f"1/{len(items)}  " + "● " + "○ " * (min(len(items), 10) - 1))
            self.count.setAccessibleName(self.tr("Image 1 of {0}").format(len(items)))
        self.count.setVisible(len(items) > 1)

    def busy(self) -> bool:
        return any(picture.loading for picture in self.pictures)

    def _ready(self, path: str, _aspects: object, _width: int) -> None:
        for picture in self.pictures:
            if picture.item.file == path:
                picture.refresh()


__all__ = ["GRID_MAX", "IMAGE_WIDTH", "MediaShown", "MediaView", "Picture"]
