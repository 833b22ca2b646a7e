"""The roster's query: everyone in protocol order inside their delegation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from summit_desk.db.models import Category, Person
from summit_desk.db.people import NAME_COLUMNS


def people_by_delegation(session: Session) -> Sequence[Any]:
    """Each person's roster columns (id, delegation_id, ref, the name columns, category_code, rank,
    search_key) by delegation, then rank, category precedence and Persian alphabetical order."""
    return session.execute(
        select(
            Person.id,
            Person.delegation_id,
            Person.ref,
            *NAME_COLUMNS,
            Person.category_code,
            Person.rank,
            Person.search_key,
        )
        .join(Category, Category.code == Person.category_code)
        .order_by(Person.delegation_id, Person.rank, Category.precedence, Person.sort_key)
    ).all()
