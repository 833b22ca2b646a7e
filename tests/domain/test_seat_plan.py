"""Seating the general panel: the automatic plan, locks that survive it, and each conflict."""

from __future__ import annotations

from dataclasses import replace

import pytest

from summit_desk.domain.precedence import PrecedenceOrder, precedence_order
from summit_desk.domain.rooms import room, rules_for
from summit_desk.domain.seat_plan import assign, conflicts
from summit_desk.domain.seating import ConflictKind, SeatAssignment, SeatingConflict, SeatingRules
from tests.domain.test_precedence import EVENT, demo_people

KHAZAR = room("khazar-hall")


def general_panel() -> tuple[SeatingRules, PrecedenceOrder]:
    rules = rules_for("GEN")
    assert rules is not None
    return rules, precedence_order(demo_people(), rules)


def seated(seats: tuple[SeatAssignment, ...]) -> dict[str, str]:
    return {s.label: s.ref for s in seats if s.ref is not None}


def put(
    seats: tuple[SeatAssignment, ...], label: str, ref: str | None
) -> tuple[SeatAssignment, ...]:
    return tuple(replace(s, ref=ref) if s.label == label else s for s in seats)


def problems(
    seats: tuple[SeatAssignment, ...], order: PrecedenceOrder, arrived: set[str] | None = None
) -> tuple[SeatingConflict, ...]:
    heads = {p.ref for p in demo_people() if p.category == "HOD"}
    return conflicts(
        KHAZAR, seats, invited=set(order.refs), heads=heads, arrived=arrived, expected=order
    )


def test_the_host_governor_presides_and_the_guests_alternate_from_his_right() -> None:
    _, order = general_panel()
    seats = assign(KHAZAR, order)
    at = seated(seats)
    assert [at[label] for label in ("A8", "A7", "A9", "A6", "A10", "A5", "A11")] == [
        "GIL-001", "MAZ-001", "GOL-001", "HRM-001", "SIB-001", "BLK-001", "BAK-001",
    ]  # fmt: skip
    assert at["A1"] == "ATY-001"  # the fourteenth, at the far end on the chair's right
    chair = [s for s in seats if s.chair]
    assert [(s.label, s.order, s.ref) for s in chair] == [("A8", 1, "GIL-001")]
    # Each deputy behind their governor; the ministers in the middle of the hall's front row.
    assert (at["B8"], at["B7"], at["B1"]) == ("GIL-002", "MAZ-002", "ATY-002")
    assert (at["C6"], at["C7"], at["C5"]) == ("GOV-001", "GOV-002", "GOV-003")
    assert [s.order for s in seats] == list(range(1, len(KHAZAR.seats) + 1))
    assert len(seated(seats)) == len(order.refs)  # everyone invited has a seat
    assert problems(seats, order) == ()


def test_a_locked_seat_keeps_its_person_through_reassignment() -> None:
    _, order = general_panel()
    locked = {"A7": "ATY-001", "C6": ""}  # an officer's choice, and a seat kept empty
    seats = assign(KHAZAR, order, locked)
    at = seated(seats)
    assert at["A7"] == "ATY-001"
    assert "C6" not in at
    assert {s.label for s in seats if s.locked} == {"A7", "C6"}
    assert (at["A9"], at["A6"]) == ("MAZ-001", "GOL-001")  # the others follow in order
    assert at["B7"] == "ATY-002"  # the deputy follows their governor
    assert at["C7"] == "GOV-001"
    assert list(at.values()).count("ATY-001") == 1
    assert assign(KHAZAR, order, locked) == seats  # again: the same plan
    # The officer's lock is reported as out of the rules' order, and only it.
    found = problems(seats, order)
    assert found == (SeatingConflict(ConflictKind.OUT_OF_ORDER, "ATY-001", ("A7",)),)


def test_an_adviser_whose_seat_is_taken_sits_in_the_nearest_free_seat_behind() -> None:
    _, order = general_panel()
    at = seated(assign(KHAZAR, order, {"B7": "SCT-012"}))
    assert at["B7"] == "SCT-012"
    assert at["B6"] == "MAZ-002"  # B6 is the nearest free seat to A7 once B8 is GIL-002's


