"""Scans at a panel's door: entry to that session once, then "already in", and refusals."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from support.events import SMALL_EVENT

from summit_desk.db.models import CheckIn
from summit_desk.domain.errors import NotFound
from summit_desk.domain.seating import SeatingRules
from summit_desk.domain.values import CheckInKind, CheckInStatus, Role, SessionInfo
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.door import DoorService
from summit_desk.services.event import EventService
from summit_desk.services.people import PeopleService
from summit_desk.services.stats import StatsService

DAY1 = date(2025, 11, 18)
DAY2 = date(2025, 11, 19)


def heads_only(_session: Session, programme: SessionInfo) -> SeatingRules:
    """The general panel's rules as the office would write them: the heads of delegation."""
    return SeatingRules(session=programme.code, room="khazar", invite_categories=("HOD",))


@pytest.fixture
def demo(context: DeskContext) -> DeskContext:
    DemoService(context).create()
    return context


def at_door(context: DeskContext, door: str, day: date = DAY1) -> DeskContext:
    return DeskContext(
        database=context.database,
        operator=f"op-{door}",
        role=Role.DESK,
        desk=door,
        clock=lambda: datetime(2025, 11, 18, 6, 30, tzinfo=UTC),
        day_override=day,
    )


def entries(context: DeskContext) -> int:
    with context.database.reader() as session:
        return (
            session.scalar(
                select(func.count(CheckIn.id)).where(CheckIn.kind == CheckInKind.SESSION_ENTRY)
            )
            or 0
        )


def code_of(context: DeskContext, ref: str) -> str:
    return PeopleService(context).badge_code(ref)


def test_a_governor_enters_the_general_panel_once_and_a_second_scan_says_already_in(
    demo: DeskContext,
) -> None:
    code = code_of(demo, "GIL-001")
    first = DoorService(at_door(demo, "door-north"), heads_only).scan(code, "GEN")
    assert first.status == CheckInStatus.CHECKED_IN
    assert first.session == "GEN" and first.person is not None
    assert first.person.ref == "GIL-001" and first.entry_uuid
    again = DoorService(at_door(demo, "door-south"), heads_only).scan(code, "gen")
    assert again.status == CheckInStatus.ALREADY_CHECKED_IN
    assert again.desk == "door-north" and again.at == first.at
    assert again.as_json()["status"] == "already_checked_in"
    assert entries(demo) == 1


def test_someone_the_rules_do_not_invite_is_refused_and_nothing_is_written(
    demo: DeskContext,
) -> None:
    result = DoorService(at_door(demo, "door"), heads_only).scan(code_of(demo, "GIL-002"), "GEN")
    assert result.status == CheckInStatus.NOT_INVITED
    assert result.person is not None and result.person.ref == "GIL-002"
    assert result.as_json()["status"] == "not_invited"
    assert entries(demo) == 0


def test_an_interpreter_comes_in_where_the_rules_invite_interpreters(demo: DeskContext) -> None:
    with demo.database.reader() as session:
        from summit_desk.db.models import Person

        interpreter = session.scalars(
            select(Person.ref).where(Person.category_code == "INT").order_by(Person.ref)
        ).first()
    assert interpreter is not None, "the demo event has interpreters"
    code = code_of(demo, interpreter)
    refused = DoorService(at_door(demo, "door"), heads_only).scan(code, "GEN")
    assert refused.status == CheckInStatus.NOT_INVITED

    def with_interpreters(_session: Session, programme: SessionInfo) -> SeatingRules:
        return SeatingRules(session=programme.code, room="khazar", invite_categories=("HOD", "INT"))

    admitted = DoorService(at_door(demo, "door"), with_interpreters).scan(code, "GEN")
    assert admitted.status == CheckInStatus.CHECKED_IN


def test_entering_one_panel_is_not_entering_another_nor_arriving_at_the_desk(
    demo: DeskContext,
) -> None:
    code = code_of(demo, "BAK-001")
    door = DoorService(at_door(demo, "door"), heads_only)
    assert door.scan(code, "OPEN").status == CheckInStatus.CHECKED_IN
    assert door.scan(code, "GEN").status == CheckInStatus.CHECKED_IN
    assert entries(demo) == 2
    # The desk's arrival is its own journal line: the panel door did not check BAK-001 in.
    desk = CheckInService(at_door(demo, "desk-1")).scan(code)
    assert desk.status == CheckInStatus.CHECKED_IN


def test_a_scan_on_another_day_than_the_sessions_is_not_today(demo: DeskContext) -> None:
    result = DoorService(at_door(demo, "door", DAY2), heads_only).scan(
        code_of(demo, "GIL-001"), "GEN"
    )
    assert result.status == CheckInStatus.NOT_TODAY
    assert entries(demo) == 0


def test_unknown_codes_empty_scans_and_unknown_sessions(demo: DeskContext) -> None:
    door = DoorService(at_door(demo, "door"), heads_only)
    assert door.scan("CSG-NOPE-0000", "GEN").status == CheckInStatus.UNKNOWN
    assert door.scan("   ", "GEN").status == CheckInStatus.ERROR
    with pytest.raises(NotFound) as caught:
        door.scan(code_of(demo, "GIL-001"), "NOPE")
    assert "GEN" in caught.value.message("en")  # the message lists the sessions there are


def test_a_replaced_badge_is_refused_at_the_door(demo: DeskContext) -> None:
    from summit_desk.services.badges import BadgeService

    old = code_of(demo, "MAZ-001")
    supervisor = DeskContext(database=demo.database, operator="boss", role=Role.SUPERVISOR)
    BadgeService(supervisor).reissue(["MAZ-001"], "lost")
    result = DoorService(at_door(demo, "door"), heads_only).scan(old, "GEN")
    assert result.status == CheckInStatus.REPLACED
    assert result.current_badge_version == 2


def test_a_session_the_office_set_no_rules_for_is_open_to_every_badge(
    context: DeskContext,
) -> None:
    event = copy.deepcopy(SMALL_EVENT)
    event["sessions"][0]["code"] = "NO-RULES"  # no resources/seating/NO-RULES.toml
    EventService(context).create(event)
    from summit_desk.domain.values import PersonInput
    from summit_desk.services.people import save_people

    with context.database.writer() as session, session.begin():
        from summit_desk.db.models import Delegation

        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        save_people(
            session,
            [PersonInput(ref="GIL-9", delegation="GIL", category="MED", given_name_fa="رضا")],
            delegations,
            context,
        )
    result = DoorService(at_door(context, "door")).scan(code_of(context, "GIL-9"), "NO-RULES")
    assert result.status == CheckInStatus.CHECKED_IN


def test_stats_count_the_people_who_entered_each_session(demo: DeskContext) -> None:
    door = DoorService(at_door(demo, "door"), heads_only)
    for ref in ("GIL-001", "MAZ-001", "AST-001"):
        door.scan(code_of(demo, ref), "GEN")
    door.scan(code_of(demo, "GIL-001"), "GEN")  # a second scan is not a second person
    door.scan(code_of(demo, "GIL-001"), "OPEN")
    stats = StatsService(demo).compute()
    per_session = {row.key: row.people for row in stats.sessions}
    assert per_session["GEN"] == 3 and per_session["OPEN"] == 1 and per_session["ECON"] == 0
    listed = stats.as_json()["sessions"]
    assert isinstance(listed, list)
    assert {"code": "GEN", "entered": 3} in [
        {"code": s["code"], "entered": s["entered"]} for s in listed
    ]
