"""The bookkeeping of a desk's local journal (services.offline): which of its check-ins and
audit entries the server already holds, and the wrong PINs counted while the server was away.
Tables of the local file only, never of a server: an entry of the local journal or audit log
not listed in them is waiting to be merged. ``create_local_tables`` adds any that an older
local file lacks (the file's other tables are the server's schema, brought up by Alembic).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
    and_,
    delete,
    func,
    select,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from summit_desk.db.models import AuditEntry, CheckIn, Operator
from summit_desk.db.operators import Lockout, lockout_of

_local = MetaData()
# Check-ins the server holds: pulled from it with the mirror, or merged into it.
synced = Table("journal_synced", _local, Column("uuid", Uuid, primary_key=True))
# Audit entries (by their id in the local file) merged into the server.
audit_synced = Table("journal_audit_synced", _local, Column("id", Integer, primary_key=True))
# Offline logins: an operator's wrong PINs in a row and lockout as this desk counts them while
# the server is away (the mirror's operators table is the server's, written by a refresh only).
# Carried to the server on reconnect (db.operators.carry_lockout), then removed.
lockouts = Table(
    "journal_operator_lockout",
    _local,
    Column("name", String(64), primary_key=True),
    Column("failed_pins", Integer, nullable=False),
    Column("locked_until", DateTime(timezone=True)),
)


def create_local_tables(session: Session) -> None:
    _local.create_all(session.connection(), checkfirst=True)


def mark_synced(session: Session, uuids: Iterable[str]) -> None:
    values = [{"uuid": uuid.UUID(u)} for u in uuids]
    if values:
        session.execute(insert(synced).on_conflict_do_nothing(), values)


def waiting(session: Session) -> list[uuid.UUID]:
    """The local journal's entries that the server does not hold yet."""
    return list(
        session.scalars(
            select(CheckIn.uuid)
            .where(CheckIn.uuid.not_in(select(synced.c.uuid)))
            .order_by(CheckIn.at, CheckIn.uuid)
        )
    )


def count_waiting(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(CheckIn)
            .where(CheckIn.uuid.not_in(select(synced.c.uuid)))
        )
        or 0
    )


def mark_audit_synced(session: Session, ids: Iterable[int]) -> None:
    values = [{"id": i} for i in ids]
    if values:
        session.execute(insert(audit_synced).on_conflict_do_nothing(), values)


def waiting_audit(session: Session) -> list[int]:
    """The ids of the local audit log's entries that the server does not hold yet."""
    return list(
        session.scalars(
            select(AuditEntry.id)
            .where(AuditEntry.id.not_in(select(audit_synced.c.id)))
            .order_by(AuditEntry.id)
        )
    )


def lockout(session: Session, operator: Operator) -> Lockout:
    """``operator``'s lockout as this desk counts it offline: from the server's count as last
    mirrored (an operator locked out before the outage stays locked out), then its own."""
    row = session.execute(
        select(lockouts.c.failed_pins, lockouts.c.locked_until).where(
            lockouts.c.name == operator.name
        )
    ).first()
    return lockout_of(operator) if row is None else Lockout(row.failed_pins, row.locked_until)


def save_lockout(session: Session, name: str, state: Lockout) -> None:
    values = {"name": name, "failed_pins": state.failed_pins, "locked_until": state.locked_until}
    statement = insert(lockouts).values(values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[lockouts.c.name],
            set_={k: statement.excluded[k] for k in values if k != "name"},
        )
    )


def counted_lockouts(session: Session) -> dict[str, Lockout]:
    """The lockouts counted offline that the server has not been given yet, by name."""
    rows = session.execute(select(lockouts)).all()
    return {r.name: Lockout(r.failed_pins, r.locked_until) for r in rows}


def forget_lockouts(session: Session, carried: dict[str, Lockout]) -> None:
    """Remove the lockouts given to the server (unless counted further since they were read)."""
    for name, state in carried.items():
        session.execute(
            delete(lockouts).where(
                and_(lockouts.c.name == name, lockouts.c.failed_pins == state.failed_pins)
            )
        )
