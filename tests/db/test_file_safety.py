"""The file it opened is the file it writes (issue #8, item 2): a desk whose database file is
deleted or replaced under it stops writing instead of answering ``checked_in`` into the void;
a leftover ``-wal`` or a network file system is refused at the start."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from support.cli import run
from support.databases import copy_closed
from support.desk import make_context

from summit_desk.db import engine as engine_module
from summit_desk.db.engine import filesystem_type, open_database
from summit_desk.domain.errors import DatabaseUnavailable
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService

DAY1 = date(2025, 11, 18)


def checked_in_refs(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as con:
        rows = con.execute(
            "SELECT DISTINCT p.ref FROM check_ins c JOIN people p ON p.id = c.person_id"
        ).fetchall()
    return {r[0] for r in rows}


def _scan(context: DeskContext, ref: str) -> CheckInStatus:
    code = PeopleService(context).badge_code(ref)
    desk = make_context(context.database, role=Role.DESK, day=DAY1)
    return CheckInService(desk).scan(code).status


def test_a_deleted_database_stops_the_desk_instead_of_checking_in(
    demo_event: DeskContext, db_path: Path
) -> None:
    code = PeopleService(demo_event).badge_code("GIL-002")
    assert _scan(demo_event, "GIL-001") is CheckInStatus.CHECKED_IN
    for path in (db_path, *db_path.parent.glob(db_path.name + "-*")):
        path.unlink()
    desk = make_context(demo_event.database, role=Role.DESK, day=DAY1)
    with pytest.raises(DatabaseUnavailable) as caught:
        CheckInService(desk).scan(code)
    assert caught.value.code == "db.replaced"
    assert "no longer" in caught.value.message("en")
    assert "دیگر" in caught.value.message("fa")


def test_a_replaced_database_is_never_written(
    demo_event: DeskContext, db_path: Path, demo_template: Path, tmp_path: Path
) -> None:
    assert _scan(demo_event, "GIL-001") is CheckInStatus.CHECKED_IN
    other = tmp_path / "other.sqlite"
    copy_closed(demo_template, other)
    os.replace(other, db_path)  # another event's file, swapped in under the running desk
    with pytest.raises(DatabaseUnavailable):
        _scan(demo_event, "GIL-002")
    # ... and the desk keeps refusing: it never starts writing to the swapped-in file.
    with pytest.raises(DatabaseUnavailable):
        _scan(demo_event, "GIL-003")
    demo_event.database.dispose()
    assert not {"GIL-002", "GIL-003"} & checked_in_refs(db_path)


def test_a_wal_without_its_database_is_refused(tmp_path: Path, demo_template: Path) -> None:
    path = tmp_path / "event.sqlite"
    Path(str(path) + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(60))
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(path)
    assert caught.value.code == "db.orphan_wal"
    assert not path.exists()  # nothing was created beside the orphan
    ran = run("stats", db=path)
    assert ran.returncode == 2 and "-wal" in ran.stderr and "Traceback" not in ran.stderr


def _wal_of(source: Path, tmp_path: Path) -> bytes:
    """The -wal of a database being written, as a crash would leave it (not checkpointed)."""
    work = tmp_path / "work.sqlite"
    copy_closed(source, work)
    con = sqlite3.connect(work)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE filler(x)")
    con.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(400)])
    con.execute("UPDATE people SET notes = 'other event'")
    con.commit()
    data = Path(str(work) + "-wal").read_bytes()
    con.close()
    return data


def test_a_wal_of_another_file_is_refused_and_the_file_left_intact(
    tmp_path: Path, demo_template: Path, migrated_template: Path
) -> None:
    path = tmp_path / "event.sqlite"
    copy_closed(migrated_template, path)
    before = path.read_bytes()
    Path(str(path) + "-wal").write_bytes(_wal_of(demo_template, tmp_path))
    ran = run("stats", db=path)
    assert ran.returncode == 2, ran
    assert "-wal" in ran.stderr and "malformed" not in ran.stderr
    assert path.read_bytes() == before  # the foreign WAL was not checkpointed into it


def test_a_crashed_desks_own_wal_is_kept_and_replayed(demo_template: Path, tmp_path: Path) -> None:
    """The refusal must not cost a crashed desk its last check-ins."""
    path = tmp_path / "event.sqlite"
    copy_closed(demo_template, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE people SET notes = 'kept' WHERE ref = 'GIL-001'")
    con.commit()
    wal = Path(str(path) + "-wal").read_bytes()
    con.close()
    Path(str(path) + "-wal").write_bytes(wal)  # as SIGKILL leaves it
    database = open_database(path)
    with database.engine.connect() as connection:
        notes = connection.exec_driver_sql("SELECT notes FROM people WHERE ref='GIL-001'")
        assert notes.scalar() == "kept"
    database.dispose()


MOUNTINFO = """\
22 27 0:21 / /proc rw,relatime - proc proc rw
27 1 8:1 / / rw,relatime - ext4 /dev/sda1 rw
40 27 0:50 / {share} rw,relatime - {kind} server:/export rw,vers=4.2
"""


@pytest.mark.parametrize("kind", ["nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"])
def test_a_database_on_a_network_file_system_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(MOUNTINFO.format(share=share, kind=kind))
    assert filesystem_type(share / "desk.sqlite", mountinfo) == kind
    assert filesystem_type(tmp_path / "desk.sqlite", mountinfo) == "ext4"
    monkeypatch.setattr(engine_module, "MOUNTINFO", mountinfo)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(share / "desk.sqlite")
    assert caught.value.code == "db.network_fs"
    assert kind in caught.value.message("fa")
    assert not (share / "desk.sqlite").exists()
    open_database(tmp_path / "local.sqlite").dispose()  # a local disk is fine


def test_a_mount_point_with_escaped_spaces_is_read() -> None:
    text = "40 27 0:50 / /media/usb\\040stick rw - vfat /dev/sdb1 rw\n"
    path = Path("/media/usb stick/desk.sqlite")
    assert filesystem_type(path, None, text) == "vfat"


def test_the_check_in_path_is_unchanged_on_the_same_file(demo_event: DeskContext) -> None:
    """A negative control: without a swap the desk writes as before."""
    for ref in ("GIL-001", "GIL-002"):
        assert _scan(demo_event, ref) is CheckInStatus.CHECKED_IN
    assert _scan(demo_event, "GIL-001") is CheckInStatus.ALREADY_CHECKED_IN


def test_the_checkin_command_stops_with_exit_2_when_its_file_is_swapped(
    demo_template: Path, tmp_path: Path
) -> None:
    """As the issue found it: the desk kept answering checked_in into a replaced file."""
    path = tmp_path / "desk.sqlite"
    copy_closed(demo_template, path)
    with contextlib.closing(sqlite3.connect(path)) as con:
        codes = [r[0] for r in con.execute("SELECT code FROM badges ORDER BY id LIMIT 2")]
    other = tmp_path / "other.sqlite"
    copy_closed(demo_template, other)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    desk = subprocess.Popen(
        [sys.executable, "-m", "summit_desk", "checkin", "--stdin", "--json", "--db", str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**env, "SUMMIT_DESK_LANG": "en", "SUMMIT_DESK_DAY": "2025-11-18"},
    )
    assert desk.stdin is not None and desk.stdout is not None
    desk.stdin.write(codes[0] + "\n")
    desk.stdin.flush()
    assert '"checked_in"' in desk.stdout.readline()
    os.replace(other, path)  # swapped under the running desk
    out, err = desk.communicate(codes[1] + "\n", timeout=60)
    assert desk.returncode == 2, (out, err)
    assert "checked_in" not in out and "no longer the file" in err
