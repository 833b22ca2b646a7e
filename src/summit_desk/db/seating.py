"""Queries of protocol seating: who a session's rules invite, its seats (with their locks), its
set-up (the room and the office's rules), and the heads of delegation precedence depends on."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from sqlalchemy import and_, delete, false, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from summit_desk.db.door import entered_ids
from summit_desk.db.models import (
    Country,
    Delegation,
    Person,
    ProgrammeSession,
    Seat,
    SeatingSetup,
)
from summit_desk.db.people import arrival_subquery, person_name
from summit_desk.domain.seating import PrecedencePerson, SeatedPerson, SeatingRules

HEAD = "HOD"


def invited_condition(rules: SeatingRules) -> ColumnElement[bool]:
    """Who the rules invite, as a condition on ``Person`` joined with its ``Delegation``: the
    same rule as ``domain.precedence.is_invited`` (whole categories, whole delegations and named
    people, minus the excluded), so that the door and the plan agree on who belongs."""
    invited: list[ColumnElement[bool]] = []
    if rules.invite_refs:
        invited.append(Person.ref.in_(rules.invite_refs))
    if rules.invite_categories:
        invited.append(Person.category_code.in_(rules.invite_categories))
    if rules.invite_delegations:
        invited.append(Delegation.code.in_(rules.invite_delegations))
    condition = or_(*invited) if invited else false()
    if rules.exclude_refs:
        condition = and_(condition, Person.ref.not_in(rules.exclude_refs))
    return condition


def is_invited(session: Session, rules: SeatingRules, person_id: int) -> bool:
    return (
        session.scalar(
            select(Person.id)
            .join(Delegation, Delegation.id == Person.delegation_id)
            .where(Person.id == person_id, invited_condition(rules))
        )
        is not None
    )


def _sort_name(p: Person) -> str:
    fa = " ".join(x for x in (p.family_name_fa, p.given_name_fa) if x)
    latin = " ".join(x for x in (p.family_name_latin, p.given_name_latin) if x)
    return fa or latin or p.name_native or p.ref


def invited_people(session: Session, rules: SeatingRules) -> list[PrecedencePerson]:
    """What precedence needs to know of everyone the rules invite."""
    rows = session.execute(
        select(Person, Delegation, Country)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .where(invited_condition(rules))
        .order_by(Person.ref)
    ).all()
    return [
        PrecedencePerson(
            ref=p.ref,
            category=p.category_code,
            delegation=d.code,
            delegation_order=d.order,
            delegation_host=d.host,
            country=c.code if c else None,
            country_fa=c.name_fa if c else "",
            country_en=c.name_en if c else "",
            country_host=c.host if c else False,
            rank=p.rank,
            precedence_date=p.precedence_date,
            sort_name=_sort_name(p),
        )
        for p, d, c in rows
    ]


def seated_people(
    session: Session, refs: Iterable[str], arrived: set[str]
) -> dict[str, SeatedPerson]:
    """The people of ``refs`` as the printouts show them."""
    wanted = sorted(set(refs))
    if not wanted:
        return {}
    rows = session.execute(
        select(Person, Delegation, Country)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .where(Person.ref.in_(wanted))
    ).all()
    return {
        p.ref: SeatedPerson(
            ref=p.ref,
            name=person_name(p),
            category=p.category_code,
            delegation_fa=d.name_fa,
            delegation_en=d.name_en,
            country_fa=c.name_fa if c else "",
            country_en=c.name_en if c else "",
            arrived=p.ref in arrived,
        )
        for p, d, c in rows
    }


def arrived_refs(session: Session, session_id: int, day: date) -> set[str]:
    """Who is here: arrived at the desk that day, or entered the session at its door."""
    first = arrival_subquery(day)
    at_desk = set(session.scalars(select(Person.ref).join(first, first.c.person_id == Person.id)))
    entered = entered_ids(session, session_id)
    if not entered:
        return at_desk
    at_door = session.scalars(select(Person.ref).where(Person.id.in_(sorted(entered))))
    return at_desk | set(at_door)


def person_ids(session: Session, refs: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(refs))
    if not wanted:
        return {}
    return dict(session.execute(select(Person.ref, Person.id).where(Person.ref.in_(wanted))).all())


def seats(session: Session, session_id: int) -> list[tuple[str, str, bool]]:
    """(label, ref, locked) of every occupied seat of the session."""
    rows = session.execute(
        select(Seat.label, Person.ref, Seat.locked)
        .join(Person, Person.id == Seat.person_id)
        .where(Seat.session_id == session_id)
        .order_by(Seat.label)
    ).all()
    return [(label, ref, bool(locked)) for label, ref, locked in rows]


def seat_rows(session: Session, session_id: int, *, lock: bool = False) -> dict[str, Seat]:
    """The session's seat rows by label; ``lock`` holds them against another desk's edit."""
    statement = select(Seat).where(Seat.session_id == session_id)
    if lock and session.get_bind().dialect.name != "sqlite":
        statement = statement.with_for_update()
    return {s.label: s for s in session.scalars(statement)}


def replace_seats(
    session: Session,
    session_id: int,
    placed: Sequence[tuple[str, int, int, bool]],
) -> None:
    """Write the session's seats anew: (label, person id, row, locked) for each occupied seat.

    The old rows go first, so that a person moving seat never meets themselves in the
    (session, person) and (session, label) unique constraints.
    """
    session.execute(delete(Seat).where(Seat.session_id == session_id))
    session.flush()
    for number, (label, person_id, row, locked) in enumerate(placed, start=1):
        session.add(
            Seat(
                session_id=session_id,
                person_id=person_id,
                label=label,
                row=row,
                number=number,
                locked=locked,
            )
        )
    session.flush()


def setup(session: Session, session_id: int) -> SeatingSetup | None:
    return session.scalars(
        select(SeatingSetup).where(SeatingSetup.session_id == session_id)
    ).first()


def save_setup(
    session: Session, session_id: int, *, room: str, rules_toml: str, by: str, at: datetime
) -> None:
    row = setup(session, session_id)
    if row is None:
        row = SeatingSetup(session_id=session_id)
        session.add(row)
    row.room, row.rules_toml, row.updated_by, row.updated_at = room, rules_toml, by, at
    session.flush()


def heads(session: Session, delegation_ids: Iterable[int]) -> Mapping[int, list[str]]:
    """The refs of each delegation's heads (precedence wants exactly one)."""
    wanted = sorted(set(delegation_ids))
    found: dict[int, list[str]] = {}
    if not wanted:
        return found
    for delegation_id, ref in session.execute(
        select(Person.delegation_id, Person.ref)
        .where(Person.category_code == HEAD, Person.delegation_id.in_(wanted))
        .order_by(Person.ref)
    ):
        found.setdefault(delegation_id, []).append(ref)
    return found


def lock_programme_session(session: Session, session_id: int) -> None:
    """Serialise two desks editing one session's seats (SQLite: BEGIN IMMEDIATE already)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(
            select(ProgrammeSession.id).where(ProgrammeSession.id == session_id).with_for_update()
        )


def invited_ids(session: Session, rules: SeatingRules) -> set[int]:
    """The people the rules invite (the door's and the attendance export's count)."""
    return set(
        session.scalars(
            select(Person.id)
            .join(Delegation, Delegation.id == Person.delegation_id)
            .where(invited_condition(rules))
        )
    )
