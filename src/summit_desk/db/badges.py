"""Queries about badges: the current badges in protocol order, versions, and the print log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from summit_desk.db.models import Badge, BadgePrint, Category, Country, Delegation, Person
from summit_desk.domain.batches import batched
from summit_desk.domain.values import BadgeStatus

# Codes asked about at once: well under SQLite's limit on bound parameters.
_CHUNK = 5_000


def current_badges(
    session: Session,
    *,
    delegation_id: int | None = None,
    category: str | None = None,
    refs: Sequence[str] = (),
) -> Sequence[Any]:
    """(Badge, Person, Delegation, Country | None, Category) of the active badges, narrowed by
    delegation, category and refs, in protocol order: country, delegation, then rank and
    precedence inside the delegation."""
    statement = (
        select(Badge, Person, Delegation, Country, Category)
        .join(Person, Person.id == Badge.person_id)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .join(Category, Category.code == Person.category_code)
        .order_by(
            Country.order.nulls_last(),
            Delegation.order,
            Delegation.code,
            Person.rank,
            Category.precedence,
            Person.sort_key,
        )
        .where(Badge.status == BadgeStatus.ACTIVE)
    )
    if delegation_id is not None:
        statement = statement.where(Person.delegation_id == delegation_id)
    if category:
        statement = statement.where(Person.category_code == category)
    if refs:
        statement = statement.where(Person.ref.in_(refs))
    return session.execute(statement).all()


def badge_by_code(session: Session, code: str) -> Badge | None:
    return session.scalars(select(Badge).where(Badge.code == code)).first()


def holder_of_code(session: Session, code: str) -> int | None:
    """The id of the person a badge code (of any version) belongs to."""
    return session.scalar(select(Badge.person_id).where(Badge.code == code))


def active_badge(session: Session, person_id: int) -> Badge | None:
    return session.scalars(
        select(Badge).where(Badge.person_id == person_id, Badge.status == BadgeStatus.ACTIVE)
    ).first()


def active_badge_of_ref(session: Session, ref: str) -> Badge | None:
    return session.scalars(
        select(Badge)
        .join(Person, Person.id == Badge.person_id)
        .where(Person.ref == ref, Badge.status == BadgeStatus.ACTIVE)
    ).first()


def active_code_of_ref(session: Session, ref: str) -> str | None:
    return session.scalar(
        select(Badge.code)
        .join(Person, Person.id == Badge.person_id)
        .where(Person.ref == ref, Badge.status == BadgeStatus.ACTIVE)
    )


def last_version(session: Session, person_id: int) -> int:
    """The highest badge version the person has had (0 for none)."""
    return session.scalar(select(func.max(Badge.version)).where(Badge.person_id == person_id)) or 0


def ids_by_code(session: Session, codes: Sequence[str]) -> dict[str, int]:
    return dict(session.execute(select(Badge.code, Badge.id).where(Badge.code.in_(codes))).all())


def printed_badge_ids(session: Session, badge_ids: Iterable[int]) -> set[int]:
    """Those of ``badge_ids`` that have at least one print in the log."""
    return set(
        session.scalars(select(BadgePrint.badge_id).where(BadgePrint.badge_id.in_(badge_ids)))
    )


def printed_codes(session: Session, codes: Sequence[str]) -> set[str]:
    """Those of ``codes`` (each one badge version) that have at least one print in the log."""
    found: set[str] = set()
    unique = list(dict.fromkeys(codes))
    for chunk in batched(unique, _CHUNK):
        found.update(
            session.scalars(
                select(Badge.code)
                .where(Badge.code.in_(chunk))
                .where(select(BadgePrint.id).where(BadgePrint.badge_id == Badge.id).exists())
            )
        )
    return found


def print_log(session: Session, ref: str) -> Sequence[Any]:
    """(ref, version, print) of every print of the person's badges, oldest first."""
    return session.execute(
        select(Person.ref, Badge.version, BadgePrint)
        .join(Badge, Badge.id == BadgePrint.badge_id)
        .join(Person, Person.id == Badge.person_id)
        .where(Person.ref == ref)
        .order_by(BadgePrint.printed_at, BadgePrint.id)
    ).all()


def insert_badges(session: Session, rows: Sequence[dict[str, object]]) -> None:
    """Bulk insert of badge rows (one executemany)."""
    session.execute(insert(Badge), rows)
