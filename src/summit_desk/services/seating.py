"""Protocol seating of a session: the plan from the office's rules, automatic assignment that
keeps locked seats, moves (a drop on an occupied seat swaps), locks, and conflicts.

The rules and the room are data (``domain/rooms.py`` reads them); the order of precedence and
the assignment are ``domain/precedence.py`` and ``domain/seat_plan.py``; this service reads
and writes the seats, checks the operator's role and writes every change to the audit log.
A session's rules come from its stored set-up (the officer's TOML kept in the database), else
from ``resources/seating/<SESSION>.toml``; a session with neither has no seating.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from summit_desk.db import seating as repo
from summit_desk.domain.errors import NotFound, SummitDeskError
from summit_desk.domain.seating import (
    PrecedencePerson,
    Room,
    SeatAssignment,
    SeatingPlan,
    SeatingRules,
)
from summit_desk.domain.values import Role, SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService

if TYPE_CHECKING:
    from summit_desk.domain.precedence import PrecedenceOrder

HEAD = "HOD"


def session_rules(session: Session, programme: SessionInfo) -> SeatingRules | None:
    """The office's rules for a session: its stored set-up, else the resources' file."""
    stored = repo.setup(session, programme.id)
    if stored is not None and stored.rules_toml.strip():
        return parse_rules(stored.rules_toml, programme.code)
    from summit_desk.domain.rooms import rules_for

    return rules_for(programme.code)


def parse_rules(text: str, code: str) -> SeatingRules:
    """Rules from TOML text, through the same loader (and the same errors) as a file's: the
    messages name ``<SESSION>.toml`` and the key, as they would for the officer's own file."""
    from summit_desk.domain.rooms import load_rules

    return load_rules(Path(f"{code}.toml"), text)


