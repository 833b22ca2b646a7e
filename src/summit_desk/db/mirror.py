"""A desk's local mirror of its server: what check-in needs, and nothing more.

The mirror is an SQLite file of the same schema. It holds the event, its days and sessions,
countries, delegations, categories, people and their name tokens, badges and the journal, all
with the server's row ids, so that a scan answered offline names the same person and badge.
A person's e-mail, phone, document number, notes and photo never leave the server: the
mirror's copies of those columns stay empty.

The operators are mirrored too (name, role, PIN hash, active flag, lockout), so that a desk that
loses its server, or starts without it, still lets its operators log in and unlock it
(services.operators). Their PIN hashes are as safe in the mirror as its file is: the file is
its owner's only (0600, db.engine), and the hashes are scrypt's, salted.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    delete,
    func,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from summit_desk.db import local_journal
from summit_desk.db.models import (
    Badge,
    Base,
    Category,
    CheckIn,
    Country,
    Delegation,
    Event,
    EventDay,
    Operator,
    Person,
    PersonToken,
    ProgrammeSession,
    SeatingSetup,
    SessionTopic,
)
from summit_desk.domain.batches import batched
from summit_desk.domain.precedence import HEAD

# Parents before children, for the foreign keys.
MIRRORED: tuple[type[Base], ...] = (
    Event,
    EventDay,
    ProgrammeSession,
    SessionTopic,
    SeatingSetup,
    Country,
    Delegation,
    Category,
    Person,
    Badge,
)
# Never copied off the server: check-in does not need them (issue #8: private by default).
SENSITIVE = frozenset({"email", "phone", "document_no", "notes", "photo"})
_BATCH = 1000
# Offline, the desk writes its journal (and audit log) and nothing else: an offline change to a
# person, a badge or a seat would never reach the server, and a walk-in made here would take a
# row id the server gives to someone else. Triggers refuse such writes unless a refresh of the
# mirror is running (a row in this table, inside the refresh's own transaction).
WRITABLE_OFFLINE = frozenset({"check_ins", "audit_log"})
REFUSAL = "summit-desk-mirror"
_refreshing = Table("journal_mirror_refresh", MetaData(), Column("active", Integer))


def protect(session: Session) -> None:
    """Make the mirror's copies of the server's tables writable by a refresh only."""
    _refreshing.create(session.connection(), checkfirst=True)
    for table in Base.metadata.sorted_tables:
        if table.name in WRITABLE_OFFLINE:
            continue
        for operation in ("INSERT", "UPDATE", "DELETE"):
            session.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS mirror_{table.name}_{operation.lower()} "
                    f"BEFORE {operation} ON {table.name} "
                    f"WHEN NOT EXISTS (SELECT 1 FROM {_refreshing.name}) "
                    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}: {table.name}'); END"
                )
            )


def begin_refresh(session: Session) -> None:
    session.execute(_refreshing.insert().values(active=1))


def end_refresh(session: Session) -> None:
    session.execute(delete(_refreshing))


def ping(engine: Engine) -> None:
    """Raise the driver's error unless the server answers now."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


def has_badges(session: Session) -> bool:
    """Whether the mirror was ever filled: without badges it can check no one in."""
    return bool(session.scalar(select(func.count()).select_from(Badge)))


def copy_reference_tables(server: Session, local: Session) -> int:
    """Bring the mirror's reference tables to the server's rows; returns the rows copied."""
    copied = 0
    for model in MIRRORED:
        table: Table = model.__table__  # type: ignore[assignment]
        columns = [c for c in table.columns if c.name not in SENSITIVE]
        query = select(*columns).order_by(*table.primary_key.columns)
        rows = [dict(r) for r in server.execute(query).mappings()]
        if model is Person:
            _step_down_heads(local, rows)
        _upsert(local, table, rows)
        copied += len(rows)
    # A person's tokens follow their names: replaced whole (nothing refers to them).
    tokens: Table = PersonToken.__table__  # type: ignore[assignment]
    local.execute(delete(tokens))
    rows = [dict(r) for r in server.execute(select(*tokens.columns)).mappings()]
    for chunk in batched(rows, _BATCH):
        local.execute(insert(tokens), chunk)
    return copied + len(rows) + copy_operators(server, local)


