"""The walk-in's photo: pick a file ("Photo…") or take it with the webcam ("Take photo"), then
move the badge's 3:4 crop box over the face.

``PhotoButton`` opens a file, has the services check it (a file that is not a JPEG or PNG photo,
too large, or a decompression bomb is refused with the services' own message before Qt decodes a
pixel), and shows ``PhotoCropDialog`` (ui/widgets/photo_crop.py). ``TakePhotoButton`` opens the
camera's dialog (ui/widgets/camera_photo.py), which ends in the same crop box; without Qt
Multimedia or a camera it is disabled, with the reason as its tooltip. Either way the photo goes
to :meth:`PhotoButton.keep` (the last one chosen wins), and when the walk-in is registered it is
stored for the new person, cropped as chosen
(:meth:`~summit_desk.services.photos.PhotoService.set_photo`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from summit_desk.domain.errors import SummitDeskError
from summit_desk.services.photo_image import CropBox, photo_size
from summit_desk.services.photos import PhotoService, read_photo_file
from summit_desk.ui.widgets.camera import CameraFeed
from summit_desk.ui.widgets.camera_photo import CameraPhotoDialog
from summit_desk.ui.widgets.photo_crop import PhotoCropDialog


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
        dialog.accepted.connect(lambda: self.keep(data, path.name, dialog.crop()))
        dialog.open()
        return dialog

    def keep(self, data: bytes, name: str, crop: CropBox) -> None:
        """The photo to store once registered: a file's, or the camera's (the last chosen)."""
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


class TakePhotoButton(QPushButton):
    """ "Take photo" in the walk-in form: the photo goes to ``photo_button``, which stores it
    for the person once registered, as it stores a file."""

    def __init__(self, photo_button: PhotoButton, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.photo_button = photo_button
        self.setText(self.tr("Take photo"))
        self.feed = CameraFeed(self)  # asked only whether there is a camera
        self.refresh()
        self.clicked.connect(self.open_camera)

    def refresh(self) -> None:
        """Enable the button, or disable it with the reason as its tooltip."""
        reason = self.feed.unavailable()
        self.setEnabled(reason is None)
        self.setToolTip(reason or self.tr("Take the badge's photo with this computer's camera"))

    def open_camera(self) -> CameraPhotoDialog:
        dialog = CameraPhotoDialog(self.photo_button.walk_in.lang, self)
        dialog.accepted.connect(lambda: self._taken(dialog))
        dialog.open()
        return dialog

    def _taken(self, dialog: CameraPhotoDialog) -> None:
        if dialog.photo is not None:
            self.photo_button.keep(*dialog.photo)
