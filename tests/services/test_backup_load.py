"""Backups while desks write (issue #8, item 3): the restore drill, and backup under load.

Real processes, each with its own engine, check people in while this process takes backups
through the desk's own service; every backup must pass ``integrity_check``, open in the desk,
and hold every check-in acknowledged before it began.
"""

from __future__ import annotations

import multiprocessing
import random
import shutil
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from summit_desk.db.engine import open_database
from summit_desk.db.models import Badge, CheckIn, Person
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.backup import BackupService, integrity_problem
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.services.stats import StatsService

DAY1 = date(2025, 11, 18)
DESKS = 4


def context_of(target: str, desk: str, role: Role = Role.DESK) -> DeskContext:
    return DeskContext(
        database=open_database(target),
        operator=f"op-{desk}",
        role=role,
        desk=desk,
        clock=lambda: datetime.now(UTC),
        day_override=DAY1,
    )


def check_in_at_desk(target: str, desk: int, codes: list[str], start: Any, answers: Any) -> None:
    context = context_of(target, f"desk-{desk}")
    service = CheckInService(context)
    order = list(codes)
    random.Random(desk).shuffle(order)
    start.wait(timeout=60)
    for code in order:
        if service.scan(code).status is CheckInStatus.CHECKED_IN:
            answers.put(code)  # acknowledged: the desk showed "checked in"
    context.database.dispose()
    answers.put(None)


def badge_codes(target: str) -> list[str]:
    context = context_of(target, "admin", Role.ADMIN)
    with context.database.reader() as session:
        refs = list(
            session.scalars(
                select(Person.ref)
                .join(Badge, Badge.person_id == Person.id)
                .where(Badge.status == "active")
            )
        )
    codes = [PeopleService(context).badge_code(ref) for ref in refs]
    context.database.dispose()
    return codes


def arrivals(path: Path) -> set[int]:
    """The people checked in, read through the desk's own database layer."""
    database = open_database(path, create=False)
    upgrade(database)
    try:
        StatsService(DeskContext(database=database, operator="t", role=Role.DESK)).compute()
        with database.reader() as session:
            return set(session.scalars(select(CheckIn.person_id)))
    finally:
        database.dispose()


def person_ids(path: Path, codes: set[str]) -> set[int]:
    database = open_database(path, create=False)
    with database.reader() as session:
        found = set(session.scalars(select(Badge.person_id).where(Badge.code.in_(codes))))
    database.dispose()
    return found


def rush(path: Path, folder: Path, desks: int) -> tuple[list[tuple[Path, set[str]]], set[str]]:
    """``desks`` processes check everyone in while backups are taken; each backup with the codes
    acknowledged before it began."""
    target = str(path)
    codes = badge_codes(target)
    spawn = multiprocessing.get_context("spawn")
    start, answers = spawn.Barrier(desks + 1), spawn.Queue()
    workers = [
        spawn.Process(target=check_in_at_desk, args=(target, n, codes, start, answers))
        for n in range(desks)
    ]
    for worker in workers:
        worker.start()
    backups = BackupService(context_of(target, "admin", Role.ADMIN))
    acknowledged: set[str] = set()
    taken: list[tuple[Path, set[str]]] = []
    finished = 0
    start.wait(timeout=60)
    while finished < desks:
        while not answers.empty():
            code = answers.get()
            finished += code is None
            if code is not None:
                acknowledged.add(code)
        before = set(acknowledged)
        taken.append((backups.rotate_into(folder, keep=10_000).path, before))
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    backups.context.database.dispose()
    return taken, acknowledged


def test_the_restore_drill(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    taken, acknowledged = rush(path, tmp_path / "backups", desks=1)
    assert len(taken) >= 2 and len(acknowledged) > 100
    backup, before = taken[len(taken) // 2]
    restored = tmp_path / "restored" / "desk.sqlite"
    restored.parent.mkdir()
    shutil.copyfile(backup, restored)  # a restore: the closed, checked backup put in place
    assert person_ids(restored, before) <= arrivals(restored)
    assert before  # the drill restored a backup taken in the middle of the writes


def test_every_backup_taken_during_a_four_desk_rush_is_whole(
    demo_template: Path, tmp_path: Path
) -> None:
    path = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_template, path)
    taken, acknowledged = rush(path, tmp_path / "backups", desks=DESKS)
    assert len(taken) >= 3
    for backup, before in taken:
        assert integrity_problem(backup) == ""
        assert person_ids(backup, before) <= arrivals(backup)
    assert len(arrivals(path)) == len(acknowledged) == len(badge_codes(str(path)))
