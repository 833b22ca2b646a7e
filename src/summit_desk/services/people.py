"""Finding and registering people: the desk's search and the one way a person is saved."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from summit_desk.db import badges as badge_db
from summit_desk.db import people as repo
from summit_desk.db import seating as seating_repo
from summit_desk.db.models import Delegation, Person
from summit_desk.domain.batches import batched
from summit_desk.domain.codes import clean_scan, is_badge_code, new_badge_code
from summit_desk.domain.errors import ImportRejected, NotFound
from summit_desk.domain.values import BadgeStatus, PersonInput, PersonSummary
from summit_desk.services.context import DeskContext


class PeopleService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def find(self, query: str, *, day: date | None = None, limit: int = 50) -> list[PersonSummary]:
        """What the desk's search box shows for ``query``: names in any script, ref, delegation,
        or a scanned badge code."""
        day = day or self.context.today()
        with self.context.database.reader() as session:
            code = clean_scan(query)
            if is_badge_code(code):
                person_id = badge_db.holder_of_code(session, code)
                ids = [person_id] if person_id is not None else []
            else:
                ids = repo.search_ids(session, query, limit)
            return repo.summaries(session, ids, day)

    def get(self, ref: str, *, day: date | None = None) -> PersonSummary:
        day = day or self.context.today()
        with self.context.database.reader() as session:
            person_id = repo.person_id_of_ref(session, ref)
            if person_id is None:
                raise NotFound("person.unknown", ref=ref)
            return repo.summaries(session, [person_id], day)[0]

    def badge_code(self, ref: str) -> str:
        """The code of the person's current badge (what their QR code carries)."""
        with self.context.database.reader() as session:
            code = badge_db.active_code_of_ref(session, ref)
            if code is None:
                raise NotFound("person.unknown", ref=ref)
            return code

    def ref_of(self, person_id: int) -> str:
        with self.context.database.reader() as session:
            ref = repo.ref_of(session, person_id)
            if ref is None:
                raise NotFound("person.unknown", ref=str(person_id))
            return ref

    def photo(self, person_id: int) -> bytes | None:
        """The person's photo as stored (JPEG or PNG bytes), or None; loaded only when asked."""
        with self.context.database.reader() as session:
            return repo.photo(session, person_id)

    def count(self) -> int:
        with self.context.database.reader() as session:
            return repo.count(session)


def save_people(
    session: Session,
    entries: Sequence[PersonInput],
    delegations: dict[str, Delegation],
    context: DeskContext,
) -> tuple[list[int], list[int]]:
    """Insert new people (each with badge version 1) and update those whose ``ref`` exists.

    Returns the ids created and the ids updated. New people go in by bulk insert, so that a
    50,000-person import or demo takes seconds, not minutes.
    """
    refuse_second_head(session, entries, delegations)
    refs = [e.ref for e in entries]
    existing = {p.ref: p for p in repo.people_by_refs(session, refs, 500)}
    # A head replaced in the same save steps down first: the one-head index checks each row.
    stepping_down = [
        e
        for e in entries
        if e.ref in existing
        and existing[e.ref].category_code == seating_repo.HEAD
        and e.category != seating_repo.HEAD
    ]
    for entry in stepping_down:
        existing[entry.ref].category_code = entry.category
    if stepping_down:
        session.flush()
    now = context.now()
    updated: list[Person] = []
    new_rows: list[dict[str, object]] = []
    for entry in entries:
        delegation = delegations[entry.delegation]
        person = existing.get(entry.ref)
        if person is not None:
            for name, value in repo.person_values(entry, delegation, person).items():
                setattr(person, name, value)
            person.updated_at = now
            updated.append(person)
        else:
            values = repo.person_values(entry, delegation)
            values.update(created_at=now, updated_at=now)
            new_rows.append(values)
    session.flush()
    repo.replace_tokens(session, updated)

    created_ids: list[int] = []
    # Every row gets the same columns, so that the driver runs one executemany per chunk.
    columns = set().union(*new_rows) if new_rows else set()
    table = Person.__table__
    defaults = {c.key: _column_default(c.key) for c in table.columns}
    for chunk in batched(new_rows, 2_000):
        ids = repo.insert_people(
            session, [{c: row.get(c, defaults[c]) for c in columns} for row in chunk]
        )
        created_ids.extend(ids)
        badge_db.insert_badges(
            session,
            [
                {
                    "person_id": pid,
                    "version": 1,
                    "code": new_badge_code(),
                    "status": BadgeStatus.ACTIVE,
                    "created_at": now,
                }
                for pid in ids
            ],
        )
    return created_ids, [p.id for p in updated]


def refuse_second_head(
    session: Session, entries: Sequence[PersonInput], delegations: dict[str, Delegation]
) -> None:
    """Refuse entries that would give a delegation a second head (precedence depends on one).

    Import and walk-in both save through here; the database's partial unique index is the
    last guard, this is the clear message.
    """
    coming = {e.ref: e for e in entries}
    touched = {delegations[e.delegation].id: e.delegation for e in entries}
    current = seating_repo.heads(session, touched)
    for delegation_id, code in touched.items():
        # Heads after the save: those stored that the entries leave as heads, then new ones.
        staying = [
            r
            for r in current.get(delegation_id, [])
            if r not in coming
            or (coming[r].category == seating_repo.HEAD and coming[r].delegation == code)
        ]
        arriving = [
            e.ref
            for e in entries
            if e.delegation == code and e.category == seating_repo.HEAD and e.ref not in staying
        ]
        if len(staying) + len(arriving) > 1:
            first, second = (staying + arriving)[:2]
            raise ImportRejected(
                "delegation.second_head", ref=second, delegation=code, current=first
            )


def _column_default(name: str) -> object:
    """What a new person has in a column no entered value filled (see models.Person)."""
    if name == "rank":
        return 100
    if name in ("photo", "id", "precedence_date"):
        return None
    return ""
