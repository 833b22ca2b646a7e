"""What the hash chain costs at the door: check-ins per second sustained by four desks (four
processes) on each backend, and the p95 of one scan (a script, not a test).

    python bench/checkin.py [--people 2000] [--desks 4] [--rounds 10] [--pg URL] [--json OUT.json]

For SQLite (a fresh file) and, with ``--pg`` or ``$SUMMIT_DESK_TEST_PG``, PostgreSQL (a fresh
database on that server), it builds the demo event with ``--people`` people. Their badge codes
are shared out over ``--rounds`` rounds per event day; in each round every desk scans its own
part of the round's codes, the desks started together by a barrier. Three kinds of run, each on
its own identical copy of the event, one after another in every round, by the same four desk
processes (each holds a desk on every copy; the chain is switched on or off before a round):

* ``chained``: ``CheckInService.scan`` as the desk calls it (the journal hash-chained);
* ``unchained``: the same without the chain, and nothing else changed: db.audit's flush hook
  removed, and on PostgreSQL the same advisory lock taken at the start of each writing
  transaction (``pg_advisory_xact_lock``) but without reading the chains' heads with it;
* ``raw``: the same write through the driver alone (find the badge, see if in, append, commit;
  on PostgreSQL the person's row locked, no advisory lock).

Figures per kind: the median of the rounds' check-ins per second, the p50 and p95 of one scan
over all rounds; the chain's cost is the median over the rounds of 1 - chained / unchained.
Target: the chain costs under 10 % of the check-ins per second.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desk import percentile

DAY1, DAY2 = date(2025, 11, 18), date(2025, 11, 19)


def build(target: str, people: int) -> None:
    from summit_desk.db.engine import open_database
    from summit_desk.db.schema import upgrade
    from summit_desk.domain.values import Role
    from summit_desk.services.context import DeskContext
    from summit_desk.services.demo import DemoService

    database = open_database(target)
    upgrade(database)
    DemoService(DeskContext(database=database, role=Role.ADMIN)).create(people=people)
    database.dispose()


def codes_of(target: str) -> list[str]:
    from sqlalchemy import text

    from summit_desk.db.engine import open_database

    database = open_database(target)
    with database.engine.connect() as connection:
        rows = connection.execute(text("SELECT code FROM badges WHERE status = 'active'"))
        codes = [r[0] for r in rows]
    database.dispose()
    return codes


def desk(job: tuple[dict[str, str], int], inbox: Any, start: Any, out: Any) -> None:
    """One desk, for every round of every kind: take (kind, day, codes) from ``inbox``, scan the
    codes into that kind's copy one after another once the round's desks are all ready, each
    timed; report (times, first, last). The same processes run every kind, the chain switched
    on or off before each round, so that no kind gains from its processes or their place on
    the machine; kept from round to round, so that a round costs no process start."""
    targets, number = job
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from summit_desk.db import audit, engine
    from summit_desk.db.engine import WRITE_LOCK_KEY as KEY
    from summit_desk.db.engine import open_database
    from summit_desk.domain.values import Role
    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.context import DeskContext

    chained_lock = engine.WRITE_LOCK
    # The same advisory lock at each writing transaction's start, without reading the heads.
    plain_lock = f"SELECT NULL, NULL, NULL FROM pg_advisory_xact_lock({KEY})"

    def chain(on: bool) -> None:
        hooked = event.contains(Session, "before_flush", audit._chain_new_entries)
        if on and not hooked:
            event.listen(Session, "before_flush", audit._chain_new_entries)
        elif hooked and not on:
            event.remove(Session, "before_flush", audit._chain_new_entries)
        engine.WRITE_LOCK = chained_lock if on else plain_lock

    scanners: dict[str, Any] = {}
    for kind, target in targets.items():
        if kind == "raw":
            scanners[kind] = raw_scanner(target, number)
            continue
        context = DeskContext(database=open_database(target), role=Role.DESK,
                              desk=f"desk-{number}", operator="bench")  # fmt: skip
        service = CheckInService(context)
        chain(kind == "chained")
        service.scan("warm-up")  # the first connection is not a scan's cost
        scanners[kind] = service

    while (task := inbox.get()) is not None:
        kind, day, codes = task
        chain(kind == "chained")
        scanner, times = scanners[kind], []
        start.wait(timeout=120)
        first = time.perf_counter()
        for code in codes:
            began = time.perf_counter()
            if kind == "raw":
                scanner(code, day)
            else:
                assert scanner.scan(code, day=day).status == "checked_in"
            times.append((time.perf_counter() - began) * 1000)
        out.put((times, first, time.perf_counter()))


def raw_scanner(target: str, number: int) -> Any:
    """The check-in's write through the driver: BEGIN (IMMEDIATE), badge, already in, INSERT."""
    if "://" not in target:
        db = sqlite3.connect(target, isolation_level=None)
        db.execute("PRAGMA busy_timeout = 10000")
        db.execute("PRAGMA synchronous = FULL")
        begin, mark = "BEGIN IMMEDIATE", "?"
    else:
        import psycopg

        db = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://"))
        begin, mark = "BEGIN", "%s"

    def scan(code: str, day: date) -> None:
        db.execute(begin)
        badge_id, person_id = db.execute(
            f"SELECT id, person_id FROM badges WHERE code = {mark} AND status = 'active'", [code]
        ).fetchone()
        lock = " FOR UPDATE" if mark == "%s" else ""
        db.execute(f"SELECT id FROM people WHERE id = {mark}{lock}", [person_id])
        already = db.execute(
            f"SELECT 1 FROM check_ins WHERE person_id = {mark} AND day = {mark} "
            "AND kind = 'arrival'",
            [person_id, day],
        ).fetchone()
        if already is None:
            db.execute(
                "INSERT INTO check_ins (uuid, kind, person_id, badge_id, day, at, desk, "
                f"operator, reason) VALUES ({mark}, 'arrival', {mark}, {mark}, {mark}, {mark}, "
                f"{mark}, 'bench', '')",
                [uuid.uuid4().hex if mark == "?" else uuid.uuid4(), person_id, badge_id, day,
                 datetime.now(UTC), f"raw-{number}"],
            )  # fmt: skip
        db.execute("COMMIT")

    return scan


