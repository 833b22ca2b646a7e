"""Counts for the dashboard and `summit-desk stats`: people and arrivals per country, delegation,
category and day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from summit_desk.db import door as door_repo
from summit_desk.db import event as event_db
from summit_desk.db import people as people_db
from summit_desk.db import stats as stats_db
from summit_desk.domain.values import CountRow
from summit_desk.services.context import DeskContext


@dataclass(frozen=True, slots=True)
class Stats:
    people: int
    days: tuple[date, ...]
    arrived: dict[str, int]  # ISO day -> people who arrived that day
    countries: tuple[CountRow, ...]
    delegations: tuple[CountRow, ...]
    categories: tuple[CountRow, ...]
    # People who entered each session at its door (``people`` of each row), programme order.
    sessions: tuple[CountRow, ...] = ()

    def as_json(self) -> dict[str, object]:
        def rows(items: tuple[CountRow, ...]) -> list[dict[str, object]]:
            return [
                {
                    "code": r.key,
                    "name_fa": r.name_fa,
                    "name_en": r.name_en,
                    "people": r.people,
                    "arrived": r.arrived,
                }
                for r in items
            ]

        return {
            "people": self.people,
            "days": [
                {"day": d.isoformat(), "arrived": self.arrived[d.isoformat()]} for d in self.days
            ],
            "countries": rows(self.countries),
            "delegations": rows(self.delegations),
            "categories": rows(self.categories),
            "sessions": [
                {"code": r.key, "name_fa": r.name_fa, "name_en": r.name_en, "entered": r.people}
                for r in self.sessions
            ],
        }


class StatsService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def compute(self) -> Stats:
        with self.context.database.reader() as session:
            days = event_db.days(session)
            people = people_db.count(session)
            delegations = stats_db.people_per_delegation(session)
            countries = stats_db.country_names(session)
            categories = stats_db.people_per_category(session)
            per_person = _arrival_keys(session, days)
            sessions = door_repo.entries_per_session(session)
        # Everyone has exactly one category, so the category counts add up to the day's total.
        arrived_by_day = {
            d.isoformat(): sum(
                n for (day, index, _k), n in per_person.items() if day == d and index == 2
            )
            for d in days
        }

        def arrivals(index: int, key: str) -> dict[str, int]:
            return {d.isoformat(): per_person.get((d, index, key), 0) for d in days}

        country_people: dict[str, int] = {}
        for row in delegations:
            if row[4]:
                country_people[row[4]] = country_people.get(row[4], 0) + row[5]
        return Stats(
            people=people,
            days=days,
            arrived=arrived_by_day,
            countries=tuple(
                CountRow(c, fa, en, country_people.get(c, 0), arrivals(0, c))
                for c, fa, en in countries
            ),
            delegations=tuple(
                CountRow(code, fa, en, n, arrivals(1, code))
                for _id, code, fa, en, _c, n in delegations
            ),
            categories=tuple(
                CountRow(code, fa, en, n, arrivals(2, code)) for code, fa, en, n in categories
            ),
            sessions=tuple(CountRow(code, fa, en, n) for code, fa, en, n in sessions),
        )


def _arrival_keys(session: Session, days: tuple[date, ...]) -> dict[tuple[date, int, str], int]:
    """Arrivals per (day, grouping, key): grouping 0 country, 1 delegation, 2 category."""
    counts: dict[tuple[date, int, str], int] = {}
    for day in days:
        rows = stats_db.arrivals_per_group(session, day)
        for country, delegation, category, n in rows:
            for index, key in ((0, country), (1, delegation), (2, category)):
                if key:
                    counts[(day, index, key)] = counts.get((day, index, key), 0) + n
    return counts
