"""Bringing a database to the program's schema with Alembic, with a copy taken first."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError

from summit_desk.db.engine import Database, create_private_file
from summit_desk.domain.errors import DatabaseUnavailable, SummitDeskError

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", os.fspath(_MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    try:
        with database.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as exc:
        raise DatabaseUnavailable(
            "db.unavailable", target=database.label, reason=str(exc.orig)
        ) from exc


def upgrade(database: Database) -> Path | None:
    """Upgrade to the newest schema; returns the copy made of an existing SQLite file, if any."""
    current = current_revision(database)
    head = head_revision()
    if current == head:
        return None
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise SummitDeskError("db.too_new", target=database.label, found=current)
    backup = copy_sqlite_file(database, f"before-upgrade-from-{current}") if current else None
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def copy_sqlite_file(database: Database, label: str) -> Path | None:
    """A consistent copy of an SQLite database (the backup API honours the WAL), kept beside it
    as ``<name>.<label>.sqlite``; nothing for a server database, which has its own backups."""
    if not database.is_sqlite or not database.url.database:
        return None
    source = Path(database.url.database)
    if not source.exists():
        return None
    target = source.with_name(f"{source.stem}.{label}{source.suffix}")
    create_private_file(target)  # a copy holds the same personal data: 0600
    with (
        contextlib.closing(sqlite3.connect(source)) as live,
        contextlib.closing(sqlite3.connect(target)) as copy,
    ):
        live.backup(copy)
    return target
