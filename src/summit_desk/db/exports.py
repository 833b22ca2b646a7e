"""The export's query: every person with their country, delegation and current badge."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, select
from sqlalchemy.orm import Session, aliased

from summit_desk.db.models import Badge, Category, Country, Delegation, Person
from summit_desk.domain.values import BadgeStatus


def people_rows(session: Session, person_fields: Sequence[str]) -> list[dict[str, Any]]:
    """Every person in protocol order: the Person attributes ``person_fields``, then person_id,
    country, delegation, category, badge_code and badge_version (of the current badge), and
    has_photo (1 or 0)."""
    badge = aliased(Badge)
    statement = (
        select(
            *(getattr(Person, f) for f in person_fields),
            Person.id.label("person_id"),
            Country.code.label("country"),
            Delegation.code.label("delegation"),
            Person.category_code.label("category"),
            badge.code.label("badge_code"),
            badge.version.label("badge_version"),
            # whether there is a photo, asked of the database: the bytes are never loaded
            case((Person.photo.is_not(None), 1), else_=0).label("has_photo"),
        )
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .join(Category, Category.code == Person.category_code)
        .outerjoin(
            badge, and_(badge.person_id == Person.id, badge.status == BadgeStatus.ACTIVE.value)
        )
        .order_by(
            Country.order.nulls_last(),
            Delegation.order,
            Delegation.code,
            Category.precedence,
            Person.rank,
            Person.sort_key,
            Person.ref,
        )
    )
    return [dict(row._mapping) for row in session.execute(statement)]
