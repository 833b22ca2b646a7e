"""The door of the general panel on the morning of day one: the operator scans each guest who
comes in and reads the banner; a supervisor undoes a mistaken entry."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.desk import desk_operator

from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import SessionInfo, SessionKind
from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService
from summit_desk.ui.door import DoorPage
from summit_desk.ui.door.controller import current_session
from summit_desk.ui.widgets.wording import Tone

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)  # 10:00 at the venue: the general panel
WAIT_MS = 10_000


@pytest.fixture
def door(demo_event: DeskContext) -> DeskContext:
    return desk_operator(demo_event, "door-khazar", DAY1, MORNING)


def open_page(qtbot: QtBot, context: DeskContext, lang: str) -> DoorPage:
    page = DoorPage(context, lang)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.show()
    qtbot.waitExposed(page)
    page.input.setFocus()
    return page


def scan(qtbot: QtBot, page: DoorPage, code: str, status: str) -> None:
    """A keyboard-wedge scanner: the code in one burst and Enter; then the banner's answer."""
    qtbot.keyClicks(page.input, code)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.controller.banner.status == status, timeout=WAIT_MS)


def test_the_panel_of_this_time_of_day_is_chosen_and_its_count_shown(
    qtbot: QtBot, door: DeskContext, persian: QApplication
) -> None:
    page = open_page(qtbot, door, "fa")
    assert page.chosen_session() is not None and page.chosen_session().code == "GEN"
    assert "پنل عمومی" in page.session_box.currentText()
    invited = DoorService(door).attendance("GEN").invited
    assert invited is not None and invited > 14
    assert page.count.text() == f"واردشده: ۰ از {to_persian_digits(invited)} دعوت‌شده"
    assert page.banner.headline.text() == "آماده در درِ \u2068پنل عمومی\u2069"


def test_a_scan_lets_a_governor_in_green_and_a_second_scan_says_amber_since_when(
    qtbot: QtBot, door: DeskContext, persian: QApplication
) -> None:
    code = PeopleService(door).badge_code("GIL-001")
    page = open_page(qtbot, door, "fa")
    scan(qtbot, page, code, "checked_in")
    assert page.banner.tone is Tone.SUCCESS
    assert page.banner.headline.text() == "وارد شد"
    assert page.banner.name_primary.text() == "پیمان املشی"
    assert "۱۰:۰۰" in page.banner.details.text() and "door-khazar" in page.banner.details.text()
    assert page.input.text() == ""
    qtbot.waitUntil(lambda: page.count.text().startswith("واردشده: ۱ از"), timeout=WAIT_MS)
    assert page.controller.latest.rowCount() == 1
    assert "پیمان املشی" in page.controller.latest.index(0).data()
    assert "۱۰:۰۰" in page.controller.latest.index(0).data()

    scan(qtbot, page, code, "already_checked_in")
    assert page.banner.tone is Tone.WARNING
    assert page.banner.headline.text() == "از ساعت ۱۰:۰۰ در جلسه است"
    assert "door-khazar" in page.banner.next_step.text()
    assert page.count.text().startswith("واردشده: ۱ از")  # the same person, counted once


def test_someone_not_invited_is_stopped_red_with_their_name_and_what_to_do(
    qtbot: QtBot, door: DeskContext, qapp: QApplication
) -> None:
    code = PeopleService(door).badge_code("GIL-003")  # an economic deputy: the economy panel's
    page = open_page(qtbot, door, "en")
    scan(qtbot, page, code, "not_invited")
    assert page.banner.tone is Tone.DANGER
    assert page.banner.headline.text() == "Not invited to this panel"
    assert page.banner.name_primary.text() == "Peyman Foumani"
    assert "protocol officer" in page.banner.next_step.text()
    assert "General panel" in page.banner.next_step.text()
    assert DoorService(door).attendance("GEN").entered == 0


def test_an_unknown_code_and_a_panel_of_another_day(
    qtbot: QtBot, door: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, door, "en")
    scan(qtbot, page, "CSG-NOPE-0000", "unknown")
    assert page.banner.headline.text() == "Not a badge of this event"
    econ = next(
        i for i in range(page.session_box.count()) if "ECON" in page.session_box.itemText(i)
    )
    page.session_box.setCurrentIndex(econ)
    assert page.chosen_session() is not None and page.chosen_session().code == "ECON"
    scan(qtbot, page, PeopleService(door).badge_code("GIL-003"), "not_today")
    assert page.banner.headline.text() == "This panel is not today"
    assert page.banner.tone is Tone.DANGER


def test_a_supervisor_undoes_a_mistaken_entry_and_the_count_goes_back(
    qtbot: QtBot, door: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, door, "en")
    scan(qtbot, page, PeopleService(door).badge_code("MAZ-001"), "checked_in")
    qtbot.waitUntil(lambda: page.count.text().startswith("Entered: 1 of"), timeout=WAIT_MS)
    dialog = page.request_undo()
    assert dialog is not None and dialog.isVisible()
    dialog.supervisor.setText("desk")  # a door operator's right PIN is not a supervisor's
    dialog.pin.setText("1111")
    dialog.reason.setText("scanned at the wrong door")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "supervisor" in dialog.error.text()
    dialog.supervisor.setText("supervisor")
    dialog.pin.setText("2222")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.controller.banner.status == "undone", timeout=WAIT_MS)
    assert page.banner.headline.text() == "Entry undone"
    assert "scanned at the wrong door" in page.banner.details.text()
    qtbot.waitUntil(lambda: page.count.text().startswith("Entered: 0 of"), timeout=WAIT_MS)
    assert page.controller.latest.rowCount() == 0


def session(code: str, day: date, starts: time, ends: time) -> SessionInfo:
    return SessionInfo(1, code, SessionKind.GENERAL, code, code, day, starts, ends, "", "", ())


def test_the_door_chooses_the_panel_in_progress_else_the_next_else_todays_last() -> None:
    programme = [
        session("OPEN", DAY1, time(8, 30), time(9)),
        session("GEN", DAY1, time(9), time(12, 30)),
        session("ECON", date(2025, 11, 19), time(9), time(12, 30)),
    ]

    def at(hour: int, minute: int, day: int = 18) -> str | None:
        chosen = current_session(programme, date(2025, 11, day), time(hour, minute))
        return chosen.code if chosen else None

    assert at(8, 45) == "OPEN"  # the opening in progress
    assert at(7, 30) == "OPEN"  # the first to start
    assert at(10, 0) == "GEN"
    assert at(17, 30) == "GEN"  # after the last of the day
    assert at(9, 30, 19) == "ECON"
    assert at(9, 30, 25) == "OPEN"  # a day without panels: the event's first
    assert current_session([], DAY1, time(10)) is None


def test_f6_opens_the_door_page_in_the_desk(
    qtbot: QtBot, door: DeskContext, qapp: QApplication
) -> None:
    from summit_desk.ui.main_window import MainWindow

    window = MainWindow(door, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.tabs is not None and window.door is not None
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)
    assert window.tabs.currentWidget() is window.door
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Panel door"
    qtbot.waitUntil(lambda: window.door.controller.attendance is not None, timeout=WAIT_MS)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert window.tabs.currentWidget() is window.checkin
    window.close()
