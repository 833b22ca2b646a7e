"""Four doors scanning the same badges into one session at once: exactly one entry each.

Real processes (not threads), each with its own engine and connections, on an SQLite file and
on PostgreSQL; a barrier starts them together and each scans the codes in its own order.
"""

from __future__ import annotations

import multiprocessing
import random
from collections import Counter
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import CheckIn, Person
from summit_desk.domain.seating import SeatingRules
from summit_desk.domain.values import CheckInKind, Role, SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService

DOORS = 4
DAY1 = date(2025, 11, 18)


def everyone(_session: Session, programme: SessionInfo) -> SeatingRules:
    """Rules that invite every category: the race is about the journal, not invitations."""
    return SeatingRules(
        session=programme.code,
        room="",
        invite_categories=("HOD", "DEL", "MIN", "AMB", "ORG", "BIZ", "MED", "STF", "SEC", "INT",
                           "GST"),
    )  # fmt: skip


def scan_at_door(target: str, door: int, codes: list[str], start: Any, results: Any) -> None:
    database = open_database(target)
    context = DeskContext(
        database=database,
        operator=f"door-{door}",
        role=Role.DESK,
        desk=f"door-{door}",
        clock=lambda: datetime.now(UTC),
        day_override=DAY1,
    )
    service = DoorService(context, everyone)
    programme = service.session("GEN")
    order = list(codes)
    random.Random(door).shuffle(order)
    start.wait(timeout=60)
    statuses = [str(service.scan_into(code, programme).status) for code in order]
    database.dispose()
    results.put((door, statuses))


def race(database: Database, target: str) -> None:
    context = DeskContext(database=database, operator="admin", role=Role.ADMIN)
    DemoService(context).create()
    with database.reader() as session:
        refs = list(session.scalars(select(Person.ref).order_by(Person.ref).limit(40)))
    people = PeopleService(context)
    codes = [people.badge_code(ref) for ref in refs]
    database.dispose()

    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(DOORS)
    results = spawn.Queue()
    doors = [
        spawn.Process(target=scan_at_door, args=(target, n, codes, start, results))
        for n in range(DOORS)
    ]
    for process in doors:
        process.start()
    answers = dict(results.get(timeout=240) for _ in doors)
    for process in doors:
        process.join(timeout=60)
        assert process.exitcode == 0

    statuses = Counter(s for door in answers.values() for s in door)
    assert statuses == {"checked_in": len(codes), "already_checked_in": len(codes) * 3}
    with database.reader() as session:
        per_person = session.execute(
            select(CheckIn.person_id, func.count())
            .where(CheckIn.kind == CheckInKind.SESSION_ENTRY)
            .group_by(CheckIn.person_id)
        ).all()
    assert len(per_person) == len(codes)
    assert {n for _person, n in per_person} == {1}


@pytest.mark.slow
def test_four_doors_on_one_sqlite_file_give_one_entry_each(database: Database) -> None:
    race(database, str(database.url.database))


@pytest.mark.slow
@pytest.mark.postgres
def test_four_doors_on_postgresql_give_one_entry_each(pg_database: Database) -> None:
    race(pg_database, pg_database.url.render_as_string(hide_password=False))
