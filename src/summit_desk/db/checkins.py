"""Queries about the check-in journal: entries, each day's arrivals, and the whole journal."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from summit_desk.db.models import Category, CheckIn, Person
from summit_desk.domain.values import CheckInKind


def entry(session: Session, entry_uuid: uuid.UUID) -> CheckIn | None:
    return session.scalars(select(CheckIn).where(CheckIn.uuid == entry_uuid)).first()


def notify_on_arrival(session: Session, person_id: int) -> bool:
    """Whether protocol wants to know when this person (by their category) arrives."""
    return bool(
        session.scalar(
            select(Category.notify_on_arrival)
            .join(Person, Person.category_code == Category.code)
            .where(Person.id == person_id)
        )
    )


def arrivals(session: Session, day: date) -> Sequence[Any]:
    """(person id, at, desk) of every arrival on ``day`` that was not undone, by person and time.

    The undone entries are one uncorrelated set, looked at once: a check per arrival (as
    ``NOT EXISTS``) would scan the journal for each of them, which SQLite does without an index
    on ``undoes``.
    """
    undone = select(CheckIn.undoes).where(
        CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes.is_not(None)
    )
    return session.execute(
        select(CheckIn.person_id, CheckIn.at, CheckIn.desk)
        .where(
            CheckIn.kind == CheckInKind.ARRIVAL,
            CheckIn.day == day,
            CheckIn.uuid.not_in(undone),
        )
        .order_by(CheckIn.person_id, CheckIn.at)
    ).all()


def notified_arrivals(session: Session, day: date, limit: int) -> Sequence[Any]:
    """(uuid, person id, at, desk) of the arrivals on ``day``, at every desk, of the people
    protocol is told about (their category's ``notify_on_arrival``) and not undone, newest
    first, at most ``limit``."""
    undone = select(CheckIn.undoes).where(
        CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes.is_not(None)
    )
    return session.execute(
        select(CheckIn.uuid, CheckIn.person_id, CheckIn.at, CheckIn.desk)
        .join(Person, Person.id == CheckIn.person_id)
        .join(Category, Category.code == Person.category_code)
        .where(
            CheckIn.kind == CheckInKind.ARRIVAL,
            CheckIn.day == day,
            Category.notify_on_arrival.is_(True),
            CheckIn.uuid.not_in(undone),
        )
        .order_by(CheckIn.at.desc(), CheckIn.id.desc())
        .limit(limit)
    ).all()


def journal(session: Session) -> Sequence[Any]:
    """Every entry (uuid, kind, person_id, day, session_id, at, desk, undoes) in the order
    they were written."""
    return session.execute(
        select(
            CheckIn.uuid,
            CheckIn.kind,
            CheckIn.person_id,
            CheckIn.day,
            CheckIn.session_id,
            CheckIn.at,
            CheckIn.desk,
            CheckIn.undoes,
        ).order_by(CheckIn.at, CheckIn.id)
    ).all()
