"""Who is at the desk: a real event's first run names its admin, a login counts wrong PINs
like the service does, and a desk left idle opens again only with a PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.operators import OperatorService
from summit_desk.ui.operator_dialog import IdleLock, OperatorDialog, Purpose


def test_the_first_run_of_a_real_event_names_its_admin(
    qtbot: QtBot, small_event: DeskContext
) -> None:
    desk = make_context(small_event.database, role=Role.DESK, operator="")
    dialog = OperatorDialog(desk, "en", Purpose.FIRST_ADMIN)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nasrin")
    dialog.pin.setText("1234")
    dialog.again.setText("1234")
    dialog.accept()
    assert "at least 6 digits" in dialog.error.text()
    assert OperatorService(desk).list() == []
    dialog.pin.setText("246810")
    dialog.again.setText("246801")
    dialog.accept()
    assert dialog.error.text() == "The two PINs are not the same"
    dialog.pin.setText("246810")
    dialog.again.setText("246810")
    dialog.accept()
    assert dialog.result() == OperatorDialog.DialogCode.Accepted
    assert dialog.acting is not None
    assert (dialog.acting.operator, dialog.acting.role) == ("Nasrin", Role.ADMIN)


def test_a_login_is_locked_out_after_five_wrong_pins(
    qtbot: QtBot, small_event: DeskContext
) -> None:
    OperatorService(small_event).add("Reza", Role.DESK, "135790")
    desk = make_context(small_event.database, role=Role.DESK, operator="")
    dialog = OperatorDialog(desk, "en", Purpose.LOGIN)
    qtbot.addWidget(dialog)
    dialog.name.setText("Reza")
    for wrong in ("000000", "111111", "222222", "333333", "444444"):
        dialog.pin.setText(wrong)
        dialog.accept()
        assert "is not right" in dialog.error.text() and dialog.pin.text() == ""
    dialog.pin.setText("135790")
    dialog.accept()
    assert "locked out after 5 wrong PINs" in dialog.error.text()
    assert dialog.result() != OperatorDialog.DialogCode.Accepted


def test_an_idle_desk_opens_only_with_a_pin(qtbot: QtBot, small_event: DeskContext) -> None:
    OperatorService(small_event).add("Reza", Role.DESK, "135790")
    OperatorService(small_event).add("Sahar", Role.DESK, "975310")
    reza = make_context(small_event.database, role=Role.DESK, operator="Reza")
    dialog = OperatorDialog(reza, "en", Purpose.UNLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # Escape does not close it
    assert dialog.isVisible()
    # Another desk operator may not take over Reza's desk; a supervisor could.
    dialog.name.setText("Sahar")
    dialog.pin.setText("975310")
    dialog.accept()
    assert dialog.isVisible() and "may not unlock another operator's desk" in dialog.error.text()
    dialog.name.setText("Reza")
    dialog.pin.setText("135790")
    dialog.accept()
    assert dialog.result() == OperatorDialog.DialogCode.Accepted


def test_any_key_at_the_desk_restarts_the_idle_count(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    locked: list[bool] = []
    lock = IdleLock(5, lambda: locked.append(True), field)
    assert lock.timer.isActive() and lock.timer.interval() == 5 * 60_000
    lock.timer.stop()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert lock.timer.isActive()
    lock.timer.setInterval(10)
    with qtbot.waitSignal(lock.timer.timeout, timeout=2_000):
        lock.timer.start()
    assert locked == [True]
    never = IdleLock(0, lambda: locked.append(False), field)
    qtbot.keyClick(field, Qt.Key.Key_B)
    assert not never.timer.isActive()


def test_a_new_database_with_nobody_logged_in_is_never_locked(
    qtbot: QtBot, context: DeskContext
) -> None:
    """Before its first operator exists there is no PIN to give, so the desk does not lock."""
    from summit_desk.ui.main_window import MainWindow

    anonymous = make_context(context.database, role=Role.ADMIN, operator="")
    window = MainWindow(anonymous, "en", idle_lock_minutes=5)
    qtbot.addWidget(window)
    assert window.idle_lock.timer.isActive()
    window.lock()  # returns at once: no modal dialog waits for a PIN nobody has
    assert not window._locked