class SeatingService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    # --- reading -------------------------------------------------------------------------
    def session(self, key: str) -> SessionInfo:
        return EventService(self.context).session(key)

    def plan(self, session_key: str) -> SeatingPlan:
        """The session's plan as stored: every seat of the room, who sits there, conflicts."""
        programme = self.session(session_key)
        with self.context.database.reader() as session:
            return self._plan(session, programme)

    # --- changing (a supervisor's work) --------------------------------------------------
    def set_up(self, session_key: str, rules_toml: str, room_key: str = "") -> SeatingPlan:
        """Keep the officer's rules (and, if given, another room) for the session."""
        self.context.require(Role.SUPERVISOR, "action.seating")
        programme = self.session(session_key)
        rules = parse_rules(rules_toml, programme.code)
        chosen = room_key or rules.room
        _room(chosen)  # refuse a room that does not load before anything is kept
        with self.context.database.writer() as session, session.begin():
            _lock_session(session, programme.id)
            repo.save_setup(
                session,
                programme.id,
                room=chosen,
                rules_toml=rules_toml,
                by=self.context.operator,
                at=self.context.now(),
            )
            self.context.audit(session, "seating.set_up", programme.code, room=chosen)
            return self._plan(session, programme)

    def assign_auto(self, session_key: str) -> SeatingPlan:
        """Seat everyone the rules invite in order of precedence; locked seats keep their
        person."""
        from summit_desk.domain.seat_plan import assign

        self.context.require(Role.SUPERVISOR, "action.seating")
        programme = self.session(session_key)
        with self.context.database.writer() as session, session.begin():
            _lock_session(session, programme.id)
            room, _people, order = self._order(session, programme)
            stored = repo.seats(session, programme.id)
            locked = {label: ref for label, ref, is_locked in stored if is_locked}
            assigned = assign(room, order, locked)
            self._write(session, programme, room, assigned, set(locked))
            self.context.audit(
                session,
                "seating.assign",
                programme.code,
                seated=sum(1 for a in assigned if a.ref),
                locked=sorted(locked),
            )
            return self._plan(session, programme)

    def move(self, session_key: str, ref: str, label: str) -> SeatingPlan:
        """Seat ``ref`` at ``label``; its occupant, if any, takes ``ref``'s old seat (a swap),
        or is unseated when ``ref`` had none."""
        self.context.require(Role.SUPERVISOR, "action.seating")
        programme = self.session(session_key)
        with self.context.database.writer() as session, session.begin():
            _lock_session(session, programme.id)
            room = self._room_of(session, programme)
            _check_label(room, label)
            if not repo.person_ids(session, [ref]):
                raise NotFound("person.unknown", ref=ref)
            current = {lb: (r, lk) for lb, r, lk in repo.seats(session, programme.id)}
            source = next((lb for lb, (r, _lk) in current.items() if r == ref), None)
            occupant, target_locked = current.get(label, (None, False))
            if occupant == ref:
                return self._plan(session, programme)
            source_locked = current[source][1] if source is not None else False
            for seat, locked in ((label, target_locked), (source, source_locked)):
                if seat and locked:
                    raise SummitDeskError("seating.locked", label=seat)
            seated = {lb: r for lb, (r, _lk) in current.items()}
            if source is not None:
                del seated[source]
                if occupant is not None:
                    seated[source] = occupant
            seated[label] = ref
            locks = {lb for lb, (_r, lk) in current.items() if lk}
            self._write_refs(session, programme, room, seated, locks)
            self.context.audit(
                session,
                "seating.move",
                programme.code,
                ref=ref,
                seat=label,
                came_from=source,
                swapped_with=occupant if source is not None else None,
                unseated=occupant if source is None else None,
            )
            return self._plan(session, programme)

    def lock(self, session_key: str, label: str) -> SeatingPlan:
        return self._set_lock(session_key, label, True)

    def unlock(self, session_key: str, label: str) -> SeatingPlan:
        return self._set_lock(session_key, label, False)

    def clear(self, session_key: str) -> SeatingPlan:
        """Empty every seat that is not locked."""
        self.context.require(Role.SUPERVISOR, "action.seating")
        programme = self.session(session_key)
        with self.context.database.writer() as session, session.begin():
            _lock_session(session, programme.id)
            room = self._room_of(session, programme)
            kept = {lb: r for lb, r, lk in repo.seats(session, programme.id) if lk}
            self._write_refs(session, programme, room, kept, set(kept))
            self.context.audit(session, "seating.clear", programme.code, kept=sorted(kept))
            return self._plan(session, programme)

    # --- inside ----------------------------------------------------------------------------
    def _set_lock(self, session_key: str, label: str, locked: bool) -> SeatingPlan:
        self.context.require(Role.SUPERVISOR, "action.seating")
        programme = self.session(session_key)
        with self.context.database.writer() as session, session.begin():
            _lock_session(session, programme.id)
            room = self._room_of(session, programme)
            _check_label(room, label)
            rows = repo.seat_rows(session, programme.id)
            if label not in rows:
                raise SummitDeskError("seating.empty_seat", label=label)
            rows[label].locked = locked
            session.flush()
            action = "seating.lock" if locked else "seating.unlock"
            self.context.audit(session, action, programme.code, seat=label)
            return self._plan(session, programme)

    def _rules(self, session: Session, programme: SessionInfo) -> SeatingRules:
        rules = session_rules(session, programme)
        if rules is None:
            raise NotFound("seating.no_room", session=programme.code)
        return rules

    def _room_of(self, session: Session, programme: SessionInfo) -> Room:
        stored = repo.setup(session, programme.id)
        if stored is not None and stored.room:
            return _room(stored.room)
        return _room(self._rules(session, programme).room)

    def _order(
        self, session: Session, programme: SessionInfo
    ) -> tuple[Room, list[PrecedencePerson], PrecedenceOrder]:
        """The room, everyone the rules invite, and their order of precedence."""
        from summit_desk.domain.precedence import precedence_order

        rules = self._rules(session, programme)
        room = self._room_of(session, programme)
        people = repo.invited_people(session, rules)
        return room, people, precedence_order(people, rules, rules.presiding or None)

    def _write(
        self,
        session: Session,
        programme: SessionInfo,
        room: Room,
        assigned: tuple[SeatAssignment, ...],
        locks: set[str],
    ) -> None:
        seated = {a.label: a.ref for a in assigned if a.ref is not None}
        self._write_refs(session, programme, room, seated, locks)

    def _write_refs(
        self,
        session: Session,
        programme: SessionInfo,
        room: Room,
        seated: Mapping[str, str],
        locks: set[str],
    ) -> None:
        ids = repo.person_ids(session, seated.values())
        labels = {s.label: s for s in room.seats}
        repo.replace_seats(
            session,
            programme.id,
            [
                (label, ids[ref], labels[label].row if label in labels else 0, label in locks)
                for label, ref in sorted(seated.items())
                if ref in ids
            ],
        )

    def _plan(self, session: Session, programme: SessionInfo) -> SeatingPlan:
        from summit_desk.domain.rooms import seat_order
        from summit_desk.domain.seat_plan import conflicts

        room, people, order = self._order(session, programme)
        stored = {label: (ref, locked) for label, ref, locked in repo.seats(session, programme.id)}
        seats = tuple(
            SeatAssignment(
                label=label,
                order=number,
                row=room.seat(label).row,
                ref=stored.get(label, (None, False))[0],
                locked=stored.get(label, (None, False))[1],
                chair=label == room.chair,
            )
            for number, label in enumerate(seat_order(room), start=1)
        )
        invited = {p.ref for p in people}
        heads = {p.ref for p in people if p.category == HEAD}
        arrived = repo.arrived_refs(session, programme.id, programme.day)
        # Before the session's day nobody has arrived yet: "not arrived" would flag everyone.
        started = self.context.today() >= programme.day
        found = conflicts(
            room,
            seats,
            invited=invited,
            heads=heads,
            arrived=arrived if started else None,
            expected=order,
        )
        refs = invited | {s.ref for s in seats if s.ref is not None}
        return SeatingPlan(
            session=programme.code,
            session_fa=programme.name_fa,
            session_en=programme.name_en,
            room=room,
            seats=seats,
            people=repo.seated_people(session, refs, arrived),
            conflicts=found,
        )


def _room(key: str) -> Room:
    from summit_desk.domain.rooms import room

    return room(key)


def _check_label(room: Room, label: str) -> None:
    if all(s.label != label for s in room.seats):
        raise NotFound("seating.unknown_seat", room=room.key, label=label)


def _lock_session(session: Session, session_id: int) -> None:
    """Serialise two desks editing one session's seats (SQLite: BEGIN IMMEDIATE already)."""
    repo.lock_programme_session(session, session_id)
