"""The roster for protocol: every country, delegation and person in precedence order, with each
person's arrival (time and desk) on one day of the event.

Three queries whatever the size of the event (the people, the day's arrivals, the groups), so
that the delegations page of a 50,000-person summit loads in the background in about a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from summit_desk.db import checkins as checkin_db
from summit_desk.db import event as event_db
from summit_desk.db import roster as roster_db
from summit_desk.db.models import Country
from summit_desk.db.people import person_name
from summit_desk.domain.names import search_key
from summit_desk.domain.persian import as_utc
from summit_desk.domain.person_name import PersonName
from summit_desk.domain.values import DelegationKind
from summit_desk.services.context import DeskContext


@dataclass(frozen=True, slots=True)
class RosterCategory:
    code: str
    name_fa: str
    name_en: str
    colour: str  # #RRGGBB, the badge's band
    notify_on_arrival: bool  # protocol waits for these people


@dataclass(frozen=True, slots=True)
class RosterPerson:
    id: int
    ref: str
    name: PersonName
    category: str
    rank: int
    search_key: str  # folded names, ref and delegation, as the desk's search matches them
    arrived_at: datetime | None  # first arrival on the roster's day, UTC
    arrived_desk: str | None
    awaited: bool  # protocol wants to know when they come and they have not come yet

    @property
    def arrived(self) -> bool:
        return self.arrived_at is not None


@dataclass(frozen=True, slots=True)
class RosterDelegation:
    id: int
    code: str
    kind: DelegationKind
    name_fa: str
    name_en: str
    name_native: str
    search_key: str
    people: tuple[RosterPerson, ...]
    arrived: int  # counted once here: a view asks for them at every repaint
    awaited: int


@dataclass(frozen=True, slots=True)
class RosterCountry:
    code: str  # ISO alpha-2; "" for delegations of no country (international organisations)
    name_fa: str
    name_en: str
    name_native: str
    search_key: str
    delegations: tuple[RosterDelegation, ...]
    people: int
    arrived: int
    awaited: int


@dataclass(frozen=True, slots=True)
class Roster:
    day: date
    days: tuple[date, ...]
    countries: tuple[RosterCountry, ...]
    categories: dict[str, RosterCategory]

    @property
    def people(self) -> int:
        return sum(c.people for c in self.countries)

    @property
    def arrived(self) -> int:
        return sum(c.arrived for c in self.countries)


def default_day(days: Sequence[date], today: date) -> date | None:
    """The day the desk looks at first: today during the event, else the event's first day."""
    if today in days:
        return today
    return days[0] if days else None


class RosterService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def roster(self, day: date | None = None) -> Roster:
        """Everyone in protocol order (country, delegation, rank) with their arrival on ``day``
        (by default today during the event, else its first day)."""
        with self.context.database.reader() as session:
            days = event_db.days(session)
            chosen = day or default_day(days, self.context.today()) or self.context.today()
            categories = {
                c.code: RosterCategory(c.code, c.name_fa, c.name_en, c.colour, c.notify_on_arrival)
                for c in event_db.categories(session)
            }
            arrivals = _arrivals(session, chosen)
            people = _people_by_delegation(session, arrivals, categories)
            countries = _countries(session, people)
        return Roster(day=chosen, days=days, countries=countries, categories=categories)


def _arrivals(session: Session, day: date) -> dict[int, tuple[datetime, str]]:
    """Each person's first arrival on ``day`` that was not undone: when, and at which desk."""
    rows = checkin_db.arrivals(session, day)
    arrivals: dict[int, tuple[datetime, str]] = {}
    for person_id, at, desk in rows:
        arrivals.setdefault(person_id, (as_utc(at), desk))
    return arrivals


def _people_by_delegation(
    session: Session,
    arrivals: dict[int, tuple[datetime, str]],
    categories: dict[str, RosterCategory],
) -> dict[int, list[RosterPerson]]:
    rows = roster_db.people_by_delegation(session)
    by_delegation: dict[int, list[RosterPerson]] = {}
    for row in rows:
        arrival = arrivals.get(row.id)
        category = categories.get(row.category_code)
        notify = category is not None and category.notify_on_arrival
        by_delegation.setdefault(row.delegation_id, []).append(
            RosterPerson(
                id=row.id,
                ref=row.ref,
                name=person_name(row),
                category=row.category_code,
                rank=row.rank,
                search_key=row.search_key,
                arrived_at=arrival[0] if arrival else None,
                arrived_desk=arrival[1] if arrival else None,
                awaited=notify and arrival is None,
            )
        )
    return by_delegation


def _countries(
    session: Session, people: dict[int, list[RosterPerson]]
) -> tuple[RosterCountry, ...]:
    rows = event_db.delegations_with_countries(session)
    groups: dict[str, tuple[Country | None, list[RosterDelegation]]] = {}
    for delegation, country in rows:
        code = country.code if country is not None else ""
        names = (delegation.code, delegation.name_fa, delegation.name_en, delegation.name_native)
        members = tuple(people.get(delegation.id, ()))
        groups.setdefault(code, (country, []))[1].append(
            RosterDelegation(
                id=delegation.id,
                code=delegation.code,
                kind=DelegationKind(delegation.kind),
                name_fa=delegation.name_fa,
                name_en=delegation.name_en,
                name_native=delegation.name_native,
                search_key=search_key(*names),
                people=members,
                arrived=sum(1 for p in members if p.arrived_at is not None),
                awaited=sum(1 for p in members if p.awaited),
            )
        )
    return tuple(
        RosterCountry(
            code=code,
            name_fa=country.name_fa if country else "",
            name_en=country.name_en if country else "",
            name_native=country.name_native if country else "",
            search_key=search_key(code, country.name_fa, country.name_en, country.name_native)
            if country
            else "",
            delegations=tuple(delegations),
            people=sum(len(d.people) for d in delegations),
            arrived=sum(d.arrived for d in delegations),
            awaited=sum(d.awaited for d in delegations),
        )
        for code, (country, delegations) in groups.items()
    )
