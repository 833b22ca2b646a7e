"""Queries about people: the desk's search, summaries with today's arrival, and writes that keep
the derived search columns in step with the names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields as dataclass_fields
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import ColumnElement, Subquery
from sqlalchemy.sql.elements import BindParameter

from summit_desk.db.models import (
    CheckIn,
    Country,
    Delegation,
    Person,
    PersonToken,
)
from summit_desk.domain.batches import batched
from summit_desk.domain.categories import BY_CODE
from summit_desk.domain.names import name_tokens, persian_sort_key, search_key, search_terms
from summit_desk.domain.persian import as_utc
from summit_desk.domain.person_name import NAME_FIELDS, PersonName
from summit_desk.domain.values import CheckInKind, PersonInput, PersonSummary

# A trigram index needs three characters; shorter terms go to the token prefix index.
TRIGRAM = 3


NAME_KEY_COLUMNS = _NAME_COLUMNS = (
    "given_name_fa",
    "family_name_fa",
    "given_name_latin",
    "family_name_latin",
    "name_native",
    "ref",
)


def person_name(source: object) -> PersonName:
    """The name of a person from anything that has the ``people`` columns by their names: an ORM
    row, a selected row or its mapping, a demo entry (a missing or ``None`` field is empty)."""
    if isinstance(source, Mapping):
        return PersonName(**{n: str(source.get(n) or "") for n in NAME_FIELDS})
    return PersonName(**{n: str(getattr(source, n, None) or "") for n in NAME_FIELDS})


# The columns a query selects to build a PersonName with person_name().
NAME_COLUMNS = tuple(getattr(Person, n) for n in NAME_FIELDS)

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

    values["search_key"] = person_search_key(values, delegation)
    values["sort_key"] = persian_sort_key(
        get("family_name_fa") or get("family_name_latin"),
        get("given_name_fa") or get("given_name_latin"),
        get("name_native"),
    )
    category = BY_CODE.get(data.category)
    values["desk_order"] = desk_order(
        category.precedence if category else 255, int(values["rank"]), values["sort_key"]
    )
    return values


def person_search_key(names: Mapping[str, Any], delegation: Any) -> str:
    """``people.search_key``: the name columns and ref, then the delegation's code and names
    (``delegation`` an ORM row or a selected row); db/search_keys.py recomputes it so too."""
    return search_key(
        *(str(names.get(n) or "") for n in _NAME_COLUMNS),
        delegation.code,
        delegation.name_fa,
        delegation.name_en,
        delegation.name_native,
    )


def desk_order(precedence: int, rank: int, sort_key: bytes) -> bytes:
    """Search results' order as bytes: the category's precedence, the rank inside the
    delegation, then Persian alphabetical order (migration 0003 computes the same)."""
    return (
        bytes((min(max(precedence, 0), 255),))
        + min(max(rank, 0), 65535).to_bytes(2, "big")
        + sort_key
    )


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
    return select(PersonToken.person_id).where(_token_prefix(session, PersonToken, term))


# Above this many matches of the first term, walking people in desk order and stopping at the
# first fifty beats fetching and sorting every match (measured: "a" at 50,000 people).
COMMON_TERM = 3_000


def search_ids(session: Session, query: str, limit: int = 50) -> list[int]:
    """The people the desk's query finds, most senior first, then in Persian alphabetical order.

    Every term must match (in any order). A rare term is looked up in its index and the matches
    sorted; a common one (a letter or two, «علی») walks ``ix_people_desk_order`` and stops at the
    first ``limit`` matches, so the cost never grows with the size of the event. An exact ref
    comes first.
    """
    terms = sorted(set(search_terms(query)), key=len, reverse=True)
    if not terms:
        return []
    # The rarest term drives: its matches are fetched from its index, the others are checked
    # on each of them. Counting stops at COMMON_TERM, so sizing up a term costs little.
    filters = [_term_filter(session, t, i) for i, t in enumerate(terms)]
    counts = [
        session.scalar(select(func.count()).select_from(f.limit(COMMON_TERM).subquery())) or 0
        for f in filters
    ]
    driver = counts.index(min(counts))
    others = [_term_condition(session, t) for i, t in enumerate(terms) if i != driver]
    if counts[driver] >= COMMON_TERM:
        statement = select(Person.id).where(_term_condition(session, terms[driver]), *others)
    else:
        statement = select(Person.id).where(Person.id.in_(filters[driver]), *others)
    ids = list(session.scalars(statement.order_by(Person.desk_order).limit(limit)))
    exact = _exact_ref(session, query.strip())
    if exact is not None:
        ids = [exact, *(i for i in ids if i != exact)][:limit]
    return ids


def _term_condition(session: Session, term: str) -> ColumnElement[bool]:
    """Whether one person (the row being walked) matches ``term``, without a look-up per term."""
    if len(term) >= TRIGRAM:
        return Person.search_key.contains(term, autoescape=True)
    token = aliased(PersonToken)
    return (
        select(token.person_id)
        .where(token.person_id == Person.id, _token_prefix(session, token, term))
        .exists()
    )


def _token_prefix(session: Session, token: type[PersonToken], term: str) -> ColumnElement[bool]:
    if session.get_bind().dialect.name == "sqlite":
        # Byte-wise range: a B-tree on token answers it.
        return and_(token.token >= term, token.token < term + "\U0010ffff")
    return token.token.startswith(term, autoescape=True)


def _exact_ref(session: Session, text: str) -> int | None:
    if not text or " " in text:
        return None
    for candidate in dict.fromkeys((text, text.upper())):
        found = session.scalar(select(Person.id).where(Person.ref == candidate))
        if found is not None:
            return found
    return None


def _not_undone(entry: Any) -> ColumnElement[bool]:
    """No undo line names ``entry`` (CheckIn or an alias of it)."""
    undo = aliased(CheckIn)
    return ~select(undo.id).where(undo.kind == CheckInKind.UNDO, undo.undoes == entry.uuid).exists()


def arrival_subquery(day: date) -> Subquery:
    """The first arrival of each person on ``day`` that no later entry has undone."""
    first = (
        select(
            CheckIn.person_id.label("person_id"),
            func.min(CheckIn.at).label("at"),
        )
        .where(CheckIn.kind == CheckInKind.ARRIVAL, CheckIn.day == day, _not_undone(CheckIn))
        .group_by(CheckIn.person_id)
    )
    return first.subquery("first_arrival")


@cache
def _summaries_statement() -> Select[Any]:
    """Built once: the desk asks for a page of results on every keystroke, and building the
    statement cost more than running it. ``ids`` and ``day`` are bound at execution."""
    day: BindParameter[date] = bindparam("day")
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    first = (
        select(CheckIn.person_id.label("person_id"), func.min(CheckIn.at).label("at"))
        .where(
            CheckIn.kind == CheckInKind.ARRIVAL,
            CheckIn.day == day,
            CheckIn.person_id.in_(ids),
            _not_undone(CheckIn),
        )
        .group_by(CheckIn.person_id)
        .subquery("first_arrival")
    )
    arrival = aliased(CheckIn)
    return (
        select(
            Person.id,
            Person.ref,
            Person.rank,
            *NAME_COLUMNS,
            Person.category_code,
            Delegation.code.label("delegation_code"),
            Delegation.name_fa.label("delegation_fa"),
            Delegation.name_en.label("delegation_en"),
            Country.code.label("country_code"),
            first.c.at.label("checked_in_at"),
            arrival.desk.label("checked_in_desk"),
        )
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
                _not_undone(arrival),  # another arrival of that instant may have been undone
            ),
        )
        .where(Person.id.in_(ids))
    )


def summaries(session: Session, ids: Sequence[int], day: date) -> list[PersonSummary]:
    """Search-result lines for ``ids`` in the given order, with their arrival on ``day``."""
    if not ids:
        return []
    rows = session.execute(_summaries_statement(), {"ids": list(ids), "day": day}).mappings()
    by_id = {row["id"]: row for row in rows}
    return [
        PersonSummary(
            id=i,
            ref=by_id[i]["ref"],
            name=person_name(by_id[i]),
            rank=by_id[i]["rank"],
            category=by_id[i]["category_code"],
            delegation_code=by_id[i]["delegation_code"],
            delegation_fa=by_id[i]["delegation_fa"],
            delegation_en=by_id[i]["delegation_en"],
            country_code=by_id[i]["country_code"],
            checked_in_at=as_utc(by_id[i]["checked_in_at"]) if by_id[i]["checked_in_at"] else None,
            checked_in_desk=by_id[i]["checked_in_desk"],
        )
        for i in ids
        if i in by_id
    ]


def person_id_of_ref(session: Session, ref: str) -> int | None:
    return session.scalar(select(Person.id).where(Person.ref == ref))


def ref_of(session: Session, person_id: int) -> str | None:
    return session.scalar(select(Person.ref).where(Person.id == person_id))


def photo(session: Session, person_id: int) -> bytes | None:
    return session.scalar(select(Person.photo).where(Person.id == person_id))


def count(session: Session) -> int:
    return session.scalar(select(func.count(Person.id))) or 0


def all_refs(session: Session) -> set[str]:
    return set(session.scalars(select(Person.ref)))


def known_refs(session: Session, refs: Sequence[str]) -> set[str]:
    """Those of ``refs`` that name a person."""
    return set(session.scalars(select(Person.ref).where(Person.ref.in_(refs))))


def people_by_refs(session: Session, refs: Sequence[str], chunk: int = 500) -> list[Person]:
    """The people of ``refs`` (those that exist), asked ``chunk`` refs at a time."""
    return [
        p
        for some in batched(refs, chunk)
        for p in session.scalars(select(Person).where(Person.ref.in_(some)))
    ]


def lock_person(session: Session, person_id: int) -> None:
    """Lock the person's row until the transaction ends (PostgreSQL; SQLite has no row locks,
    its BEGIN IMMEDIATE already holds the write lock)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(select(Person.id).where(Person.id == person_id).with_for_update())


def insert_people(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Bulk insert of new people (every row with the same columns, so that the driver runs one
    executemany) and their prefix tokens; returns their ids in the order of ``rows``.

    Ids are read back by ref (unique), which is cheaper than RETURNING row by row.
    """
    session.execute(insert(Person), rows)
    by_ref = dict(
        session.execute(
            select(Person.ref, Person.id).where(Person.ref.in_([str(r["ref"]) for r in rows]))
        ).all()
    )
    ids = [by_ref[str(r["ref"])] for r in rows]
    tokens = [row for pid, values in zip(ids, rows, strict=True) for row in token_rows(pid, values)]
    if tokens:
        session.execute(insert(PersonToken), tokens)
    return ids


def names_by_delegation(session: Session) -> Sequence[Any]:
    """(ref, delegation code, given_name_fa, family_name_fa, given_name_latin,
    family_name_latin) of everyone, for the import's likely-duplicate warnings."""
    return session.execute(
        select(
            Person.ref,
            Delegation.code,
            Person.given_name_fa,
            Person.family_name_fa,
            Person.given_name_latin,
            Person.family_name_latin,
        ).join(Delegation, Delegation.id == Person.delegation_id)
    ).all()
