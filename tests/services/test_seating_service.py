"""Seating a session: automatic assignment from the office's rules, moves that swap, locks that
survive re-assignment, conflicts, roles and the audit log.

Needs S1's domain/rooms.py, precedence.py, seat_plan.py and resources/rooms, resources/seating
(issue #7's other branch): these tests run once the branches are merged. They rely only on the
contract in SEATING.md, not on a room's particular labels.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from summit_desk.db.engine import Database
from summit_desk.db.models import AuditEntry
from summit_desk.domain.errors import NotFound, PermissionDenied, SummitDeskError
from summit_desk.domain.seating import ConflictKind, SeatingPlan
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService
from summit_desk.services.seating import SeatingService

DAY1 = date(2025, 11, 18)
REGIONAL = ("GIL", "MAZ", "GOL", "HRM", "SIB", "AST", "DAG", "KAL", "BAK", "LAN", "SUM", "MAN",
            "ATY", "BLK")  # fmt: skip
HEADS = {f"{code}-001" for code in REGIONAL}


def as_role(context: DeskContext, role: Role, day: date | None = None) -> DeskContext:
    return DeskContext(
        database=context.database,
        operator=f"op-{role.value}",
        role=role,
        desk="protocol",
        clock=lambda: datetime(2025, 11, 17, 9, 0, tzinfo=UTC),
        day_override=day or date(2025, 11, 17),  # the day before: nobody has arrived yet
    )


@pytest.fixture
def officer(context: DeskContext) -> DeskContext:
    DemoService(context).create()
    return as_role(context, Role.SUPERVISOR)


def seat_of(plan: SeatingPlan, ref: str) -> str | None:
    return next((s.label for s in plan.seats if s.ref == ref), None)


def kinds(plan: SeatingPlan, ref: str) -> set[ConflictKind]:
    return {c.kind for c in plan.conflicts if c.ref == ref}


def principals(plan: SeatingPlan) -> list[tuple[str, str]]:
    """(label, ref) of the row-0 seats taken, in the seats' order of precedence."""
    return [
        (s.label, s.ref)
        for s in sorted(plan.seats, key=lambda s: s.order)
        if s.ref is not None and s.row == 0
    ]


def audit_actions(context: DeskContext) -> list[str]:
    with context.database.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_before_assignment_the_seats_are_empty_and_every_head_lacks_a_seat(
    officer: DeskContext,
) -> None:
    plan = SeatingService(officer).plan("GEN")
    assert plan.session == "GEN" and plan.seats
    assert all(s.ref is None for s in plan.seats)
    assert {c.ref for c in plan.conflicts if c.kind == ConflictKind.HEAD_WITHOUT_SEAT} >= HEADS
    assert sum(1 for s in plan.seats if s.chair) == 1


def test_automatic_assignment_puts_the_host_governor_in_the_chair_and_seats_every_head(
    officer: DeskContext,
) -> None:
    plan = SeatingService(officer).assign_auto("GEN")
    chair = next(s for s in plan.seats if s.chair)
    assert chair.ref == "GIL-001" and chair.order == 1 and chair.label == plan.room.chair
    seated = {s.ref for s in plan.seats if s.ref}
    assert seated >= HEADS
    assert not [c for c in plan.conflicts if c.kind != ConflictKind.NOT_ARRIVED]
    assert plan.people["GIL-001"].delegation_en
    assert "seating.assign" in audit_actions(officer)
    # Assigning again gives the same plan: precedence does not change from run to run.
    assert SeatingService(officer).assign_auto("GEN").seats == plan.seats


def test_a_drop_on_an_occupied_seat_swaps_and_the_swap_is_out_of_order(
    officer: DeskContext,
) -> None:
    service = SeatingService(officer)
    plan = service.assign_auto("GEN")
    (_chair, _), (first_label, first), (second_label, second) = principals(plan)[:3]
    moved = service.move("GEN", first, second_label)
    assert seat_of(moved, first) == second_label and seat_of(moved, second) == first_label
    assert ConflictKind.OUT_OF_ORDER in kinds(moved, first) | kinds(moved, second)
    assert audit_actions(officer)[-1] == "seating.move"
    # Moving back restores the order, with no conflict left.
    back = service.move("GEN", first, first_label)
    assert seat_of(back, first) == first_label and seat_of(back, second) == second_label
    assert not [c for c in back.conflicts if c.kind == ConflictKind.OUT_OF_ORDER]


def test_seating_someone_uninvited_unseats_the_occupant_and_both_are_conflicts(
    officer: DeskContext,
) -> None:
    service = SeatingService(officer)
    plan = service.assign_auto("GEN")
    label, occupant = next((lb, r) for lb, r in principals(plan) if r != "GIL-001")
    # Gilan's third member: the general panel invites only each delegation's first two.
    moved = service.move("GEN", "GIL-003", label)
    assert seat_of(moved, "GIL-003") == label and seat_of(moved, occupant) is None
    assert ConflictKind.NOT_INVITED in kinds(moved, "GIL-003")
    assert ConflictKind.HEAD_WITHOUT_SEAT in kinds(moved, occupant)