def copy_operators(server: Session, local: Session) -> int:
    """Replace the mirror's operators with the server's, whole: an operator removed or renamed
    on the server can no longer log in here (nothing refers to an operator's row)."""
    table: Table = Operator.__table__  # type: ignore[assignment]
    rows = [dict(r) for r in server.execute(select(*table.columns)).mappings()]
    local.execute(delete(table))
    if rows:
        local.execute(insert(table), rows)
    return len(rows)


def _step_down_heads(local: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Before any person is written, the mirror's heads of delegation whom the server no longer
    has as the head of that delegation step down (for the moment, into another category; their
    own row then gives them the server's). Written in any order, the server's rows then never
    meet a second head of one delegation (the index ``uq_people_delegation_head``): a head
    replaced, replaced back, or moved to another delegation between two refreshes."""
    server = {row["id"]: (row["delegation_id"], row["category_code"]) for row in rows}
    heads = local.execute(
        select(Person.id, Person.delegation_id).where(Person.category_code == HEAD)
    ).all()
    stale = [id_ for id_, delegation_id in heads if server.get(id_) != (delegation_id, HEAD)]
    member = local.scalar(
        select(Category.code).where(Category.code != HEAD).order_by(Category.code).limit(1)
    )
    if stale and member is not None:  # (an event with no other category has no one to swap)
        people: Table = Person.__table__  # type: ignore[assignment]
        local.execute(update(people).where(people.c.id.in_(stale)).values(category_code=member))


def _upsert(local: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = [c.name for c in table.primary_key.columns]
    statement = insert(table)
    others = {n: statement.excluded[n] for n in rows[0] if n not in keys}
    statement = (
        statement.on_conflict_do_update(index_elements=keys, set_=others)
        if others
        else statement.on_conflict_do_nothing()
    )
    for chunk in batched(rows, _BATCH):
        local.execute(statement, list(chunk))


def pull_journal(server: Session, local: Session) -> int:
    """Copy the server's journal entries the mirror lacks; each is marked as the server's."""
    server_uuids = set(server.scalars(select(CheckIn.uuid)))
    missing = server_uuids - set(local.scalars(select(CheckIn.uuid)))
    wanted = sorted(missing)
    for chunk in batched(wanted, _BATCH):
        local.execute(insert(_journal()), _entries(server, chunk))
    local_journal.mark_synced(local, (str(u) for u in server_uuids))
    return len(missing)


def pull_entries(server: Session, local: Session, uuids: Sequence[uuid.UUID]) -> int:
    """Copy the server's entries of ``uuids`` (a few: those the desk has just written on the
    server) that the mirror lacks, marked as the server's; an entry the server does not hold is
    left as it is (one the desk wrote in its local journal is still waiting)."""
    rows = _entries(server, uuids)
    held = [row["uuid"] for row in rows]
    here = set(local.scalars(select(CheckIn.uuid).where(CheckIn.uuid.in_(held))))
    new = [row for row in rows if row["uuid"] not in here]
    if new:
        local.execute(insert(_journal()), new)
    local_journal.mark_synced(local, (str(u) for u in held))
    return len(new)


def _journal() -> Table:
    return CheckIn.__table__  # type: ignore[return-value]


def _entries(server: Session, uuids: Sequence[uuid.UUID]) -> list[dict[str, Any]]:
    """The server's rows of the entries ``uuids``, without their row ids (the mirror's own)."""
    columns = [c for c in _journal().columns if c.name != "id"]
    query = select(*columns).where(CheckIn.uuid.in_(uuids))
    return [dict(row) for row in server.execute(query).mappings()]
