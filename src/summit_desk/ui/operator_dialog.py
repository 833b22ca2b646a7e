"""Who is at the desk: the login at start, the first admin of a real event, and the PIN that
unlocks a desk left idle (issue #8, item 6). The rules (PIN format, lockout, roles, the audit
of every attempt) are the operator service's; this dialog only asks and shows its answer.

The PIN is checked on the spot: a slow hash of about a tenth of a second, which a login can
wait for, unlike a scan. A desk on a server checks it through its link: if the server is lost
as the PIN is checked, it is checked again against the desk's mirror (services.operators), so
that a desk locked during an outage opens again with its operator's PIN.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.offline import linked_call
from summit_desk.services.operators import OperatorService


class Purpose(Enum):
    LOGIN = "login"
    FIRST_ADMIN = "first_admin"  # a real event's first run: no operator yet
    UNLOCK = "unlock"  # the desk was left idle


class OperatorDialog(QDialog):
    def __init__(
        self,
        context: DeskContext,
        lang: str,
        purpose: Purpose = Purpose.LOGIN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.lang, self.purpose = context, lang, purpose
        self.acting: DeskContext | None = None
        titles = {
            Purpose.LOGIN: self.tr("Log in"),
            Purpose.FIRST_ADMIN: self.tr("The event's admin"),
            Purpose.UNLOCK: self.tr("The desk is locked"),
        }
        # "Log in — Summit Desk": the desk's name says which program asks for a PIN.
        self.setWindowTitle(f"{titles[purpose]} — {self.tr('Summit Desk')}")
        self.name = QLineEdit(context.operator if purpose is Purpose.UNLOCK else "")
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B0211B; font-weight: bold;")
        form = QFormLayout(self)
        if purpose is Purpose.FIRST_ADMIN:
            about = QLabel(self.tr("This event has no operators yet. Name its admin and choose "
                                   "a PIN of at least 6 digits (or a password)."))  # fmt: skip
            about.setWordWrap(True)
            form.addRow(about)
        form.addRow(self.tr("Operator"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        if purpose is Purpose.FIRST_ADMIN:
            form.addRow(self.tr("PIN again"), self.again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        if purpose is not Purpose.UNLOCK:  # an idle desk opens with a PIN only
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.pin if purpose is Purpose.UNLOCK else self.name).setFocus()

    def accept(self) -> None:
        service = OperatorService(self.context)
        name, pin = self.name.text().strip(), self.pin.text()
        # Someone else than the operator who left the desk unlocks it only as a supervisor.
        someone_else = self._someone_else(name)
        needed = Role.SUPERVISOR if someone_else else Role.DESK
        action = "action.unlock" if someone_else else "action.login"
        try:
            if self.purpose is Purpose.FIRST_ADMIN:
                if pin != self.again.text():
                    raise SummitDeskError("operator.pin_mismatch")
                linked_call(self.context, lambda: service.add(name, Role.ADMIN, pin))
            self.acting = linked_call(
                self.context, lambda: service.authorise(name, pin, needed, action)
            )
        except SummitDeskError as exc:
            self.error.setText(exc.message(self.lang))
            self.pin.clear()
            self.again.clear()
            return
        super().accept()

    def reject(self) -> None:
        if self.purpose is not Purpose.UNLOCK:
            super().reject()

    def _someone_else(self, name: str) -> bool:
        return self.purpose is Purpose.UNLOCK and name != self.context.operator


class IdleLock(QObject):
    """Any key or mouse input at the desk restarts the count; after ``minutes`` without any,
    ``locked`` is called (the window asks for a PIN). ``minutes`` 0 never locks."""

    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
            QEvent.Type.TouchBegin,
        }
    )

    def __init__(self, minutes: int, locked: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(minutes, 0) * 60_000)
        self.timer.timeout.connect(locked)
        if minutes > 0:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT and self.timer.interval() > 0:
            self.timer.start()
        return False
