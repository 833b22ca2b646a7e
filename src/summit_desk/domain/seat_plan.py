"""A seating plan from an order of precedence, and what is wrong with a plan an officer edited.

``assign`` fills a room's seats in their order of precedence (``rooms.seat_order``) with the
principals in theirs, keeping every locked seat as the officer left it; advisers and interpreters
take the seat behind their head. ``conflicts`` lists what the Seating page warns about.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from summit_desk.domain.precedence import PrecedenceOrder
from summit_desk.domain.rooms import seat_order
from summit_desk.domain.seating import (
    ConflictKind,
    Room,
    RoomSeat,
    SeatAssignment,
    SeatingConflict,
)

_NOTHING_LOCKED: Mapping[str, str] = MappingProxyType({})


def assign(
    room: Room, order: PrecedenceOrder, locked: Mapping[str, str] = _NOTHING_LOCKED
) -> tuple[SeatAssignment, ...]:
    """Every seat of ``room`` in order of precedence with who sits there.

    ``locked`` maps a seat's label to the ref that keeps it ("" keeps it empty); the others are
    filled afresh: principals in ``order`` at the seats not behind the table, then each adviser
    or interpreter behind their head (else the nearest free seat behind the table, else the
    first free seat). People the room has no seat for stay unseated.
    """
    labels = seat_order(room)
    seats = {s.label: s for s in room.seats}
    taken = {label: ref for label, ref in locked.items() if label in seats}
    placed = set(taken.values())
    free = [label for label in labels if label not in taken and not seats[label].behind]
    for ref, label in zip((r for r in order.principals if r not in placed), free, strict=False):
        taken[label] = ref
    where = {ref: label for label, ref in taken.items() if ref}
    for ref, head in order.behind:
        if ref in placed:
            continue
        spot = _seat_behind(labels, seats, taken, where.get(head))
        if spot is not None:
            taken[spot] = ref
    return tuple(
        SeatAssignment(
            label=label,
            order=position,
            row=seats[label].row,
            ref=taken.get(label) or None,
            locked=label in locked,
            chair=label == room.chair,
        )
        for position, label in enumerate(labels, start=1)
    )


def _seat_behind(
    labels: Sequence[str], seats: Mapping[str, RoomSeat], taken: Mapping[str, str], head: str | None
) -> str | None:
    behind = [label for label in labels if seats[label].behind and label not in taken]
    if head is not None:
        for label in behind:
            if seats[label].behind == head:
                return label
        front = seats[head]
        nearest = sorted(
            behind,
            key=lambda label: math.dist((seats[label].x, seats[label].y), (front.x, front.y)),
        )
        if nearest:
            return nearest[0]
    if behind:
        return behind[0]
    return next((label for label in labels if label not in taken), None)


def conflicts(
    room: Room,
    seats: Sequence[SeatAssignment],
    *,
    invited: set[str],
    heads: set[str],
    arrived: set[str] | None,
    expected: PrecedenceOrder,
) -> tuple[SeatingConflict, ...]:
    """What is wrong with a plan: someone seated twice, seated but not invited or (when
    ``arrived`` is given) not arrived, a head of delegation without a seat, and principals
    seated out of the rules' order."""
    by_ref: dict[str, list[str]] = {}
    for seat in sorted(seats, key=lambda s: s.order):
        if seat.ref is not None:
            by_ref.setdefault(seat.ref, []).append(seat.label)
    found = [
        SeatingConflict(ConflictKind.SEATED_TWICE, ref, tuple(labels))
        for ref, labels in by_ref.items()
        if len(labels) > 1
    ]
    found += [
        SeatingConflict(ConflictKind.NOT_INVITED, ref, tuple(labels))
        for ref, labels in by_ref.items()
        if ref not in invited
    ]
    if arrived is not None:
        found += [
            SeatingConflict(ConflictKind.NOT_ARRIVED, ref, tuple(labels))
            for ref, labels in by_ref.items()
            if ref not in arrived
        ]
    rank = {ref: i for i, ref in enumerate(expected.refs)}
    unseated = sorted(heads - set(by_ref), key=lambda ref: (rank.get(ref, len(rank)), ref))
    found += [SeatingConflict(ConflictKind.HEAD_WITHOUT_SEAT, ref) for ref in unseated]
    found += [
        SeatingConflict(ConflictKind.OUT_OF_ORDER, ref, (by_ref[ref][0],))
        for ref in _out_of_order(by_ref, expected.principals)
    ]
    return tuple(found)


def _out_of_order(by_ref: Mapping[str, list[str]], principals: Sequence[str]) -> list[str]:
    """The principals who must move for the seated ones to follow the expected order.

    ``by_ref`` lists the seated in seat order. The principals on every longest run that keeps
    the expected order are in place; anyone else is out of order. Two people swapped are both
    flagged (either could move); one person locked away from their place is flagged alone.
    """
    rank = {ref: i for i, ref in enumerate(principals)}
    refs = [ref for ref in by_ref if ref in rank]  # in the order of their first seat
    ranks = [rank[ref] for ref in refs]
    count = len(ranks)
    ending = [1] * count  # the longest increasing run ending at each person
    starting = [1] * count  # and starting there
    for i in range(count):
        ending[i] += max((ending[j] for j in range(i) if ranks[j] < ranks[i]), default=0)
    for i in reversed(range(count)):
        starting[i] += max(
            (starting[j] for j in range(i + 1, count) if ranks[j] > ranks[i]), default=0
        )
    longest = max(ending, default=0)
    on_a_run = [ending[i] + starting[i] - 1 == longest for i in range(count)]
    steps = [ending[i] for i in range(count) if on_a_run[i]]
    return [refs[i] for i in range(count) if not (on_a_run[i] and steps.count(ending[i]) == 1)]
