"""A supervisor undoes a mistaken entry at a panel's door; a door's count and latest entries."""

from __future__ import annotations

import json
import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summit_desk.db.engine import Database
from summit_desk.db.models import AuditEntry, CheckIn
from summit_desk.domain.errors import NotFound, PermissionDenied, SummitDeskError
from summit_desk.domain.seating import SeatingRules
from summit_desk.domain.values import CheckInKind, CheckInStatus, Role, SessionInfo
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService
from summit_desk.services.stats import StatsService

DAY1 = date(2025, 11, 18)
NINE = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)  # 09:00 at the venue


def heads_only(_session: Session, programme: SessionInfo) -> SeatingRules:
    return SeatingRules(session=programme.code, room="khazar", invite_categories=("HOD",))


@pytest.fixture
def demo(context: DeskContext) -> DeskContext:
    DemoService(context).create()
    return context


def as_(context: DeskContext, operator: str, role: Role, minutes: int = 0) -> DeskContext:
    return DeskContext(
        database=context.database,
        operator=operator,
        role=role,
        desk="door-north",
        clock=lambda: NINE + timedelta(minutes=minutes),
        day_override=DAY1,
    )


def code_of(context: DeskContext, ref: str) -> str:
    return PeopleService(context).badge_code(ref)


def journal_lines(context: DeskContext) -> int:
    with context.database.reader() as session:
        return session.scalar(select(func.count(CheckIn.id))) or 0


def test_a_supervisor_undoes_a_wrong_entry_with_a_reason_and_the_holder_can_enter_again(
    demo: DeskContext,
) -> None:
    door = DoorService(as_(demo, "door-op", Role.DESK), heads_only)
    entered = door.scan(code_of(demo, "GIL-001"), "GEN")
    assert entered.status == CheckInStatus.CHECKED_IN and entered.entry_uuid
    supervisor = DoorService(as_(demo, "boss", Role.SUPERVISOR, 3), heads_only)
    person = supervisor.undo(entered.entry_uuid, "  scanned   at the wrong door ")
    assert person.ref == "GIL-001"

    with demo.database.reader() as session:
        undo = session.scalars(select(CheckIn).where(CheckIn.kind == CheckInKind.UNDO)).one()
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "door.undo")).one()
    assert str(undo.undoes) == entered.entry_uuid
    assert undo.reason == "scanned at the wrong door" and undo.operator == "boss"
    assert undo.session_id is not None
    assert audit.operator == "boss" and audit.subject == entered.entry_uuid
    assert json.loads(audit.details) == {
        "reason": "scanned at the wrong door",
        "session_code": "GEN",
    }

    assert {r.key: r.people for r in StatsService(demo).compute().sessions}["GEN"] == 0
    again = door.scan(code_of(demo, "GIL-001"), "GEN")
    assert again.status == CheckInStatus.CHECKED_IN  # not "already in": the entry was undone


def test_a_door_operator_may_not_undo_and_nothing_is_written(demo: DeskContext) -> None:
    door = DoorService(as_(demo, "door-op", Role.DESK), heads_only)
    entered = door.scan(code_of(demo, "GIL-001"), "GEN")
    assert entered.entry_uuid
    before = journal_lines(demo)
    with pytest.raises(PermissionDenied) as caught:
        door.undo(entered.entry_uuid, "mistake")
    assert "supervisor" in caught.value.message("en")
    assert journal_lines(demo) == before


def test_an_undo_needs_a_reason_an_entry_of_a_door_and_happens_once(demo: DeskContext) -> None:
    door = DoorService(as_(demo, "door-op", Role.DESK), heads_only)
    entered = door.scan(code_of(demo, "GIL-001"), "GEN")
    assert entered.entry_uuid
    arrival = CheckInService(as_(demo, "desk", Role.DESK)).scan(code_of(demo, "GIL-001"))
    assert arrival.entry_uuid
    supervisor = DoorService(as_(demo, "boss", Role.SUPERVISOR), heads_only)
    before = journal_lines(demo)
    with pytest.raises(SummitDeskError):
        supervisor.undo(entered.entry_uuid, "   ")
    with pytest.raises(NotFound):  # the desk's arrival is undone at the desk, not at a door
        supervisor.undo(arrival.entry_uuid, "wrong")
    with pytest.raises(NotFound):
        supervisor.undo("not-a-uuid", "wrong")
    assert journal_lines(demo) == before
    supervisor.undo(entered.entry_uuid, "wrong person")
    with pytest.raises(SummitDeskError) as twice:
        supervisor.undo(entered.entry_uuid, "again")
    assert "already been undone" in twice.value.message("en")
    assert journal_lines(demo) == before + 1


def test_a_door_counts_entered_of_invited_and_lists_the_latest_entries_newest_first(
    demo: DeskContext,
) -> None:
    for minute, ref in enumerate(("GIL-001", "MAZ-001", "AST-001")):
        DoorService(as_(demo, "door-op", Role.DESK, minute), heads_only).scan(
            code_of(demo, ref), "GEN"
        )
    DoorService(as_(demo, "door-op", Role.DESK, 5), heads_only).scan(
        code_of(demo, "GIL-002"), "GEN"
    )  # not invited: not counted
    door = DoorService(as_(demo, "door-op", Role.DESK), heads_only)
    attendance = door.attendance("gen")
    assert attendance.session.code == "GEN"
    assert (attendance.entered, attendance.invited) == (3, 14)  # the 14 heads of delegation
    assert [e.person.ref for e in attendance.latest] == ["AST-001", "MAZ-001", "GIL-001"]
    assert attendance.latest[0].door == "door-north"
    assert attendance.latest[0].at == NINE + timedelta(minutes=2)
    by_code = {c.session.code: (c.entered, c.invited) for c in door.counts()}
    assert by_code["GEN"] == (3, 14) and by_code["ECON"] == (0, 14)
    assert [c.session.code for c in door.counts(DAY1)] == ["OPEN", "GEN"]


def two_supervisors_undo_at_once(database: Database) -> None:
    """Two supervisors at two doors undo the same entry at the same moment: one undo is
    written, the other is told it has already been undone."""
    demo = DeskContext(database=database, operator="setup", role=Role.ADMIN)
    DemoService(demo).create()
    entered = DoorService(as_(demo, "door-op", Role.DESK), heads_only).scan(
        code_of(demo, "AST-001"), "GEN"
    )
    assert entered.entry_uuid
    barrier = threading.Barrier(2)
    answers: list[str] = []

    def undo(name: str) -> None:
        door = DoorService(as_(demo, name, Role.SUPERVISOR), heads_only)
        barrier.wait()
        try:
            door.undo(str(entered.entry_uuid), f"undone by {name}")
            answers.append("undone")
        except SummitDeskError as refused:
            answers.append(refused.code)

    threads = [threading.Thread(target=undo, args=(n,)) for n in ("boss-1", "boss-2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == ["door.already_undone", "undone"]
    with database.reader() as session:
        undos = session.scalar(
            select(func.count(CheckIn.id)).where(CheckIn.kind == CheckInKind.UNDO)
        )
    assert undos == 1


def test_two_supervisors_undoing_one_entry_write_one_undo(database: Database) -> None:
    two_supervisors_undo_at_once(database)


def test_two_supervisors_undoing_one_entry_on_postgresql(pg_database: Database) -> None:
    two_supervisors_undo_at_once(pg_database)
