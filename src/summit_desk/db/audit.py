"""The hash chains of the check-in journal and the audit log: written on every flush, read back
to verify.

Every new ``CheckIn`` or ``AuditEntry`` is chained in ``before_flush``, whichever service or
test wrote it, so that no way of writing an entry can forget the chain. Appends are serialised
across desks by reading the chain's head inside the writing transaction: on SQLite that
transaction began with ``BEGIN IMMEDIATE`` (db.engine), so it already holds the only write lock;
on PostgreSQL the migration's ``chain_head()`` takes an advisory transaction lock, then reads the
head and the server's clock (its statements take new snapshots, so it sees the entry of the desk
that held the lock before), all in one round trip, since the lock is held until the commit.
On PostgreSQL the time of an entry is the server's, not the desk's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import ColumnElement, Connection, event, inspect, select
from sqlalchemy.orm import Session

from summit_desk.db.engine import WRITE_LOCK_KEY
from summit_desk.db.models import AuditEntry, CheckIn
from summit_desk.domain.hash_chain import GENESIS, ChainedEntry, Field, entry_hash
from summit_desk.domain.persian import as_utc, utc_now

# pg_advisory_xact_lock's key for both chains: one lock, so two chains never deadlock; every
# writing transaction takes it first (db.engine), so chain_head() finds it already held.
CHAIN_LOCK_KEY = WRITE_LOCK_KEY
Chained = CheckIn | AuditEntry

CHECK_IN_FIELDS = (
    "uuid", "kind", "person_id", "badge_id", "day", "session_id", "undoes", "at", "desk",
    "operator", "reason",
)  # fmt: skip
AUDIT_FIELDS = ("at", "operator", "desk", "action", "subject", "details")
CHAINS: dict[str, tuple[type[Chained], tuple[str, ...]]] = {
    "check_ins": (CheckIn, CHECK_IN_FIELDS),
    "audit_log": (AuditEntry, AUDIT_FIELDS),
}
# An entry merged from another desk's journal keeps the time it was written there (the merge's
# own time is audited); every other entry on PostgreSQL gets the server's clock.
_KEEP_TIME = "_summit_desk_keeps_time"
# The column defaults an entry gets on INSERT, given here because the hash is taken before it.
_DEFAULTS: dict[str, Any] = {"desk": "", "operator": "", "reason": "", "subject": "", "details": ""}


def fields_of(entry: Chained) -> dict[str, Field]:
    names = CHECK_IN_FIELDS if isinstance(entry, CheckIn) else AUDIT_FIELDS
    return {name: getattr(entry, name) for name in names}


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _context: Any, _instances: Any) -> None:
    new = [o for o in session.new if isinstance(o, CheckIn | AuditEntry)]
    if not new:
        return
    new.sort(key=lambda o: inspect(o).insert_order)  # type: ignore[attr-defined]
    connection = session.connection()
    postgres = connection.dialect.name == "postgresql"
    heads: dict[type[Chained], str] = {}
    server_now: datetime | None = None
    for entry in new:
        model = type(entry)
        if model not in heads:
            heads[model], now = _head(connection, model, postgres)
            server_now = server_now or now
        _fill_defaults(entry, server_now)
        entry.prev_hash = heads[model]
        entry.hash = entry_hash(fields_of(entry), entry.prev_hash)
        heads[model] = entry.hash


def _head(
    connection: Connection, model: type[Chained], postgres: bool
) -> tuple[str, datetime | None]:
    """The chain's last hash (and the server's clock on PostgreSQL), as driver SQL: this runs
    on every check-in, so without the ORM's statement building."""
    last = f"(SELECT hash FROM {model.__tablename__} ORDER BY id DESC LIMIT 1)"
    if not postgres:
        return connection.exec_driver_sql(f"SELECT {last}").scalar() or GENESIS, None
    # The migration's chain_head() takes the lock, then reads the head and the server's clock.
    row = connection.exec_driver_sql(
        f"SELECT * FROM chain_head('{model.__tablename__}', {CHAIN_LOCK_KEY})"
    ).one()
    return row[0] or GENESIS, row[1]


def keep_original_time(entry: Chained) -> Chained:
    """Mark a merged entry: its ``at`` is kept, not replaced by the server's clock."""
    setattr(entry, _KEEP_TIME, True)
    return entry


def _fill_defaults(entry: Chained, server_now: datetime | None) -> None:
    if server_now is not None and not getattr(entry, _KEEP_TIME, False):
        entry.at = server_now
    # Stored in UTC: SQLite keeps the digits and drops the zone.
    entry.at = as_utc(entry.at or utc_now())
    if isinstance(entry, CheckIn) and entry.uuid is None:
        entry.uuid = uuid4()
    for name, value in _DEFAULTS.items():
        if hasattr(entry, name) and getattr(entry, name) is None:
            setattr(entry, name, value)


def chain(session: Session, table: str) -> Iterator[ChainedEntry]:
    """The entries of one chain in the order they were written."""
    model, names = CHAINS[table]
    columns: list[ColumnElement[Any]] = [getattr(model, n) for n in names]
    rows = session.execute(
        select(model.id, model.prev_hash, model.hash, *columns)
        .order_by(model.id)
        .execution_options(yield_per=2000)
    )
    for row in rows:
        yield ChainedEntry(row[0], dict(zip(names, row[3:], strict=True)), row[1], row[2])
