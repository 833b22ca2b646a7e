"""Badges: which to print and in what order, the print log, and reissues.

A reprint of the same version (a printer jam) keeps the code and is logged; a reissue gives the
person a new version with a new code, and from then on the old code scans as ``replaced``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from summit_desk.db import badges as badge_db
from summit_desk.db import event as event_db
from summit_desk.db import people as people_db
from summit_desk.db.models import Badge, BadgePrint, Category, Country, Delegation, Person
from summit_desk.domain.categories import ZONE_NAMES
from summit_desk.domain.codes import new_badge_code
from summit_desk.domain.errors import NotFound, SummitDeskError
from summit_desk.domain.names import clean_input, fold
from summit_desk.domain.values import BadgeData, BadgeStatus, EventHeader, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService, delegation_lookup


@dataclass(frozen=True, slots=True)
class BadgeSelection:
    """Which badges a batch prints: by delegation, category or refs (all three narrow)."""

    delegation: str | None = None
    category: str | None = None
    refs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PrintRecord:
    ref: str
    version: int
    printed_at: datetime
    operator: str
    desk: str
    layout: str
    reason: str


class BadgeService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def event_header(self) -> EventHeader:
        return EventHeader.of(EventService(self.context).require_event())

    def select(self, selection: BadgeSelection) -> list[BadgeData]:
        """The current badges of the selected people, in protocol order: country, delegation,
        then rank and precedence inside the delegation."""
        with self.context.database.reader() as session:
            delegation_id: int | None = None
            if selection.delegation:
                delegation_id = _find_delegation(session, selection.delegation).id
            category: str | None = None
            if selection.category:
                category = selection.category.strip().upper()
                if not event_db.category_exists(session, category):
                    known = ", ".join(event_db.category_codes(session))
                    raise SummitDeskError("import.unknown_category", value=category, known=known)
            refs = list(dict.fromkeys(selection.refs))
            if refs:
                found = people_db.known_refs(session, refs)
                missing = [r for r in refs if r not in found]
                if missing:
                    raise NotFound("person.unknown", ref=", ".join(missing))
            rows = badge_db.current_badges(
                session, delegation_id=delegation_id, category=category, refs=refs
            )
            return [_badge_data(b, p, d, c, k) for b, p, d, c, k in rows]

    def printed_before(self, codes: Sequence[str]) -> set[str]:
        """Which of these badge codes (each one version of a badge) have been printed before,
        asked once for a whole batch rather than once a badge."""
        with self.context.database.reader() as session:
            return badge_db.printed_codes(session, codes)

    def record_prints(self, badges: Sequence[BadgeData], layout: str, reason: str = "") -> int:
        """Log that these badges were printed (who, when, which version, why); returns how many
        of them had been printed before, for the "already printed" warning."""
        now = self.context.now()
        with self.context.database.writer() as session, session.begin():
            ids = badge_db.ids_by_code(session, [b.code for b in badges])
            before = badge_db.printed_badge_ids(session, ids.values())
            session.add_all(
                BadgePrint(
                    badge_id=ids[b.code],
                    printed_at=now,
                    operator=self.context.operator,
                    desk=self.context.desk,
                    layout=layout,
                    reason=reason,
                )
                for b in badges
            )
            reprinted = sum(1 for b in badges if ids[b.code] in before)
            self.context.audit(
                session, "badges.print", layout, count=len(badges), reprinted=reprinted,
                reason=reason,
            )  # fmt: skip
            return reprinted

    def reissue(self, refs: Sequence[str], reason: str) -> list[BadgeData]:
        """Give each person a new badge version with a new code; the old code becomes replaced.

        Only a supervisor may, and only with a reason, which is kept with the new badge.
        """
        self.context.require(Role.SUPERVISOR, "action.reissue")
        reason = clean_input(reason, "reason")
        if not reason:
            raise SummitDeskError("badge.reason_required")
        now = self.context.now()
        with self.context.database.writer() as session, session.begin():
            people = {p.ref: p for p in people_db.people_by_refs(session, refs)}
            missing = [r for r in refs if r not in people]
            if missing:
                raise NotFound("person.unknown", ref=", ".join(missing))
            for ref in refs:
                person = people[ref]
                current = badge_db.active_badge(session, person.id)
                version = badge_db.last_version(session, person.id) + 1
                if current is not None:
                    current.status = BadgeStatus.REPLACED
                    current.status_changed_at = now
                session.flush()
                session.add(
                    Badge(
                        person_id=person.id,
                        version=version,
                        code=new_badge_code(),
                        status=BadgeStatus.ACTIVE,
                        reason=reason,
                        created_at=now,
                    )
                )
            self.context.audit(session, "badges.reissue", ", ".join(refs), reason=reason)
        return self.select(BadgeSelection(refs=tuple(refs)))

    def revoke(self, ref: str, reason: str) -> None:
        """Withdraw a person's badge: its code scans as revoked from then on."""
        self.context.require(Role.SUPERVISOR, "action.revoke")
        reason = clean_input(reason, "reason")
        if not reason:
            raise SummitDeskError("badge.reason_required")
        with self.context.database.writer() as session, session.begin():
            badge = badge_db.active_badge_of_ref(session, ref)
            if badge is None:
                raise NotFound("person.unknown", ref=ref)
            badge.status = BadgeStatus.REVOKED
            badge.status_changed_at = self.context.now()
            badge.reason = reason
            self.context.audit(session, "badges.revoke", ref, reason=reason)

    def print_log(self, ref: str) -> list[PrintRecord]:
        with self.context.database.reader() as session:
            rows = badge_db.print_log(session, ref)
            return [
                PrintRecord(r, v, p.printed_at, p.operator, p.desk, p.layout, p.reason)
                for r, v, p in rows
            ]


def _find_delegation(session: Session, key: str) -> Delegation:
    delegations = event_db.delegations(session)
    found = delegation_lookup(delegations).get(fold(key))
    if found is None:
        known = ", ".join(f"{d.code} ({d.name_en})" for d in delegations)
        raise NotFound("delegation.unknown", delegation=key, known=known)
    return found


def _badge_data(
    badge: Badge,
    person: Person,
    delegation: Delegation,
    country: Country | None,
    category: Category,
) -> BadgeData:
    zones = tuple((z, *ZONE_NAMES.get(z, (z, z))) for z in category.zones.split(",") if z)
    return BadgeData(
        code=badge.code,
        version=badge.version,
        ref=person.ref,
        name=people_db.person_name(person),
        delegation_code=delegation.code,
        delegation_fa=delegation.name_fa,
        delegation_en=delegation.name_en,
        delegation_native=delegation.name_native,
        country_code=country.code if country else None,
        country_fa=country.name_fa if country else "",
        country_en=country.name_en if country else "",
        category_code=category.code,
        category_fa=category.name_fa,
        category_en=category.name_en,
        category_colour=category.colour,
        zones=zones,
    )
