"""Checking people in: a scanned badge code or a person picked at the desk becomes one entry of
the append-only journal, or a clear answer why not."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from summit_desk.db import badges as badge_db
from summit_desk.db import checkins as checkin_db
from summit_desk.db import door as door_db
from summit_desk.db import event as event_db
from summit_desk.db import people as repo
from summit_desk.db.models import Badge, CheckIn, Person
from summit_desk.domain.codes import clean_scan
from summit_desk.domain.errors import NotFound, SummitDeskError
from summit_desk.domain.names import clean_input
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import (
    BadgeStatus,
    CheckInKind,
    CheckInResult,
    CheckInStatus,
    PersonSummary,
    Role,
)
from summit_desk.services.context import DeskContext


def required_reason(reason: str) -> str:
    """An undo's reason, cleaned: the journal and the audit log keep it, so it may not be empty."""
    reason = clean_input(reason, "reason")
    if not reason:
        raise SummitDeskError("badge.reason_required")
    return reason


def undo_entry(
    context: DeskContext,
    session: Session,
    entry_uuid: str,
    reason: str,
    *,
    kind: CheckInKind,
    unknown: str,
    already: str,
    undo_uuid: uuid.UUID | None = None,
) -> CheckIn:
    """Append the journal line that undoes the entry ``entry_uuid`` of ``kind`` (an arrival at
    the desk, an entry at a panel's door) and return that entry. The holder's row is locked
    first, so of two supervisors undoing it at once the second waits and is told it is done.
    ``undo_uuid`` is the undo line's own UUID when the desk drew it (see ``scan``'s
    ``entry_uuid``: a retry on the local journal then writes the same line)."""
    try:
        wanted = uuid.UUID(entry_uuid)
    except ValueError:
        raise NotFound(unknown, entry=entry_uuid) from None
    entry = checkin_db.entry(session, wanted)
    if entry is None or entry.kind != kind:
        raise NotFound(unknown, entry=entry_uuid)
    door_db.lock_person(session, entry.person_id)
    if door_db.entry_undone(session, entry.uuid):
        raise SummitDeskError(already, entry=entry_uuid)
    session.add(
        CheckIn(
            uuid=undo_uuid or uuid.uuid4(),
            kind=CheckInKind.UNDO,
            person_id=entry.person_id,
            badge_id=entry.badge_id,
            day=entry.day,
            session_id=entry.session_id,
            undoes=entry.uuid,
            at=context.now(),
            desk=context.desk,
            operator=context.operator,
            reason=reason,
        )
    )
    return entry


def audit_refusal(context: DeskContext, session: Session, result: CheckInResult) -> CheckInResult:
    """A scan that did not check anyone in is kept in the audit log (an arrival is its own
    entry of the journal): who scanned what, where, and the answer."""
    if result.status is not CheckInStatus.CHECKED_IN:
        person = result.person.ref if result.person else ""
        context.audit(
            session, "checkin.refused", result.code, status=str(result.status), ref=person,
            door=result.session or "",
        )  # fmt: skip
    return result


@dataclass(frozen=True, slots=True)
class NotifiedArrival:
    """An arrival protocol is told about, at whichever desk it was made."""

    entry_uuid: str
    person: PersonSummary
    at: datetime  # UTC
    desk: str


