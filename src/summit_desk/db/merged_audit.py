"""Audit entries as they travel between desks: a desk's logins, refused scans, undos and prints
written while it was apart (offline on its local journal, or on a machine that never shared the
LAN) go into the other database's audit log when the journals are merged.

An audit entry has no UUID; its stable identity (its *origin*) is the hash it was chained with
in the audit log it was first written to: the hash covers its time, operator, desk, action,
subject and details and the entry before it, so two entries never share it, and it never
changes. A merged copy keeps the original's time, operator, desk, action, subject and details,
and carries in its details a note ``"merged": {"origin", "at", "desk", "operator", "source"}``
(the merge's time, the merging desk and operator), so that merging it again, from any database
it has reached since, in any order, finds it already there. The copy is chained in its new log
like any entry: the chain then covers the note and the original's time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summit_desk.db.audit import keep_original_time
from summit_desk.db.models import AuditEntry
from summit_desk.domain.batches import batched
from summit_desk.domain.persian import as_utc

MERGED = "merged"  # the note's key in a merged copy's details
_NOTED = f'%"{MERGED}": {{"origin": %'  # how json.dumps writes the note, to find the copies
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit entry, portable: who did what, where and when, and its stable identity."""

    origin: str  # the hash it was first chained with
    at: datetime  # UTC, when it was written at its own desk
    operator: str
    desk: str
    action: str
    subject: str
    details: str  # JSON, as first written (without any merge's note)


def records(session: Session, ids: Iterable[int] | None = None) -> list[AuditRecord]:
    """The audit log's entries (all, or those of ``ids``) in portable form, in log order."""
    query = select(
        AuditEntry.id, AuditEntry.hash, AuditEntry.at, AuditEntry.operator, AuditEntry.desk,
        AuditEntry.action, AuditEntry.subject, AuditEntry.details,
    ).order_by(AuditEntry.id)  # fmt: skip
    rows: list[Sequence[Any]] = []
    if ids is None:
        rows.extend(session.execute(query).all())
    else:
        wanted = list(ids)
        for chunk in batched(wanted, _CHUNK):
            rows.extend(session.execute(query.where(AuditEntry.id.in_(chunk))).all())
    return [_record(row) for row in rows]


def _record(row: Sequence[Any]) -> AuditRecord:
    _id, chained, at, operator, desk, action, subject, details = row
    original = str(details or "")
    # Every entry is chained (migration 0005 chained the older ones); were one not, its
    # content and place stand in for the hash.
    origin = str(chained or "") or hashlib.sha256(repr(tuple(row)).encode()).hexdigest()
    parsed = _parsed(original)
    note = parsed.get(MERGED) if parsed is not None else None
    if parsed is not None and isinstance(note, dict) and note.get("origin"):
        origin = str(note["origin"])  # a copy: the identity of the entry it copies
        original = json.dumps({k: v for k, v in parsed.items() if k != MERGED}, ensure_ascii=False)
    return AuditRecord(
        origin, as_utc(at), str(operator or ""), str(desk or ""), str(action), str(subject or ""),
        original,
    )  # fmt: skip


def _parsed(details: str) -> dict[str, Any] | None:
    try:
        value = json.loads(details)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def known_origins(session: Session, origins: Iterable[str]) -> set[str]:
    """Those of ``origins`` this audit log already holds: as its own entries or as copies."""
    wanted, found = sorted(set(origins)), set[str]()
    for chunk in batched(wanted, _CHUNK):
        found.update(session.scalars(select(AuditEntry.hash).where(AuditEntry.hash.in_(chunk))))
    copies = session.scalars(select(AuditEntry.details).where(AuditEntry.details.like(_NOTED)))
    for details in copies:
        note = (_parsed(details) or {}).get(MERGED)
        if isinstance(note, dict) and str(note.get("origin")) in wanted:
            found.add(str(note["origin"]))
    return found


def merge_time(session: Session, fallback: datetime) -> datetime:
    """The time of a merge: the server's clock on PostgreSQL, the desk's on SQLite."""
    if session.get_bind().dialect.name == "sqlite":
        return fallback
    return as_utc(session.scalar(select(func.now())) or fallback)


def append(session: Session, record: AuditRecord, note: dict[str, str]) -> None:
    """Write the copy of ``record`` with the merge's ``note``; it keeps its original time."""
    details = _parsed(record.details)
    if details is None:
        details = {"details": record.details} if record.details else {}
    details[MERGED] = {"origin": record.origin, **note}
    session.add(
        keep_original_time(
            AuditEntry(
                at=record.at,
                operator=record.operator,
                desk=record.desk,
                action=record.action,
                subject=record.subject,
                details=json.dumps(details, ensure_ascii=False),
            )
        )
    )