class Desks:
    """``desks`` desks, each with every kind's copy of the event, started once for every
    round."""

    def __init__(self, targets: dict[str, str], desks: int) -> None:
        context = multiprocessing.get_context("spawn")
        # Kept on self: a child unpickles the barrier after start() returns.
        self.start, self.out = context.Barrier(desks), context.Queue()
        self.inboxes = [context.Queue() for _ in range(desks)]
        self.workers = [
            context.Process(target=desk, args=((targets, i), inbox, self.start, self.out))
            for i, inbox in enumerate(self.inboxes)
        ]
        for worker in self.workers:
            worker.start()

    def run(self, kind: str, day: date, codes: list[str]) -> tuple[list[float], float]:
        """(every scan's time in ms, check-ins per second) of the desks started together."""
        for i, inbox in enumerate(self.inboxes):
            inbox.put((kind, day, codes[i :: len(self.inboxes)]))
        results = [self.out.get(timeout=600) for _ in self.inboxes]
        times = [t for r in results for t in r[0]]
        elapsed = max(r[2] for r in results) - min(r[1] for r in results)
        return times, len(times) / elapsed

    def close(self) -> None:
        for inbox in self.inboxes:
            inbox.put(None)
        for worker in self.workers:
            worker.join()


def sqlite_copies(folder: Path, people: int) -> dict[str, str]:
    template = folder / "template.sqlite"
    build(str(template), people)
    copies = {}
    for kind in ("chained", "unchained", "raw"):
        copies[kind] = str(folder / f"{kind}.sqlite")
        shutil.copyfile(template, copies[kind])
    return copies


def pg_copies(admin_url: str, people: int) -> tuple[dict[str, str], list[str]]:
    from sqlalchemy import create_engine, text

    suffix = uuid.uuid4().hex[:8]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"sd_bench_{kind}_{suffix}" for kind in ("template", "chained", "unchained", "raw")]
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{names[0]}"'))
    build(admin.url.set(database=names[0]).render_as_string(False), people)
    with admin.connect() as connection:
        for name in names[1:]:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{names[0]}"'))
    admin.dispose()
    urls = {name.split("_")[2]: admin.url.set(database=name).render_as_string(False)
            for name in names[1:]}  # fmt: skip
    return urls, names


def drop_pg(admin_url: str, names: list[str]) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def chain_holds(target: str) -> bool:
    """Whether four desks appending at once left both chains whole (`audit verify`)."""
    from summit_desk.db.engine import open_database
    from summit_desk.services.audit import AuditService
    from summit_desk.services.context import DeskContext

    database = open_database(target)
    holds = all(report.holds for report in AuditService(DeskContext(database=database)).verify())
    database.dispose()
    return holds


def measure(copies: dict[str, str], desks: int, rounds: int) -> dict[str, Any]:
    """``rounds`` rounds on each of the two event days, each on its own share of the codes, the
    kinds one after another in each round, chained and unchained swapped from one round to the
    next, so that neither gains from running first on a machine others share. Each round gives
    the chain's cost beside the unchained run next to it; the median of those is the figure."""
    codes = codes_of(copies["chained"])
    times: dict[str, list[float]] = {kind: [] for kind in copies}
    rates: dict[str, list[float]] = {kind: [] for kind in copies}
    costs: list[float] = []
    team = Desks(copies, desks)
    try:
        for number in range(2 * rounds):
            day, share = (DAY1, DAY2)[number // rounds], codes[number % rounds :: rounds]
            pair = ("chained", "unchained") if number % 2 == 0 else ("unchained", "chained")
            for kind in (*pair, "raw"):
                scans, rate = team.run(kind, day, share)
                times[kind] += scans
                rates[kind].append(rate)
            costs.append(100 * (1 - rates["chained"][-1] / rates["unchained"][-1]))
    finally:
        team.close()
    figures: dict[str, Any] = {
        kind: {
            "check_ins": len(times[kind]),
            "per_second": round(statistics.median(rates[kind]), 1),
            "rounds_per_second": [round(r, 1) for r in rates[kind]],
            "p50_ms": round(percentile(times[kind], 0.5), 2),
            "p95_ms": round(percentile(times[kind], 0.95), 2),
        }
        for kind in copies
    }
    figures["chain_holds_after_the_race"] = chain_holds(copies["chained"])
    figures["chain_cost_percent"] = round(statistics.median(costs), 1)
    figures["rounds_chain_cost_percent"] = [round(c, 1) for c in costs]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=10, help="rounds per event day")
    parser.add_argument("--pg", default=os.environ.get("SUMMIT_DESK_TEST_PG"))
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()
    report: dict[str, Any] = {"people": args.people, "desks": args.desks, "rounds": args.rounds}
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as folder:
            copies = sqlite_copies(Path(folder), args.people)
            report["sqlite"] = measure(copies, args.desks, args.rounds)
    if args.pg:
        urls, names = pg_copies(args.pg, args.people)
        try:
            report["postgresql"] = measure(urls, args.desks, args.rounds)
        finally:
            drop_pg(args.pg, names)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
