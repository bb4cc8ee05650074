"""The media panel: the post's images with thumbnails and alt text per language.

Thumbnails are decoded in the thread pool (``QImageReader`` scales while decoding), so a
large photo never blocks typing. A missing or unreadable file shows a placeholder and says
why; its alt text can still be written and the entry removed.
"""

from __future__ import annotations

import functools
import itertools
import os
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QImageReader,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from composer.model import LANGUAGES, Media
from composer.ui.shared.background import Worker

THUMBNAIL = QSize(112, 112)


def read_thumbnail(path: str, size: QSize = THUMBNAIL) -> tuple[QImage, str]:
    """``(image, "")`` or ``(null image, reason)``; safe to call in any thread."""
    if not os.path.isfile(path):
        return QImage(), "missing"
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    if not reader.canRead():
        return QImage(), reader.errorString() or "unreadable"
    original = reader.size()
    if original.isValid() and (
        original.width() > size.width() or original.height() > size.height()
    ):
        reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return QImage(), reader.errorString() or "unreadable"
    if image.width() > size.width() or image.height() > size.height():
        image = image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image, ""


def image_file_filter() -> str:
    """A file dialog filter with every image format this Qt can read."""
    formats = QImageReader.supportedImageFormats()
    patterns = sorted({f"*.{bytes(f.data()).decode()}" for f in formats})
    return " ".join(patterns)


class MediaItem(QFrame):
    """One image: thumbnail, file name, alt text fields and a remove button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, media: Media, languages: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.file = media.file
        self._alt = dict(media.alt)
        self._fields: dict[str, QLineEdit] = {}
        #: Why the thumbnail could not be made (None: made, or not yet).
        self._thumbnail_error: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("mediaItem")

        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.thumbnail.setAutoFillBackground(True)
        self.thumbnail.setWordWrap(True)
        self.thumbnail.setText(self.tr("Loading…"))

        self.name = QLabel(Path(self.file).name or self.file, self)
        self.name.setToolTip(self.file)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status = QWidget(self)
        self.status_icon = QLabel(self.status)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.status_icon.setPixmap(icon.pixmap(16, 16))
        self.status_text = QLabel(self.status)
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout(self.status)
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_text, 1)
        self.status.hide()
        self.remove = QPushButton(self.tr("&Remove"), self)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

        header = QHBoxLayout()
        header.addWidget(self.name, 1)
        header.addWidget(self.remove)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        column = QVBoxLayout()
        column.addLayout(header)
        column.addWidget(self.status)
        self.alt_heading = QLabel(self.tr("Alt text"), self)
        column.addWidget(self.alt_heading)
        column.addLayout(self.form)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self.set_languages(languages)
        self._retranslate()

    def _language_name(self, language: str) -> str:
        return {"fi": self.tr("Finnish"), "sv": self.tr("Swedish"),
                "en": self.tr("English")}.get(language, language)

    def _retranslate(self) -> None:
        name = Path(self.file).name or self.file
        self.remove.setText(self.tr("&Remove"))
        self.alt_heading.setText(self.tr("Alt text"))
        for language, field in self._fields.items():
            self._name_field(language, field)
        if self.thumbnail.pixmap().isNull() and self._thumbnail_error is None:
            self.thumbnail.setText(self.tr("Loading…"))
        elif self._thumbnail_error is not None:
            self._show_failure(self._thumbnail_error)
        self.setAccessibleName(self.tr("Image {0}").format(name))
        self.thumbnail.setAccessibleName(self.tr("Thumbnail of {0}").format(name))
        self.remove.setAccessibleName(self.tr("Remove image {0}").format(name))
        self.remove.setToolTip(self.tr("Remove this image from the post"))

    def set_languages(self, languages: list[str]) -> None:
        self._alt.update(self.alt())
        while self.form.rowCount():
            self.form.removeRow(0)
        self._fields = {}
        for language in languages:
            field = QLineEdit(self._alt.get(language, ""), self)
            field.setObjectName(f"alt_{language}")
            field.setClearButtonEnabled(True)
            field.textChanged.connect(self.changed)
            self._fields[language] = field
            label = QLabel(self)
            label.setBuddy(field)
            self.form.addRow(label, field)
            self._name_field(language, field)

    def _name_field(self, language: str, field: QLineEdit) -> None:
        """The alt text field's label, placeholder and name in the UI language."""
        name = self._language_name(language)
        field.setPlaceholderText(self.tr("Describe the image for someone who cannot see it"))
        field.setAccessibleName(self.tr("Alt text in {0}").format(name))
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(f"{name[:1].upper()}{name[1:]}:")

    def alt_field(self, language: str) -> QLineEdit | None:
        return self._fields.get(language)

    def alt(self) -> dict[str, str]:
        alt = dict(self._alt)
        for language, field in self._fields.items():
            text = field.text()
            if text or language in alt:
                alt[language] = text
        return {lang: alt[lang] for lang in LANGUAGES if lang in alt}

    def media(self) -> Media:
        return Media(file=self.file, alt=self.alt())

    def show_thumbnail(self, image: QImage, error: str) -> None:
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self._thumbnail_error = error
            self._show_failure(error)
            return
        self._thumbnail_error = None
        self.status.hide()
        self.thumbnail.setText("")
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(1.0)
        self.thumbnail.setPixmap(pixmap)
        self.thumbnail.setToolTip(self.file)

    def _show_failure(self, error: str) -> None:
        """Why there is no thumbnail (``error``: "missing" or the reader's words)."""
        self.thumbnail.setText(self.tr("No preview"))
        if error == "missing":
            message = self.tr("The file was not found: {0}").format(self.file)
        else:
            message = self.tr("The image cannot be read ({0}): {1}").format(error, self.file)
        self.status_text.setText(message)
        self.status_text.setAccessibleName(message)
        self.status.show()
        self.thumbnail.setToolTip(message)

    def failed(self) -> bool:
        return not self.status.isHidden()

    def message(self) -> str:
        """Why there is no thumbnail, or "" when there is one."""
        return self.status_text.text() if self.failed() else ""


