"""Setting up the event: its days, programme, countries, delegations and categories."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields as dataclass_fields
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from summit_desk.db import event as event_db
from summit_desk.db.engine import Database
from summit_desk.db.models import (
    Category,
    Country,
    Delegation,
    Event,
    EventDay,
    ProgrammeSession,
    SessionTopic,
)
from summit_desk.db.schema import alembic_config, copy_sqlite_file, upgrade
from summit_desk.domain.categories import CATEGORIES
from summit_desk.domain.errors import Conflict, NotFound, SummitDeskError
from summit_desk.domain.names import clean_input, fold
from summit_desk.domain.values import (
    DelegationInfo,
    DelegationKind,
    EventInfo,
    Role,
    SessionInfo,
    SessionKind,
)
from summit_desk.services.context import DeskContext

Spec = Mapping[str, Any]
EVENT_TEXT_FIELDS = ("name_fa", "name_en", "slogan_fa", "slogan_en", "venue_fa", "venue_en")


class EventService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def info(self) -> EventInfo | None:
        with self.context.database.reader() as session:
            return event_info(session)

    def require_event(self) -> EventInfo:
        info = self.info()
        if info is None:
            raise NotFound("event.none", target=self.context.database.label)
        return info

    def create(self, spec: Spec, *, force: bool = False) -> EventInfo:
        """Create the event of ``spec``; on a database that has one, only with ``force``,
        which first keeps a copy of an SQLite file and then empties the database."""
        database = self.context.database
        upgrade(database)
        existing = self.info()
        if existing is not None:
            if not force:
                raise Conflict("event.exists", target=database.label, name=existing.name_en)
            reset(database)
        with database.writer() as session, session.begin():
            _add_event(session, spec)
            self.context.audit(session, "event.create", spec["event"]["code"])
        return self.require_event()

    def update_details(self, details: Mapping[str, str]) -> EventInfo:
        """Change the event's names, slogan and venue (what badges and lists print); an admin's
        work. Keys are EventInfo's text fields; a missing key keeps its value."""
        self.context.require(Role.ADMIN, "action.edit_event")
        with self.context.database.writer() as session, session.begin():
            event = event_db.the_event(session)
            if event is None:
                raise NotFound("event.none", target=self.context.database.label)
            for key in EVENT_TEXT_FIELDS:
                if key in details:
                    setattr(event, key, clean_input(details[key], key))
            if not (event.name_fa or event.name_en):
                raise SummitDeskError("event.name_required")
            self.context.audit(session, "event.update", event.code, **dict(details))
        return self.require_event()

    def sessions(self) -> list[SessionInfo]:
        with self.context.database.reader() as session:
            days = event_db.day_ids(session)
            rows = event_db.programme(session)
            topics: dict[int, list[tuple[str, str]]] = {}
            for t in event_db.topics(session):
                topics.setdefault(t.session_id, []).append((t.name_fa, t.name_en))
            return [
                SessionInfo(
                    id=s.id,
                    code=s.code,
                    kind=SessionKind(s.kind),
                    name_fa=s.name_fa,
                    name_en=s.name_en,
                    day=days[s.day_id],
                    starts=s.starts,
                    ends=s.ends,
                    room_fa=s.room_fa,
                    room_en=s.room_en,
                    topics=tuple(topics.get(s.id, ())),
                )
                for s in rows
            ]

    def session(self, key: str) -> SessionInfo:
        """A session by its code or id, as the command line names it."""
        sessions = self.sessions()
        for s in sessions:
            if s.code.casefold() == key.strip().casefold() or str(s.id) == key.strip():
                return s
        raise NotFound("session.unknown", session=key, known=", ".join(s.code for s in sessions))

    def delegations(self) -> list[DelegationInfo]:
        with self.context.database.reader() as session:
            return delegation_infos(session)


def event_info(session: Session) -> EventInfo | None:
    event = event_db.the_event(session)
    if event is None:
        return None
    return event_info_of(event, event_db.days(session))


def event_info_of(event: object, days: Sequence[date]) -> EventInfo:
    """The event's information from anything that has its fields by name: the event's row, or
    the demo's ``event.json`` (a mapping) for tests and benchmarks without a database."""
    names = [f.name for f in dataclass_fields(EventInfo) if f.name != "days"]
    if isinstance(event, Mapping):
        values = {n: event[n] for n in names}
    else:
        values = {n: getattr(event, n) for n in names}
    return EventInfo(**values, days=tuple(days))


