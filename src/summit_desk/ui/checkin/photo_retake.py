"""A new photo, taken at the desk, of the person selected on the check-in page.

A guest whose badge shows no photo, or an old one, stands at the desk: the operator selects them
in the results (a scan lists its holder there alone), presses "Retake photo…" (or picks it from
the results' right-click menu), and takes the photo with the webcam (ui/widgets/camera_photo.py).
It is stored off the GUI thread by :meth:`PhotoService.set_photo`, which replaces the earlier
photo and writes the audit line, as for a photo of the walk-in form. A first photo is the desk's
to take; one that replaces a photo is a supervisor's (the services refuse it to the desk: a photo
on a governmental badge is its holder's identity), so the taken photo waits in memory while a
supervisor confirms with name, PIN and reason. If the banner shows that person, it shows the new
photo at once.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from summit_desk.domain.values import CheckInResult, PersonSummary, Role
from summit_desk.services.operators import OperatorService
from summit_desk.services.photos import PhotoService
from summit_desk.ui.supervisor_dialog import SupervisorDialog
from summit_desk.ui.tasks import Runner
from summit_desk.ui.widgets.camera import CameraFeed
from summit_desk.ui.widgets.wording import BannerContent

if TYPE_CHECKING:
    from summit_desk.ui.checkin.page import CheckInPage
    from summit_desk.ui.widgets.camera_photo import CameraPhotoDialog, Photo

STORE = "photo"  # the runner's channel


class ReplacePhotoDialog(SupervisorDialog):
    def __init__(self, name: str, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Replace a photo"),
            question=self.tr("Replace the photo of %1 (%2)?")
            .replace("%1", name)
            .replace("%2", ref),
            explanation=self.tr(
                "The photo on a badge is its holder's identity: a supervisor must confirm its"
                " replacement with their name and PIN."
            ),
            reason_example=self.tr("For example: the old photo is not a likeness"),
            confirm=self.tr("Replace the photo"),
            parent=parent,
        )


class PhotoRetake(QObject):
    """The page's "Retake photo…" button and the results' menu item that does the same."""

    stored = Signal(object)  # PersonSummary whose new photo is stored

    def __init__(self, page: CheckInPage) -> None:
        super().__init__(page)
        self.page = page
        self.context = page.controller.context
        self.runner = Runner(page.lang, self)
        self.runner.serial(STORE)
        self.feed = CameraFeed(self)  # asked only whether there is a camera
        self.button = QPushButton(self.tr("Retake photo…"))
        self.button.setObjectName("retake_photo")
        self.action = QAction(self.tr("Retake photo…"), self)
        page.results.addAction(self.action)
        page.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.button.clicked.connect(self.retake)
        self.action.triggered.connect(self.retake)
        self._banner_person: int | None = None  # whose check-in the banner shows
        self.supervisor_dialog: ReplacePhotoDialog | None = None  # the last one asked
        page.controller.banner_changed.connect(self._banner_changed)
        page.controller.result_ready.connect(self._result_shown)
        self.refresh()

    def refresh(self) -> None:
        """Enable the button, or disable it with the reason as its tooltip."""
        reason = self.feed.unavailable()
        tip = reason or self.tr("A new photo of the selected person, with this computer's camera")
        for control in (self.button, self.action):
            control.setEnabled(reason is None)
            control.setToolTip(tip)

    def person(self) -> PersonSummary | None:
        """The person selected in the results, or the only one listed (a scan's holder)."""
        results = self.page.results
        model = self.page.controller.results
        rows = results.selectionModel().selectedRows()
        if rows:
            return model.person(rows[0].row())
        return model.person(0) if model.rowCount() == 1 else None

    def retake(self) -> CameraPhotoDialog | None:
        from summit_desk.ui.widgets.camera_photo import CameraPhotoDialog  # loaded when first used

        person = self.person()
        if person is None:
            self.page.status.setText(self.tr("Select the person in the results first."))
            return None
        title = self.tr("New photo of %1 (%2)").replace("%1", self._name(person))
        dialog = CameraPhotoDialog(self.page.lang, self.page, title=title.replace("%2", person.ref))
        dialog.accepted.connect(partial(self._store, person, dialog))
        dialog.open()
        return dialog

    def _name(self, person: PersonSummary) -> str:
        name = person.name
        if self.page.lang == "fa":
            return name.name_fa or name.name_latin
        return name.name_latin or name.name_fa

    def _store(self, person: PersonSummary, dialog: CameraPhotoDialog) -> None:
        if dialog.photo is None:
            return
        photo, photos = dialog.photo, PhotoService(self.context)

        def store_or_ask() -> bytes | None:  # None: a supervisor must confirm the replacement
            return None if photos.replacing(person.ref) else photos.set_photo(person.ref, *photo)

        self.runner.run(STORE, store_or_ask, partial(self._answered, person, photo), self._refused)

    def _answered(self, person: PersonSummary, photo: Photo, jpeg: bytes | None) -> None:
        if jpeg is not None:
            self._stored(person, jpeg)
            return
        confirm = ReplacePhotoDialog(self._name(person), person.ref, self.page)
        confirm.submitted.connect(partial(self._confirmed, (person, photo, confirm)))
        confirm.rejected.connect(
            lambda: self.page.status.setText(self.tr("The photo was not replaced."))
        )
        self.supervisor_dialog = confirm
        confirm.open()

    def _confirmed(
        self, pending: tuple[PersonSummary, Photo, ReplacePhotoDialog], supervisor: str,
        pin: str, reason: str,
    ) -> None:  # fmt: skip
        person, photo, confirm = pending
        context = self.context

        def replace_photo() -> bytes:
            acting = OperatorService(context).authorise(
                supervisor, pin, Role.SUPERVISOR, "action.replace_photo"
            )
            return PhotoService(acting).set_photo(person.ref, *photo, reason=reason)

        def done(jpeg: bytes) -> None:
            confirm.accept()
            self._stored(person, jpeg)

        self.runner.run(STORE, replace_photo, done, confirm.show_error)

    def _stored(self, person: PersonSummary, jpeg: bytes) -> None:
        text = self.tr("The new photo of %1 (%2) is stored.")
        self.page.status.setText(text.replace("%1", self._name(person)).replace("%2", person.ref))
        controller = self.page.controller
        if self._banner_person == person.id:
            content = replace(controller.banner, photo=jpeg)
            controller.banner = content
            self.page.banner.show_content(content)
        self.stored.emit(person)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self.page, self.tr("Photo"), message)

    def _banner_changed(self, _content: BannerContent) -> None:
        self._banner_person = None  # result_ready, right after, names the person if any

    def _result_shown(self, result: CheckInResult) -> None:
        self._banner_person = result.person.id if result.person is not None else None
