"""A photo taken at the desk with the webcam: the walk-in's "Take photo" and the check-in page's
"Retake photo…". The camera's frames are fed to the dialog as its video sink would feed them;
"Take" freezes the newest, the operator crops it as a file's photo, and the services store it
(600 × 800 JPEG, no metadata) and audit it. Without Qt Multimedia or a camera the buttons are
disabled and say why."""

from __future__ import annotations

import io
import json
import sys
from datetime import UTC, date, datetime

import pytest
from camera_frames import BACKDROP, SKIN, face_frame
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import desk_operator
from support.photos import TOP, jpeg, portrait

from summit_desk.db.models import AuditEntry, Person
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.services.photo_image import CropBox
from summit_desk.services.photos import PhotoService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.dialogs import WalkInDialog
from summit_desk.ui.dialogs.photo_dialog import PhotoButton, TakePhotoButton
from summit_desk.ui.widgets.camera import CameraFeed
from summit_desk.ui.widgets.camera_photo import CameraPhotoDialog

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
WAIT_MS = 10_000
REF = "GIL-001"


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return desk_operator(demo_event, "desk-1", DAY1, MORNING)


def near(colour: tuple[int, ...], expected: tuple[int, int, int]) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(colour, expected, strict=False))


def stored_photo(context: DeskContext, ref: str) -> bytes | None:
    with context.database.reader() as session:
        return session.scalar(select(Person.photo).where(Person.ref == ref))


def photo_audits(context: DeskContext, ref: str) -> list[AuditEntry]:
    with context.database.reader() as session:
        query = select(AuditEntry).where(AuditEntry.action == "photo.set")
        return list(session.scalars(query.where(AuditEntry.subject == ref)))


def take_over_the_face(qtbot: QtBot, dialog: CameraPhotoDialog) -> None:
    """The guest stands in view; the operator takes, puts the box on the face, accepts."""
    dialog.frame(QImage(face_frame()))  # an older frame: only the newest is taken
    dialog.frame(face_frame())
    assert dialog.take_button.isEnabled()
    crop = dialog.take()
    assert crop is not None
    assert crop.crop() == CropBox(140, 0, 360, 480)  # the largest 3:4 box, centred
    crop.size_slider.setValue(60)
    crop.move_frame(72, 56)  # centred on the face, left of the middle
    assert crop.crop() == CropBox(72, 56, 216, 288)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        crop.accept()


def looks_like_the_face(photo: bytes | None) -> None:
    assert photo is not None and photo.startswith(b"\xff\xd8\xff")  # JPEG
    assert len(photo) <= 200_000
    image = Image.open(io.BytesIO(photo))
    assert image.size == (600, 800)
    assert not image.getexif() and "icc_profile" not in image.info
    rgb = image.convert("RGB")
    assert near(rgb.getpixel((300, 400)), SKIN)  # the face the operator chose
    assert not near(rgb.getpixel((300, 400)), BACKDROP)  # not the frame's empty middle


# --- the walk-in form ---------------------------------------------------------------------------
def test_the_walk_in_is_registered_with_the_photo_taken_at_the_desk(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    take = dialog.findChild(TakePhotoButton)
    photo_button = dialog.findChild(PhotoButton)
    assert take is not None and photo_button is not None
    assert take.text() == "Take photo"
    assert take.isVisible() and take.parentWidget() is photo_button.parentWidget()
    camera = take.open_camera()  # this machine has no camera: the frames are the test's
    assert not camera.take_button.isEnabled()  # nothing to take before a frame comes
    take_over_the_face(qtbot, camera)
    assert photo_button.chosen is not None and photo_button.text() == "Photo ✓"
    dialog.delegation.setCurrentIndex(
        next(
            i
            for i in range(dialog.delegation.count())
            if getattr(dialog.delegation.itemData(i), "code", None) == "BAK"
        )
    )
    dialog.category.setCurrentIndex(dialog.category.findData("GST"))
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Leyla")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Huseynova")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == WalkInDialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert dialog.person is not None
    looks_like_the_face(stored_photo(desk, dialog.person.ref))
    [audit] = photo_audits(desk, dialog.person.ref)
    assert json.loads(audit.details) == {"bytes": len(stored_photo(desk, dialog.person.ref) or b"")}
    assert "Leyla" not in audit.details  # no personal data but the ref in the audit line


