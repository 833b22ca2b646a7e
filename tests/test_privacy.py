"""Private by default (issue #8, item 4): the desk's files are the user's own (0600 in 0700
folders), no log or message holds a person's data or a password, and the settings file never
keeps a PostgreSQL password."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.cli import run
from support.databases import copy_closed
from support.desk import make_context

from summit_desk.crashlog import log_path, write_crash_log
from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade
from summit_desk.services.demo import DemoService

SCHEMAS = Path(__file__).parent / "db" / "schemas"
EMAIL, PHONE, PASSPORT = "leyla.aliyeva@example.az", "+994501234567", "C09876543"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user's data, state and configuration folders inside the test's own folder."""
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    os.umask(0o022)  # the usual umask, which leaves new files readable by everyone


def test_a_new_database_is_private_in_a_private_folder(tmp_path: Path) -> None:
    path = tmp_path / "venue" / "desk.sqlite"
    database = open_database(path)
    upgrade(database)
    with database.engine.connect() as connection:  # the -wal and -shm exist while it is open
        connection.exec_driver_sql("SELECT 1")
        sidecars = [p for p in path.parent.iterdir() if p.name != path.name]
        assert sidecars and all(mode(p) == 0o600 for p in sidecars), sidecars
    database.dispose()
    assert mode(path.parent) == 0o700 and mode(path) == 0o600


def test_the_copies_before_a_reset_and_an_upgrade_are_private(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "desk.sqlite"
    copy_closed(migrated_template, path)
    database = open_database(path)
    DemoService(make_context(database)).create()
    DemoService(make_context(database)).create(force=True)
    database.dispose()
    old = tmp_path / "old.sqlite"
    shutil.copyfile(SCHEMAS / "0001.sqlite", old)
    database = open_database(old)
    upgrade(database)
    database.dispose()
    copies = sorted(p.name for p in tmp_path.glob("*.before-*"))
    assert any("before-reset" in c for c in copies) and any("before-upgrade" in c for c in copies)
    assert all(mode(tmp_path / c) == 0o600 for c in copies), copies


def test_the_crash_log_is_private_and_holds_no_parameters(tmp_path: Path) -> None:
    # An engine of someone else's (no hide_parameters): the log must still not keep the row.
    engine = create_engine(f"sqlite:///{tmp_path / 'other.sqlite'}")
    with pytest.raises(Exception) as caught, engine.connect() as connection:
        connection.execute(
            text("INSERT INTO nowhere (email, phone, doc) VALUES (:e, :p, :d)"),
            {"e": EMAIL, "p": PHONE, "d": PASSPORT},
        )
    assert EMAIL in str(caught.value)  # the negative control: the exception itself has them
    log = write_crash_log(caught.value)
    assert log == log_path()
    written = log.read_text()
    assert "OperationalError" in written and "no such table: nowhere" in written
    for secret in (EMAIL, PHONE, PASSPORT):
        assert secret not in written
    assert mode(log) == 0o600 and mode(log.parent) == 0o700


def test_every_engine_hides_parameters(database: Database) -> None:
    assert database.engine.hide_parameters


def test_a_server_engine_hides_parameters_too(pg_database: Database) -> None:
    assert pg_database.engine.hide_parameters


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A folder and a read-only view of it (a read-only bind mount), as a locked USB stick or
    a share mounted read-only shows a database that another desk keeps open."""
    folder, view = tmp_path / "rw", tmp_path / "ro"
    folder.mkdir()
    view.mkdir()
    subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], check=True)
    yield folder, view
    subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_failed_import_on_a_read_only_database_logs_no_personal_data(
    read_only_view: tuple[Path, Path], demo_template: Path, tmp_path: Path
) -> None:
    folder, view = read_only_view
    copy_closed(demo_template, folder / "desk.sqlite")
    rows = tmp_path / "people.csv"
    rows.write_text(
        "ref,country,delegation,category,given_name_latin,family_name_latin,email,phone,"
        f"document_no\nNEW-001,AZ,BAK,DEL,Leyla,Aliyeva,{EMAIL},{PHONE},{PASSPORT}\n"
    )
    other_desk = sqlite3.connect(folder / "desk.sqlite")  # keeps the -wal and -shm there
    other_desk.execute("PRAGMA journal_mode=WAL")
    other_desk.execute("SELECT count(*) FROM people").fetchone()
    try:
        ran = run("import", str(rows), "--lang", "fa", db=view / "desk.sqlite")
    finally:
        other_desk.close()
    logged = log_path().read_text() if log_path().exists() else ""
    for secret in (EMAIL, PHONE, PASSPORT):
        assert secret not in ran.stderr + ran.stdout + logged
    assert ran.returncode == 2, ran
    assert "فقط‌خواندنی" in ran.stderr


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://desk:s3cret-pw@db.venue:port/summit",
        "postgres ql://desk:s3cret-pw@db.venue/summit",
    ],
)
def test_an_unparseable_url_is_shown_without_its_password(url: str) -> None:
    ran = run("stats", "--db", url)
    assert ran.returncode == 2 and "Traceback" not in ran.stderr
    assert "s3cret-pw" not in ran.stderr and "desk:***@db.venue" in ran.stderr


def test_the_settings_file_is_private_and_keeps_no_password(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from summit_desk.ui.settings import DeskSettings, load_settings, save_settings

    file = tmp_path / "config" / "Summit Desk.ini"
    store = QSettings(str(file), QSettings.Format.IniFormat)
    url = "postgresql+psycopg://desk:s3cret-pw@db.venue:5432/summit"
    save_settings(DeskSettings(database=url), store)
    assert "s3cret-pw" not in file.read_text()
    assert load_settings(store).database == "postgresql+psycopg://desk@db.venue:5432/summit"
    assert mode(file) == 0o600 and mode(file.parent) == 0o700


@pytest.mark.parametrize(
    ("value", "kind"), [(EMAIL, "integer"), (PHONE, "date"), (PASSPORT, "date")]
)
def test_a_server_error_quoting_a_value_is_logged_without_it(
    pg_database: Database, value: str, kind: str
) -> None:
    """PostgreSQL quotes the offending value in its own message, which hide_parameters does not
    touch: the crash log takes it out."""
    with pytest.raises(Exception) as caught, pg_database.engine.connect() as connection:
        connection.execute(text(f"SELECT CAST(:v AS {kind})"), {"v": value})
    assert value in str(caught.value)  # the negative control
    written = write_crash_log(caught.value).read_text()
    assert "psycopg.errors" in written and value not in written
