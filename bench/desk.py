"""How fast the check-in desk answers at summit scale (a script, not a test).

    python bench/desk.py [--people 50000] [--names 200] [--db FILE] [--json OUT.json]
                         [--only search|page|window ...] [--page-size 1366x800]

Against a demo event of ``--people`` people in a fresh SQLite file, it measures, in one run:

* search as you type: for ``--names`` names from the database, every prefix as typed (1..n
  characters), through ``PeopleService.find`` exactly as the check-in page calls it, next to the
  same search as raw SQL (the FTS5 trigram MATCH or the token prefix range, the same ordering);
  and a sample through the page's controller (a typed character to its answer shown, as the
  input calls it), next to the service alone on the same queries, with the ratio of their p95;
  the same again with the page idle before each key and the results laid out and painted
  (``search_to_results_painted``: what the desk sees);
* scan to banner: a badge code through the page's controller until the banner shows the answer
  (offscreen), next to ``CheckInService.scan`` alone and a raw SQL check-in;
* the main window: process start to first paint through ``summit_desk.app.run_gui``, next to a
  bare ``QMainWindow`` in the same run, and their ratio.

Targets: search p95 <= 10 ms, scan to banner p95 <= 50 ms, a typed character's results within
2x the service's p95, the window within 2x a bare window.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DAY1 = date(2025, 11, 18)
TARGETS = {
    "search_p95_ms": 10.0,
    "scan_p95_ms": 50.0,
    "search_controller_to_service_p95": 2.0,
    "window_to_bare": 2.0,
}


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50": round(percentile(values, 0.50), 3),
        "p95": round(percentile(values, 0.95), 3),
        "max": round(max(values), 3) if values else float("nan"),
    }


def timed(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


# --- the database -------------------------------------------------------------------------------
def build(path: Path, people: int) -> float:
    from summit_desk.db.engine import open_database
    from summit_desk.db.schema import upgrade
    from summit_desk.domain.values import Role
    from summit_desk.services.context import DeskContext
    from summit_desk.services.demo import DemoService

    start = time.perf_counter()
    database = open_database(path)
    upgrade(database)
    DemoService(DeskContext(database=database, role=Role.ADMIN)).create(people=people)
    database.dispose()
    return time.perf_counter() - start


def sample_names(path: Path, count: int, rng: random.Random) -> list[str]:
    """Names as the desk would type them: Persian, Latin and native script, as stored."""
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT given_name_fa, family_name_fa, given_name_latin, family_name_latin, "
            "name_native FROM people"
        ).fetchall()
    names = []
    for given_fa, family_fa, given_latin, family_latin, native in rng.sample(rows, count):
        choices = [f"{given_fa} {family_fa}".strip(), f"{given_latin} {family_latin}".strip()]
        if native:
            choices.append(native)
        names.append(rng.choice([c for c in choices if c]))
    return names


def prefixes(name: str) -> list[str]:
    return [name[:n] for n in range(1, len(name) + 1) if name[:n].strip()]


# --- search ------------------------------------------------------------------------------------
RAW_ORDER = " ORDER BY (lower(p.ref) = ?) DESC, c.precedence, p.rank, p.sort_key LIMIT ?"


def raw_search(db: sqlite3.Connection, query: str, limit: int) -> list[int]:
    """The desk's search (db/people.py search_ids) as plain SQL, without SQLAlchemy."""
    from summit_desk.domain.names import search_terms

    terms = sorted(set(search_terms(query)), key=len, reverse=True)
    if not terms:
        return []
    filters, params = [], []
    for term in terms:
        if len(term) >= 3:
            filters.append("p.id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)")
            params.append('"' + term.replace('"', '""') + '"')
        else:
            filters.append(
                "p.id IN (SELECT person_id FROM person_tokens WHERE token >= ? AND token < ?)"
            )
            params += [term, term + "\U0010ffff"]
    sql = (
        "SELECT p.id FROM people p JOIN categories c ON c.code = p.category_code WHERE "
        + " AND ".join(filters)
        + RAW_ORDER
    )
    return [row[0] for row in db.execute(sql, [*params, query.strip().lower(), limit])]