class MediaPanel(QWidget):
    """The images of a post. ``media_changed`` fires on add, remove and alt text edits."""

    media_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaPanel")
        self._languages: list[str] = list(LANGUAGES)
        self._items: list[MediaItem] = []
        #: Reads thumbnails, two at a time.
        self._worker = Worker("composer-thumbnails", self, threads=2)
        self._last_dir = ""

        self.add_button = QPushButton(self.tr("&Add images…"), self)
        self.add_button.clicked.connect(self.choose_files)
        self.empty = QLabel(self.tr("No images. Images need alt text in every language."), self)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._list)

        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll_area, 1)
        self.setAcceptDrops(True)
        self._retranslate()
        self._update_empty()

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Images"))
        self.add_button.setText(self.tr("&Add images…"))
        self.empty.setText(self.tr("No images. Images need alt text in every language."))
        self.add_button.setAccessibleName(self.tr("Add images"))
        self.add_button.setToolTip(self.tr("Attach images to the post"))
        self.scroll_area.setAccessibleName(self.tr("Attached images"))

    # -- public -----------------------------------------------------------------------------

    def set_languages(self, order: list[str]) -> None:
        """Show alt text fields for ``order`` (the organisation's language order)."""
        self._languages = [lang for lang in order if lang in LANGUAGES]
        for item in self._items:
            item.set_languages(self._languages)
            self._tab_chain(item)

    def set_media(self, media: list[Media]) -> None:
        """Replace the images (does not emit ``media_changed``)."""
        for item in self._items:
            self._list_layout.removeWidget(item)
            item.deleteLater()
        self._items = []
        for entry in media:
            self._append(Media(entry.file, dict(entry.alt)))
        self._update_empty()

    def media(self) -> list[Media]:
        return [item.media() for item in self._items]

    def add_files(self, paths: list[str]) -> None:
        """Attach image files (already attached ones are skipped); emits ``media_changed``."""
        known = {item.file for item in self._items}
        added = False
        for path in paths:
            if path and path not in known:
                known.add(path)
                self._append(Media(path, {}))
                added = True
        if added:
            self._update_empty()
            self.media_changed.emit()

    def items(self) -> list[MediaItem]:
        return list(self._items)

    @Slot()
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add images"),
            self._last_dir,
            self.tr("Images ({0})").format(image_file_filter()),
        )
        if paths:
            self._last_dir = str(Path(paths[0]).parent)
            self.add_files(paths)

    # -- internals --------------------------------------------------------------------------

    def _append(self, media: Media) -> None:
        item = MediaItem(media, self._languages, self._list)
        item.changed.connect(self.media_changed)
        item.remove_requested.connect(self._remove)
        self._list_layout.insertWidget(self._list_layout.count() - 1, item)
        self._items.append(item)
        self._tab_chain(item)
        self._worker.run(functools.partial(read_thumbnail, media.file),
                         functools.partial(self._thumbnail_loaded, media.file))

    def _tab_chain(self, item: MediaItem) -> None:
        fields = [item.alt_field(lang) for lang in self._languages]
        chain = [field for field in fields if field is not None] + [item.remove]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @Slot(object)
    def _remove(self, item: MediaItem) -> None:
        if item not in self._items:
            return
        index = self._items.index(item)
        self._items.remove(item)
        self._list_layout.removeWidget(item)
        item.deleteLater()
        self._update_empty()
        if self._items:
            self._items[min(index, len(self._items) - 1)].remove.setFocus()
        else:
            self.add_button.setFocus()
        self.media_changed.emit()

    @Slot(str, QImage, str)
    def _thumbnail_loaded(self, path: str, outcome: tuple[QImage, str] | Exception) -> None:
        if isinstance(outcome, Exception):
            outcome = QImage(), str(outcome)
        self._thumbnail_ready(path, *outcome)

    def _thumbnail_ready(self, path: str, image: QImage, error: str) -> None:
        for item in self._items:
            if item.file == path:
                item.show_thumbnail(image, error)

    def _update_empty(self) -> None:
        # Without images the panel is its button and one line: the list's empty scroll
        # area would only take height from the editors.
        self.empty.setVisible(not self._items)
        self.scroll_area.setVisible(bool(self._items))

    # -- drag and drop ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()


#: Qt's largest widget size: no maximum.
NO_MAXIMUM = 16777215


class ImagesBox(QWidget):
    """The "Images" heading over a :class:`MediaPanel`, one line high while the post has
    no images (the editors above take the rest of the height) and as tall as the window's
    splitter gives it once it has some."""

    def __init__(self, panel: MediaPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.heading = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(panel, 1)
        panel.media_changed.connect(self.fit)
        self.retranslate()

    def retranslate(self) -> None:
        # the panel's own word for itself, as its accessible name says it
        self.heading.setText(f"<b>{self.panel.tr('Images')}</b>")
        self.fit()

    def fit(self) -> None:
        """Cap the height at what the heading, the button and the (wrapped) note need
        while there are no images; lift the cap when there are."""
        layout = self.layout()
        if self.panel.items() or layout is None:
            self.setMaximumHeight(NO_MAXIMUM)
        elif layout.hasHeightForWidth() and self.width() > 0:
            self.setMaximumHeight(layout.totalHeightForWidth(self.width()))
        else:
            self.setMaximumHeight(layout.totalSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()  # the note wraps to the new width
