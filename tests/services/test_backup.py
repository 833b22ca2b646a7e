"""Backups (issue #8, item 3): `summit-desk backup --out FILE` takes an online, checked backup
with SQLite's backup API; the desk rotates its own into a folder; a server is pg_dump's."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from pathlib import Path

import pytest
from support.cli import run
from support.desk import make_context

from summit_desk.db.engine import Database, open_database
from summit_desk.domain.errors import SummitDeskError
from summit_desk.services.backup import BackupService, integrity_problem
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.stats import StatsService


def people_in(path: Path) -> int:
    database = open_database(path, create=False)
    try:
        return StatsService(make_context(database)).compute().people
    finally:
        database.dispose()


def test_backup_writes_a_checked_private_single_file(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "summit.sqlite"
    ran = run("backup", "--out", str(out), db=Path(demo_event.database.label))
    assert ran.returncode == 0, ran
    assert "integrity checked" in ran.stdout
    assert integrity_problem(out) == ""
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.parent.stat().st_mode) == 0o700
    assert not list(out.parent.glob("*-wal")) and not list(out.parent.glob("*.partial"))
    assert people_in(out) == StatsService(demo_event).compute().people > 100


def test_a_backup_holds_what_is_still_only_in_the_wal(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    """What a file copy would lose: commits not yet checkpointed into the database file."""
    path = Path(demo_event.database.label)
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE people SET notes = 'only in the wal' WHERE ref = 'GIL-001'")
    writer.commit()
    try:
        copied = tmp_path / "copied.sqlite"
        copied.write_bytes(path.read_bytes())  # the negative control: a file copy
        out = tmp_path / "backup.sqlite"
        BackupService(demo_event).backup_to(out)
    finally:
        writer.close()

    def notes(file: Path) -> str | None:
        with contextlib.closing(sqlite3.connect(file)) as con:
            row = con.execute("SELECT notes FROM people WHERE ref='GIL-001'").fetchone()
            return row[0] if row else None

    assert notes(out) == "only in the wal"
    assert notes(copied) != "only in the wal"


def test_the_desk_keeps_the_newest_backups_in_its_folder(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "keep-me.sqlite").write_text("the admin's own file")
    service = BackupService(demo_event)
    made = [service.rotate_into(folder, keep=3).path for _ in range(5)]
    kept = sorted(p for p in folder.iterdir() if p.name.startswith("summit-desk-"))
    assert kept == sorted(made[-3:])
    assert (folder / "keep-me.sqlite").read_text() == "the admin's own file"
    assert all(integrity_problem(p) == "" for p in kept)


def test_a_backup_of_a_damaged_database_is_not_kept(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    path = Path(demo_event.database.label)
    demo_event.database.dispose()
    with contextlib.closing(sqlite3.connect(path)) as con:  # a table page zeroed on the disk
        page = con.execute("SELECT rootpage FROM sqlite_schema WHERE name='people'").fetchone()[0]
        size = con.execute("PRAGMA page_size").fetchone()[0]
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    data[start : start + size] = bytes(size)
    path.write_bytes(bytes(data))
    out = tmp_path / "backup.sqlite"
    database = open_database(path)
    try:
        with pytest.raises(SummitDeskError) as caught:
            BackupService(make_context(database)).backup_to(out)
    finally:
        database.dispose()
    assert caught.value.code == "backup.failed"
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_a_server_is_backed_up_with_pg_dump(pg_database: Database) -> None:
    ran = run("backup", "--out", "x.sqlite", "--db", pg_database.url.render_as_string(False))
    assert ran.returncode == 2 and "pg_dump" in ran.stderr


def test_demo_force_on_a_server_needs_the_admins_yes(pg_database: Database) -> None:
    DemoService(make_context(pg_database)).create()
    url = pg_database.url.render_as_string(hide_password=False)
    people = StatsService(make_context(pg_database)).compute().people
    refused = run("demo", "--force", "--people", str(people + 5), "--db", url)
    assert refused.returncode == 2, refused
    assert "--yes-wipe-server-database" in refused.stderr and "pg_dump" in refused.stderr
    assert StatsService(make_context(pg_database)).compute().people == people
    done = run(
        "demo", "--force", "--yes-wipe-server-database", "--people", str(people + 5), "--db", url
    )
    assert done.returncode == 0, done
    assert StatsService(make_context(pg_database)).compute().people == people + 5
