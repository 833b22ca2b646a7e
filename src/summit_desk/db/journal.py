"""The check-in journal as it travels between desks: entries named by their UUID (their nonce),
the person by ref, the badge by code and the session by code, so that a journal written on one
database is merged into another whose row ids differ.

Also the journal file (``summit-desk journal export``): an SQLite file of entries and of the
audit log's entries (db.merged_audit), no names or contact details.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select, text, tuple_
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql import Select

from summit_desk.db.audit import keep_original_time
from summit_desk.db.merged_audit import AuditRecord
from summit_desk.db.models import Badge, CheckIn, Person, ProgrammeSession
from summit_desk.domain.batches import batched
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import CheckInKind

FILE_FORMAT = "summit-desk-journal"
FILE_VERSION = "2"  # 2: with the audit log's entries; a file of version 1 has none
_READABLE = ("1", FILE_VERSION)
_CHUNK = 500  # values in one IN (...) list


@dataclass(frozen=True, slots=True)
class JournalRecord:
    """One journal entry, portable: what a scan was, by whom, where and when."""

    uuid: str
    kind: str
    ref: str
    badge_code: str
    day: date
    session_code: str
    undoes: str
    at: datetime  # UTC, the desk's original scan time
    desk: str
    operator: str
    reason: str


@dataclass(frozen=True, slots=True)
class JournalFile:
    """What a journal file holds: its event's code, check-ins and audit entries."""

    event: str
    entries: list[JournalRecord]
    audit: list[AuditRecord]


@dataclass(frozen=True, slots=True)
class DoubleAdmissionRow:
    """A later entry of someone already admitted (the same day, or the same session)."""

    person_id: int
    day: date
    session_code: str
    kept_uuid: str
    kept_at: datetime
    kept_desk: str
    later_uuid: str
    later_at: datetime
    later_desk: str