def test_locked_seats_keep_their_person_when_the_plan_is_assigned_again(
    officer: DeskContext,
) -> None:
    service = SeatingService(officer)
    plan = service.assign_auto("GEN")
    (_c, _), (a_label, a), (b_label, b) = principals(plan)[:3]
    service.move("GEN", a, b_label)
    service.lock("GEN", a_label)
    locked = service.lock("GEN", b_label)
    assert {s.label for s in locked.seats if s.locked} == {a_label, b_label}
    again = service.assign_auto("GEN")
    assert seat_of(again, a) == b_label and seat_of(again, b) == a_label
    with pytest.raises(SummitDeskError) as caught:
        service.move("GEN", "GIL-001", a_label)
    assert caught.value.code == "seating.locked"
    cleared = service.clear("GEN")
    assert {s.ref for s in cleared.seats if s.ref} == {a, b}
    service.unlock("GEN", a_label)
    service.unlock("GEN", b_label)
    restored = service.assign_auto("GEN")
    assert seat_of(restored, a) == a_label and seat_of(restored, b) == b_label
    actions = audit_actions(officer)
    assert {"seating.lock", "seating.unlock", "seating.clear"} <= set(actions)


def test_bad_seats_people_and_empty_locks_are_clear_refusals(officer: DeskContext) -> None:
    service = SeatingService(officer)
    with pytest.raises(NotFound) as caught:
        service.move("GEN", "GIL-001", "NO-SUCH-SEAT")
    assert caught.value.code == "seating.unknown_seat"
    empty = service.plan("GEN").seats[0].label
    with pytest.raises(NotFound):
        service.move("GEN", "NOBODY-1", empty)
    with pytest.raises(SummitDeskError) as locked:
        service.lock("GEN", empty)
    assert locked.value.code == "seating.empty_seat"
    with pytest.raises(NotFound):
        service.plan("PLENARY")


def test_the_desk_may_read_the_plan_but_only_a_supervisor_changes_it(
    officer: DeskContext,
) -> None:
    desk = SeatingService(as_role(officer, Role.DESK))
    assert desk.plan("GEN").seats
    for change in (
        lambda: desk.assign_auto("GEN"),
        lambda: desk.move("GEN", "GIL-001", "X"),
        lambda: desk.lock("GEN", "X"),
        lambda: desk.clear("GEN"),
    ):
        with pytest.raises(PermissionDenied):
            change()
    assert "seating.assign" not in audit_actions(officer)


def test_on_the_sessions_day_the_seated_who_have_not_arrived_are_flagged(
    officer: DeskContext,
) -> None:
    SeatingService(officer).assign_auto("GEN")
    on_the_day = as_role(officer, Role.SUPERVISOR, DAY1)
    plan = SeatingService(on_the_day).plan("GEN")
    assert ConflictKind.NOT_ARRIVED in kinds(plan, "MAZ-001")
    code = PeopleService(officer).badge_code("MAZ-001")
    assert DoorService(as_role(officer, Role.DESK, DAY1)).scan(code, "GEN").status == (
        CheckInStatus.CHECKED_IN
    )
    plan = SeatingService(on_the_day).plan("GEN")
    assert ConflictKind.NOT_ARRIVED not in kinds(plan, "MAZ-001")
    assert plan.people["MAZ-001"].arrived


def test_a_stored_set_up_rules_the_plan_and_the_door(officer: DeskContext) -> None:
    service = SeatingService(officer)
    room = service.plan("GEN").room.key
    rules = (
        f'room = "{room}"\n'
        "[invite]\n"
        'categories = ["HOD"]\n'
        'exclude = ["MAZ-001"]\n'
    )
    plan = service.set_up("GEN", rules)
    assert "MAZ-001" not in plan.people
    assert seat_of(service.assign_auto("GEN"), "MAZ-001") is None
    code = PeopleService(officer).badge_code("MAZ-001")
    door = DoorService(as_role(officer, Role.DESK, DAY1))
    assert door.scan(code, "GEN").status == CheckInStatus.NOT_INVITED
    assert "seating.set_up" in audit_actions(officer)


@pytest.mark.postgres
def test_assign_move_and_lock_on_postgresql(pg_database: Database) -> None:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    service = SeatingService(as_role(admin, Role.SUPERVISOR))
    plan = service.assign_auto("GEN")
    (_c, _), (a_label, a), (b_label, b) = principals(plan)[:3]
    service.move("GEN", a, b_label)
    service.lock("GEN", b_label)
    again = service.assign_auto("GEN")
    assert seat_of(again, a) == b_label and seat_of(again, b) == a_label


@pytest.mark.parametrize("code", ["OPEN", "GEN", "ECON", "TRANSIT", "ENV", "CLOSE"])
def test_the_door_and_the_plan_invite_the_same_people(officer: DeskContext, code: str) -> None:
    """The database's condition (door scans, the plan's query) is the domain's rule, person by
    person, for every demo session's rules."""
    from summit_desk.db import seating as seating_db
    from summit_desk.db.models import Delegation, Person
    from summit_desk.domain.precedence import is_invited
    from summit_desk.domain.rooms import rules_for

    rules = rules_for(code)
    assert rules is not None
    with officer.database.reader() as session:
        everyone = session.execute(
            select(Person.ref, Person.category_code, Delegation.code).join(
                Delegation, Delegation.id == Person.delegation_id
            )
        ).all()
        by_query = {p.ref for p in seating_db.invited_people(session, rules)}
    by_rule = {
        ref for ref, category, delegation in everyone
        if is_invited(rules, ref=ref, category=category, delegation=delegation)
    }  # fmt: skip
    assert by_query == by_rule
    assert by_rule, f"{code} invites somebody"
