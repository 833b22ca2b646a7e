"""The hash chains of the check-in journal and the audit log: written on every flush, read back
to verify.

Every new ``CheckIn`` or ``AuditEntry`` is chained in ``before_flush``, whichever service or
test wrote it, so that no way of writing an entry can forget the chain. Appends are serialised
across desks by reading the chain's head inside the writing transaction: on SQLite that
transaction began with ``BEGIN IMMEDIATE`` (db.engine), so it already holds the only write lock,
and the head is read at each flush. On PostgreSQL the statement that took the writers' advisory
lock at the transaction's start also read, once it was granted, both heads and the server's
clock (migration 0007's ``write_lock()``; db.engine keeps them on the connection as
``ChainHeads``), and each flush advances them: a check-in makes no round trip for its chain. A
transaction that did not take the lock at its start, or whose heads were dropped (a savepoint
rolled back, a flush that failed), calls 0005's ``chain_head()``, which takes the lock, then
reads (its statements take new snapshots, so it sees the entry of the desk that held the lock
before). On PostgreSQL the time of an entry is the server's, not the desk's.

Nothing writes ``check_ins`` or ``audit_log`` but through these models inside a writing
transaction (a merged journal entry too, db.journal.append); a desk's local mirror copies the
server's chained entries with plain INSERTs, but it is SQLite, whose heads are never kept.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import ColumnElement, Connection, event, inspect, select
from sqlalchemy.orm import Session

from summit_desk.db.engine import CHAIN_HEADS, WRITE_LOCK_KEY, ChainHeads
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
# session.info: the heads a flush advanced, kept on the connection once its INSERTs succeeded.
_ADVANCED = "summit_desk.advanced_chain_heads"
# The text fields an entry gets "" for on INSERT when none was given, given here because the
# hash is taken before the INSERT.
_BLANK_BY_DEFAULT = {
    CheckIn: ("desk", "operator", "reason"),
    AuditEntry: ("operator", "desk", "subject", "details"),
}


@event.listens_for(Session, "before_flush")
def _chain_new_entries(session: Session, _context: Any, _instances: Any) -> None:
    session.info.pop(_ADVANCED, None)  # left by a flush that failed: never applied
    new = [o for o in session.new if isinstance(o, CheckIn | AuditEntry)]
    if not new:
        return
    if len(new) > 1:
        new.sort(key=lambda o: inspect(o).insert_order)  # type: ignore[attr-defined]
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        _chain_on_sqlite(connection, new)
        return
    session.info[_ADVANCED] = (connection, _chain_on_postgresql(connection, new))


@event.listens_for(Session, "after_flush")
def _keep_advanced_heads(session: Session, _context: Any) -> None:
    advanced = session.info.pop(_ADVANCED, None)
    if advanced is not None:
        connection, heads = advanced
        connection.info[CHAIN_HEADS] = heads


def _chain_on_sqlite(connection: Connection, new: list[Chained]) -> None:
    """The heads read after ``BEGIN IMMEDIATE``, in the desk's own process: no round trip to
    save, so nothing is kept between flushes. Read through the driver's own connection, since
    SQLAlchemy's execution of a statement costs a check-in more than the query itself does."""
    heads: dict[str, str] = {}
    driver = connection.connection.dbapi_connection
    assert driver is not None
    for entry in new:
        table = entry.__tablename__
        if table not in heads:
            last = f"SELECT (SELECT hash FROM {table} ORDER BY id DESC LIMIT 1)"
            heads[table] = driver.execute(last).fetchone()[0] or GENESIS
        heads[table] = _link(entry, heads[table], None)


def _chain_on_postgresql(connection: Connection, new: list[Chained]) -> ChainHeads:
    """Chain ``new`` after the heads the transaction's write lock read (db.engine), and return
    them advanced. They are taken off the connection for the flush and put back once its
    INSERTs succeeded (after_flush): after a flush that failed, the next one reads them again."""
    known: ChainHeads | None = connection.info.pop(CHAIN_HEADS, None)
    if known is None:  # no lock at the transaction's start, or a savepoint rolled back
        table = new[0].__tablename__
        head, now = _chain_head(connection, table)
        known = ChainHeads({table: head}, now, time.perf_counter())
    heads = dict(known.heads)
    for entry in new:
        table = entry.__tablename__
        if table not in heads:
            heads[table] = _chain_head(connection, table)[0]
        # The server's clock, read once the lock was granted, moved on by the time since.
        at = known.server_now + timedelta(seconds=time.perf_counter() - known.read_at)
        heads[table] = _link(entry, heads[table], at)
    return ChainHeads(heads, known.server_now, known.read_at)


def _chain_head(connection: Connection, table: str) -> tuple[str, datetime]:
    """A chain's last hash and the server's clock, for a transaction that did not take the
    write lock at its start (db.engine): the migration's chain_head() takes it first."""
    row = connection.exec_driver_sql(f"SELECT * FROM chain_head('{table}', {CHAIN_LOCK_KEY})").one()
    return row[0] or GENESIS, row[1]


def keep_original_time(entry: Chained) -> Chained:
    """Mark a merged entry: its ``at`` is kept, not replaced by the server's clock."""
    setattr(entry, _KEEP_TIME, True)
    return entry


def _link(entry: Chained, previous: str, server_now: datetime | None) -> str:
    """Give ``entry`` its defaults, its time and its place after ``previous``; its hash. The
    fields are read once and filled in as they are set: this runs on every check-in."""
    names = CHECK_IN_FIELDS if isinstance(entry, CheckIn) else AUDIT_FIELDS
    fields: dict[str, Field] = {name: getattr(entry, name) for name in names}
    # Stored in UTC: SQLite keeps the digits and drops the zone.
    if getattr(entry, _KEEP_TIME, False):
        server_now = None
    fields["at"] = entry.at = as_utc(server_now or entry.at or utc_now())
    if isinstance(entry, CheckIn) and entry.uuid is None:
        fields["uuid"] = entry.uuid = uuid4()
    for name in _BLANK_BY_DEFAULT[type(entry)]:
        if fields[name] is None:
            fields[name] = ""
            setattr(entry, name, "")
    entry.prev_hash = previous
    entry.hash = entry_hash(fields, previous)
    return entry.hash


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
