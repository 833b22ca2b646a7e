"""Queries of the panel doors: who entered a session, and counts per session.

A session entry is a ``session_entry`` line of the append-only check-in journal naming the
session; an entry that a later ``undo`` names no longer counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement

from summit_desk.db.models import CheckIn, Delegation, Person, ProgrammeSession
from summit_desk.domain.values import CheckInKind


@dataclass(frozen=True, slots=True)
class Holder:
    """What a door needs to know of a badge's holder to decide whether they may enter."""

    id: int
    ref: str
    category: str
    delegation: str  # delegation code


def holder(session: Session, person_id: int) -> Holder:
    ref, category, delegation = session.execute(
        select(Person.ref, Person.category_code, Delegation.code)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .where(Person.id == person_id)
    ).one()
    return Holder(person_id, ref, category, delegation)


def lock_person(session: Session, person_id: int) -> None:
    """Serialise two doors (or a door and the desk) scanning the same person at once.

    SQLite's BEGIN IMMEDIATE already holds the write lock; PostgreSQL locks the person's row, so
    the second scan waits and then sees the first one's entry.
    """
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Person.id).where(Person.id == person_id).with_for_update())


def _not_undone() -> ColumnElement[bool]:
    undo = aliased(CheckIn)
    return ~(
        select(undo.id).where(undo.kind == CheckInKind.UNDO, undo.undoes == CheckIn.uuid).exists()
    )


def first_entry(session: Session, person_id: int, session_id: int) -> CheckIn | None:
    """The person's first entry into the session that no undo cancelled, if any."""
    return session.scalars(
        select(CheckIn)
        .where(
            CheckIn.kind == CheckInKind.SESSION_ENTRY,
            CheckIn.person_id == person_id,
            CheckIn.session_id == session_id,
            _not_undone(),
        )
        .order_by(CheckIn.at, CheckIn.id)
        .limit(1)
    ).first()


def entered_ids(session: Session, session_id: int) -> set[int]:
    """The people who have entered the session."""
    return set(
        session.scalars(
            select(CheckIn.person_id)
            .where(
                CheckIn.kind == CheckInKind.SESSION_ENTRY,
                CheckIn.session_id == session_id,
                _not_undone(),
            )
            .distinct()
        )
    )


def entries_per_session(session: Session) -> list[tuple[str, str, str, int]]:
    """(code, Persian name, English name, people who entered) for every session, in the
    programme's order."""
    entered = (
        select(
            CheckIn.session_id.label("session_id"),
            func.count(func.distinct(CheckIn.person_id)).label("people"),
        )
        .where(CheckIn.kind == CheckInKind.SESSION_ENTRY, _not_undone())
        .group_by(CheckIn.session_id)
        .subquery("entered")
    )
    rows = session.execute(
        select(
            ProgrammeSession.code,
            ProgrammeSession.name_fa,
            ProgrammeSession.name_en,
            func.coalesce(entered.c.people, 0),
        )
        .outerjoin(entered, entered.c.session_id == ProgrammeSession.id)
        .order_by(ProgrammeSession.day_id, ProgrammeSession.starts, ProgrammeSession.code)
    ).all()
    return [(code, fa, en, int(n)) for code, fa, en, n in rows]


def entry_undone(session: Session, entry_uuid: object) -> bool:
    """Whether a later line of the journal undid the entry ``entry_uuid``."""
    return (
        session.scalar(
            select(CheckIn.id).where(CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes == entry_uuid)
        )
        is not None
    )


def latest_entries(
    session: Session, session_id: int, limit: int
) -> list[tuple[str, int, datetime, str]]:
    """(entry uuid, person id, at, door) of the newest entries into the session that no undo
    cancelled, newest first."""
    rows = session.execute(
        select(CheckIn.uuid, CheckIn.person_id, CheckIn.at, CheckIn.desk)
        .where(
            CheckIn.kind == CheckInKind.SESSION_ENTRY,
            CheckIn.session_id == session_id,
            _not_undone(),
        )
        .order_by(CheckIn.at.desc(), CheckIn.id.desc())
        .limit(limit)
    ).all()
    return [(str(u), pid, at, desk) for u, pid, at, desk in rows]
