"""Opening the database: a file (SQLite, one desk) or a PostgreSQL URL (several desks on a LAN).

SQLite is set up for a desk that must lose nothing: WAL so that readers never block the writer,
``synchronous=FULL`` so that a committed check-in survives a power cut, foreign keys on, a busy
timeout so that two desks on one file wait for each other instead of failing, and write
transactions that begin with ``BEGIN IMMEDIATE`` so that a writer takes the lock up front
rather than failing half-way with "database is locked".

The file it opened is the file it writes (issue #8): the device and inode of the file are taken
when the first connection opens it, and every transaction's start and commit confirm that the
path still names that file; once it does not (deleted, moved, swapped for another event's), the
desk refuses every transaction rather than answer ``checked_in`` for a write that reaches no one.
A ``-wal`` left without its database, or one that belongs to another file, and a database on a
network file system (where SQLite's locks do not hold) are refused at the start. A read-only or
full disk is a typed error in the user's language, and no engine ever logs a statement's
parameters (people's e-mails, phones and passport numbers).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
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
from summit_desk.domain.hash_chain import GENESIS
from summit_desk.domain.urls import mask_url_text

ENV_VAR = "SUMMIT_DESK_DB"
MOUNTINFO: Path | None = Path("/proc/self/mountinfo")
# File systems where SQLite's POSIX locks are not reliable, so two desks could both write.
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afs", "ncpfs", "9p"}
)
BUSY_TIMEOUT_MS = 10_000
_BEGIN_OPTION = "summit_desk_begin"
# PostgreSQL: every writing transaction first takes this advisory lock (the hash chains' lock,
# see db/audit.py), so writes are serialised as SQLite's BEGIN IMMEDIATE serialises them, and a
# desk never holds a person's row while it waits for the chain (the deadlock that was seen when a
# scan locked the row first and another desk took the chain lock first, then wanted that row).
WRITE_LOCK_KEY = 0x5D_C4A1
# PostgreSQL: seconds to wait for the server when connecting. Without it a server whose address
# answers nothing (a pulled cable, a blackholed route) holds the desk for the system's TCP
# timeout, minutes, before it can go offline. A URL's own ``connect_timeout`` (or libpq's
# $PGCONNECT_TIMEOUT) wins.
CONNECT_TIMEOUT_S = 5
# The statement that takes it: migration 0007's write_lock() also returns, read once the lock is
# held, the chains' last hashes and the server's clock, so that db.audit chains an entry without
# a round trip of its own. They are kept on the connection for the transaction (CHAIN_HEADS).
WRITE_LOCK = f"SELECT * FROM write_lock({WRITE_LOCK_KEY})"
CHAIN_HEADS = "summit_desk.chain_heads"


@dataclass(slots=True)
class ChainHeads:
    """What a PostgreSQL transaction holding the write lock knows of the hash chains: each
    chain's last hash by table (a table missing is read again), the server's clock as it was
    read, and the ``perf_counter()`` of that moment. Only db.audit advances it, flush by flush.
    Every transaction's start replaces it (the connection's ``info`` outlives the transaction),
    and a savepoint rolled back drops it, since it may name an entry that is gone."""

    heads: dict[str, str]
    server_now: datetime
    read_at: float


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
        except (ArgumentError, ValueError):  # e.g. a port that is not a number
            raise SummitDeskError("db.bad_url", target=mask_url_text(target)) from None
    path = Path(target).expanduser()
    return URL.create("sqlite+pysqlite", database=os.fspath(path.absolute()))


def describe(url: URL) -> str:
    """The database named for a person: the file, or the URL without its password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


@dataclass(eq=False)
class FileGuard:
    """The identity (device, inode) of the SQLite file the desk opened, confirmed before writes."""

    path: Path
    identity: tuple[int, int] | None = None
    lost: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def confirm(self) -> None:
        """Raise ``db.replaced`` unless the path still names the file first opened."""
        try:
            status = os.stat(self.path)
        except FileNotFoundError:
            status = None
        with self._lock:
            if status is not None and not self.lost:
                identity = (status.st_dev, status.st_ino)
                if self.identity is None:
                    self.identity = identity
                self.lost = identity != self.identity
            else:
                self.lost = True
            if self.lost:  # sticky: a file that came back is not trusted again
                raise DatabaseUnavailable("db.replaced", target=self.path)


