"""The holder's photo at the desk: pick a file, move the badge's 3:4 crop box over the face.

``PhotoButton`` ("Photo…") sits in the walk-in form: it opens a file, has the services check it
(a file that is not a JPEG or PNG photo, too large, or a decompression bomb is refused with the
services' own message before Qt decodes a pixel), and shows ``PhotoCropDialog``. The crop box
starts centred, as large as the photo allows; the operator drags it over the face and may make it
smaller with the slider. When the walk-in is registered, the photo is stored for the new person,
cropped as chosen (:meth:`~summit_desk.services.photos.PhotoService.set_photo`).

Coordinates: the dialog shows the photo the right way up (Qt applies the EXIF orientation, as
the services do), and the crop box is in that picture's pixels.

Taking the photo with a webcam (QtMultimedia) is not here yet: it needs a camera to be tried.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QImageReader, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.errors import SummitDeskError
from summit_desk.services.photo_image import CropBox, centred_crop, photo_size
from summit_desk.services.photos import PhotoService, read_photo_file

_SHADE = QColor(0, 0, 0, 120)
_FRAME = QColor("#FFD54F")


class CropFrame(QGraphicsRectItem):
    """The badge's 3:4 box: dragged with the mouse, never leaving the photo."""

    def __init__(self, bounds: QRectF, width: float) -> None:
        super().__init__(0, 0, width, width * 4 / 3)
        self.bounds = bounds
        pen = QPen(_FRAME)
        pen.setCosmetic(True)
        pen.setWidth(3)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)

        # What is left out of the badge is dimmed, so the operator sees the badge's photo.
        self.shade = QGraphicsPathItem()
        self.shade.setBrush(QBrush(_SHADE))
        self.shade.setPen(QPen(Qt.PenStyle.NoPen))

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return self.clamped(QPointF(value))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self.update_shade()
        return super().itemChange(change, value)

    def update_shade(self) -> None:
        outside = QPainterPath()
        outside.addRect(self.bounds)
        inside = QPainterPath()
        inside.addRect(self.rect().translated(self.pos()))
        self.shade.setPath(outside.subtracted(inside))

    def clamped(self, point: QPointF) -> QPointF:
        rect = self.rect()
        x = min(max(point.x(), self.bounds.left()), self.bounds.right() - rect.width())
        y = min(max(point.y(), self.bounds.top()), self.bounds.bottom() - rect.height())
        return QPointF(x, y)

    def resize_keeping_centre(self, width: float) -> None:
        centre = self.pos() + self.rect().center()
        self.setRect(0, 0, width, width * 4 / 3)
        self.setPos(self.clamped(centre - self.rect().center()))
        self.update_shade()


class PhotoCropDialog(QDialog):
    """The photo with the crop box over it; ``crop()`` is the chosen box in the photo's pixels."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop the photo for the badge"))
        self.image = image
        scene = QGraphicsScene(self)
        scene.addItem(QGraphicsPixmapItem(QPixmap.fromImage(image)))
        bounds = QRectF(0, 0, image.width(), image.height())
        self.largest = centred_crop(image.width(), image.height())
        self.frame = CropFrame(bounds, self.largest.width)
        self.frame.setPos(self.largest.x, self.largest.y)
        scene.addItem(self.frame.shade)
        scene.addItem(self.frame)
        self.frame.update_shade()
        self.view = QGraphicsView(scene)
        self.view.setBackgroundBrush(QBrush(QColor("#808080")))
        self.view.setMinimumSize(360, 420)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(30, 100)  # percent of the largest box
        self.size_slider.setValue(100)
        self.size_slider.valueChanged.connect(self._resize)
        hint = QLabel(
            self.tr("Drag the yellow box over the face: head and shoulders, as on a passport.")
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Size")))
        size_row.addWidget(self.size_slider, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(size_row)
        layout.addWidget(buttons)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.view.fitInView(self.view.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def _resize(self, percent: int) -> None:
        self.frame.resize_keeping_centre(self.largest.width * percent / 100)

    def move_frame(self, x: float, y: float) -> None:
        """Put the box's top-left corner at (x, y) in the photo's pixels, kept on the photo."""
        self.frame.setPos(x, y)

    def crop(self) -> CropBox:
        rect = self.frame.rect()
        pos = self.frame.pos()
        width = min(round(rect.width()), self.image.width())
        height = min(round(rect.height()), self.image.height())
        x = min(max(0, round(pos.x())), self.image.width() - width)
        y = min(max(0, round(pos.y())), self.image.height() - height)
        return CropBox(x, y, width, height)


def read_photo(path: Path) -> tuple[bytes, QImage]:
    """The file's bytes and its picture the right way up; refused with the services' message."""
    data = read_photo_file(path)  # a file too large is refused before it is read
    photo_size(data, path.name)  # header only: not an image, not JPEG/PNG, a bomb: refused
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # the EXIF orientation, as the services apply it
    image = reader.read()
    if image.isNull():
        raise SummitDeskError("photo.damaged", file=path.name, reason=reader.errorString())
    return data, image


class PhotoButton(QPushButton):
    """ "Photo…" in the walk-in form; the chosen photo is stored once the person is registered."""

    def __init__(self, walk_in: Any) -> None:
        super().__init__(walk_in)
        self.walk_in = walk_in
        self.chosen: tuple[bytes, str, CropBox] | None = None
        self.setText(self.tr("Photo…"))
        self.setToolTip(self.tr("A JPEG or PNG photo for the badge, cropped to 35 × 45"))
        self.clicked.connect(self.choose)
        walk_in.controller.registered.connect(self.store)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo for the badge"), "", self.tr("Photos (*.jpg *.jpeg *.png)")
        )
        if name:
            self.choose_file(Path(name))

    def choose_file(self, path: Path) -> PhotoCropDialog | None:
        try:
            data, image = read_photo(path)
        except SummitDeskError as error:
            QMessageBox.warning(self, self.tr("Photo"), error.message(self.walk_in.lang))
            return None
        dialog = PhotoCropDialog(image, self)
        dialog.accepted.connect(lambda: self._keep(data, path.name, dialog.crop()))
        dialog.open()
        return dialog

    def _keep(self, data: bytes, name: str, crop: CropBox) -> None:
        self.chosen = (data, name, crop)
        self.setText(self.tr("Photo ✓"))

    def store(self, outcome: Any) -> None:
        """Store the chosen photo for the person just registered; a refusal is shown, and the
        registration stands."""
        person = getattr(outcome, "person", None)
        if self.chosen is None or person is None:
            return
        data, name, crop = self.chosen
        try:
            PhotoService(self.walk_in.controller.context).set_photo(person.ref, data, name, crop)
        except SummitDeskError as error:
            QMessageBox.warning(self, self.tr("Photo"), error.message(self.walk_in.lang))
