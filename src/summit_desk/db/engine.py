"""Opening the database: a file (SQLite, one desk) or a PostgreSQL URL (several desks on a LAN).

SQLite is set up for a desk that must lose nothing: WAL so that readers never block the writer,
``synchronous=FULL`` so that a committed check-in survives a power cut, foreign keys on, a busy
timeout so that two desks on one file wait for each other instead of failing, and write
transactions that begin with ``BEGIN IMMEDIATE`` so that a writer takes the lock up front
rather than failing half-way with "database is locked".
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from summit_desk.domain.errors import DatabaseUnavailable, SummitDeskError

ENV_VAR = "SUMMIT_DESK_DB"
BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "summit_desk_begin"


def default_database_path() -> Path:
    return Path(user_data_dir("summit-desk", appauthor=False)) / "summit-desk.sqlite"


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """``--db`` first, then ``$SUMMIT_DESK_DB``, then a file in the user's data folder."""
    chosen = os.fspath(target) if target else os.environ.get(ENV_VAR) or ""
    return chosen or os.fspath(default_database_path())


def to_url(target: str) -> URL:
    if "://" in target:
        try:
            return make_url(target)
        except ArgumentError as exc:
            raise SummitDeskError("db.bad_url", target=target) from exc
    path = Path(target).expanduser()
    return URL.create("sqlite+pysqlite", database=os.fspath(path.absolute()))


def describe(url: URL) -> str:
    """The database named for a person: the file, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


@dataclass(frozen=True)
class Database:
    """An engine with its two session factories: reads, and writes that take the lock first."""

    engine: Engine
    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def label(self) -> str:
        return describe(self.url)

    @cached_property
    def _readers(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine, expire_on_commit=False)

    @cached_property
    def _writers(self) -> sessionmaker[Session]:
        immediate = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        return sessionmaker(immediate, expire_on_commit=False)

    def reader(self) -> Session:
        return self._readers()

    def writer(self) -> Session:
        return self._writers()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (and, for a new SQLite file, create the folder of) the desk's database."""
    url = to_url(resolve_target(target))
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not create and not path.exists():
            raise DatabaseUnavailable("db.unavailable", target=path, reason="no such file")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable("db.unavailable", target=path, reason=exc.strerror) from exc
        engine = create_engine(url, poolclass=NullPool if _is_test_memory(url) else None)
        _configure_sqlite(engine)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
        except NoSuchModuleError as exc:
            raise SummitDeskError("db.bad_url", target=describe(url)) from exc
        except ImportError as exc:  # the driver is an extra: summit-desk[postgres]
            raise DatabaseUnavailable(
                "db.unavailable", target=describe(url), reason=f"{exc.name} is not installed"
            ) from exc
    return Database(engine=engine, url=url)


def _is_test_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transactions out of the sqlite3 module's hands so that BEGIN is ours to choose.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")
