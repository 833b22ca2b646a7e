"""The roster protocol reads: every delegation under its country in precedence order, each person
with their arrival on the day asked about, in a handful of queries however large the event."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event, select
from support.desk import make_context

from summit_desk.db.engine import Database
from summit_desk.db.models import Person
from summit_desk.domain.values import Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.roster import Roster, RosterPerson, RosterService, default_day
from summit_desk.services.stats import StatsService

DAY1 = date(2025, 11, 18)
DAY2 = date(2025, 11, 19)
REGIONAL = {
    "IR": ["GIL", "MAZ", "GOL", "HRM", "SIB"],
    "RU": ["AST", "DAG", "KAL"],
    "AZ": ["BAK", "LAN", "SUM"],
    "KZ": ["MAN", "ATY"],
    "TM": ["BLK"],
}


@pytest.fixture
def demo(demo_event: DeskContext) -> DeskContext:
    return at_desk(demo_event, "desk-1")


def at_desk(context: DeskContext, desk: str, day: date = DAY1) -> DeskContext:
    return make_context(
        context.database,
        role=Role.SUPERVISOR,
        operator=f"op-{desk}",
        desk=desk,
        day=day,
        at=datetime(2025, 11, 18, 6, 30, tzinfo=UTC),
    )


def person(roster: Roster, ref: str) -> RosterPerson:
    for country in roster.countries:
        for delegation in country.delegations:
            for p in delegation.people:
                if p.ref == ref:
                    return p
    raise AssertionError(f"{ref} is not in the roster")


def person_id(context: DeskContext, ref: str) -> int:
    with context.database.reader() as session:
        found = session.scalar(select(Person.id).where(Person.ref == ref))
    assert found is not None
    return found


def test_countries_come_in_protocol_order_with_their_regional_delegations(
    demo: DeskContext,
) -> None:
    roster = RosterService(demo).roster()
    assert [c.code for c in roster.countries] == ["IR", "RU", "AZ", "KZ", "TM", ""]
    for country in roster.countries[:5]:
        regional = [d.code for d in country.delegations if d.kind == "regional"]
        assert regional == REGIONAL[country.code]
    # International organisations belong to no country and come last.
    assert [d.code for d in roster.countries[-1].delegations] == ["ECO", "TCS"]
    assert roster.people == 189


def test_people_of_a_delegation_come_in_rank_order_the_head_first(demo: DeskContext) -> None:
    roster = RosterService(demo).roster()
    gilan = roster.countries[0].delegations[0]
    assert gilan.code == "GIL"
    assert gilan.people[0].category == "HOD"
    assert [p.rank for p in gilan.people] == sorted(p.rank for p in gilan.people)


def test_an_arrival_shows_on_its_day_with_time_and_desk_and_not_on_the_other_day(
    demo: DeskContext,
) -> None:
    CheckInService(at_desk(demo, "desk-2")).check_in_person(person_id(demo, "GIL-002"))
    day1 = RosterService(demo).roster(DAY1)
    arrived = person(day1, "GIL-002")
    assert arrived.arrived_at == datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
    assert arrived.arrived_desk == "desk-2"
    assert day1.countries[0].delegations[0].arrived == 1
    assert day1.arrived == 1
    day2 = RosterService(demo).roster(DAY2)
    assert person(day2, "GIL-002").arrived_at is None
    assert day2.arrived == 0


def test_an_undone_arrival_no_longer_counts(demo: DeskContext) -> None:
    result = CheckInService(demo).check_in_person(person_id(demo, "GIL-002"))
    assert result.entry_uuid is not None
    CheckInService(demo).undo(result.entry_uuid, "wrong person")
    roster = RosterService(demo).roster(DAY1)
    assert person(roster, "GIL-002").arrived_at is None
    assert roster.arrived == 0


def test_a_head_of_delegation_is_awaited_until_arrival_and_a_member_never_is(
    demo: DeskContext,
) -> None:
    before = RosterService(demo).roster(DAY1)
    assert person(before, "GIL-001").awaited
    assert not person(before, "GIL-002").awaited
    assert before.categories["HOD"].notify_on_arrival
    CheckInService(demo).check_in_person(person_id(demo, "GIL-001"))
    after = RosterService(demo).roster(DAY1)
    assert not person(after, "GIL-001").awaited
    assert after.countries[0].awaited == before.countries[0].awaited - 1


def test_the_counts_agree_with_the_statistics(demo: DeskContext) -> None:
    for ref in ("GIL-001", "GIL-002", "AST-001", "BAK-001"):
        CheckInService(demo).check_in_person(person_id(demo, ref))
    roster = RosterService(demo).roster(DAY1)
    stats = StatsService(demo).compute()
    by_code = {d.code: d for c in roster.countries for d in c.delegations}
    for row in stats.delegations:
        assert by_code[row.key].arrived == row.arrived[DAY1.isoformat()], row.key
        assert len(by_code[row.key].people) == row.people, row.key


def test_the_default_day_is_today_during_the_event_else_its_first_day(demo: DeskContext) -> None:
    assert RosterService(at_desk(demo, "d", DAY2)).roster().day == DAY2
    assert RosterService(at_desk(demo, "d", date(2026, 3, 1))).roster().day == DAY1
    assert default_day((DAY1, DAY2), DAY2) == DAY2
    assert default_day((DAY1, DAY2), date(2025, 1, 1)) == DAY1
    assert default_day((), DAY1) is None


@contextmanager
def counted_queries(context: DeskContext) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    engine = context.database.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_the_roster_costs_a_few_queries_whatever_the_number_of_people(
    demo: DeskContext,
) -> None:
    for ref in ("GIL-001", "GIL-002", "AST-001"):
        CheckInService(demo).check_in_person(person_id(demo, ref))
    with counted_queries(demo) as statements:
        roster = RosterService(demo).roster(DAY1)
    assert roster.people == 189
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 6, selects


@pytest.mark.postgres
def test_postgresql_gives_the_same_roster(pg_database: Database) -> None:
    context = at_desk(make_context(pg_database), "desk-1")
    DemoService(context).create()
    result = CheckInService(context).check_in_person(person_id(context, "GIL-002"))
    assert result.entry_uuid is not None
    CheckInService(context).check_in_person(person_id(context, "AST-001"))
    CheckInService(context).undo(result.entry_uuid, "wrong person")
    roster = RosterService(context).roster(DAY1)
    assert [c.code for c in roster.countries] == ["IR", "RU", "AZ", "KZ", "TM", ""]
    assert person(roster, "AST-001").arrived_desk == "desk-1"
    assert person(roster, "GIL-002").arrived_at is None
    assert roster.arrived == 1