def bench_search(path: Path, names: list[str]) -> dict[str, Any]:
    from summit_desk.db.engine import open_database
    from summit_desk.services.context import DeskContext
    from summit_desk.services.people import PeopleService
    from summit_desk.ui.checkin.controller import SEARCH_LIMIT

    database = open_database(path)
    people = PeopleService(DeskContext(database=database, day_override=DAY1))
    raw = sqlite3.connect(path)
    queries = [p for name in names for p in prefixes(name)]
    people.find(queries[0], day=DAY1, limit=SEARCH_LIMIT)  # warm the caches, as a desk is
    raw_search(raw, queries[0], SEARCH_LIMIT)
    service: list[float] = []
    plain: list[float] = []
    by_length: dict[str, list[float]] = defaultdict(list)
    slow: list[tuple[float, str, int]] = []
    for query in queries:
        start = time.perf_counter()
        found = people.find(query, day=DAY1, limit=SEARCH_LIMIT)
        ms = (time.perf_counter() - start) * 1000
        service.append(ms)
        plain.append(timed(lambda q=query: raw_search(raw, q, SEARCH_LIMIT)))
        length = len(query.replace(" ", ""))
        by_length["1" if length == 1 else "2" if length == 2 else "3+"].append(ms)
        if length <= 2:
            slow.append((ms, query, len(found)))
    raw.close()
    database.dispose()
    slow.sort(reverse=True)
    return {
        "queries": len(queries),
        "service": summary(service),
        "raw_sql": summary(plain),
        "service_by_prefix_length": {k: summary(v) for k, v in sorted(by_length.items())},
        "slowest_short_prefixes": [
            {"query": q, "ms": round(ms, 2), "results": n} for ms, q, n in slow[:15]
        ],
    }


