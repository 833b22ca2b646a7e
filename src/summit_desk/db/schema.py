"""Bringing a database to the program's schema with Alembic, with a copy taken first.

Alembic costs a desk's start a good part of a second (its import and the reading of every
migration), and a database is almost always current already. So ``upgrade`` first reads the
stored ``alembic_version`` with plain SQL and compares it with ``newest_revision()``, the
newest migration's id taken from the file names in ``migrations/versions`` (each is named
``<revision>_<what>.py``; tests/test_startup_schema.py keeps that equal to Alembic's head).
Only a database that is behind, new or unknown loads Alembic.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from summit_desk.db.engine import Database, create_private_file
from summit_desk.domain.errors import DatabaseUnavailable, SummitDeskError

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.pyc?$")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", os.fspath(_MIGRATIONS))
    return config


@cache
def newest_revision() -> str:
    """The newest migration's id, from the file names alone (no Alembic); Alembic's head if
    the files are named otherwise (a frozen build that renamed them)."""
    found = [
        match.group(1)
        for name in os.listdir(_MIGRATIONS / "versions")
        if (match := _REVISION_FILE.match(name))
    ]
    return max(found) if found else head_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    """The stored ``alembic_version`` (None for an empty database), read with plain SQL."""
    try:
        with database.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except OperationalError as exc:
        raise DatabaseUnavailable(
            "db.unavailable", target=database.label, reason=str(exc.orig)
        ) from exc
    # One row on a linear history; several would be branches, which this program never makes.
    return max((row[0] for row in rows), default=None)


def upgrade(database: Database) -> Path | None:
    """Upgrade to the newest schema; returns the copy made of an existing SQLite file, if any."""
    current = current_revision(database)
    if current == newest_revision():
        return None  # the usual start: no Alembic loaded at all
    from alembic import command
    from alembic.script import ScriptDirectory

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