def delegation_infos(session: Session) -> list[DelegationInfo]:
    rows = event_db.delegations_with_country_codes(session)
    return [
        DelegationInfo(
            id=d.id,
            code=d.code,
            country_code=country,
            kind=DelegationKind(d.kind),
            host=d.host,
            name_fa=d.name_fa,
            name_en=d.name_en,
            name_native=d.name_native,
            order=d.order,
        )
        for d, country, _order in rows
    ]


def delegation_lookup(delegations: list[Delegation]) -> dict[str, Delegation]:
    """Each delegation under its code and every one of its names, folded, as imports name it."""
    lookup: dict[str, Delegation] = {}
    for d in delegations:
        for key in (d.code, d.name_fa, d.name_en, d.name_native):
            if key:
                lookup.setdefault(fold(key), d)
    return lookup


def _text(spec: Spec, key: str, field: str = "") -> str:
    value = spec.get(key)
    return clean_input(str(value), field or key) if value is not None else ""


def _add_event(session: Session, spec: Spec) -> None:
    e = spec["event"]
    session.add(
        Event(
            code=_text(e, "code"),
            name_fa=_text(e, "name_fa"),
            name_en=_text(e, "name_en"),
            slogan_fa=_text(e, "slogan_fa"),
            slogan_en=_text(e, "slogan_en"),
            venue_fa=_text(e, "venue_fa"),
            venue_en=_text(e, "venue_en"),
            city_fa=_text(e, "city_fa"),
            city_en=_text(e, "city_en"),
            timezone=_text(e, "timezone") or "Asia/Tehran",
        )
    )
    days: dict[date, EventDay] = {}
    for d in spec.get("days", []):
        day = EventDay(
            day=date.fromisoformat(d["date"]),
            name_fa=_text(d, "name_fa"),
            name_en=_text(d, "name_en"),
        )
        session.add(day)
        days[day.day] = day
    for c in CATEGORIES:
        session.add(
            Category(
                code=c.code,
                name_fa=c.name_fa,
                name_en=c.name_en,
                colour=c.colour,
                zones=",".join(c.zones),
                precedence=c.precedence,
                notify_on_arrival=c.notify_on_arrival,
            )
        )
    session.flush()
    for s in spec.get("sessions", []):
        programme = ProgrammeSession(
            code=_text(s, "code").upper(),
            kind=SessionKind(s.get("kind", "general")).value,
            name_fa=_text(s, "name_fa"),
            name_en=_text(s, "name_en"),
            day_id=days[date.fromisoformat(s["day"])].id,
            starts=time.fromisoformat(s["starts"]),
            ends=time.fromisoformat(s["ends"]),
            room_fa=_text(s, "room_fa"),
            room_en=_text(s, "room_en"),
        )
        programme.topics = [
            SessionTopic(position=i, name_fa=_text(t, "name_fa"), name_en=_text(t, "name_en"))
            for i, t in enumerate(s.get("topics", []), start=1)
        ]
        session.add(programme)
    countries: dict[str, Country] = {}
    for c in spec.get("countries", []):
        country = Country(
            code=_text(c, "code").upper(),
            name_fa=_text(c, "name_fa"),
            name_en=_text(c, "name_en"),
            name_native=_text(c, "name_native"),
            host=bool(c.get("host", False)),
            order=int(c.get("order", 0)),
        )
        session.add(country)
        countries[country.code] = country
    session.flush()
    for d in spec.get("delegations", []):
        country_code = (d.get("country") or "").upper()
        session.add(
            Delegation(
                code=_text(d, "code").upper(),
                country_id=countries[country_code].id if country_code else None,
                kind=DelegationKind(d.get("kind", "other")).value,
                host=bool(d.get("host", False)),
                name_fa=_text(d, "name_fa"),
                name_en=_text(d, "name_en"),
                name_native=_text(d, "name_native"),
                order=int(d.get("order", 0)),
            )
        )
    session.flush()


def reset(database: Database) -> Path | None:
    """Empty the database for a new event, keeping a copy of an SQLite file first."""
    from alembic import command  # only here: a desk's start never loads Alembic (db/schema.py)

    copy = copy_sqlite_file(database, f"before-reset-{datetime.now():%Y%m%d-%H%M%S}")
    config = alembic_config()
    try:
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
    except Exception as exc:  # a failed reset must leave a clear message, not a traceback
        raise SummitDeskError("db.unavailable", target=database.label, reason=str(exc)) from exc
    upgrade(database)
    return copy
