"""The bookkeeping of a desk's local journal (services.offline): which of its check-ins and
audit entries the server already holds. Two tables of the local file only, never of a server:
an entry of the local journal or audit log not listed in them is waiting to be merged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import Column, Integer, MetaData, Table, Uuid, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from summit_desk.db.models import AuditEntry, CheckIn

_local = MetaData()
# Check-ins the server holds: pulled from it with the mirror, or merged into it.
synced = Table("journal_synced", _local, Column("uuid", Uuid, primary_key=True))
# Audit entries (by their id in the local file) merged into the server.
audit_synced = Table("journal_audit_synced", _local, Column("id", Integer, primary_key=True))


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
