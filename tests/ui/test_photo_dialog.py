"""The walk-in's photo: the operator picks a file, moves the 3:4 box over the face, and the
registered person has that part of the photo; a file that is no photo is refused with a message."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPointF
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import make_context
from support.photos import BOTTOM, TOP, jpeg, jpeg_turned_with_exif, png_bomb

from summit_desk.db.models import Person
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.photo_image import CropBox
from summit_desk.ui.dialogs import WalkInDialog
from summit_desk.ui.dialogs.photo_dialog import PhotoButton, PhotoCropDialog


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    return make_context(
        small_event.database, role=Role.DESK, operator="desk", day=date(2025, 11, 18)
    )


def wide_photo(tmp_path: Path) -> Path:
    """1200 × 600: the left third red (the face), the rest blue."""
    image = Image.new("RGB", (1200, 600), BOTTOM)
    image.paste(TOP, (0, 0, 400, 600))
    path = tmp_path / "walk-in.jpg"
    path.write_bytes(jpeg(image))
    return path


def near(colour: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(colour, expected, strict=False))


def test_the_crop_box_starts_centred_and_stays_on_the_photo(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    button = dialog.findChild(PhotoButton)
    assert button is not None and button.text() == "Photo…"
    crop = button.choose_file(wide_photo(tmp_path))
    assert isinstance(crop, PhotoCropDialog)
    assert crop.crop() == CropBox(375, 0, 450, 600)  # the largest 3:4 box, centred
    crop.move_frame(-500, 80)  # dragged past the left edge: stops at it
    assert crop.crop() == CropBox(0, 0, 450, 600)
    shade = crop.frame.shade.path()  # what the badge leaves out is dimmed, the rest is not
    assert shade.contains(QPointF(1000, 300)) and not shade.contains(QPointF(200, 300))
    crop.size_slider.setValue(50)
    assert (crop.crop().width, crop.crop().height) == (225, 300)
    crop.move_frame(2000, 2000)
    assert crop.crop() == CropBox(975, 300, 225, 300)


def test_a_sideways_phone_photo_is_shown_upright(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    path = tmp_path / "phone.jpg"
    path.write_bytes(jpeg_turned_with_exif())
    button = dialog.findChild(PhotoButton)
    assert button is not None
    crop = button.choose_file(path)
    assert crop is not None
    assert (crop.image.width(), crop.image.height()) == (900, 1200)


def test_the_walk_in_is_registered_with_the_part_of_the_photo_chosen(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.findChild(PhotoButton)
    assert button is not None
    crop = button.choose_file(wide_photo(tmp_path))
    assert crop is not None
    crop.move_frame(0, 0)
    crop.size_slider.setValue(60)
    crop.accept()
    assert button.chosen is not None and button.text() == "Photo ✓"
    index = next(
        i
        for i in range(dialog.delegation.count())
        if getattr(dialog.delegation.itemData(i), "code", None) == "BAK"
    )
    dialog.delegation.setCurrentIndex(index)
    dialog.category.setCurrentIndex(dialog.category.findData("GST"))
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Leyla")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Huseynova")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == WalkInDialog.DialogCode.Accepted)
    assert dialog.person is not None
    with desk.database.reader() as session:
        photo = session.scalar(select(Person.photo).where(Person.ref == dialog.person.ref))
    assert photo is not None
    stored = Image.open(io.BytesIO(photo)).convert("RGB")
    assert stored.size == (600, 800)
    assert near(stored.getpixel((300, 400)), TOP)  # the face the operator chose, not the centre


def test_a_bomb_or_a_text_file_is_refused_with_a_message(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "summit_desk.ui.dialogs.photo_dialog.QMessageBox.warning",
        lambda _parent, _title, text: shown.append(text),
    )
    dialog = WalkInDialog(desk, "fa")
    qtbot.addWidget(dialog)
    button = dialog.findChild(PhotoButton)
    assert button is not None
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_bomb())
    text = tmp_path / "notes.jpg"
    text.write_text("not a photo", encoding="utf-8")
    assert button.choose_file(bomb) is None and button.choose_file(text) is None
    assert "۲۰۰۰۰ × ۲۰۰۰۰ پیکسل" in shown[0] and "تصویر نیست" in shown[1]
    assert button.chosen is None
