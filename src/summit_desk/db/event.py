"""Queries about the event's set-up: the event, its days and programme, countries, delegations
and categories."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summit_desk.db.models import (
    Category,
    Country,
    Delegation,
    Event,
    EventDay,
    ProgrammeSession,
    SessionTopic,
)


def the_event(session: Session) -> Event | None:
    return session.scalars(select(Event)).first()


def event_timezone(session: Session) -> str | None:
    return session.scalar(select(Event.timezone))


def days(session: Session) -> tuple[date, ...]:
    """The event's days in calendar order."""
    return tuple(session.scalars(select(EventDay.day).order_by(EventDay.day)))


def day_ids(session: Session) -> dict[int, date]:
    return {row.id: row.day for row in session.execute(select(EventDay.id, EventDay.day))}


def day_id(session: Session, day: date) -> int | None:
    return session.scalar(select(EventDay.id).where(EventDay.day == day))


def programme(session: Session) -> Sequence[ProgrammeSession]:
    """The sessions by day, start and code."""
    return session.scalars(
        select(ProgrammeSession).order_by(
            ProgrammeSession.day_id, ProgrammeSession.starts, ProgrammeSession.code
        )
    ).all()


def topics(session: Session) -> Iterable[SessionTopic]:
    return session.scalars(select(SessionTopic).order_by(SessionTopic.position))


def sessions_with_days(session: Session) -> Sequence[Any]:
    """(id, code, day) of every session, by day, start and code."""
    return session.execute(
        select(ProgrammeSession.id, ProgrammeSession.code, EventDay.day)
        .join(EventDay, EventDay.id == ProgrammeSession.day_id)
        .order_by(EventDay.day, ProgrammeSession.starts, ProgrammeSession.code)
    ).all()


def countries(session: Session) -> list[Country]:
    """The event's countries in their order."""
    return list(session.scalars(select(Country).order_by(Country.order)))


def countries_by_code(session: Session) -> dict[str, Country]:
    return {c.code: c for c in session.scalars(select(Country))}


def last_country_order(session: Session) -> int:
    return session.scalar(select(func.max(Country.order))) or 0


def delegations(session: Session) -> list[Delegation]:
    return list(session.scalars(select(Delegation)))


def delegations_by_code(session: Session) -> dict[str, Delegation]:
    return {d.code: d for d in session.scalars(select(Delegation))}


def delegations_in_order(session: Session) -> list[Delegation]:
    """The delegations by their order, then code (without their countries' order)."""
    return list(session.scalars(select(Delegation).order_by(Delegation.order, Delegation.code)))


def last_delegation_order(session: Session) -> int:
    return session.scalar(select(func.max(Delegation.order))) or 0


def delegations_with_countries(
    session: Session,
) -> Sequence[Any]:
    """Every delegation with its country (None for an organisation) in protocol order."""
    return session.execute(
        select(Delegation, Country)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .order_by(Country.order.nulls_last(), Delegation.order, Delegation.code)
    ).all()


def delegations_with_country_codes(
    session: Session,
) -> Sequence[Any]:
    """Every delegation with its country's code and order, in protocol order."""
    return session.execute(
        select(Delegation, Country.code, Country.order)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .order_by(Country.order.nulls_last(), Delegation.order, Delegation.code)
    ).all()


def categories(session: Session) -> list[Category]:
    return list(session.scalars(select(Category)))


def categories_by_precedence(session: Session) -> list[Category]:
    return list(session.scalars(select(Category).order_by(Category.precedence)))


def category_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Category.code)))


def category_exists(session: Session, code: str) -> bool:
    return session.get(Category, code) is not None
