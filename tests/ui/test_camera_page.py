"""The check-in page with a webcam instead of a USB scanner: a badge held up to the camera checks
its holder in like a scan, once; an empty picture does nothing; the desk never freezes while a
frame is read. Frames go in through the slot the camera's video sink calls."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from camera_frames import GatedDecode, badge_frame, empty_frame
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from support.desk import desk_operator

from summit_desk.domain.values import CheckInResult
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.widgets.wording import Tone

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
WAIT_MS = 10_000


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return desk_operator(demo_event, "desk-1", DAY1, MORNING)


def open_page(qtbot: QtBot, context: DeskContext) -> tuple[CheckInPage, list[CheckInResult]]:
    page = CheckInPage(context, "en")
    page.sound = False
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    results: list[CheckInResult] = []
    page.result_shown.connect(results.append)
    return page, results


def settle(page: CheckInPage) -> None:
    """Every frame given is read, and every check-in it caused has answered."""
    assert page.camera.reader.runner.wait_idle(WAIT_MS)
    assert page.controller.wait_until_idle(WAIT_MS)


def test_a_badge_held_up_to_the_camera_checks_its_holder_in(
    qtbot: QtBot, desk: DeskContext
) -> None:
    page, results = open_page(qtbot, desk)
    page.camera.frame(badge_frame(PeopleService(desk).badge_code("GIL-001")))
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    assert page.banner.tone is Tone.SUCCESS
    assert "Peyman Amlashi" in page.banner.name_primary.text() + page.banner.name_secondary.text()
    person = PeopleService(desk).get("GIL-001")
    assert person.checked_in_at is not None and person.checked_in_desk == "desk-1"
    assert [r.status for r in results] == ["checked_in"]
    assert page.controller.recent.rowCount() == 1


def test_the_same_badge_still_in_view_is_not_checked_in_twice(
    qtbot: QtBot, desk: DeskContext
) -> None:
    page, results = open_page(qtbot, desk)
    code = PeopleService(desk).badge_code("BAK-002")
    page.camera.frame(badge_frame(code, seed=1))
    qtbot.waitUntil(lambda: len(results) == 1, timeout=WAIT_MS)
    for seed in (2, 3, 4):  # the guest is still holding the badge up
        page.camera.frame(badge_frame(code, seed=seed))
        settle(page)
    assert page.camera.reader.decoded == 4
    assert [r.status for r in results] == ["checked_in"]  # no amber "already checked in"
    assert page.controller.banner.status == "checked_in"


def test_a_typed_scan_of_the_same_badge_is_still_answered(qtbot: QtBot, desk: DeskContext) -> None:
    """The cool-down holds back the camera's repeats only: the desk's own scan is answered."""
    page, results = open_page(qtbot, desk)
    code = PeopleService(desk).badge_code("BAK-002")
    page.camera.frame(badge_frame(code))
    qtbot.waitUntil(lambda: len(results) == 1, timeout=WAIT_MS)
    page.scan(code)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT_MS)
    assert results[1].status == "already_checked_in"


def test_a_picture_without_a_badge_does_nothing(qtbot: QtBot, desk: DeskContext) -> None:
    page, results = open_page(qtbot, desk)
    page.input.setText("Amla")  # the desk was typing a name
    page.camera.frame(empty_frame())
    settle(page)
    assert page.camera.reader.decoded == 1
    assert results == []
    assert page.controller.banner.status == "ready"
    assert page.input.text() == "Amla"  # nothing was scanned, so nothing was cleared


def test_the_desk_keeps_working_while_a_frame_is_read(qtbot: QtBot, desk: DeskContext) -> None:
    page, results = open_page(qtbot, desk)
    decode = GatedDecode()
    page.camera.reader.decode = decode
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page.camera.frame(badge_frame(PeopleService(desk).badge_code("GIL-002")))
    qtbot.waitUntil(decode.entered.is_set, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=WAIT_MS)  # the decode is held meanwhile
    page.input.setText("Baku")  # and the desk can type
    assert page.input.text() == "Baku" and results == []
    decode.gate.set()
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    timer.stop()
    assert page.input.text() == ""  # a scan clears the input, whichever way it came


def test_the_camera_button_sits_by_the_input_and_says_why_it_is_off(
    qtbot: QtBot, desk: DeskContext
) -> None:
    page, _ = open_page(qtbot, desk)
    toggle = page.camera.toggle
    assert toggle.isVisible()
    assert abs(toggle.geometry().center().y() - page.input.geometry().center().y()) < 10
    reason = page.camera.unavailable()
    assert toggle.isEnabled() is (reason is None)
    assert toggle.toolTip() == (reason or "Scan badges with this computer's camera")
    assert not page.camera.isVisible()  # no preview until the camera runs
