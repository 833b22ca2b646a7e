"""What the hash chain costs at the door: check-ins per second sustained by four desks (four
processes) on each backend, and the p95 of one scan (a script, not a test).

    python bench/checkin.py [--people 2000] [--desks 4] [--pg URL] [--json OUT.json]

For SQLite (a fresh file) and, with ``--pg`` or ``$SUMMIT_DESK_TEST_PG``, PostgreSQL (a fresh
database on that server), it builds the demo event with ``--people`` people and gives each desk
its own share of their badge codes, started together by a barrier. Three runs on three identical
copies of the event, in one run of the script:

* ``chained``: ``CheckInService.scan`` as the desk calls it (the journal hash-chained);
* ``unchained``: the same with db.audit's flush hook removed, i.e. without the chain;
* ``raw``: the same write through the driver alone (find the badge, see if in, append, commit).

Target: the chain costs under 10 % of the check-ins per second.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sqlite3
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


def desk(job: tuple[str, str, date], number: int, codes: list[str], start: Any, out: Any) -> None:
    """One desk: scan its codes one after another, each timed; report (times, first, last)."""
    kind, target, day = job
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from summit_desk.db import audit, engine
    from summit_desk.db.engine import WRITE_LOCK_KEY as KEY
    from summit_desk.db.engine import open_database
    from summit_desk.domain.values import Role
    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.context import DeskContext

    if kind == "unchained":
        event.remove(Session, "before_flush", audit._chain_new_entries)
        # The same advisory lock at each writing transaction's start, without reading the heads.
        engine.WRITE_LOCK = f"SELECT NULL, NULL, NULL FROM pg_advisory_xact_lock({KEY})"
    if kind == "raw":
        scan = raw_scanner(target, number, day)
    else:
        database = open_database(target)
        context = DeskContext(database=database, role=Role.DESK, desk=f"desk-{number}",
                              operator="bench", day_override=day)  # fmt: skip
        service = CheckInService(context)
        service.scan("warm-up")  # the first connection is not a scan's cost

        def scan(code: str) -> None:
            assert service.scan(code).status == "checked_in"

    times = []
    start.wait(timeout=120)
    first = time.perf_counter()
    for code in codes:
        began = time.perf_counter()
        scan(code)
        times.append((time.perf_counter() - began) * 1000)
    out.put((times, first, time.perf_counter()))


def raw_scanner(target: str, number: int, day: date) -> Any:
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

    def scan(code: str) -> None:
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


def run(job: tuple[str, str, date], codes: list[str], desks: int) -> tuple[list[float], float]:
    """(every scan's time in ms, check-ins per second) of ``desks`` desks started together."""
    context = multiprocessing.get_context("spawn")
    start, out = context.Barrier(desks), context.Queue()
    shares = [codes[i::desks] for i in range(desks)]
    workers = [context.Process(target=desk, args=(job, i, shares[i], start, out))
               for i in range(desks)]  # fmt: skip
    for worker in workers:
        worker.start()
    results = [out.get(timeout=600) for _ in workers]
    for worker in workers:
        worker.join()
    times = [t for r in results for t in r[0]]
    elapsed = max(r[2] for r in results) - min(r[1] for r in results)
    return times, len(times) / elapsed


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


def measure(copies: dict[str, str], desks: int) -> dict[str, Any]:
    """Two rounds (one per event day), the order of chained and unchained swapped in the second,
    so that neither gains from running first on a machine others share."""
    codes = codes_of(copies["chained"])
    times: dict[str, list[float]] = {kind: [] for kind in copies}
    rates: dict[str, list[float]] = {kind: [] for kind in copies}
    for day, order in ((DAY1, ("chained", "unchained", "raw")),
                       (DAY2, ("unchained", "chained", "raw"))):  # fmt: skip
        for kind in order:
            scans, rate = run((kind, copies[kind], day), codes, desks)
            times[kind] += scans
            rates[kind].append(rate)
    figures: dict[str, Any] = {
        kind: {
            "check_ins": len(times[kind]),
            "per_second": round(sum(rates[kind]) / len(rates[kind]), 1),
            "rounds_per_second": [round(r, 1) for r in rates[kind]],
            "p50_ms": round(percentile(times[kind], 0.5), 2),
            "p95_ms": round(percentile(times[kind], 0.95), 2),
        }
        for kind in copies
    }
    figures["chain_holds_after_the_race"] = chain_holds(copies["chained"])
    chained, unchained = figures["chained"]["per_second"], figures["unchained"]["per_second"]
    figures["chain_cost_percent"] = round(100 * (unchained - chained) / unchained, 1)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--pg", default=os.environ.get("SUMMIT_DESK_TEST_PG"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report: dict[str, Any] = {"people": args.people, "desks": args.desks}
    with tempfile.TemporaryDirectory() as folder:
        report["sqlite"] = measure(sqlite_copies(Path(folder), args.people), args.desks)
    if args.pg:
        urls, names = pg_copies(args.pg, args.people)
        try:
            report["postgresql"] = measure(urls, args.desks)
        finally:
            drop_pg(args.pg, names)
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
