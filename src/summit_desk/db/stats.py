"""The counts behind the dashboard and `summit-desk stats`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summit_desk.db.models import Category, Country, Delegation, Person
from summit_desk.db.people import arrival_subquery


def people_per_delegation(
    session: Session,
) -> Sequence[Any]:
    """(id, code, name_fa, name_en, country code, people) of every delegation, protocol order."""
    return session.execute(
        select(
            Delegation.id,
            Delegation.code,
            Delegation.name_fa,
            Delegation.name_en,
            Country.code,
            func.count(Person.id),
        )
        .outerjoin(Country, Country.id == Delegation.country_id)
        .outerjoin(Person, Person.delegation_id == Delegation.id)
        .group_by(Delegation.id, Country.code, Country.order)
        .order_by(Country.order.nulls_last(), Delegation.order, Delegation.code)
    ).all()


def country_names(session: Session) -> Sequence[Any]:
    """(code, name_fa, name_en) of the event's countries in their order."""
    return session.execute(
        select(Country.code, Country.name_fa, Country.name_en).order_by(Country.order)
    ).all()


def people_per_category(session: Session) -> Sequence[Any]:
    """(code, name_fa, name_en, people) of every category, by precedence."""
    return session.execute(
        select(Category.code, Category.name_fa, Category.name_en, func.count(Person.id))
        .outerjoin(Person, Person.category_code == Category.code)
        .group_by(Category.code)
        .order_by(Category.precedence)
    ).all()


def arrivals_per_group(session: Session, day: date) -> Sequence[Any]:
    """(country code, delegation code, category code, people arrived) on ``day``."""
    first = arrival_subquery(day)
    return session.execute(
        select(Country.code, Delegation.code, Person.category_code, func.count())
        .select_from(first)
        .join(Person, Person.id == first.c.person_id)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .group_by(Country.code, Delegation.code, Person.category_code)
    ).all()
