"""Test databases made once and copied: running Alembic (or the demo) for every test is slow.

An SQLite template is a closed file at the newest schema; a test's database is a byte copy of
it, which is the same file Alembic would have built. A template that already holds data (the
demo event) is loaded into a test's open database through SQLite's backup API, which writes
every page of the live file as one transaction, so the desk's engine sees it like any write.
A PostgreSQL template is a database the server copies with ``CREATE DATABASE ... TEMPLATE``.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Engine, text

from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade

_SIDECARS = ("-wal", "-shm", "-journal")


def sidecars(path: Path) -> list[Path]:
    """The files SQLite keeps beside an open database; a closed, checkpointed one has none."""
    return [p for p in (path.with_name(path.name + s) for s in _SIDECARS) if p.exists()]


def migrate_new_file(path: Path) -> None:
    """A new SQLite file at ``path``, brought to the newest schema by Alembic, then closed."""
    assert not path.exists(), path
    database = open_database(path)
    upgrade(database)
    database.dispose()
    assert not sidecars(path), sidecars(path)  # the last close checkpointed the WAL


def copy_closed(template: Path, target: Path) -> None:
    """A byte copy of a closed SQLite file: whole only because nothing is left in a WAL."""
    assert not sidecars(template), sidecars(template)
    shutil.copyfile(template, target)


def open_copy(template: Path, target: Path) -> Database:
    """A new database at ``target``, a copy of a template at the newest schema, opened."""
    copy_closed(template, target)
    database = open_database(target)
    upgrade(database)  # finds the file current and does nothing, as when a desk opens it
    return database


def load_into(database: Database, template: Path) -> None:
    """Replace the content of an open SQLite database with a closed template's."""
    assert database.url.database, database.url
    assert not sidecars(template), sidecars(template)
    with (
        contextlib.closing(sqlite3.connect(template)) as source,
        contextlib.closing(sqlite3.connect(database.url.database)) as target,
    ):
        source.backup(target)


def unique_name(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def create_pg_database(admin: Engine, name: str, template: str | None = None) -> None:
    """An empty database, or a copy of ``template`` (which nobody may be connected to)."""
    statement = f'CREATE DATABASE "{name}"'
    if template is not None:
        statement += f' TEMPLATE "{template}"'
    with admin.connect() as connection:
        connection.execute(text(statement))


def drop_pg_database(admin: Engine, name: str) -> None:
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextlib.contextmanager
def pg_copy(admin: Engine, template: str) -> Iterator[Database]:
    """A new PostgreSQL database copied from ``template``, opened; dropped afterwards."""
    name = unique_name("sd_test")
    create_pg_database(admin, name, template=template)
    database = open_database(pg_url_of(admin, name))
    try:
        upgrade(database)  # finds the database current and does nothing
        yield database
    finally:
        database.dispose()
        drop_pg_database(admin, name)


def pg_url_of(admin: Engine, name: str) -> str:
    return admin.url.set(database=name).render_as_string(hide_password=False)
