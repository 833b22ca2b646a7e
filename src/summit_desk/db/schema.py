"""Bringing a database to the program's schema with Alembic, with a copy taken first."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import OperationalError

from summit_desk.db.engine import Database
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
    backup = _copy_before_upgrade(database, current) if current is not None else None
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup


def _copy_before_upgrade(database: Database, revision: str) -> Path | None:
    """A consistent copy of the SQLite file (the backup API honours the WAL), kept beside it."""
    if not database.is_sqlite or not database.url.database:
        return None
    source = Path(database.url.database)
    target = source.with_name(f"{source.stem}.before-upgrade-from-{revision}{source.suffix}")
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    copy.close()
    live.close()
    return target