def test_an_interpreter_with_no_head_sits_in_the_first_free_seat_behind() -> None:
    rules, _ = general_panel()
    alone = precedence_order(demo_people(), replace(rules, invite_refs=("SCT-020",)))
    assert alone.behind == (("SCT-020", ""),)
    assert seated(assign(KHAZAR, alone))["B8"] == "SCT-020"  # behind the chair: first in order
    # With every seat behind the table taken by the deputies, the first free seat left: the
    # 40 principals in the hall fill rows C, D, E and F6, F7, F5, F8.
    full = precedence_order(
        demo_people(), replace(rules, invite_refs=(*rules.invite_refs, "SCT-020"))
    )
    assert seated(assign(KHAZAR, full))["F4"] == "SCT-020"


def test_people_beyond_the_seats_stay_unseated_and_a_head_without_a_seat_is_a_conflict() -> None:
    _, order = general_panel()
    boardroom = room("anzali-hall")  # 14 seats for 54 principals
    seats = assign(boardroom, order)
    assert [s.ref for s in seats] == list(order.principals[:14])
    heads = {p.ref for p in demo_people() if p.category == "HOD"}
    assert conflicts(
        boardroom, seats, invited=set(order.refs), heads=heads, arrived=None, expected=order
    ) == ()  # fmt: skip
    fewer = put(seats, "D1", None)  # ATY-001, the fourteenth head, loses the last seat
    assert conflicts(
        boardroom, fewer, invited=set(order.refs), heads=heads, arrived=None, expected=order
    ) == (SeatingConflict(ConflictKind.HEAD_WITHOUT_SEAT, "ATY-001"),)


def test_someone_seated_twice() -> None:
    _, order = general_panel()
    seats = put(assign(KHAZAR, order), "F12", "GIL-001")
    assert SeatingConflict(ConflictKind.SEATED_TWICE, "GIL-001", ("A8", "F12")) in problems(
        seats, order
    )


def test_someone_not_invited() -> None:
    _, order = general_panel()
    seats = put(assign(KHAZAR, order), "F12", "PRS-001")
    assert problems(seats, order) == (
        SeatingConflict(ConflictKind.NOT_INVITED, "PRS-001", ("F12",)),
    )


def test_someone_not_arrived_only_when_arrivals_are_known() -> None:
    _, order = general_panel()
    seats = assign(KHAZAR, order)
    arrived = set(order.refs) - {"KAL-001"}
    assert problems(seats, order, arrived) == (
        SeatingConflict(ConflictKind.NOT_ARRIVED, "KAL-001", ("A2",)),
    )
    assert problems(seats, order, None) == ()


def test_two_governors_swapped_are_both_out_of_order() -> None:
    _, order = general_panel()
    seats = put(put(assign(KHAZAR, order), "A7", "GOL-001"), "A9", "MAZ-001")
    assert problems(seats, order) == (
        SeatingConflict(ConflictKind.OUT_OF_ORDER, "GOL-001", ("A7",)),  # in seat order
        SeatingConflict(ConflictKind.OUT_OF_ORDER, "MAZ-001", ("A9",)),
    )


def test_a_deputy_moved_above_a_governor_is_out_of_order() -> None:
    _, order = general_panel()
    # A minister at the head table and the governor of Atyrau sent to the minister's seat.
    seats = put(put(assign(KHAZAR, order), "A1", "GOV-001"), "C6", "ATY-001")
    found = problems(seats, order)
    assert {c.kind for c in found} == {ConflictKind.OUT_OF_ORDER}
    assert {c.ref for c in found} == {"GOV-001", "ATY-001"}


@pytest.mark.parametrize("session", [s["code"] for s in EVENT["sessions"]])
def test_every_demo_session_seats_everyone_it_invites_in_order(session: str) -> None:
    rules = rules_for(session)
    assert rules is not None
    the_room = room(rules.room)
    order = precedence_order(demo_people(), rules)
    seats = assign(the_room, order)
    assert sorted(seated(seats).values()) == sorted(order.refs)
    assert seated(seats)[the_room.chair] == order.presiding
    heads = {p.ref for p in demo_people() if p.category == "HOD" and p.ref in order.refs}
    assert conflicts(
        the_room, seats, invited=set(order.refs), heads=heads, arrived=None, expected=order
    ) == ()  # fmt: skip
