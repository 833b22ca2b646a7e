"""What the desk shows of the LAN: the status bar says whether the desk works on its server or
offline on its local journal (with the entries waiting), and the dashboard lists, for protocol,
everyone admitted twice while the desks were apart."""

from __future__ import annotations

import os
import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import make_url
from support.desk import make_context
from support.tcp_proxy import TcpProxy

from summit_desk.db.engine import Database, open_database
from summit_desk.db.journal import JournalRecord
from summit_desk.db.models import CheckIn, Person
from summit_desk.domain.values import CheckInKind, CheckInResult, CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.journal import JournalService
from summit_desk.services.offline import DeskLink, DeskMode, LinkState
from summit_desk.services.people import PeopleService
from summit_desk.ui import desk_link
from summit_desk.ui.dashboard import DashboardPage
from summit_desk.ui.main_window import MainWindow

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
WAIT_MS = 15_000


def arrival(ref: str, desk: str, minutes: int) -> JournalRecord:
    return JournalRecord(
        str(uuid.uuid4()), CheckInKind.ARRIVAL, ref, "", DAY1, "", "",
        MORNING + timedelta(minutes=minutes), desk, "op", "",
    )  # fmt: skip


def test_the_dashboard_lists_someone_admitted_at_two_desks_once(
    qtbot: QtBot, demo_event: DeskContext
) -> None:
    context = make_context(demo_event.database, role=Role.SUPERVISOR, day=DAY1)
    JournalService(context).merge_records(
        [arrival("AST-001", "desk-north", 0), arrival("AST-001", "desk-south", 5)]
    )
    page = DashboardPage(context, "en")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.doubles.isVisible, timeout=WAIT_MS)
    lines = page.doubles.text().splitlines()
    assert len(lines) == 2  # the heading and one double admission
    assert "AST-001" in lines[1]
    assert lines[1].index("desk-north") < lines[1].index("desk-south")  # the first is kept


