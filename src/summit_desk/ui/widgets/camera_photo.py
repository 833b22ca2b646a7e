"""Taking the holder's photo at the desk with the laptop's webcam: the walk-in form's "Take
photo" and the check-in page's "Retake photo…" open this dialog.

``CameraPhotoDialog`` shows the camera's live picture (ui/widgets/camera.py, shared with the
badge scanner). "Take" freezes the newest frame and turns the camera off; the frame is checked
by the services as a photo file would be (too small a camera is refused with their message) and
shown in ``PhotoCropDialog`` (ui/widgets/photo_crop.py) with its 3:4 box centred. Accepting the
crop accepts the dialog: :attr:`CameraPhotoDialog.photo` is then what
:meth:`PhotoService.set_photo` stores, as for a file. Cancelling the crop goes back to the live
picture, to take it again.

The frame is encoded to JPEG in memory only: a photo is personal data, and a temporary file
would outlive the desk's session where other users of the laptop may read it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QHideEvent, QImage, QImageWriter, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.errors import SummitDeskError
from summit_desk.services.photo_image import CropBox, photo_size
from summit_desk.ui.widgets.camera import CameraFeed, preview_widget
from summit_desk.ui.widgets.photo_crop import PhotoCropDialog

PREVIEW = QSize(480, 360)
JPEG_QUALITY = 95  # the services make it 600 × 800 at their own quality; lose little before

Photo = tuple[bytes, str, CropBox]  # what PhotoService.set_photo takes: data, name, crop


def jpeg_of(image: QImage) -> bytes:
    """``image`` as JPEG bytes, in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setQuality(JPEG_QUALITY)
    if not writer.write(image.convertToFormat(QImage.Format.Format_RGB888)):
        raise SummitDeskError("photo.damaged", file="camera", reason=writer.errorString())
    return bytes(buffer.data().data())


def still_of(frame: Any) -> QImage:
    """A frame (``QVideoFrame`` from the camera, ``QImage`` from a test) as a picture of its
    own, no longer tied to the camera's buffers."""
    image = frame if isinstance(frame, QImage) else frame.toImage()
    return image.copy()


class CameraPhotoDialog(QDialog):
    """The camera's picture, "Take", then the crop box; ``photo`` once accepted."""

    def __init__(self, lang: str, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(title or self.tr("Take a photo for the badge"))
        self.feed = CameraFeed(self)
        self.newest: Any = None  # the camera's latest frame, converted only when taken
        self.photo: Photo | None = None
        self.crop_dialog: PhotoCropDialog | None = None
        self.name = self.tr("Camera photo")  # how the services' messages name the photo
        self.live = preview_widget(PREVIEW)
        self.still = QLabel()
        self.still.setFixedSize(PREVIEW)
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.live)
        self.pages.addWidget(self.still)
        self.status = QLabel()  # what to do, or why the camera does not run
        self.status.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Take"))
        self.take_button.setMinimumHeight(44)
        self.take_button.setDefault(True)  # Enter takes the photo
        self.take_button.setEnabled(False)  # until the camera has given a picture
        self.take_button.clicked.connect(self.take)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.feed.frame_arrived.connect(self.frame)
        self.feed.stopped.connect(self._camera_stopped)

    # --- the camera ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.photo is None and self.crop_dialog is None:
            self._start()

    def _start(self) -> None:
        self.pages.setCurrentWidget(self.live)
        problem = self.feed.start(self.live)
        self.status.setText(problem or self._instruction())

    def _instruction(self) -> str:
        return self.tr("Head and shoulders in the picture, looking at the camera; then Take.")

    def frame(self, frame: Any) -> None:
        """A frame of the camera (its video sink calls this; tests call it with a ``QImage``)."""
        if self.pages.currentWidget() is not self.live:
            return  # taken: the picture stays as it was
        if self.newest is None:
            self.status.setText(self._instruction())
        self.newest = frame
        self.take_button.setEnabled(True)
        if isinstance(self.live, QLabel) and isinstance(frame, QImage):
            # No video widget without Qt Multimedia: the picture is drawn here.
            self.live.setPixmap(self._fitted(frame))

    def _fitted(self, image: QImage) -> QPixmap:
        return QPixmap.fromImage(image).scaled(
            PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def _camera_stopped(self, text: str) -> None:
        self.newest = None
        self.take_button.setEnabled(False)
        self.status.setText(text)

    # --- taking and cropping ------------------------------------------------------------------
    def take(self) -> PhotoCropDialog | None:
        """Freeze the newest frame and open the crop box on it; None if it is refused."""
        if self.newest is None:
            return None
        image = still_of(self.newest)
        try:
            if image.isNull():
                raise SummitDeskError("photo.damaged", file=self.name, reason="-")
            data = jpeg_of(image)
            photo_size(data, self.name)  # the services' checks, before the desk crops
        except SummitDeskError as error:
            self.status.setText(error.message(self.lang))
            return None
        self.feed.stop()  # the light goes off while the photo is cropped
        self.still.setPixmap(self._fitted(image))
        self.pages.setCurrentWidget(self.still)
        self.take_button.setEnabled(False)
        crop = PhotoCropDialog(image, self)
        crop.accepted.connect(lambda: self._cropped(data, crop.crop()))
        crop.rejected.connect(self._again)
        self.crop_dialog = crop
        crop.open()
        return crop

    def _cropped(self, data: bytes, box: CropBox) -> None:
        self.photo = (data, self.name, box)
        self.accept()

    def _again(self) -> None:
        self.crop_dialog = None
        self.newest = None
        self._start()

    def done(self, result: int) -> None:
        self.feed.stop()
        super().done(result)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.feed.stop()
        super().hideEvent(event)
