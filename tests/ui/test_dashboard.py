"""The dashboard: arrivals per country, delegation, category and day, the figures protocol asks
for first, and other desks' check-ins appearing on their own while the window stays responsive."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import Person
from summit_desk.domain.values import Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.stats import Stats, StatsService
from summit_desk.ui.dashboard import DashboardPage
from summit_desk.ui.dashboard.counts_model import FIXED_COLUMNS, NAME, KeyRole
from summit_desk.ui.widgets.progress_delegate import ArrivedRole, RegisteredRole

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
WAIT_MS = 10_000
HEADS = ("GIL-001", "AST-001", "BAK-001")


def desk(database: Database, name: str) -> DeskContext:
    return make_context(
        database, role=Role.DESK, operator=f"op-{name}", desk=name, day=DAY1, at=MORNING
    )


@pytest.fixture
def demo(demo_event: DeskContext) -> DeskContext:
    return desk(demo_event.database, "desk-1")


def check_in(context: DeskContext, *refs: str) -> None:
    with context.database.reader() as session:
        ids = dict(session.execute(select(Person.ref, Person.id).where(Person.ref.in_(refs))).all())
    for ref in refs:
        CheckInService(context).check_in_person(ids[ref])


def open_page(
    qtbot: QtBot, context: DeskContext, lang: str = "en", **kwargs: object
) -> DashboardPage:
    page = DashboardPage(context, lang, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    qtbot.waitSignal(page.refreshed, timeout=WAIT_MS).wait()
    return page


def rows(model: object) -> dict[str, tuple[int, int]]:
    """Each row's key with its registered people and arrivals on day one, as the bars show."""
    from summit_desk.ui.dashboard.counts_model import ArrivalCountsModel

    assert isinstance(model, ArrivalCountsModel)
    day = model.day_column(DAY1)
    return {
        str(model.index(r, NAME).data(KeyRole)): (
            int(model.index(r, day).data(RegisteredRole)),
            int(model.index(r, day).data(ArrivedRole)),
        )
        for r in range(model.rowCount())
    }


def expected(stats: Stats, which: str) -> dict[str, tuple[int, int]]:
    return {r.key: (r.people, r.arrived[DAY1.isoformat()]) for r in getattr(stats, which)}


def test_the_counts_match_the_statistics_service(
    qtbot: QtBot, demo: DeskContext, qapp: QApplication
) -> None:
    check_in(demo, *HEADS, "GIL-002", "MAZ-002")
    page = open_page(qtbot, demo)
    stats = StatsService(demo).compute()
    assert rows(page.countries) == expected(stats, "countries")
    assert rows(page.delegations) == expected(stats, "delegations")
    assert rows(page.categories) == expected(stats, "categories")
    assert page.delegations.index(0, NAME).data() == "Gilan"
    assert page.delegations.index(0, FIXED_COLUMNS).data() == "2 / 9"
    assert page.arrived_tile.value.text() == "5 of 189"
    assert page.arrived_tile.title.text() == "Arrived on 2025-11-18"
    assert page.heads_tile.value.text() == "3 of 14"
    assert page.heads_tile.caption.text().startswith("21%")
    assert page.protocol_tile.value.text() == "3 of 35"
    assert page.delegations_tile.value.text() == "0 of 30"


def test_the_figures_are_in_persian_digits_in_persian(
    qtbot: QtBot, demo: DeskContext, persian: QApplication
) -> None:
    check_in(demo, *HEADS)
    page = open_page(qtbot, demo, "fa")
    assert page.heads_tile.value.text() == "۳ از ۱۴"
    assert page.day_box.currentText() == "۲۷ آبان ۱۴۰۴"
    assert page.delegations.index(0, NAME).data() == "گیلان"
    assert page.delegations.index(0, FIXED_COLUMNS).data() == "۱ از ۹"


def test_another_desks_check_in_appears_on_its_own(
    qtbot: QtBot, demo: DeskContext, db_path: Path, qapp: QApplication
) -> None:
    page = open_page(qtbot, demo, refresh_interval_ms=50)
    page.show()  # polls while shown
    assert page.heads_tile.value.text() == "0 of 14"
    other = open_database(db_path)  # another desk: its own engine on the same file
    try:
        check_in(desk(other, "desk-2"), "AST-001")
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: page.heads_tile.value.text() == "1 of 14", timeout=WAIT_MS)
    assert rows(page.delegations)["AST"] == (7, 1)


def test_polling_stops_while_the_page_is_hidden(
    qtbot: QtBot, demo: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, demo, refresh_interval_ms=50)
    page.show()
    assert page.controller.refresher.timer.isActive()
    page.hide()
    assert not page.controller.refresher.timer.isActive()


class SlowStats(StatsService):
    """Records the thread it computes on, and waits until the test lets it answer."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.threads: list[QThread] = []
        self.release = threading.Event()

    def compute(self) -> Stats:
        self.threads.append(QThread.currentThread())
        assert self.release.wait(WAIT_MS / 1000)
        return super().compute()


def test_the_statistics_are_computed_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot: QtBot, demo: DeskContext, qapp: QApplication
) -> None:
    service = SlowStats(demo)
    page = DashboardPage(demo, "en", stats_service=service)
    qtbot.addWidget(page)
    page.show()
    # While the query is held, the GUI thread still runs its event loop.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked) and bool(service.threads), timeout=WAIT_MS)
    assert page.heads_tile.value.text() == ""
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        service.release.set()
    assert page.heads_tile.value.text() == "0 of 14"
    assert all(t is not qapp.thread() for t in service.threads)


def test_the_counts_model_passes_qts_model_tester_across_refreshes(
    qtbot: QtBot, demo: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, demo)
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [
        QAbstractItemModelTester(model, mode)
        for model in (page.countries, page.delegations, page.categories)
    ]
    check_in(demo, "GIL-001")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()  # same rows, new counts
    assert rows(page.delegations)["GIL"] == (9, 1)
    page.delegations.set_counts(StatsService(demo).compute().delegations[:3], (DAY1,))  # reset
    assert page.delegations.rowCount() == 3
    assert len(testers) == 3