def test_the_status_bar_says_offline_with_entries_waiting_and_online_again(
    qtbot: QtBot, tmp_path: Path, pg_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    code = PeopleService(admin).badge_code("AST-001")
    server = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    monkeypatch.setattr(desk_link, "LINK_EVERY_MS", 200)
    with TcpProxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        url = pg_database.url.set(host="127.0.0.1", port=proxy.port)
        database = open_database(url.render_as_string(hide_password=False))
        desk = make_context(database, role=Role.DESK, desk="desk-1", day=DAY1)
        link = DeskLink(desk, tmp_path / "journal.sqlite")
        window = MainWindow(desk, "en", link)
        qtbot.addWidget(window)
        window.show()
        label = window.link_label
        assert label is not None
        qtbot.waitUntil(lambda: label.text() == "Online", timeout=WAIT_MS)

        proxy.cut()
        qtbot.waitUntil(lambda: label.text().startswith("Offline"), timeout=WAIT_MS)
        result = link.call(lambda: CheckInService(link.context).scan(code))
        assert result.status is CheckInStatus.CHECKED_IN
        qtbot.waitUntil(lambda: label.text().endswith("check-ins waiting: 1"), timeout=WAIT_MS)
        # The audit entries waiting with it are named too: a refused scan is one.
        refused = link.call(lambda: CheckInService(link.context).scan("AST-NOT-A-BADGE"))
        assert refused.status is CheckInStatus.UNKNOWN
        qtbot.waitUntil(lambda: "and 1 audit log entries" in label.toolTip(), timeout=WAIT_MS)
        assert label.text().endswith("check-ins waiting: 1")

        states: list[LinkState] = []
        assert window.link_status is not None
        window.link_status.changed.connect(states.append)
        proxy.restore()
        qtbot.waitUntil(lambda: label.text() == "Online", timeout=WAIT_MS)
        assert LinkState(DeskMode.MERGING, 1, 1) in states  # said while the entries went in
        window.runner.wait_idle(5_000)
        window.close()
        link.close()
        database.dispose()
    person = PeopleService(admin).find("AST-001", day=DAY1)[0]
    assert person.checked_in_desk == "desk-1"


def test_the_scan_that_meets_the_dropped_connection_is_answered_offline_without_an_error(
    qtbot: QtBot, tmp_path: Path, pg_database: Database
) -> None:
    """The LAN goes down between two scans: the desk's next scan is the one that finds the
    connection dead. It is answered from the local journal (one entry, one answer); the
    desk never shows "Not checked in" for it."""
    from summit_desk.ui.checkin.controller import CheckInController
    from summit_desk.ui.widgets.wording import BannerContent

    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    with pg_database.reader() as session:  # members: protocol is told of no one's arrival
        refs = session.scalars(
            select(Person.ref).where(Person.category_code == "DEL").order_by(Person.ref).limit(2)
        )
        first, second = (PeopleService(admin).badge_code(r) for r in refs)
    server = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        url = pg_database.url.set(host="127.0.0.1", port=proxy.port)
        database = open_database(url.render_as_string(hide_password=False))
        desk = make_context(database, role=Role.DESK, desk="desk-1", day=DAY1)
        link = DeskLink(desk, tmp_path / "journal.sqlite")
        link.refresh()
        controller = CheckInController(link.context, "en")
        banners: list[BannerContent] = []
        results: list[CheckInResult] = []
        controller.banner_changed.connect(banners.append)
        controller.result_ready.connect(results.append)
        with qtbot.waitSignal(controller.banner_changed, timeout=WAIT_MS):
            controller.scan(first)  # online: the desk's connection is open and pooled
        assert controller.wait_until_idle(WAIT_MS)
        assert link.mode is DeskMode.ONLINE

        proxy.cut()
        with qtbot.waitSignal(controller.banner_changed, timeout=WAIT_MS):
            controller.scan(second)
        assert controller.wait_until_idle(WAIT_MS)
        assert [b.status for b in banners] == ["checked_in", "checked_in"]
        assert [r.status for r in results] == [CheckInStatus.CHECKED_IN] * 2
        assert link.mode is DeskMode.OFFLINE
        assert link.state().waiting == 1  # the second scan, once
        controller.runner.wait_idle(5_000)
        link.close()
        database.dispose()


def test_a_scan_the_server_committed_as_the_line_dropped_is_one_entry_after_the_merge(
    qtbot: QtBot, tmp_path: Path, pg_database: Database
) -> None:
    """The worst moment of an outage: the server commits the scan, and the line goes down
    before its answer reaches the desk. The desk answers the scan from its local journal; that
    entry has the UUID the server committed, so the merge finds it there: one entry, and
    nobody on the protocol's list of double admissions."""
    from summit_desk.ui.checkin.controller import CheckInController

    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    with pg_database.reader() as session:
        ref = session.scalar(
            select(Person.ref).where(Person.category_code == "DEL").order_by(Person.ref)
        )
    assert ref is not None
    code = PeopleService(admin).badge_code(ref)
    server = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        url = pg_database.url.set(host="127.0.0.1", port=proxy.port)
        database = open_database(url.render_as_string(hide_password=False))
        desk = make_context(database, role=Role.DESK, desk="desk-1", day=DAY1)
        link = DeskLink(desk, tmp_path / "journal.sqlite")
        link.refresh()
        controller = CheckInController(link.context, "en")
        results: list[CheckInResult] = []
        controller.result_ready.connect(results.append)
        proxy.cut_after_answering(b"COMMIT\x00")
        with qtbot.waitSignal(controller.banner_changed, timeout=WAIT_MS):
            controller.scan(code)
        assert controller.wait_until_idle(WAIT_MS)
        assert proxy.answer_lost.is_set() and link.mode is DeskMode.OFFLINE
        assert [r.status for r in results] == [CheckInStatus.CHECKED_IN]
        with pg_database.reader() as session:  # the server did commit it
            committed = [str(u) for u in session.scalars(select(CheckIn.uuid))]
        assert committed == [results[0].entry_uuid]

        proxy.restore()
        report = link.reconnect()
        assert report is not None and (report.added, report.known) == (0, 1)
        assert link.mode is DeskMode.ONLINE and link.state().waiting == 0
        controller.runner.wait_idle(5_000)
        link.close()
        database.dispose()
    with pg_database.reader() as session:
        assert len(session.scalars(select(CheckIn.uuid)).all()) == 1
    supervisor = make_context(pg_database, role=Role.SUPERVISOR, day=DAY1)
    assert JournalService(supervisor).double_admissions() == []


def test_an_undo_the_server_committed_as_the_line_dropped_is_one_undo_after_the_merge(
    tmp_path: Path, pg_database: Database
) -> None:
    """An undo is a journal line like a scan: the one the server committed as the line went
    down is written again on the local journal with the same UUID, so the merge finds it there
    and the entry is undone once, not twice."""
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    code = PeopleService(admin).badge_code("GIL-002")
    server = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server.host or "127.0.0.1", server.port or 5432) as proxy:
        url = pg_database.url.set(host="127.0.0.1", port=proxy.port)
        database = open_database(url.render_as_string(hide_password=False))
        desk = make_context(database, role=Role.DESK, desk="desk-1", day=DAY1)
        link = DeskLink(desk, tmp_path / "journal.sqlite")
        link.refresh()
        arrived = link.call_once(lambda entry: CheckInService(link.context).scan(
            code, day=DAY1, entry_uuid=entry))  # fmt: skip
        assert arrived.status is CheckInStatus.CHECKED_IN and arrived.entry_uuid
        supervisor = replace(link.context, operator="supervisor", role=Role.SUPERVISOR)
        proxy.cut_after_answering(b"COMMIT\x00")
        person = link.call_once(lambda line: CheckInService(supervisor).undo(
            arrived.entry_uuid or "", "wrong person", line))  # fmt: skip
        assert proxy.answer_lost.is_set() and link.mode is DeskMode.OFFLINE
        assert person.ref == "GIL-002"
        with pg_database.reader() as session:  # the server did commit the undo
            undos = session.scalars(select(CheckIn.uuid).where(CheckIn.kind == CheckInKind.UNDO))
            committed = list(undos)
        assert len(committed) == 1

        proxy.restore()
        report = link.reconnect()
        assert report is not None and report.added == 0
        link.close()
        database.dispose()
    with pg_database.reader() as session:
        lines = session.scalars(select(CheckIn.uuid).where(CheckIn.kind == CheckInKind.UNDO))
        assert list(lines) == committed
