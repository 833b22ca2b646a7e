"""The badge's 3:4 crop box over a photo, shared by the walk-in form's "Photo…" and the camera.

``PhotoCropDialog`` shows the photo with the box over it, centred and as large as the photo
allows; the operator drags it over the face and may make it smaller with the slider. What the
badge leaves out is dimmed. ``crop()`` is the chosen box in the pixels of the picture shown
(a file's picture is shown the right way up, its EXIF orientation applied, as the services do).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from summit_desk.services.photo_image import CropBox, centred_crop

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