def test_cancelling_the_crop_goes_back_to_the_camera_and_cancelling_takes_nothing(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    take = dialog.findChild(TakePhotoButton)
    photo_button = dialog.findChild(PhotoButton)
    assert take is not None and photo_button is not None
    camera = take.open_camera()
    camera.frame(face_frame())
    crop = camera.take()
    assert crop is not None and camera.pages.currentWidget() is camera.still
    camera.frame(QImage(face_frame(320, 240)))  # the camera is frozen: later frames are ignored
    assert camera.newest is not None and camera.newest.width() == 640
    crop.reject()  # not good: back to the live picture, to take it again
    assert camera.pages.currentWidget() is camera.live and camera.isVisible()
    assert not camera.take_button.isEnabled() and camera.photo is None
    camera.frame(face_frame())
    assert camera.take_button.isEnabled()
    camera.reject()
    assert camera.photo is None and photo_button.chosen is None
    assert photo_button.text() == "Photo…"


def test_a_camera_too_small_for_a_badge_is_refused_with_the_services_message(
    qtbot: QtBot, desk: DeskContext
) -> None:
    camera = CameraPhotoDialog("en")
    qtbot.addWidget(camera)
    camera.show()
    camera.frame(face_frame(160, 120))  # an old webcam's 160 × 120
    assert camera.take() is None
    assert "160 × 120" in camera.status.text() and camera.crop_dialog is None
    assert camera.pages.currentWidget() is camera.live  # still live: nothing was frozen


# --- the check-in page's retake -----------------------------------------------------------------
def open_page(qtbot: QtBot, context: DeskContext) -> CheckInPage:
    page = CheckInPage(context, "en", photo_for=PeopleService(context).photo)
    page.sound = False
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_retake_replaces_the_photo_of_the_guest_at_the_desk_and_is_audited(
    qtbot: QtBot, desk: DeskContext
) -> None:
    old = PhotoService(desk).set_photo(REF, jpeg(portrait()), "old.jpg")
    page = open_page(qtbot, desk)
    assert page.retake.button.isVisible() and page.retake.button.text() == "Retake photo…"
    page.scan(PeopleService(desk).badge_code(REF))  # the guest's badge: listed alone, bannered
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    assert page.controller.banner.photo == old
    camera = page.retake.retake()
    assert camera is not None and "(GIL-001)" in camera.windowTitle()
    take_over_the_face(qtbot, camera)
    # The guest has a photo: replacing it is a supervisor's, the desk's own role is refused.
    qtbot.waitUntil(lambda: page.retake.supervisor_dialog is not None, timeout=WAIT_MS)
    confirm = page.retake.supervisor_dialog
    assert confirm is not None and "(GIL-001)" in confirm.findChildren(QLabel)[0].text()
    assert stored_photo(desk, REF) == old
    confirm.supervisor.setText("supervisor")
    confirm.pin.setText("0000")
    confirm.reason.setText("the old photo is ten years old")
    confirm.buttons.accepted.emit()
    qtbot.waitUntil(confirm.error.isVisible, timeout=WAIT_MS)  # a wrong PIN: nothing stored
    assert stored_photo(desk, REF) == old and confirm.isVisible()
    confirm.pin.setText("2222")
    confirm.buttons.accepted.emit()
    qtbot.waitUntil(lambda: stored_photo(desk, REF) != old, timeout=WAIT_MS)
    assert page.retake.runner.wait_idle(WAIT_MS)
    new = stored_photo(desk, REF)
    looks_like_the_face(new)
    audits = photo_audits(desk, REF)
    assert len(audits) == 2  # the first photo's, and the retake's
    assert audits[-1].operator == "supervisor" and "ten years old" in audits[-1].details
    assert page.controller.banner.photo == new  # the banner shows the new face at once
    assert "GIL-001" in page.status.text() and "stored" in page.status.text()


def test_cancelling_the_retake_leaves_the_photo_as_it_was(qtbot: QtBot, desk: DeskContext) -> None:
    old = PhotoService(desk).set_photo(REF, jpeg(portrait()), "old.jpg")
    page = open_page(qtbot, desk)
    page.scan(PeopleService(desk).badge_code(REF))
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    camera = page.retake.retake()
    assert camera is not None
    camera.frame(face_frame())
    crop = camera.take()
    assert crop is not None
    crop.reject()
    camera.reject()
    assert page.retake.runner.wait_idle(WAIT_MS) and not page.retake.runner.busy()
    assert stored_photo(desk, REF) == old
    assert len(photo_audits(desk, REF)) == 1
    stored = Image.open(io.BytesIO(old)).convert("RGB")
    assert near(stored.getpixel((300, 100)), TOP)  # still the red-topped portrait


def test_the_retake_is_for_the_person_selected_in_the_results(
    qtbot: QtBot, desk: DeskContext
) -> None:
    page = open_page(qtbot, desk)
    assert page.retake.retake() is None  # nobody listed: the desk is told to select someone
    assert page.status.text() == "Select the person in the results first."
    page.look_up("Baku")
    qtbot.waitUntil(lambda: page.controller.results.rowCount() > 1, timeout=WAIT_MS)
    assert page.retake.retake() is None  # several listed, none selected: no guessing
    page.focus_results()
    page.results.selectRow(1)
    chosen = page.controller.results.person(1)
    assert chosen is not None
    camera = page.retake.retake()
    assert camera is not None and f"({chosen.ref})" in camera.windowTitle()
    assert page.retake.action in page.results.actions()  # also in the results' right-click menu
    camera.reject()


# --- without Qt Multimedia or a camera ----------------------------------------------------------
@pytest.fixture
def no_qt_multimedia(monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk installed without the camera extra's PySide6-Addons."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)


def test_without_qt_multimedia_the_photo_buttons_are_disabled_and_say_why(
    qtbot: QtBot, desk: DeskContext, no_qt_multimedia: None
) -> None:
    walk_in = WalkInDialog(desk, "en")
    qtbot.addWidget(walk_in)
    take = walk_in.findChild(TakePhotoButton)
    page = open_page(qtbot, desk)
    assert take is not None
    for control in (take, page.retake.button, page.retake.action):
        assert not control.isEnabled()
        assert "Qt Multimedia" in control.toolTip() and "camera extra" in control.toolTip()
    camera = CameraPhotoDialog("en")  # were it opened all the same, it says why, takes nothing
    qtbot.addWidget(camera)
    camera.show()
    assert "Qt Multimedia" in camera.status.text()
    assert not camera.take_button.isEnabled() and not camera.feed.running


def test_with_qt_multimedia_the_buttons_are_disabled_only_for_want_of_a_camera(
    qtbot: QtBot, desk: DeskContext
) -> None:
    """The negative control of the test above: the reason is what this machine lacks."""
    reason = CameraFeed().unavailable()
    walk_in = WalkInDialog(desk, "en")
    qtbot.addWidget(walk_in)
    take = walk_in.findChild(TakePhotoButton)
    assert take is not None
    assert take.isEnabled() is (reason is None)
    assert take.toolTip() == (reason or "Take the badge's photo with this computer's camera")
    camera = CameraPhotoDialog("en")
    qtbot.addWidget(camera)
    camera.show()
    if reason is not None:
        assert camera.status.text() == reason and not camera.feed.running


def test_the_buttons_and_their_reason_are_in_persian(
    qtbot: QtBot, desk: DeskContext, persian: QApplication, no_qt_multimedia: None
) -> None:
    walk_in = WalkInDialog(desk, "fa")
    qtbot.addWidget(walk_in)
    take = walk_in.findChild(TakePhotoButton)
    assert take is not None
    assert take.text() == "عکس با دوربین"
    assert "دوربین" in take.toolTip() and "Qt Multimedia" in take.toolTip()
    camera = CameraPhotoDialog("fa")
    qtbot.addWidget(camera)
    assert camera.take_button.text() == "گرفتن عکس"
