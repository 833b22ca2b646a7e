"""Checking in: DESIGN.md's results for each kind of scan."""

from __future__ import annotations

from datetime import UTC, date, datetime
from uuid import UUID

import pytest
from sqlalchemy import select, update
from support.desk import make_context

from summit_desk.db.models import Badge, CheckIn, Person
from summit_desk.domain.errors import PermissionDenied, SummitDeskError
from summit_desk.domain.values import BadgeStatus, CheckInKind, CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService

DAY1 = date(2025, 11, 18)


@pytest.fixture
def demo(demo_event: DeskContext) -> DeskContext:
    return demo_event


def at_desk(context: DeskContext, desk: str, role: Role = Role.DESK) -> DeskContext:
    return make_context(
        context.database,
        role=role,
        operator=f"op-{desk}",
        desk=desk,
        day=DAY1,
        at=datetime(2025, 11, 18, 6, 30, tzinfo=UTC),
    )


def test_first_scan_checks_in_and_second_says_already_with_the_first_desk(
    demo: DeskContext,
) -> None:
    code = PeopleService(demo).badge_code("GIL-001")
    first = CheckInService(at_desk(demo, "desk-1")).scan(code)
    assert first.status is CheckInStatus.CHECKED_IN
    assert first.person is not None and first.person.ref == "GIL-001"
    assert first.notify  # a governor: protocol wants to know
    assert first.person.checked_in_desk == "desk-1" and first.person.checked_in_at == first.at
    second = CheckInService(at_desk(demo, "desk-2")).scan(code + "\r\n")
    assert second.status is CheckInStatus.ALREADY_CHECKED_IN
    assert second.desk == "desk-1"
    assert second.at == first.at


def test_a_tampered_code_is_unknown(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("GIL-001")
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert CheckInService(at_desk(demo, "d")).scan(tampered).status is CheckInStatus.UNKNOWN


def test_a_day_outside_the_event_is_not_today(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("GIL-001")
    result = CheckInService(at_desk(demo, "d")).scan(code, day=date(2025, 11, 20))
    assert result.status is CheckInStatus.NOT_TODAY


def test_an_old_badge_is_replaced_and_a_revoked_one_revoked(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("AST-001")
    with demo.database.writer() as session, session.begin():
        session.execute(update(Badge).where(Badge.code == code).values(status=BadgeStatus.REPLACED))
    assert CheckInService(at_desk(demo, "d")).scan(code).status is CheckInStatus.REPLACED
    with demo.database.writer() as session, session.begin():
        session.execute(update(Badge).where(Badge.code == code).values(status=BadgeStatus.REVOKED))
    assert CheckInService(at_desk(demo, "d")).scan(code).status is CheckInStatus.REVOKED


def test_undo_needs_a_supervisor_and_then_the_person_can_check_in_again(
    demo: DeskContext,
) -> None:
    code = PeopleService(demo).badge_code("BAK-001")
    first = CheckInService(at_desk(demo, "desk-1")).scan(code)
    assert first.entry_uuid
    with pytest.raises(PermissionDenied):
        CheckInService(at_desk(demo, "desk-1")).undo(first.entry_uuid, "wrong person")
    after = CheckInService(at_desk(demo, "sup", Role.SUPERVISOR)).undo(
        first.entry_uuid, "wrong person"
    )
    assert after.checked_in_at is None
    again = CheckInService(at_desk(demo, "desk-2")).scan(code)
    assert again.status is CheckInStatus.CHECKED_IN


def test_an_arrival_undone_once_cannot_be_undone_again(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("BAK-002")
    first = CheckInService(at_desk(demo, "desk-1")).scan(code)
    assert first.entry_uuid
    supervisor = CheckInService(at_desk(demo, "sup", Role.SUPERVISOR))
    supervisor.undo(first.entry_uuid, "wrong person")
    with pytest.raises(SummitDeskError) as refused:
        supervisor.undo(first.entry_uuid, "wrong person")
    assert refused.value.code == "checkin.already_undone"
    with demo.database.reader() as session:
        undos = session.scalars(
            select(CheckIn).where(
                CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes == UUID(first.entry_uuid)
            )
        ).all()
    assert len(undos) == 1


def test_find_shows_the_check_in_state(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("MAN-001")
    CheckInService(at_desk(demo, "desk-7")).scan(code)
    with demo.database.reader() as session:
        name = session.scalar(select(Person.given_name_latin).where(Person.ref == "MAN-001"))
    assert name
    found = {p.ref: p for p in PeopleService(demo).find(name, day=DAY1)}
    assert found["MAN-001"].checked_in_desk == "desk-7"


def test_an_undo_needs_a_reason_and_a_refusal_says_what_was_refused(demo: DeskContext) -> None:
    code = PeopleService(demo).badge_code("GIL-002")
    first = CheckInService(at_desk(demo, "desk-1")).scan(code)
    assert first.entry_uuid
    with pytest.raises(PermissionDenied) as refused:
        CheckInService(at_desk(demo, "desk-1")).undo(first.entry_uuid, "mistake")
    assert "undo a check-in" in refused.value.message("en")
    assert "لغو پذیرش" in refused.value.message("fa")
    from summit_desk.domain.errors import SummitDeskError

    with pytest.raises(SummitDeskError) as no_reason:
        CheckInService(at_desk(demo, "sup", Role.SUPERVISOR)).undo(first.entry_uuid, "   ")
    assert no_reason.value.code == "badge.reason_required"


def test_stats_count_each_days_arrivals(demo: DeskContext) -> None:
    from summit_desk.services.stats import StatsService

    for ref in ("GIL-001", "AST-001"):
        CheckInService(at_desk(demo, "d")).scan(PeopleService(demo).badge_code(ref))
    stats = StatsService(demo).compute()
    assert stats.arrived == {"2025-11-18": 2, "2025-11-19": 0}
    heads = next(row for row in stats.categories if row.key == "HOD")
    assert heads.arrived["2025-11-18"] == 2
