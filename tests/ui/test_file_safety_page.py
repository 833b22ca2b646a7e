"""A database file deleted under a running desk (issue #8, item 2): the check-in page shows the
scan red, "not checked in", with the reason in the desk's language, and records nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.widgets.wording import Tone


def test_a_scan_after_the_file_was_deleted_is_red_not_checked_in(
    qtbot: QtBot, demo_event: DeskContext, db_path: Path
) -> None:
    desk = replace(
        demo_event,
        role=Role.DESK,
        day_override=date(2025, 11, 18),
        clock=lambda: datetime(2025, 11, 18, 6, 30, tzinfo=UTC),
    )
    code = PeopleService(desk).badge_code("GIL-001")
    page = CheckInPage(desk, "en")
    page.sound = False
    qtbot.addWidget(page)
    page.show()
    for path in (db_path, *db_path.parent.glob(db_path.name + "-*")):
        path.unlink()
    page.input.setFocus()
    qtbot.keyClicks(page.input, code)
    qtbot.keyClick(page.input, "\r")
    qtbot.waitUntil(lambda: page.controller.banner.status == "error", timeout=10_000)
    assert page.banner.tone is Tone.DANGER
    assert "no longer the file this desk opened" in page.banner.details.text()
    page.controller.wait_until_idle(5_000)