def lock_journal(session: Session) -> None:
    """Serialise two merges into one server (SQLite's BEGIN IMMEDIATE already does)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(text("SELECT pg_advisory_xact_lock(80808)"))


def append(session: Session, entry: CheckIn) -> None:
    """Write one journal entry: the one place a merged entry is inserted. It keeps its
    original scan time (on PostgreSQL too, where a new entry gets the server's clock)."""
    session.add(keep_original_time(entry))


def records(session: Session, uuids: Iterable[uuid.UUID] | None = None) -> list[JournalRecord]:
    """The journal's entries (all, or those of ``uuids``) in portable form, oldest first."""
    query = (
        select(
            CheckIn.uuid,
            CheckIn.kind,
            Person.ref,
            Badge.code,
            CheckIn.day,
            ProgrammeSession.code,
            CheckIn.undoes,
            CheckIn.at,
            CheckIn.desk,
            CheckIn.operator,
            CheckIn.reason,
        )
        .join(Person, Person.id == CheckIn.person_id)
        .outerjoin(Badge, Badge.id == CheckIn.badge_id)
        .outerjoin(ProgrammeSession, ProgrammeSession.id == CheckIn.session_id)
        .order_by(CheckIn.at, CheckIn.uuid)
    )
    rows: list[Sequence[object]] = []
    if uuids is None:
        rows.extend(session.execute(query).all())
    else:
        wanted = list(uuids)
        for chunk in batched(wanted, _CHUNK):
            rows.extend(session.execute(query.where(CheckIn.uuid.in_(chunk))).all())
    return [_record(row) for row in rows]


def _record(row: Sequence[object]) -> JournalRecord:
    entry, kind, ref, code, day, session_code, undoes, at, desk, operator, reason = row
    assert isinstance(day, date) and isinstance(at, datetime)
    return JournalRecord(
        uuid=str(entry),
        kind=str(kind),
        ref=str(ref),
        badge_code=str(code or ""),
        day=day,
        session_code=str(session_code or ""),
        undoes=str(undoes or ""),
        at=as_utc(at),
        desk=str(desk or ""),
        operator=str(operator or ""),
        reason=str(reason or ""),
    )


def known_uuids(session: Session, uuids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``uuids`` that the journal already holds."""
    wanted, found = list(uuids), set[uuid.UUID]()
    for chunk in batched(wanted, _CHUNK):
        found.update(session.scalars(select(CheckIn.uuid).where(CheckIn.uuid.in_(chunk))))
    return found


def person_ids(session: Session, refs: Iterable[str]) -> dict[str, int]:
    return _ids(session, select(Person.ref, Person.id), Person.ref, refs)


def badge_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    return _ids(session, select(Badge.code, Badge.id), Badge.code, codes)


def session_ids(session: Session, codes: Iterable[str]) -> dict[str, int]:
    return _ids(
        session, select(ProgrammeSession.code, ProgrammeSession.id), ProgrammeSession.code, codes
    )


def _ids(
    session: Session, query: Select[str, int], key: InstrumentedAttribute[str],
    values: Iterable[str],
) -> dict[str, int]:  # fmt: skip
    """{value: id} of the rows whose ``key`` is one of ``values`` (refs, codes)."""
    wanted, found = sorted(set(values)), dict[str, int]()
    for chunk in batched(wanted, _CHUNK):
        found.update(dict(session.execute(query.where(key.in_(chunk))).all()))
    return found


def double_admissions(session: Session) -> list[DoubleAdmissionRow]:
    """Every entry after the first of a person admitted twice (two arrivals the same day, or
    two entries into one session) that no undo cancelled. The first is the earliest scan; two
    scans at the same instant are ordered by UUID, so every desk agrees which one is kept."""
    undone = select(CheckIn.undoes).where(
        CheckIn.kind == CheckInKind.UNDO, CheckIn.undoes.is_not(None)
    )
    live = (
        CheckIn.kind.in_((CheckInKind.ARRIVAL, CheckInKind.SESSION_ENTRY)),
        CheckIn.uuid.not_in(undone),
    )
    session_key = func.coalesce(CheckIn.session_id, 0)
    twice = (
        select(CheckIn.person_id, CheckIn.day, session_key)
        .where(*live)
        .group_by(CheckIn.person_id, CheckIn.day, session_key)
        .having(func.count() > 1)
    )
    rows = session.execute(
        select(
            CheckIn.person_id,
            CheckIn.day,
            ProgrammeSession.code,
            CheckIn.uuid,
            CheckIn.at,
            CheckIn.desk,
        )
        .outerjoin(ProgrammeSession, ProgrammeSession.id == CheckIn.session_id)
        .where(*live, tuple_(CheckIn.person_id, CheckIn.day, session_key).in_(twice))
        .order_by(CheckIn.person_id, CheckIn.day, session_key, CheckIn.at, CheckIn.uuid)
    ).all()
    flagged: list[DoubleAdmissionRow] = []
    first: tuple[object, ...] | None = None
    for person_id, day, code, entry, at, desk in rows:
        group = (person_id, day, code or "")
        if first is None or first[:3] != group:
            first = (*group, str(entry), as_utc(at), desk)
            continue
        flagged.append(
            DoubleAdmissionRow(
                person_id, day, code or "", str(first[3]), first[4], str(first[5]),  # type: ignore[arg-type]
                str(entry), as_utc(at), desk,
            )
        )  # fmt: skip
    return flagged


# -- the journal file ------------------------------------------------------------------------

_FILE_COLUMNS = (
    "uuid",
    "kind",
    "ref",
    "badge_code",
    "day",
    "session_code",
    "undoes",
    "at",
    "desk",
    "operator",
    "reason",
)


_AUDIT_COLUMNS = ("origin", "at", "operator", "desk", "action", "subject", "details")


def write_file(
    path: Path,
    entries: Sequence[JournalRecord],
    event_code: str,
    audit: Sequence[AuditRecord] = (),
) -> None:
    """A new journal file at ``path`` (0600: it names who came when), written whole into a
    file beside it and then renamed, so that a stick pulled out half-way leaves no half file."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
    with contextlib.closing(sqlite3.connect(partial)) as db, db:
        db.execute("CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        for table, columns, key in (
            ("journal_entries", _FILE_COLUMNS, "uuid"),
            ("journal_audit", _AUDIT_COLUMNS, "origin"),
        ):
            db.execute(
                f"CREATE TABLE {table} ("
                + ", ".join(f"{c} TEXT NOT NULL" for c in columns)
                + f", PRIMARY KEY ({key}))"
            )
        db.executemany(
            "INSERT INTO journal_meta VALUES (?, ?)",
            [("format", FILE_FORMAT), ("version", FILE_VERSION), ("event", event_code)],
        )
        db.executemany(
            f"INSERT INTO journal_entries VALUES ({', '.join('?' * len(_FILE_COLUMNS))})",
            [
                (
                    e.uuid, e.kind, e.ref, e.badge_code, e.day.isoformat(), e.session_code,
                    e.undoes, e.at.isoformat(), e.desk, e.operator, e.reason,
                )
                for e in entries
            ],
        )  # fmt: skip
        db.executemany(  # one row per origin: a log holds an entry and its copy only apart
            f"INSERT OR IGNORE INTO journal_audit VALUES ({', '.join('?' * len(_AUDIT_COLUMNS))})",
            [
                (a.origin, a.at.isoformat(), a.operator, a.desk, a.action, a.subject, a.details)
                for a in audit
            ],
        )
    os.replace(partial, path)


def read_file(path: Path) -> JournalFile:
    """What a journal file holds; ``journal.bad_file`` for anything else."""
    if not path.is_file():
        raise SummitDeskError("journal.no_file", path=path)
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT key, value FROM journal_meta").fetchall())
            if meta.get("format") != FILE_FORMAT or meta.get("version") not in _READABLE:
                raise SummitDeskError("journal.bad_file", path=path)
            rows = db.execute(f"SELECT {', '.join(_FILE_COLUMNS)} FROM journal_entries").fetchall()
            audit = []
            if meta["version"] != "1":
                audit = db.execute(
                    f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM journal_audit"
                ).fetchall()
        return JournalFile(
            str(meta.get("event", "")),
            [_file_record(row) for row in rows],
            [_audit_record(row) for row in audit],
        )
    except (sqlite3.DatabaseError, ValueError, TypeError):
        raise SummitDeskError("journal.bad_file", path=path) from None


def _audit_record(row: Sequence[str]) -> AuditRecord:
    origin, at, operator, desk, action, subject, details = (str(v) for v in row)
    if not origin or not action:
        raise ValueError(origin)
    return AuditRecord(
        origin, as_utc(datetime.fromisoformat(at)), operator, desk, action, subject, details
    )


def _file_record(row: Sequence[str]) -> JournalRecord:
    entry, kind, ref, code, day, session_code, undoes, at, desk, operator, reason = row
    uuid.UUID(entry)  # a malformed nonce makes the whole file suspect
    if undoes:
        uuid.UUID(undoes)
    if kind not in set(CheckInKind):
        raise ValueError(kind)
    return JournalRecord(
        entry, kind, ref, code, date.fromisoformat(day), session_code, undoes,
        as_utc(datetime.fromisoformat(at)), desk, operator, reason,
    )  # fmt: skip
