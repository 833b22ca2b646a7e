"""The demo event: the Caspian governors' summit of ``seed/EVENT.md`` with fictional people.

``resources/demo/event.json`` holds the event as the secretariat described it and a few hundred
named people; ``names.json`` holds name pools per country from which ``--people N`` composes
synthetic delegates (the benchmarks use 50,000), reproducibly from a fixed seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from summit_desk.assets import resource
from summit_desk.db import event as event_db
from summit_desk.db.models import Operator
from summit_desk.db.people import person_name
from summit_desk.domain.categories import BY_CODE, ZONE_NAMES
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import BadgeData, EventHeader, EventInfo, PersonInput, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService, event_info_of
from summit_desk.services.operators import hash_pin
from summit_desk.services.people import save_people

MAX_PEOPLE = 200_000
_BATCH = 5_000
# The demo's operators and their PINs (printed in the README): never use these for a real event.
DEMO_OPERATORS = (("desk", Role.DESK, "1111"), ("supervisor", Role.SUPERVISOR, "2222"),
                  ("admin", Role.ADMIN, "3333"))  # fmt: skip
_SYNTHETIC_CATEGORIES = (("DEL", 80), ("BIZ", 8), ("MED", 4), ("GST", 4), ("STF", 2), ("INT", 2))


@dataclass(frozen=True, slots=True)
class DemoReport:
    event: EventInfo
    named_people: int
    synthetic_people: int

    @property
    def people(self) -> int:
        return self.named_people + self.synthetic_people


def load_json(name: str) -> dict[str, Any]:
    with resource("demo", name).open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def person_input(entry: Mapping[str, Any]) -> PersonInput:
    def text(key: str) -> str | None:
        value = entry.get(key)
        return None if value is None else str(value)

    rank = entry.get("rank")
    dated = entry.get("precedence_date")  # ambassadors: the day they presented credentials
    return PersonInput(
        ref=str(entry["ref"]),
        delegation=str(entry["delegation"]),
        category=str(entry["category"]),
        given_name_fa=text("given_name_fa"),
        family_name_fa=text("family_name_fa"),
        given_name_latin=text("given_name_latin"),
        family_name_latin=text("family_name_latin"),
        name_native=text("name_native"),
        title_fa=text("title_fa"),
        title_en=text("title_en"),
        honorific_fa=text("honorific_fa"),
        honorific_en=text("honorific_en"),
        rank=int(rank) if rank is not None else None,
        precedence_date=date.fromisoformat(dated) if dated else None,
        gender=text("gender"),
        email=text("email"),
        phone=text("phone"),
        document_no=text("document_no"),
        notes=text("notes"),
    )


def demo_header(spec: Mapping[str, Any]) -> EventHeader:
    """The demo event's header as badges print it, straight from ``event.json`` (no database):
    for renderer tests and benchmarks."""
    days = (date.fromisoformat(day["date"]) for day in spec["days"])
    return EventHeader.of(event_info_of(spec["event"], tuple(days)))


def demo_badge(
    entry: Mapping[str, Any], spec: Mapping[str, Any], *, code: str, version: int = 1
) -> BadgeData:
    """One demo person's badge as the badge service builds it, from ``event.json`` alone."""
    delegation = next(d for d in spec["delegations"] if d["code"] == entry["delegation"])
    no_country: Mapping[str, Any] = {}  # an organisation (the ECO) has none
    country = next((c for c in spec["countries"] if c["code"] == delegation["country"]), no_country)
    category = BY_CODE[entry["category"]]
    return BadgeData(
        code=code,
        version=version,
        ref=entry["ref"],
        name=person_name(entry),
        delegation_code=delegation["code"],
        delegation_fa=delegation["name_fa"],
        delegation_en=delegation["name_en"],
        delegation_native=delegation.get("name_native") or "",
        country_code=delegation["country"],
        country_fa=country.get("name_fa", ""),
        country_en=country.get("name_en", ""),
        category_code=category.code,
        category_fa=category.name_fa,
        category_en=category.name_en,
        category_colour=category.colour,
        zones=tuple((zone, *ZONE_NAMES[zone]) for zone in category.zones),
    )


class DemoService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def create(
        self, *, people: int | None = None, force: bool = False, seed: int = 2025
    ) -> DemoReport:
        spec = load_json("event.json")
        named = [person_input(p) for p in spec.get("people", [])]
        target = people if people is not None else len(named)
        if target < len(named):
            raise SummitDeskError("demo.people_too_few", people=target, base=len(named))
        if target > MAX_PEOPLE:
            raise SummitDeskError(
                "value.out_of_range", field="--people", low=len(named), high=MAX_PEOPLE
            )
        info = EventService(self.context).create(spec, force=force)
        with self.context.database.writer() as session, session.begin():
            delegations = event_db.delegations_by_code(session)
            countries = _delegation_countries(spec)
            save_people(session, named, delegations, self.context)
            synthetic = _synthetic_people(
                target - len(named), spec, load_json("names.json"), countries, random.Random(seed)
            )
            batch: list[PersonInput] = []
            for entry in synthetic:
                batch.append(entry)
                if len(batch) == _BATCH:
                    save_people(session, batch, delegations, self.context)
                    batch.clear()
            save_people(session, batch, delegations, self.context)
            session.add_all(
                Operator(name=name, role=role.value, pin_hash=hash_pin(pin), active=True)
                for name, role, pin in DEMO_OPERATORS
            )
            self.context.audit(session, "demo.create", info.code, people=target)
        return DemoReport(info, len(named), target - len(named))


def _delegation_countries(spec: Mapping[str, Any]) -> dict[str, str | None]:
    return {d["code"]: d.get("country") for d in spec.get("delegations", [])}


def _synthetic_people(
    count: int,
    spec: Mapping[str, Any],
    pools: Mapping[str, Any],
    countries: dict[str, str | None],
    rng: random.Random,
) -> Iterator[PersonInput]:
    regional = [d["code"] for d in spec["delegations"] if d.get("kind") == "regional"]
    others = [d["code"] for d in spec["delegations"] if d.get("kind") != "regional"]
    categories = [c for c, _w in _SYNTHETIC_CATEGORIES]
    weights = [w for _c, w in _SYNTHETIC_CATEGORIES]
    titles = pools.get("titles", [])
    pool_countries = [c for c in pools if c != "titles"]
    for n in range(1, count + 1):
        delegation = (
            rng.choice(regional) if rng.random() < 0.85 or not others else rng.choice(others)
        )
        country = countries.get(delegation) or rng.choice(pool_countries)
        pool = pools.get(country) or pools[rng.choice(pool_countries)]
        given = rng.choice(pool["given"])
        family = rng.choice(pool["family"])
        female = given.get("gender") == "f"
        family_latin = (female and family.get("latin_f")) or family["latin"]
        family_native = (female and family.get("native_f")) or family.get("native")
        family_fa = (female and family.get("fa_f")) or family["fa"]
        native = (
            f"{given['native']} {family_native}" if given.get("native") and family_native else None
        )
        title = rng.choice(titles) if titles else {"fa": "", "en": ""}
        yield PersonInput(
            ref=f"SYN-{n:06d}",
            delegation=delegation,
            category=rng.choices(categories, weights)[0],
            given_name_fa=given["fa"],
            family_name_fa=family_fa,
            given_name_latin=given["latin"],
            family_name_latin=family_latin,
            name_native=native,
            title_fa=title["fa"],
            title_en=title["en"],
            rank=rng.randint(10, 999),
            gender=given.get("gender"),
        )