@dataclass(frozen=True)
class Database:
    """An engine with its two session factories: reads, and writes that take the lock first."""

    engine: Engine
    url: URL
    guard: FileGuard | None = None

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
    guard = None
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not create and not path.exists():
            raise DatabaseUnavailable("db.unavailable", target=path, reason="no such file")
        if not _is_test_memory(url):
            check_sqlite_file(path)
            _create_private(path)
            guard = FileGuard(path)
        engine = create_engine(
            url, poolclass=NullPool if _is_test_memory(url) else None, hide_parameters=True
        )
        _configure_sqlite(engine, guard)
    else:
        try:
            engine = create_engine(
                url,
                pool_pre_ping=True,
                pool_size=5,
                max_overflow=5,
                hide_parameters=True,
                connect_args=_connect_args(url),
            )
        except NoSuchModuleError as exc:
            raise SummitDeskError("db.bad_url", target=describe(url)) from exc
        except ImportError as exc:  # the driver is an extra: summit-desk[postgres]
            raise DatabaseUnavailable(
                "db.unavailable", target=describe(url), reason=f"{exc.name} is not installed"
            ) from exc
        _configure_postgresql(engine)
    _translate_errors(engine, describe(url))
    return Database(engine=engine, url=url, guard=guard)


def filesystem_type(
    path: Path, mountinfo: Path | None = MOUNTINFO, text: str | None = None
) -> str | None:
    """The type of the file system holding ``path`` (Linux), from the longest matching mount
    point in /proc/self/mountinfo; ``None`` where there is no such file."""
    if text is None:
        try:
            text = mountinfo.read_text() if mountinfo is not None else ""
        except OSError:
            return None
    target = os.path.realpath(path)
    best, kind = "", None
    for line in text.splitlines():
        fields_, _, tail = line.partition(" - ")
        parts = fields_.split()
        if len(parts) < 5 or not tail:
            continue
        point = parts[4].encode().decode("unicode_escape")  # \040 is a space
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, tail.split()[0]
    return kind


def check_sqlite_file(path: Path) -> None:
    """Refuse a database on a network file system, and a ``-wal`` that is not the file's own."""
    kind = filesystem_type(path.parent if not path.exists() else path, MOUNTINFO)
    if kind in NETWORK_FILESYSTEMS:
        raise DatabaseUnavailable("db.network_fs", target=path, kind=kind)
    # A WAL database needs its folder for the -wal and -shm files, even to be read.
    writable = os.access(path, os.W_OK) if path.exists() else True
    if path.parent.is_dir() and not (writable and os.access(path.parent, os.W_OK | os.X_OK)):
        raise DatabaseUnavailable("db.read_only", target=path)
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return
    if not path.exists():
        raise DatabaseUnavailable("db.orphan_wal", target=path, wal=wal.name)
    # A crashed desk's own WAL must be replayed; another file's would corrupt this one. A
    # read-only connection replays it in memory only, so a foreign WAL is never checkpointed.
    try:
        with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as probe:
            verdict = probe.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        verdict = str(exc)
    if verdict != "ok":
        raise DatabaseUnavailable("db.foreign_wal", target=path, wal=wal.name)


def create_private_file(path: Path) -> None:
    """An empty file only its owner may read (0600), for a database, a copy or a backup."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)  # also a file that was already there


def _create_private(path: Path) -> None:
    """The folder (0700 when we make it) and an empty file (0600) before SQLite creates them;
    SQLite gives its -wal and -shm the database file's permissions."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            create_private_file(path)
    except OSError as exc:
        raise DatabaseUnavailable("db.unavailable", target=path, reason=exc.strerror) from exc


def _is_test_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:")


def _configure_sqlite(engine: Engine, guard: FileGuard | None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        if guard is not None:  # the first connection names the file; later ones must match
            guard.confirm()
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
        if guard is not None:
            guard.confirm()
        connection.exec_driver_sql(f"BEGIN {mode}")

    if guard is not None:

        @event.listens_for(engine, "commit")
        def _on_commit(_connection: Any) -> None:
            guard.confirm()  # a file swapped during the transaction: its writes are not ours


def _connect_args(url: URL) -> dict[str, Any]:
    if "connect_timeout" in url.query or os.environ.get("PGCONNECT_TIMEOUT"):
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT_S}


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.info.pop(CHAIN_HEADS, None)
        if connection.get_execution_options().get(_BEGIN_OPTION) != "IMMEDIATE":
            return
        row = connection.exec_driver_sql(WRITE_LOCK).one()
        heads = {"check_ins": row[0] or GENESIS, "audit_log": row[1] or GENESIS}
        connection.info[CHAIN_HEADS] = ChainHeads(heads, row[2], time.perf_counter())

    @event.listens_for(engine, "rollback_savepoint")
    def _on_rollback_savepoint(connection: Any, *_args: Any) -> None:
        connection.info.pop(CHAIN_HEADS, None)  # db.audit reads the heads again


_READ_ONLY = ("readonly database", "read-only", "25006")
_DISK_FULL = ("disk is full", "disk full", "no space left", "53100", "file too large")


def _translate_errors(engine: Engine, label: str) -> None:
    """A read-only or full disk is a message in the user's language, not a crash."""

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        original = context.original_exception
        text = f"{getattr(original, 'sqlstate', '') or ''} {original}".lower()
        if any(mark in text for mark in _READ_ONLY):
            raise DatabaseUnavailable("db.read_only", target=label) from None
        if any(mark in text for mark in _DISK_FULL):
            raise DatabaseUnavailable("db.disk_full", target=label) from None
