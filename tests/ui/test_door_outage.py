"""The door of the general panel on a PostgreSQL server outlives the LAN (issue #8, item 1).

The shared test server is never stopped: each door reaches it through a relay that the test cuts
and restores (tests/support/tcp_proxy.py). The scan that meets the dropped connection is answered
"entered" from the door's local journal, not shown as an error; the door's count and latest
entries go on from that journal; back online, each entry is on the server once, and a guest let
in at two doors while they were apart is on the protocol's list of double admissions once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import make_context
from support.tcp_proxy import TcpProxy

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import CheckIn, Person, ProgrammeSession
from summit_desk.domain.values import CheckInKind, CheckInResult, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.door import SessionAttendance
from summit_desk.services.journal import JournalService
from summit_desk.services.offline import DeskLink, DeskMode
from summit_desk.services.people import PeopleService
from summit_desk.ui.door.controller import DoorController
from summit_desk.ui.widgets.arrivals_model import Arrival
from summit_desk.ui.widgets.wording import BannerContent

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)  # 10:00 at the venue: the general panel
WAIT_MS = 15_000


@dataclass
class Door:
    """A door station on the server through the relay: its link and its page's controller,
    with what the page was told (banners, scan results, errors, counts)."""

    database: Database
    link: DeskLink
    controller: DoorController
    banners: list[BannerContent] = field(default_factory=list)
    results: list[CheckInResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    counts: list[SessionAttendance] = field(default_factory=list)

    def close(self) -> None:
        self.controller.runner.wait_idle(5_000)
        self.link.close()
        self.database.dispose()


@pytest.fixture
def server(pg_database: Database) -> Database:
    DemoService(DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)).create()
    return pg_database


def open_door(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy, name: str, *, minutes: int = 0
) -> Door:
    """The door ``name`` with its mirror filled, the general panel chosen and its count read
    (the door's connection to the server is open and pooled)."""
    url = server.url.set(host="127.0.0.1", port=proxy.port)
    database = open_database(url.render_as_string(hide_password=False))
    at = MORNING + timedelta(minutes=minutes)
    context = make_context(database, role=Role.DESK, operator="desk", desk=name, day=DAY1, at=at)
    link = DeskLink(context, tmp_path / f"{name}.sqlite")
    link.refresh()
    door = Door(database, link, DoorController(link.context, "en"))
    with qtbot.waitSignal(door.controller.attendance_changed, timeout=WAIT_MS):
        door.controller.load()
    assert door.controller.chosen is not None and door.controller.chosen.code == "GEN"
    assert door.controller.wait_until_idle(WAIT_MS)
    door.controller.banner_changed.connect(door.banners.append)
    door.controller.result_ready.connect(door.results.append)
    door.controller.failed.connect(door.errors.append)
    door.controller.attendance_changed.connect(door.counts.append)
    return door


def scan(qtbot: QtBot, door: Door, code: str) -> str:
    """Scan ``code`` at ``door``; the banner's status once the door has answered and recounted."""
    with qtbot.waitSignal(door.controller.banner_changed, timeout=WAIT_MS):
        door.controller.scan(code)
    assert door.controller.wait_until_idle(WAIT_MS)
    return door.banners[-1].status


def recount(qtbot: QtBot, door: Door) -> SessionAttendance:
    with qtbot.waitSignal(door.controller.attendance_changed, timeout=WAIT_MS) as answer:
        door.controller.refresh()
    assert door.controller.wait_until_idle(WAIT_MS)
    assert isinstance(answer.args[0], SessionAttendance)
    return answer.args[0]


def code_of(server: Database, ref: str) -> str:
    return PeopleService(make_context(server)).badge_code(ref)


def entries_on_server(server: Database) -> list[tuple[str, str, str]]:
    """(ref, entry uuid, door) of every entry into the general panel the server holds, by door
    and guest."""
    with server.reader() as session:
        rows = session.execute(
            select(Person.ref, CheckIn.uuid, CheckIn.desk)
            .join(Person, Person.id == CheckIn.person_id)
            .join(ProgrammeSession, ProgrammeSession.id == CheckIn.session_id)
            .where(CheckIn.kind == CheckInKind.SESSION_ENTRY, ProgrammeSession.code == "GEN")
            .order_by(CheckIn.desk, Person.ref)
        ).all()
    return [(ref, str(entry), desk) for ref, entry, desk in rows]


def test_a_door_scan_during_an_outage_says_entered_and_is_on_the_server_once_after(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    """The LAN goes down between two guests: the next scan is the one that finds the connection
    dead. The door answers it "entered", no error; its count and latest entries go on from the
    local journal (the guest let in before the outage too), a second scan of a guest already in
    says so, someone not invited is still stopped. Back online, each entry is there once."""
    door = open_door(qtbot, tmp_path, server, proxy, "door-khazar")
    assert scan(qtbot, door, code_of(server, "AST-001")) == "checked_in"  # online
    assert door.counts[-1].entered == 1 and door.link.mode is DeskMode.ONLINE

    proxy.cut()
    assert scan(qtbot, door, code_of(server, "MAZ-001")) == "checked_in"
    assert door.link.mode is DeskMode.OFFLINE
    assert door.banners[-1].headline == "Entered"
    assert door.errors == []
    offline = recount(qtbot, door)
    assert offline.entered == 2 and offline.invited is not None and offline.invited > 14
    # (In the order of their times: the server's clock for the first, the door's for the second.)
    assert {e.person.ref for e in offline.latest} == {"AST-001", "MAZ-001"}
    assert door.controller.latest.rowCount() == 2
    assert scan(qtbot, door, code_of(server, "AST-001")) == "already_checked_in"
    assert scan(qtbot, door, code_of(server, "GIL-003")) == "not_invited"  # the economy panel's
    assert door.errors == []
    waiting = door.link.state()
    assert (waiting.waiting, waiting.audit_waiting) == (1, 2)  # MAZ-001; the two refusals

    proxy.restore()
    report = door.link.reconnect()
    assert report is not None and (report.added, report.audit_added) == (1, 2)
    assert door.link.mode is DeskMode.ONLINE and door.link.state().waiting == 0
    assert [r.status for r in door.results][:1] == ["checked_in"]
    entered = [r.entry_uuid for r in door.results if r.entry_uuid]
    assert entries_on_server(server) == [
        ("AST-001", entered[0], "door-khazar"),
        ("MAZ-001", entered[1], "door-khazar"),
    ]
    door.close()


def test_a_door_scan_the_server_committed_as_the_line_dropped_stays_one_entry(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    """The server commits the entry and the line goes down before its answer reaches the door:
    the door answers from its local journal with the same entry, so the merge finds it there:
    one entry, and nobody on the protocol's list of double admissions."""
    door = open_door(qtbot, tmp_path, server, proxy, "door-khazar")
    proxy.cut_after_answering(b"COMMIT\x00")
    assert scan(qtbot, door, code_of(server, "AST-001")) == "checked_in"
    assert proxy.answer_lost.is_set() and door.link.mode is DeskMode.OFFLINE
    assert door.errors == []
    (result,) = door.results
    assert [entry for _ref, entry, _door in entries_on_server(server)] == [result.entry_uuid]

    proxy.restore()
    report = door.link.reconnect()
    assert report is not None and (report.added, report.known) == (0, 1)
    assert door.link.mode is DeskMode.ONLINE and door.link.state().waiting == 0
    assert entries_on_server(server) == [("AST-001", result.entry_uuid, "door-khazar")]
    supervisor = make_context(server, role=Role.SUPERVISOR, day=DAY1)
    assert JournalService(supervisor).double_admissions() == []
    door.close()


def test_a_guest_let_in_at_two_doors_while_apart_is_flagged_once_the_first_entry_kept(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    north = open_door(qtbot, tmp_path, server, proxy, "door-north")
    south = open_door(qtbot, tmp_path, server, proxy, "door-south", minutes=3)
    proxy.cut()
    code = code_of(server, "AST-001")
    assert scan(qtbot, south, code) == "checked_in"  # scanned first, by the later clock
    assert scan(qtbot, north, code) == "checked_in"
    assert north.errors == south.errors == []

    proxy.restore()
    for door in (north, south):
        report = door.link.reconnect()
        assert report is not None and report.added == 1
    assert [d for _ref, _entry, d in entries_on_server(server)] == ["door-north", "door-south"]
    supervisor = make_context(server, role=Role.SUPERVISOR, day=DAY1)
    (double,) = JournalService(supervisor).double_admissions()
    assert (double.person.ref, double.session_code) == ("AST-001", "GEN")
    assert (double.kept_desk, double.later_desk) == ("door-north", "door-south")
    assert double.later_uuid == south.results[0].entry_uuid
    # Online again, each door counts the guest once.
    assert recount(qtbot, south).entered == 1
    north.close()
    south.close()


def test_a_supervisor_undoes_at_the_door_offline_an_entry_made_before_the_outage(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    """As on the check-in page, a supervisor logs in against the mirror and undoes offline; the
    entry let in online a moment before the outage is in the door's local journal to undo."""
    door = open_door(qtbot, tmp_path, server, proxy, "door-khazar")
    assert scan(qtbot, door, code_of(server, "AST-001")) == "checked_in"
    proxy.cut()
    assert scan(qtbot, door, code_of(server, "MAZ-001")) == "checked_in"  # finds the drop
    (before, _after) = door.results
    assert before.entry_uuid is not None and before.person is not None
    entry = Arrival(before.entry_uuid, before.person, MORNING, "door-khazar", notify=False)
    refused: list[str] = []
    door.controller.undo_refused.connect(refused.append)
    door.controller.undo(entry, "supervisor", "2222", "scanned at the wrong door")
    qtbot.waitUntil(lambda: bool(refused) or door.banners[-1].status == "undone", timeout=WAIT_MS)
    assert refused == []
    assert door.controller.wait_until_idle(WAIT_MS)
    assert door.banners[-1].status == "undone"
    assert recount(qtbot, door).entered == 1

    proxy.restore()
    report = door.link.reconnect()
    assert report is not None and report.added == 2  # MAZ-001's entry and the undo
    door.close()
    online = DoorController(make_context(server, role=Role.DESK, day=DAY1), "en")
    with qtbot.waitSignal(online.attendance_changed, timeout=WAIT_MS) as answer:
        online.load()
    assert [e.person.ref for e in answer.args[0].latest] == ["MAZ-001"]
    online.runner.wait_idle(5_000)
