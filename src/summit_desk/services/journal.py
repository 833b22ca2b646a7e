"""Merging check-in journals: a desk's local journal when its server is back, or a journal
file brought on a USB stick from a desk that never shared the LAN.

Each entry's UUID is its nonce: an entry the journal already holds is skipped, so merging the
same file twice, or two files in either order, gives the same journal. A merged entry keeps its
original scan time, desk and operator; the time it was merged is the audit log's entry
``journal.merge`` for that UUID. The audit entries that travel with the journal (logins,
refused scans, undos… of the desk that was apart) are merged the same way, by the hash they
were first chained with (db.merged_audit): each once, with its original time, desk and
operator, and the merge's time, desk and source in its details.

Nothing is dropped: someone admitted at two desks while they were apart has both entries; the
earliest is their arrival (the desk's summaries already read the first one), and each later one
is on the protocol's list of double admissions.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from summit_desk.db import event as event_db
from summit_desk.db import journal as repo
from summit_desk.db import merged_audit
from summit_desk.db import people as people_repo
from summit_desk.db.journal import JournalRecord
from summit_desk.db.merged_audit import AuditRecord
from summit_desk.db.models import CheckIn
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import CheckInKind, PersonSummary, Role
from summit_desk.services.context import DeskContext


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did: ``added`` new entries, ``known`` already there, and the UUIDs of
    entries naming a person or session this database does not have (kept out, reported);
    the same counts for the audit entries that came with them."""

    read: int
    added: int
    known: int
    unmatched: tuple[str, ...] = ()
    audit_added: int = 0
    audit_known: int = 0


@dataclass(frozen=True, slots=True)
class DoubleAdmission:
    """Someone admitted twice while desks were apart: the kept entry and the later one."""

    person: PersonSummary
    day: date
    session_code: str  # "" for an arrival at the venue
    kept_at: datetime
    kept_desk: str
    later_uuid: str
    later_at: datetime
    later_desk: str


class JournalService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def export(self, path: Path) -> int:
        """Write the whole journal to a journal file; returns the number of entries."""
        with self.context.database.reader() as session:
            entries = repo.records(session)
            audit = merged_audit.records(session)
            event_code = _event_code(session)
        repo.write_file(path, entries, event_code, audit)
        with self.context.database.writer() as session, session.begin():
            self.context.audit(
                session, "journal.export", path.name, entries=len(entries), audit=len(audit)
            )
        return len(entries)

    def merge(self, path: Path) -> MergeReport:
        """Merge a journal file; a supervisor's act, as it writes other desks' scans."""
        self.context.require(Role.SUPERVISOR, "action.journal_merge")
        stick = repo.read_file(path)
        with self.context.database.reader() as session:
            ours = _event_code(session)
        if stick.event and ours and stick.event != ours:
            raise SummitDeskError("journal.other_event", path=path, event=stick.event, ours=ours)
        return self.merge_records(stick.entries, audit=stick.audit, source=path.name)

    def merge_records(
        self,
        entries: Sequence[JournalRecord],
        *,
        audit: Sequence[AuditRecord] = (),
        source: str = "",
    ) -> MergeReport:
        """Add the entries and audit entries this database does not hold yet, in one
        transaction."""
        with self.context.database.writer() as session, session.begin():
            repo.lock_journal(session)
            report = self._merge(session, entries, source)
            added, known = self._merge_audit(session, audit, source)
            return replace(report, audit_added=added, audit_known=known)

    def _merge_audit(
        self, session: Session, audit: Sequence[AuditRecord], source: str
    ) -> tuple[int, int]:
        """(added, already here) of ``audit``; each copy keeps its original time, desk and
        operator, and notes the merge's time, desk, operator and source."""
        unique = {a.origin: a for a in audit}
        known = merged_audit.known_origins(session, unique)
        new = sorted(
            (a for o, a in unique.items() if o not in known), key=lambda a: (a.at, a.origin)
        )
        if new:
            note = {
                "at": merged_audit.merge_time(session, self.context.now()).isoformat(),
                "desk": self.context.desk,
                "operator": self.context.operator,
                "source": source,
            }
            for record in new:
                merged_audit.append(session, record, note)
            session.flush()
        return len(new), len(unique) - len(new)

    def _merge(
        self, session: Session, entries: Sequence[JournalRecord], source: str
    ) -> MergeReport:
        unique = {e.uuid: e for e in entries}
        known = repo.known_uuids(session, (uuid.UUID(u) for u in unique))
        new = [e for u, e in unique.items() if uuid.UUID(u) not in known]
        people = repo.person_ids(session, (e.ref for e in new))
        badges = repo.badge_ids(session, (e.badge_code for e in new if e.badge_code))
        sessions = repo.session_ids(session, (e.session_code for e in new if e.session_code))
        added, unmatched = 0, []
        for e in sorted(new, key=lambda e: (e.at, e.uuid)):
            person_id = people.get(e.ref)
            session_id = sessions.get(e.session_code) if e.session_code else None
            if person_id is None or (e.session_code and session_id is None):
                unmatched.append(e.uuid)
                continue
            repo.append(
                session,
                CheckIn(
                    uuid=uuid.UUID(e.uuid),
                    kind=CheckInKind(e.kind),
                    person_id=person_id,
                    badge_id=badges.get(e.badge_code),
                    day=e.day,
                    session_id=session_id,
                    undoes=uuid.UUID(e.undoes) if e.undoes else None,
                    at=e.at,
                    desk=e.desk,
                    operator=e.operator,
                    reason=e.reason,
                ),
            )
            # The audit entry's time is the merge time; the entry keeps the scan's.
            self.context.audit(
                session, "journal.merge", e.uuid, desk=e.desk, scanned_at=e.at, source=source
            )
            added += 1
        session.flush()
        return MergeReport(len(entries), added, len(unique) - len(new), tuple(unmatched))

    def double_admissions(self) -> list[DoubleAdmission]:
        """Each later entry of someone admitted twice, for the protocol office, oldest first."""
        with self.context.database.reader() as session:
            rows = repo.double_admissions(session)
            by_day: dict[date, dict[int, PersonSummary]] = {}
            for day in sorted({r.day for r in rows}):
                wanted = sorted({r.person_id for r in rows if r.day == day})
                by_day[day] = {p.id: p for p in people_repo.summaries(session, wanted, day)}
        return sorted(
            (
                DoubleAdmission(
                    by_day[r.day][r.person_id], r.day, r.session_code, r.kept_at, r.kept_desk,
                    r.later_uuid, r.later_at, r.later_desk,
                )
                for r in rows
            ),
            key=lambda d: (d.later_at, d.later_uuid),
        )  # fmt: skip


def _event_code(session: Session) -> str:
    event = event_db.the_event(session)
    return event.code if event is not None else ""