class CheckInService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def scan(
        self, raw: str, *, day: date | None = None, entry_uuid: uuid.UUID | None = None
    ) -> CheckInResult:
        """Check in the holder of a scanned (or typed) badge code. ``entry_uuid`` is the
        arrival's UUID, when the caller draws it once for a scan it may retry elsewhere
        (services.offline): the same scan is then one entry wherever it was written."""
        code = clean_scan(raw)
        day = day or self.context.today()
        if not code:
            return CheckInResult(CheckInStatus.ERROR, code, day, detail="code.empty")
        with self.context.database.writer() as session, session.begin():
            badge = badge_db.badge_by_code(session, code)
            if badge is None:
                return audit_refusal(
                    self.context, session, CheckInResult(CheckInStatus.UNKNOWN, code, day)
                )
            result = self._check_in(
                session, badge.person_id, badge, code, day, entry_uuid=entry_uuid
            )
            return audit_refusal(self.context, session, result)

    def check_in_person(
        self, person_id: int, *, day: date | None = None, entry_uuid: uuid.UUID | None = None
    ) -> CheckInResult:
        """Check in a person the desk picked from the search results (no badge scanned);
        ``entry_uuid`` as for ``scan``."""
        day = day or self.context.today()
        with self.context.database.writer() as session, session.begin():
            badge = badge_db.active_badge(session, person_id)
            if session.get(Person, person_id) is None:
                raise NotFound("person.unknown", ref=str(person_id))
            code = badge.code if badge else ""
            result = self._check_in(session, person_id, badge, code, day, entry_uuid=entry_uuid)
            return audit_refusal(self.context, session, result)

    def undo(
        self, entry_uuid: str, reason: str, undo_uuid: uuid.UUID | None = None
    ) -> PersonSummary:
        """Cancel an arrival; only a supervisor may, and the reason is kept in the journal."""
        self.context.require(Role.SUPERVISOR, "action.undo")
        reason = required_reason(reason)
        with self.context.database.writer() as session, session.begin():
            entry = undo_entry(
                self.context,
                session,
                entry_uuid,
                reason,
                kind=CheckInKind.ARRIVAL,
                unknown="checkin.unknown_entry",
                already="checkin.already_undone",
                undo_uuid=undo_uuid,
            )
            self.context.audit(session, "checkin.undo", str(entry.uuid), reason=reason)
            session.flush()
            return self._summary(session, entry.person_id, entry.day)

    def notified_arrivals(
        self, *, day: date | None = None, limit: int = 200
    ) -> list[NotifiedArrival]:
        """The day's arrivals of heads of delegation, ministers, ambassadors… at every desk,
        newest first: what protocol follows through the morning."""
        day = day or self.context.today()
        with self.context.database.reader() as session:
            rows = checkin_db.notified_arrivals(session, day, limit)
            people = {p.id: p for p in repo.summaries(session, [r.person_id for r in rows], day)}
        return [
            NotifiedArrival(str(r.uuid), people[r.person_id], as_utc(r.at), r.desk or "")
            for r in rows
            if r.person_id in people
        ]

    def _summary(self, session: Session, person_id: int, day: date) -> PersonSummary:
        return repo.summaries(session, [person_id], day)[0]

    def _check_in(
        self,
        session: Session,
        person_id: int,
        badge: Badge | None,
        code: str,
        day: date,
        *,
        entry_uuid: uuid.UUID | None = None,
    ) -> CheckInResult:
        if badge is not None and badge.status != BadgeStatus.ACTIVE:
            current = badge_db.active_badge(session, person_id)
            status = (
                CheckInStatus.REPLACED
                if badge.status == BadgeStatus.REPLACED
                else CheckInStatus.REVOKED
            )
            return CheckInResult(
                status,
                code,
                day,
                person=self._summary(session, person_id, day),
                badge_version=badge.version,
                current_badge_version=current.version if current else None,
            )
        if event_db.day_id(session, day) is None:
            return CheckInResult(
                CheckInStatus.NOT_TODAY,
                code,
                day,
                person=self._summary(session, person_id, day),
                badge_version=badge.version if badge else None,
            )
        # Serialise two desks checking the same person in at once.
        repo.lock_person(session, person_id)
        summary = self._summary(session, person_id, day)
        if summary.checked_in_at is not None:
            return CheckInResult(
                CheckInStatus.ALREADY_CHECKED_IN,
                code,
                day,
                person=summary,
                at=summary.checked_in_at,
                desk=summary.checked_in_desk,
                badge_version=badge.version if badge else None,
            )
        # Read before the insert: on PostgreSQL the insert takes the chain's lock (db.audit),
        # held until the commit, so nothing more is done between them.
        notify = checkin_db.notify_on_arrival(session, person_id)
        entry = CheckIn(
            uuid=entry_uuid or uuid.uuid4(),
            kind=CheckInKind.ARRIVAL,
            person_id=person_id,
            badge_id=badge.id if badge else None,
            day=day,
            at=self.context.now(),
            desk=self.context.desk,
            operator=self.context.operator,
        )
        session.add(entry)
        session.flush()
        return CheckInResult(
            CheckInStatus.CHECKED_IN,
            code,
            day,
            # The summary read before the insert, now with the arrival just written.
            person=replace(summary, checked_in_at=as_utc(entry.at), checked_in_desk=entry.desk),
            entry_uuid=str(entry.uuid),
            at=entry.at,
            desk=entry.desk,
            badge_version=badge.version if badge else None,
            notify=notify,
        )
