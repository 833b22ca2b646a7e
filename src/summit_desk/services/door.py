"""Scans at a panel's door: a badge code becomes the holder's entry into that session, once.

The entry is a ``session_entry`` line of the check-in journal naming the session. A second scan
answers ``already_checked_in`` with the first entry's time and door; someone the session's rules
do not invite is refused with ``not_invited``. Two doors scanning the same person at once are
serialised as at the desk (SQLite: BEGIN IMMEDIATE; PostgreSQL: the person's row is locked).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from summit_desk.db import badges as badge_db
from summit_desk.db import door as repo
from summit_desk.db import people as people_repo
from summit_desk.db import seating as seating_repo
from summit_desk.db.models import CheckIn
from summit_desk.domain.codes import clean_scan
from summit_desk.domain.persian import as_utc
from summit_desk.domain.seating import SeatingRules
from summit_desk.domain.values import (
    BadgeStatus,
    CheckInKind,
    CheckInResult,
    CheckInStatus,
    PersonSummary,
    SessionInfo,
)
from summit_desk.services.checkin import audit_refusal
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService

# The rules of a session, read inside the scan's transaction: None means the door is open to
# every badge of the event (a session the protocol office has set no rules for).
RulesOf = Callable[[Session, SessionInfo], SeatingRules | None]


class DoorService:
    def __init__(self, context: DeskContext, rules_of: RulesOf | None = None) -> None:
        self.context = context
        self._rules_of = rules_of

    def session(self, key: str) -> SessionInfo:
        """The session a door is for, by its code (as ``sessions --json`` lists it) or id."""
        return EventService(self.context).session(key)

    def scan(self, raw: str, session_key: str) -> CheckInResult:
        """Let the holder of a scanned badge code into the session, or say why not."""
        programme = self.session(session_key)
        return self.scan_into(raw, programme)

    def scan_into(self, raw: str, programme: SessionInfo) -> CheckInResult:
        code = clean_scan(raw)
        if not code:
            return CheckInResult(
                CheckInStatus.ERROR, code, self.context.today(), session=programme.code,
                detail="code.empty",
            )  # fmt: skip
        with self.context.database.writer() as session, session.begin():
            return audit_refusal(self.context, session, self._scan(session, code, programme))

    def _scan(self, session: Session, code: str, programme: SessionInfo) -> CheckInResult:
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
            uuid=uuid.uuid4(),
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

    def _rules(self, session: Session, programme: SessionInfo) -> SeatingRules | None:
        if self._rules_of is not None:
            return self._rules_of(session, programme)
        # The office's rules are read by the seating service (stored set-up, then the
        # resources' file); imported here so that a door works without seating loaded.
        from summit_desk.services.seating import session_rules

        return session_rules(session, programme)


def _summary(session: Session, person_id: int, day: date) -> PersonSummary:
    return people_repo.summaries(session, [person_id], day)[0]
