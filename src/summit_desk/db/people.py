"""Queries about people: the desk's search, summaries with today's arrival, and writes that keep
the derived search columns in step with the names."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, delete, func, insert, literal_column, select, text
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Subquery

from summit_desk.db.models import (
    Badge,
    Category,
    CheckIn,
    Country,
    Delegation,
    Person,
    PersonToken,
)
from summit_desk.domain.names import name_tokens, persian_sort_key, search_key, search_terms
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import BadgeStatus, CheckInKind, PersonInput, PersonSummary

# A trigram index needs three characters; shorter terms go to the token prefix index.
TRIGRAM = 3


_NAME_COLUMNS = (
    "given_name_fa",
    "family_name_fa",
    "given_name_latin",
    "family_name_latin",
    "name_native",
    "ref",
)
_INPUT_COLUMNS = tuple(
    f.name for f in dataclass_fields(PersonInput) if f.name not in ("delegation", "category")
)


def person_values(
    data: PersonInput, delegation: Delegation, existing: Person | None = None
) -> dict[str, Any]:
    """Column values for a person from what was entered, with the derived search and sort keys.

    A ``None`` in ``data`` keeps the existing value; ORM updates and bulk inserts share this.
    """
    values: dict[str, Any] = {}
    for name in _INPUT_COLUMNS:
        value = getattr(data, name)
        if value is None:
            value = getattr(existing, name) if existing is not None else None
        if value is not None:
            values[name] = value
    values.setdefault("rank", 100)
    values["delegation_id"] = delegation.id
    values["category_code"] = data.category

    def get(name: str) -> str:
        return str(values.get(name) or "")

    values["search_key"] = search_key(
        *(get(n) for n in _NAME_COLUMNS),
        delegation.code,
        delegation.name_fa,
        delegation.name_en,
        delegation.name_native,
    )
    values["sort_key"] = persian_sort_key(
        get("family_name_fa") or get("family_name_latin"),
        get("given_name_fa") or get("given_name_latin"),
        get("name_native"),
    )
    return values


def token_rows(person_id: int, values: dict[str, Any]) -> list[dict[str, Any]]:
    tokens = name_tokens(*(str(values.get(n) or "") for n in _NAME_COLUMNS))
    return [{"token": t, "person_id": person_id} for t in tokens]


def replace_tokens(session: Session, people: Iterable[Person]) -> None:
    """Rewrite the prefix tokens of people whose names may have changed (ids must be flushed)."""
    people = list(people)
    if not people:
        return
    session.execute(delete(PersonToken).where(PersonToken.person_id.in_([p.id for p in people])))
    rows = [
        row for p in people for row in token_rows(p.id, {n: getattr(p, n) for n in _NAME_COLUMNS})
    ]
    if rows:
        session.execute(insert(PersonToken), rows)


def _term_filter(session: Session, term: str, index: int) -> Select[Any]:
    """Ids of the people whose search key holds ``term`` (a folded word without spaces)."""
    dialect = session.get_bind().dialect.name
    if len(term) >= TRIGRAM:
        if dialect == "sqlite":
            phrase = '"' + term.replace('"', '""') + '"'
            return (
                select(literal_column("rowid"))
                .select_from(text("people_fts"))
                # Each term needs a parameter name of its own: text() binds by name.
                .where(
                    text(f"people_fts MATCH :fts_{index}").bindparams(**{f"fts_{index}": phrase})
                )
            )
        return select(Person.id).where(Person.search_key.contains(term, autoescape=True))
    if dialect == "sqlite":
        # Byte-wise range: the B-tree of the primary key (token, person_id) answers it.
        upper = term + "\U0010ffff"
        return select(PersonToken.person_id).where(
            PersonToken.token >= term, PersonToken.token < upper
        )
    return select(PersonToken.person_id).where(PersonToken.token.startswith(term, autoescape=True))


def search_ids(session: Session, query: str, limit: int = 50) -> list[int]:
    """The people the desk's query finds, most senior first, then in Persian alphabetical order.

    Every term must match (in any order); the longest term is looked up in its index and the
    others narrow that set, so the cost follows the matches, not the size of the event.
    """
    terms = sorted(set(search_terms(query)), key=len, reverse=True)
    if not terms:
        return []
    statement = (
        select(Person.id)
        .join(Category, Category.code == Person.category_code)
        .where(Person.id.in_(_term_filter(session, terms[0], 0)))
    )
    for index, term in enumerate(terms[1:], start=1):
        statement = statement.where(Person.id.in_(_term_filter(session, term, index)))
    exact = func.lower(Person.ref) == query.strip().lower()
    statement = statement.order_by(
        exact.desc(), Category.precedence, Person.rank, Person.sort_key
    ).limit(limit)
    return list(session.scalars(statement))


def arrival_subquery(day: date, person_ids: Sequence[int] | None = None) -> Subquery:
    """The first arrival of each person on ``day`` that no later entry has undone.

    With ``person_ids`` only those people are looked at, so a page of search results costs the
    same on the morning of day one and in the evening with thousands of check-ins.
    """
    undo = aliased(CheckIn)
    first = (
        select(
            CheckIn.person_id.label("person_id"),
            func.min(CheckIn.at).label("at"),
        )
        .where(
            CheckIn.kind == CheckInKind.ARRIVAL,
            CheckIn.day == day,
            ~select(undo.id)
            .where(undo.kind == CheckInKind.UNDO, undo.undoes == CheckIn.uuid)
            .exists(),
        )
        .group_by(CheckIn.person_id)
    )
    if person_ids is not None:
        first = first.where(CheckIn.person_id.in_(person_ids))
    return first.subquery("first_arrival")


def summaries(session: Session, ids: Sequence[int], day: date) -> list[PersonSummary]:
    """Search-result lines for ``ids`` in the given order, with their arrival on ``day``."""
    if not ids:
        return []
    first = arrival_subquery(day, ids)
    arrival = aliased(CheckIn)
    rows = session.execute(
        select(Person, Delegation, Country.code, first.c.at, arrival.desk)
        .join(Delegation, Delegation.id == Person.delegation_id)
        .outerjoin(Country, Country.id == Delegation.country_id)
        .outerjoin(first, first.c.person_id == Person.id)
        .outerjoin(
            arrival,
            and_(
                arrival.person_id == Person.id,
                arrival.at == first.c.at,
                arrival.kind == CheckInKind.ARRIVAL,
                arrival.day == day,
            ),
        )
        .where(Person.id.in_(ids))
    ).all()
    by_id = {row[0].id: row for row in rows}
    return [summary(*by_id[i]) for i in ids if i in by_id]


def summary(
    person: Person,
    delegation: Delegation,
    country_code: str | None,
    at: datetime | None = None,
    desk: str | None = None,
) -> PersonSummary:
    return PersonSummary(
        id=person.id,
        ref=person.ref,
        given_name_fa=person.given_name_fa,
        family_name_fa=person.family_name_fa,
        given_name_latin=person.given_name_latin,
        family_name_latin=person.family_name_latin,
        name_native=person.name_native,
        title_fa=person.title_fa,
        title_en=person.title_en,
        category=person.category_code,
        delegation_code=delegation.code,
        delegation_fa=delegation.name_fa,
        delegation_en=delegation.name_en,
        country_code=country_code,
        rank=person.rank,
        checked_in_at=as_utc(at) if at is not None else None,
        checked_in_desk=desk,
    )


def active_badge(session: Session, person_id: int) -> Badge | None:
    return session.scalars(
        select(Badge).where(Badge.person_id == person_id, Badge.status == BadgeStatus.ACTIVE)
    ).first()