# --- the page ----------------------------------------------------------------------------------
def wait_for(signal: Any, start: Callable[[], None], timeout_ms: int = 10_000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def _quiet_offscreen(_mode: Any, _context: Any, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform says it on every resize
        print(message, file=sys.stderr)


def bench_page(
    path: Path, names: list[str], rng: random.Random, size: tuple[int, int] = (1366, 800)
) -> dict[str, Any]:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from summit_desk.db.engine import open_database
    from summit_desk.domain.values import Role
    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.context import DeskContext
    from summit_desk.ui.checkin import CheckInPage
    from summit_desk.ui.i18n import install_interface_font, install_language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    qInstallMessageHandler(_quiet_offscreen)
    install_language(app, "fa")
    install_interface_font(app)
    database = open_database(path)
    desk = DeskContext(database=database, operator="desk", role=Role.DESK, desk="bench-1",
                       day_override=DAY1)  # fmt: skip
    page = CheckInPage(desk, "fa")
    page.sound = False
    page.resize(*size)
    page.show()
    app.processEvents()

    with sqlite3.connect(path) as db:
        codes = [row[0] for row in db.execute("SELECT code FROM badges WHERE status = 'active'")]
    rng.shuffle(codes)
    page_codes, service_codes, raw_codes = codes[:300], codes[300:600], codes[600:900]

    controller = page.controller
    to_banner: list[float] = []
    to_paint: list[float] = []
    statuses: dict[str, int] = defaultdict(int)
    for code in [*page_codes, *page_codes[:100]]:  # and 100 second scans: amber
        start = time.perf_counter()
        wait_for(controller.banner_changed, lambda c=code: controller.scan(c))
        to_banner.append((time.perf_counter() - start) * 1000)
        page.banner.repaint()  # the pixels, synchronously
        to_paint.append((time.perf_counter() - start) * 1000)
        statuses[controller.banner.status] += 1

    typed, alone = typing(controller, names[:40])
    painted, painted_alone = typing_painted(app, page, names[:40])

    service = CheckInService(replace(desk, desk="bench-2"))
    direct = [timed(lambda c=code: service.scan(c)) for code in service_codes]
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    raw = [raw_check_in(connection, code) for code in raw_codes]
    connection.close()
    page.close()
    controller.wait_until_idle()
    database.dispose()
    return {
        "scan_to_banner": summary(to_banner),
        "scan_to_banner_painted": summary(to_paint),
        "banner_states": dict(statuses),
        "check_in_service_alone": summary(direct),
        "raw_sql_check_in": summary(raw),
        "search_through_controller": summary(typed),
        "search_service_same_queries": summary(alone),
        "search_controller_to_service_p95": round(
            percentile(typed, 0.95) / percentile(alone, 0.95), 2
        ),
        "search_to_results_painted": summary(painted),
        "search_service_same_queries_painted_run": summary(painted_alone),
        "search_painted_to_service_p95": round(
            percentile(painted, 0.95) / percentile(painted_alone, 0.95), 2
        ),
    }


def typing(controller: Any, names: list[str]) -> tuple[list[float], list[float]]:
    """A typed character to its results shown, as the input calls the controller (no debounce
    skipped: the controller decides), next to the service alone on the same queries, in turn."""
    from summit_desk.ui.checkin.controller import SEARCH_LIMIT

    typed: list[float] = []
    alone: list[float] = []
    people = controller.people
    for name in names:
        for query in prefixes(name):
            alone.append(timed(lambda q=query: people.find(q, day=DAY1, limit=SEARCH_LIMIT)))
            start = time.perf_counter()
            wait_for(controller.results_shown, lambda q=query: controller.query_changed(q))
            typed.append((time.perf_counter() - start) * 1000)
        controller.query_changed("")
    return typed, alone


def typing_painted(app: Any, page: Any, names: list[str]) -> tuple[list[float], list[float]]:
    """What the desk sees: a key typed while the page is idle (a person types a few keys a
    second, so the last answer is laid out and painted before the next key) to its results
    laid out and painted, next to the service alone on the same queries.

    ``typing`` sends the keys back to back: each answer's layout and paint then run while the
    next key's search reads, so its figures hold a share of the previous answer's work and
    none of their own painting."""
    from summit_desk.ui.checkin.controller import SEARCH_LIMIT

    controller = page.controller
    typed: list[float] = []
    alone: list[float] = []
    people = controller.people

    def settle() -> None:  # the layouts and paints that the answer posted
        for _ in range(3):
            app.processEvents()

    for name in names:
        for query in prefixes(name):
            alone.append(timed(lambda q=query: people.find(q, day=DAY1, limit=SEARCH_LIMIT)))
            settle()
            start = time.perf_counter()
            wait_for(controller.results_shown, lambda q=query: controller.query_changed(q))
            settle()
            typed.append((time.perf_counter() - start) * 1000)
        controller.query_changed("")
    return typed, alone


def raw_check_in(db: sqlite3.Connection, code: str) -> float:
    """The same write as a check-in, as plain SQL: find the badge, see if in, append, commit."""
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    badge_id, person_id = db.execute(
        "SELECT id, person_id FROM badges WHERE code = ? AND status = 'active'", [code]
    ).fetchone()
    already = db.execute(
        "SELECT 1 FROM check_ins WHERE person_id = ? AND day = ? AND kind = 'arrival'",
        [person_id, DAY1.isoformat()],
    ).fetchone()
    if already is None:
        db.execute(
            "INSERT INTO check_ins (uuid, kind, person_id, badge_id, day, at, desk, operator, "
            "reason) VALUES (?, 'arrival', ?, ?, ?, ?, 'bench-raw', 'bench', '')",
            [uuid.uuid4().hex, person_id, badge_id, DAY1.isoformat(), datetime.now().isoformat()],
        )
    db.execute("COMMIT")
    return (time.perf_counter() - start) * 1000


# --- the window --------------------------------------------------------------------------------
_CHILD = r"""
import sys, time
start = float(sys.argv[1])
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
bare = sys.argv[2] == "bare"

class FirstPaint(QObject):
    # The window's first paint; then (the desk) the check-in page's, when the desk is usable.
    window_painted = False

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and type(watched).__name__ == "OperatorDialog":
            # the demo's desk operator logs in at once (a person takes longer: not measured)
            watched.name.setText("desk")
            watched.pin.setText("1111")
            QTimer.singleShot(0, watched.accept)
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.window_painted and isinstance(watched, QMainWindow):
            self.window_painted = True
            print(f"window {time.time() - start:.4f}", flush=True)
            if bare:
                QTimer.singleShot(0, app.quit)
        elif self.window_painted and type(watched).__name__ == "CheckInPage":
            print(f"checkin {time.time() - start:.4f}", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
if bare:
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    app.exec()
else:
    from summit_desk.app import run_gui
    run_gui(sys.argv[3], "fa")
"""


def window_start(kind: str, db: Path, runs: int) -> dict[str, Any]:
    """Process start to the window's first paint (and, for the desk, to its check-in page's)."""
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        start = time.time()
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, repr(start), kind, str(db)],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        for line in done.stdout.splitlines():
            what, _, seconds = line.partition(" ")
            if what in ("window", "checkin"):
                times[what].append(float(seconds))
    result: dict[str, Any] = {"runs": runs}
    for what, values in times.items():
        result[f"{what}_median_s"] = round(statistics.median(values), 3)
        result[f"{what}_max_s"] = round(max(values), 3)
    result["median_s"] = result["window_median_s"]
    return result


# --- report ------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=50_000)
    parser.add_argument("--names", type=int, default=200)
    parser.add_argument("--db", type=Path, help="an existing demo database to reuse")
    parser.add_argument("--window-runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--only",
        choices=("search", "page", "window"),
        action="append",
        help="measure only this part (repeat for several); all by default",
    )
    parser.add_argument("--page-size", default="1366x800", help="the check-in page's WIDTHxHEIGHT")
    args = parser.parse_args()
    parts = set(args.only or ("search", "page", "window"))
    width, height = (int(n) for n in args.page_size.split("x"))

    rng = random.Random(2025)
    results: dict[str, Any] = {"people": args.people, "platform": os.environ["QT_QPA_PLATFORM"]}
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        if args.db is None or not args.db.exists():  # a named file that is not there is built
            results["build_s"] = round(build(path, args.people), 1)
            print(f"built {args.people} people in {results['build_s']} s", flush=True)
        names = sample_names(path, args.names, rng)
        if "search" in parts:
            results["search"] = bench_search(path, names)
            print("search done", flush=True)
        if "page" in parts:
            results["page"] = bench_page(path, names, rng, (width, height))
            print("page done", flush=True)
        if "window" in parts:
            results["window_app"] = window_start("app", path, args.window_runs)
            results["window_bare"] = window_start("bare", path, args.window_runs)
            results["window_to_bare"] = round(
                results["window_app"]["median_s"] / results["window_bare"]["median_s"], 2
            )
    results["targets"] = TARGETS
    print(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
