"""A read-only database and a full disk (issue #8, item 2): a clear message in the user's
language and exit 2, never a traceback, and the data as it was.

The disk is a small tmpfs mounted for the test (the test runs as root in CI); where mounting is
not allowed, the full disk is a file-size limit (RLIMIT_FSIZE) and the read-only database a
process that has dropped to the ``nobody`` user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.databases import copy_closed

SRC = Path(__file__).resolve().parents[2] / "src"


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 4 MB tmpfs, or ``None`` where this machine does not let the test mount one."""
    folder = tmp_path / "disk"
    mounted = _mount(folder, "size=4m,mode=0700")
    yield folder if mounted else None
    if mounted:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _desk(
    *args: str, limit: int | None = None, user: int | None = None
) -> subprocess.CompletedProcess[str]:
    """`summit-desk ARGS` in its own process, optionally with a file-size limit or as ``user``."""
    prelude = "import resource, signal, os, sys\n"
    if limit is not None:
        prelude += "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        prelude += f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
    if user is not None:
        prelude += f"os.setgid({user}); os.setuid({user})\n"
    code = prelude + "from summit_desk.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {**os.environ, "PYTHONPATH": str(SRC), "SUMMIT_DESK_LANG": "en"}
    database = Path(args[args.index("--db") + 1])
    env["XDG_STATE_HOME"] = str(database.parent.parent / "state")  # its own log folder
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def _codes(path: Path, count: int) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT b.code FROM badges b WHERE b.status = 'active' ORDER BY b.id LIMIT ?", (count,)
        ).fetchall()
    return [r[0] for r in rows]


def _arrivals(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as con:
        return int(con.execute("SELECT count(*) FROM check_ins").fetchone()[0])


def test_a_full_disk_is_a_clear_message_and_loses_nothing_acknowledged(
    small_disk: Path | None, demo_template: Path, tmp_path: Path
) -> None:
    folder = small_disk or tmp_path
    path = folder / "desk.sqlite"
    copy_closed(demo_template, path)
    codes = _codes(path, 300)
    if small_disk is not None:  # leave the disk almost full
        free = shutil.disk_usage(folder).free
        (folder / "filler").write_bytes(b"\0" * max(free - 256 * 1024, 0))
        ran = _desk("checkin", "--json", "--day", "2025-11-18", *codes, "--db", str(path))
    else:
        limit = path.stat().st_size + 256 * 1024
        ran = _desk(
            "checkin", "--json", "--day", "2025-11-18", *codes, "--db", str(path), limit=limit
        )
    assert ran.returncode == 2, ran
    assert "is full" in ran.stderr and "Free some space" in ran.stderr, ran.stderr
    assert "Traceback" not in ran.stderr + ran.stdout
    acknowledged = ran.stdout.count('"checked_in"')
    assert 0 < acknowledged < len(codes)
    (folder / "filler").unlink(missing_ok=True)
    assert _arrivals(path) == acknowledged  # every acknowledged check-in, and only those


def test_a_read_only_database_is_a_clear_message(
    small_disk: Path | None, demo_template: Path, tmp_path: Path
) -> None:
    folder = small_disk or tmp_path
    path = folder / "desk.sqlite"
    copy_closed(demo_template, path)
    code = _codes(path, 1)[0]
    before = path.read_bytes()
    if small_disk is not None:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        ran = _desk("checkin", "--day", "2025-11-18", code, "--db", str(path), "--lang", "fa")
    else:
        path.chmod(0o444)
        folder.chmod(0o755)
        ran = _desk(
            "checkin", "--day", "2025-11-18", code, "--db", str(path), "--lang", "fa", user=65534
        )
    assert ran.returncode == 2, ran
    assert "فقط‌خواندنی" in ran.stderr, ran.stderr
    assert "Traceback" not in ran.stderr + ran.stdout
    assert path.read_bytes() == before
