"""The dashboard's line of panels: each of the chosen day's sessions, entered of invited."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService
from summit_desk.ui.dashboard import DashboardPage

DAY1, DAY2 = date(2025, 11, 18), date(2025, 11, 19)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
WAIT_MS = 10_000


@pytest.fixture
def door(demo_event: DeskContext) -> DeskContext:
    return make_context(
        demo_event.database, role=Role.DESK, operator="op", desk="door-khazar", day=DAY1, at=MORNING
    )


def open_page(qtbot: QtBot, context: DeskContext, lang: str) -> DashboardPage:
    page = DashboardPage(context, lang)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.refreshed, timeout=WAIT_MS).wait()
    return page


def test_the_dashboard_counts_who_entered_each_panel_of_the_day(
    qtbot: QtBot, door: DeskContext, qapp: QApplication
) -> None:
    service = DoorService(door)
    for ref in ("GIL-001", "AST-001", "BAK-001"):
        service.scan(PeopleService(door).badge_code(ref), "GEN")
    service.scan(PeopleService(door).badge_code("GIL-001"), "OPEN")
    invited = {c.session.code: c.invited for c in service.counts()}
    page = open_page(qtbot, door, "en")
    assert page.panels.text() == (
        f"Panels: Opening ceremony: 1 of {invited['OPEN']}  ·  General panel: 3 of {invited['GEN']}"
    )
    econ_day = page.day_box.findData(DAY2.isoformat())
    page.day_box.setCurrentIndex(econ_day)
    assert page.panels.text().startswith("Panels: Economy panel: 0 of")
    assert "General panel" not in page.panels.text()


def test_the_line_of_panels_is_in_persian_digits_in_persian(
    qtbot: QtBot, door: DeskContext, persian: QApplication
) -> None:
    DoorService(door).scan(PeopleService(door).badge_code("GIL-001"), "GEN")
    invited = DoorService(door).attendance("GEN").invited
    assert invited is not None
    page = open_page(qtbot, door, "fa")
    assert f"پنل عمومی: ۱ از {to_persian_digits(invited)}" in page.panels.text()
    assert page.panels.text().startswith("نشست‌ها: ")
