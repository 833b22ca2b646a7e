"""Scans at a panel's door: a badge code becomes the holder's entry into that session, once.

The entry is a ``session_entry`` line of the check-in journal naming the session. A second scan
answers ``already_checked_in`` with the first entry's time and door; someone the session's rules
do not invite is refused with ``not_invited``. Two doors scanning the same person at once are
serialised as at the desk (SQLite: BEGIN IMMEDIATE; PostgreSQL: the person's row is locked).

A supervisor undoes a mistaken entry (the wrong person let in, a badge scanned at the wrong
door) with a reason: an ``undo`` line of the journal, as for an arrival, and an audit entry.
``attendance`` gives a door its count (entered / invited) and the latest entries.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from summit_desk.db import badges as badge_db
from summit_desk.db import door as repo
from summit_desk.db import people as people_repo
from summit_desk.db import seating as seating_repo
from summit_desk.db.models import CheckIn, ProgrammeSession
from summit_desk.domain.codes import clean_scan
from summit_desk.domain.persian import as_utc
from summit_desk.domain.seating import SeatingRules
from summit_desk.domain.values import (
    BadgeStatus,
    CheckInKind,
    CheckInResult,
    CheckInStatus,
    PersonSummary,
    Role,
    SessionInfo,
)
from summit_desk.services.checkin import audit_refusal, required_reason, undo_entry
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService

# The rules of a session, read inside the scan's transaction: None means the door is open to
# every badge of the event (a session the protocol office has set no rules for).
RulesOf = Callable[[Session, SessionInfo], SeatingRules | None]

LATEST = 12  # entries a door shows


@dataclass(frozen=True, slots=True)
class DoorEntry:
    """One entry into a session, as a door lists it (and a supervisor may undo it)."""

    entry_uuid: str
    person: PersonSummary
    at: datetime
    door: str


@dataclass(frozen=True, slots=True)
class SessionAttendance:
    """Who has come into a session: ``invited`` is None when no rules limit the door."""

    session: SessionInfo
    entered: int
    invited: int | None
    latest: tuple[DoorEntry, ...] = ()


class DoorService:
    def __init__(self, context: DeskContext, rules_of: RulesOf | None = None) -> None:
        self.context = context
        self._rules_of = rules_of

    def session(self, key: str) -> SessionInfo:
        """The session a door is for, by its code (as ``sessions --json`` lists it) or id."""
        return EventService(self.context).session(key)

    def scan(
        self, raw: str, session_key: str, *, entry_uuid: uuid.UUID | None = None
    ) -> CheckInResult:
        """Let the holder of a scanned badge code into the session, or say why not."""
        programme = self.session(session_key)
        return self.scan_into(raw, programme, entry_uuid=entry_uuid)

    def scan_into(
        self, raw: str, programme: SessionInfo, *, entry_uuid: uuid.UUID | None = None
    ) -> CheckInResult:
        """``scan`` for the session a door already holds. ``entry_uuid`` is the entry's UUID
        when the caller draws it once for a scan it may retry on the desk's local journal
        (services.offline): the scan is then one entry wherever it was written."""
        code = clean_scan(raw)
        if not code:
            return CheckInResult(
                CheckInStatus.ERROR, code, self.context.today(), session=programme.code,
                detail="code.empty",
            )  # fmt: skip
        with self.context.database.writer() as session, session.begin():
            return audit_refusal(
                self.context, session, self._scan(session, code, programme, entry_uuid)
            )

    def _scan(
        self, session: Session, code: str, programme: SessionInfo, entry_uuid: uuid.UUID | None
    ) -> CheckInResult:
        day = self.context.today()
        result = CheckInResult(CheckInStatus.ERROR, code, day, session=programme.code)
        badge = badge_db.badge_by_code(session, code)
        if badge is None:
            return replace(result, status=CheckInStatus.UNKNOWN)
        person_id = badge.person_id
        result = replace(result, badge_version=badge.version)
        if badge.status != BadgeStatus.ACTIVE:
            current = badge_db.active_badge(session, person_id)
            return replace(
                result,
                status=CheckInStatus.REPLACED
                if badge.status == BadgeStatus.REPLACED
                else CheckInStatus.REVOKED,
                person=_summary(session, person_id, day),
                current_badge_version=current.version if current else None,
            )
        if day != programme.day:
            return replace(
                result,
                status=CheckInStatus.NOT_TODAY,
                person=_summary(session, person_id, day),
            )
        rules = self._rules(session, programme)
        if rules is not None and not seating_repo.is_invited(session, rules, person_id):
            return replace(
                result,
                status=CheckInStatus.NOT_INVITED,
                person=_summary(session, person_id, day),
            )
        repo.lock_person(session, person_id)
        first = repo.first_entry(session, person_id, programme.id)
        summary = _summary(session, person_id, day)
        if first is not None:
            return replace(
                result,
                status=CheckInStatus.ALREADY_CHECKED_IN,
                person=summary,
                at=as_utc(first.at),
                desk=first.desk,
            )
        entry = CheckIn(
            uuid=entry_uuid or uuid.uuid4(),
            kind=CheckInKind.SESSION_ENTRY,
            person_id=person_id,
            badge_id=badge.id,
            day=day,
            session_id=programme.id,
            at=self.context.now(),
            desk=self.context.desk,
            operator=self.context.operator,
        )
        session.add(entry)
        session.flush()
        return replace(
            result,
            status=CheckInStatus.CHECKED_IN,
            person=summary,
            entry_uuid=str(entry.uuid),
            at=entry.at,
            desk=entry.desk,
        )

    def entries(self) -> list[tuple[str, str, str, int]]:
        """(code, Persian name, English name, people who entered) for every session."""
        with self.context.database.reader() as session:
            return repo.entries_per_session(session)

    def attendance(self, session_key: str, *, latest: int = LATEST) -> SessionAttendance:
        """The session's count (entered / invited) and its ``latest`` entries, newest first."""
        return self.attendance_of(self.session(session_key), latest=latest)

    def attendance_of(self, programme: SessionInfo, *, latest: int = LATEST) -> SessionAttendance:
        with self.context.database.reader() as session:
            entered = repo.entered_ids(session, programme.id)
            rules = self._rules(session, programme)
            invited = None if rules is None else len(seating_repo.invited_ids(session, rules))
            rows = repo.latest_entries(session, programme.id, latest)
            people = {
                p.id: p
                for p in people_repo.summaries(session, sorted({r[1] for r in rows}), programme.day)
            }
        return SessionAttendance(
            programme,
            len(entered),
            invited,
            tuple(DoorEntry(u, people[pid], as_utc(at), door) for u, pid, at, door in rows),
        )

    def counts(self, day: date | None = None) -> list[SessionAttendance]:
        """Every session's (or ``day``'s sessions') entered / invited, in the programme's order."""
        programmes = EventService(self.context).sessions()
        with self.context.database.reader() as session:
            counts = []
            for programme in programmes:
                if day is not None and programme.day != day:
                    continue
                rules = self._rules(session, programme)
                invited = None if rules is None else len(seating_repo.invited_ids(session, rules))
                entered = len(repo.entered_ids(session, programme.id))
                counts.append(SessionAttendance(programme, entered, invited))
        return counts

    def undo(
        self, entry_uuid: str, reason: str, undo_uuid: uuid.UUID | None = None
    ) -> PersonSummary:
        """Cancel a mistaken entry into a session; only a supervisor may, with a reason that the
        journal and the audit log keep. The holder may then be scanned in again."""
        self.context.require(Role.SUPERVISOR, "action.undo_entry")
        reason = required_reason(reason)
        with self.context.database.writer() as session, session.begin():
            entry = undo_entry(
                self.context,
                session,
                entry_uuid,
                reason,
                kind=CheckInKind.SESSION_ENTRY,
                unknown="door.unknown_entry",
                already="door.already_undone",
                undo_uuid=undo_uuid,
            )
            programme = session.get(ProgrammeSession, entry.session_id)
            self.context.audit(
                session,
                "door.undo",
                str(entry.uuid),
                reason=reason,
                session_code=programme.code if programme else None,
            )
            session.flush()
            return _summary(session, entry.person_id, entry.day)

    def _rules(self, session: Session, programme: SessionInfo) -> SeatingRules | None:
        if self._rules_of is not None:
            return self._rules_of(session, programme)
        # The office's rules are read by the seating service (stored set-up, then the
        # resources' file); imported here so that a door works without seating loaded.
        from summit_desk.services.seating import session_rules

        return session_rules(session, programme)


def _summary(session: Session, person_id: int, day: date) -> PersonSummary:
    return people_repo.summaries(session, [person_id], day)[0]
