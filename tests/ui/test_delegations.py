"""The delegations page: protocol sees every delegation under its country, who has arrived on the
chosen day and at which desk, and which heads of delegation they are still waiting for."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThread
from PySide6.QtGui import QFont
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import Delegation, Person
from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import PersonInput, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import save_people
from summit_desk.services.roster import Roster, RosterService
from summit_desk.ui.delegations import DelegationsPage
from summit_desk.ui.delegations.roster_model import (
    ARRIVAL,
    DESK,
    NAME,
    OTHER_NAME,
    AwaitedRole,
    KeyRole,
)

DAY1 = date(2025, 11, 18)
DAY2 = date(2025, 11, 19)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)  # 10:00 at the venue
WAIT_MS = 10_000
REGIONAL = {
    "IR": {"GIL", "MAZ", "GOL", "HRM", "SIB"},
    "RU": {"AST", "DAG", "KAL"},
    "AZ": {"BAK", "LAN", "SUM"},
    "KZ": {"MAN", "ATY"},
    "TM": {"BLK"},
}


def desk(database: Database, name: str, day: date = DAY1) -> DeskContext:
    return make_context(
        database, role=Role.SUPERVISOR, operator=f"op-{name}", desk=name, day=day, at=MORNING
    )


@pytest.fixture
def demo(demo_event: DeskContext) -> DeskContext:
    return desk(demo_event.database, "desk-1")


@pytest.fixture
def english(qapp: QApplication) -> QApplication:
    return qapp


def open_page(qtbot: QtBot, context: DeskContext, lang: str = "en") -> DelegationsPage:
    page = DelegationsPage(context, lang)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.refreshed, timeout=WAIT_MS).wait()
    return page


def refreshed(qtbot: QtBot, page: DelegationsPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()


def person_id(context: DeskContext, ref: str) -> int:
    with context.database.reader() as session:
        found = session.scalar(select(Person.id).where(Person.ref == ref))
    assert found is not None
    return found


def row_of(page: DelegationsPage, key: str) -> QModelIndex:
    index = page.controller.find(key)
    assert index.isValid(), key
    return index


def cell(page: DelegationsPage, key: str, column: int) -> str:
    index = row_of(page, key)
    return str(index.siblingAtColumn(column).data())


def children_keys(page: DelegationsPage, parent: QModelIndex) -> list[str]:
    model = page.model
    return [str(model.index(r, 0, parent).data(KeyRole)) for r in range(model.rowCount(parent))]


def test_the_fourteen_regional_delegations_are_listed_under_their_five_countries(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    countries = children_keys(page, QModelIndex())
    assert countries == ["c:IR", "c:RU", "c:AZ", "c:KZ", "c:TM", "c:"]
    assert cell(page, "c:RU", NAME) == "Russia"
    assert cell(page, "c:", NAME) == "International"
    regional: dict[str, set[str]] = {}
    for key in countries[:5]:
        delegations = children_keys(page, row_of(page, key))
        codes = {k.removeprefix("d:") for k in delegations}
        regional[key.removeprefix("c:")] = codes & set().union(*REGIONAL.values())
        assert page.tree.isExpanded(row_of(page, key))  # countries open at first
    assert regional == REGIONAL
    assert sum(len(codes) for codes in regional.values()) == 14
    # Counts per delegation and country: arrived / registered.
    assert cell(page, "d:GIL", ARRIVAL) == "0 / 9"
    assert cell(page, "d:AST", OTHER_NAME) == "آستراخان · Астраханская область"


def test_a_check_in_at_the_desk_shows_in_the_tree_after_a_refresh(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    key = f"p:{person_id(demo, 'GIL-002')}"
    assert cell(page, key, ARRIVAL) == "—"
    CheckInService(desk(demo.database, "desk-7")).check_in_person(person_id(demo, "GIL-002"))
    refreshed(qtbot, page)
    assert cell(page, key, ARRIVAL) == "10:00"
    assert cell(page, key, DESK) == "desk-7"
    assert cell(page, "d:GIL", ARRIVAL) == "1 / 9"
    assert page.summary.text().startswith("1 of 189 arrived")


def test_a_head_of_delegation_not_yet_arrived_stands_out_until_checked_in(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    head = f"p:{person_id(demo, 'GIL-001')}"
    member = f"p:{person_id(demo, 'GIL-002')}"
    index = row_of(page, head)
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert index.data(AwaitedRole) == 1
    arrival = index.siblingAtColumn(ARRIVAL)
    assert arrival.data() == "Awaited"  # in words, not colour alone
    assert not arrival.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert row_of(page, "d:GIL").data(AwaitedRole) == 1
    assert row_of(page, member).data(AwaitedRole) == 0

    CheckInService(demo).check_in_person(person_id(demo, "GIL-001"))
    refreshed(qtbot, page)
    index = row_of(page, head)
    assert index.data(AwaitedRole) == 0
    assert index.siblingAtColumn(ARRIVAL).data() == "10:00"
    assert row_of(page, "d:GIL").data(AwaitedRole) == 0


def test_choosing_another_day_shows_that_days_arrivals(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    CheckInService(demo).check_in_person(person_id(demo, "AST-001"))
    page = open_page(qtbot, demo)
    key = f"p:{person_id(demo, 'AST-001')}"
    assert page.day_box.currentText() == "2025-11-18"
    assert [page.day_box.itemText(i) for i in range(page.day_box.count())] == [
        "2025-11-18",
        "2025-11-19",
    ]
    assert cell(page, key, ARRIVAL) == "10:00"
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.day_box.setCurrentIndex(1)
    assert cell(page, key, ARRIVAL) == "Awaited"
    assert "2025-11-19" in str(page.model.headerData(ARRIVAL, Qt.Orientation.Horizontal))
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.day_box.setCurrentIndex(0)
    assert cell(page, key, ARRIVAL) == "10:00"


def test_the_page_opens_on_today_during_the_event_and_on_the_first_day_before_it(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    assert open_page(qtbot, desk(demo.database, "d", DAY2)).day_box.currentText() == "2025-11-19"
    before = desk(demo.database, "d", date(2025, 10, 1))
    assert open_page(qtbot, before).day_box.currentText() == "2025-11-18"


def visible_people(page: DelegationsPage) -> list[str]:
    model = page.model
    names = []
    for c in range(model.rowCount()):
        country = model.index(c, 0)
        for d in range(model.rowCount(country)):
            delegation = model.index(d, 0, country)
            names += [
                str(model.index(p, NAME, delegation).data())
                for p in range(model.rowCount(delegation))
            ]
    return names


def filtered(qtbot: QtBot, page: DelegationsPage, text: str) -> None:
    """Type ``text`` into the filter and wait for the filtered tree."""
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.search.setText(text)


def test_the_text_filter_finds_a_name_however_it_is_typed(
    qtbot: QtBot, demo: DeskContext, persian: QApplication
) -> None:
    page = open_page(qtbot, demo, "fa")
    filtered(qtbot, page, "علي")  # Arabic yeh, as an Arabic keyboard types it
    names = visible_people(page)
    assert names and all("علی" in name for name in names), names
    assert sum("علی‌اکبر" in name for name in names) == 4
    assert all(page.tree.isExpanded(row_of(page, k)) for k in page.model.tree.by_key if k[0] != "p")
    assert page.summary.text().endswith(f"{to_persian_digits(len(names))} نفر پیدا شد")

    filtered(qtbot, page, "федоров")  # Фёдоров as a Russian keyboard types it, without ё
    names = visible_people(page)
    assert "آندری فیودوروف" in names and all("فیودوروف" in name for name in names), names

    filtered(qtbot, page, "")
    assert len(visible_people(page)) == 189


def test_a_delegations_name_in_the_filter_shows_its_whole_delegation(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    filtered(qtbot, page, "astrakhan")
    assert children_keys(page, QModelIndex()) == ["c:RU"]
    assert children_keys(page, row_of(page, "c:RU")) == ["d:AST"]
    assert len(children_keys(page, row_of(page, "d:AST"))) == 7
    assert cell(page, "d:AST", ARRIVAL) == "0 / 7"


def test_clearing_the_filter_gives_back_what_was_open_before(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    page.tree.collapse(row_of(page, "c:IR"))
    page.tree.expand(row_of(page, "d:BAK"))
    filtered(qtbot, page, "golubev yevgeniy")  # every term, in any order
    assert visible_people(page) == ["Yevgeniy Golubev"]
    filtered(qtbot, page, "")
    assert not page.tree.isExpanded(row_of(page, "c:IR"))
    assert page.tree.isExpanded(row_of(page, "d:BAK"))
    assert not page.tree.isExpanded(row_of(page, "d:AST"))


def test_persian_shows_persian_digits_jalali_days_and_latin_names_beside(
    qtbot: QtBot, demo: DeskContext, persian: QApplication
) -> None:
    CheckInService(demo).check_in_person(person_id(demo, "GIL-002"))
    page = open_page(qtbot, demo, "fa")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.day_box.currentText() == "۲۷ آبان ۱۴۰۴"
    key = f"p:{person_id(demo, 'GIL-002')}"
    assert cell(page, key, ARRIVAL) == "۱۰:۰۰"
    assert cell(page, "d:GIL", ARRIVAL) == "۱ از ۹"
    head = f"p:{person_id(demo, 'GIL-001')}"
    assert cell(page, head, NAME) == "پیمان املشی"
    assert cell(page, head, OTHER_NAME) == "Peyman Amlashi"
    assert cell(page, head, ARRIVAL) == "در انتظار ورود"


def add_person(context: DeskContext, ref: str, delegation: str) -> None:
    with context.database.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        entry = PersonInput(
            ref=ref,
            delegation=delegation,
            category="DEL",
            given_name_latin="Walk",
            family_name_latin="In",
            rank=500,
        )
        save_people(session, [entry], delegations, context)


def test_refreshing_keeps_what_was_expanded_and_selected(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    page.tree.collapse(row_of(page, "c:IR"))
    page.tree.expand(row_of(page, "d:AST"))
    chosen = f"p:{person_id(demo, 'AST-002')}"
    page.tree.setCurrentIndex(row_of(page, chosen))

    def kept() -> None:
        assert not page.tree.isExpanded(row_of(page, "c:IR"))
        assert page.tree.isExpanded(row_of(page, "c:RU"))
        assert page.tree.isExpanded(row_of(page, "d:AST"))
        assert not page.tree.isExpanded(row_of(page, "d:DAG"))
        selected = page.tree.selectionModel().selectedRows()
        assert [i.data(KeyRole) for i in selected] == [chosen]
        assert page.tree.currentIndex().data(KeyRole) == chosen

    CheckInService(demo).check_in_person(person_id(demo, "AST-002"))  # same rows, new state
    refreshed(qtbot, page)
    kept()
    add_person(demo, "WALK-1", "AST")  # a new row: the model resets
    refreshed(qtbot, page)
    assert len(children_keys(page, row_of(page, "d:AST"))) == 8
    kept()


def test_the_roster_model_passes_qts_model_tester_across_refreshes_and_filters(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    page = open_page(qtbot, demo)
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    tester = QAbstractItemModelTester(page.model, mode)
    CheckInService(demo).check_in_person(person_id(demo, "GIL-001"))
    refreshed(qtbot, page)  # data changed in place
    add_person(demo, "WALK-2", "GIL")
    refreshed(qtbot, page)  # reset
    filtered(qtbot, page, "gil")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.day_box.setCurrentIndex(1)  # filtered, another day
    filtered(qtbot, page, "")
    assert tester is not None


class RecordingRoster(RosterService):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context)
        self.threads: list[QThread] = []

    def roster(self, day: date | None = None) -> Roster:
        self.threads.append(QThread.currentThread())
        return super().roster(day)


def test_the_roster_is_read_off_the_gui_thread(
    qtbot: QtBot, demo: DeskContext, english: QApplication
) -> None:
    service = RecordingRoster(demo)
    page = DelegationsPage(demo, "en", roster_service=service)
    qtbot.addWidget(page)
    qtbot.waitSignal(page.refreshed, timeout=WAIT_MS).wait()
    assert service.threads
    assert all(t is not QApplication.instance().thread() for t in service.threads)


def test_a_second_desks_check_in_appears_while_the_page_is_shown(
    qtbot: QtBot, demo: DeskContext, db_path: Path, english: QApplication
) -> None:
    page = DelegationsPage(demo, "en", refresh_interval_ms=50)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitSignal(page.refreshed, timeout=WAIT_MS).wait()
    other = open_database(db_path)
    try:
        CheckInService(desk(other, "desk-2")).check_in_person(person_id(demo, "BAK-001"))
    finally:
        other.dispose()
    key = f"p:{person_id(demo, 'BAK-001')}"
    qtbot.waitUntil(lambda: cell(page, key, DESK) == "desk-2", timeout=WAIT_MS)
