"""A desk on PostgreSQL that outlives the LAN (issue #8, item 1).

While the server answers, the desk works on it and keeps a local mirror (``db.mirror``: an
SQLite file of the same schema, 0600, without anyone's contact or document details) up to date.
When the server stops answering, the desk goes on with that file: scans are checked against the
people, badges and journal it mirrored, and each check-in is an entry of the local journal. When
the server answers again, the entries waiting in the local journal are merged into it (by UUID:
idempotent, whatever other desks merged first), the mirror is refreshed, and the desk is online.

Services reach the database through ``DeskLink.database``, which hands out the server's
sessions or the local file's according to the mode; ``DeskLink.call`` runs a use case and, when
the server is lost under it, runs it once more on the local journal. A scan is run with
``call_once``: its entry's UUID is drawn once for the operator's action and the retry writes the
same UUID, so that a scan the server committed just as the connection dropped (the desk never
heard its answer) is one entry after the merge, not a double admission. An entry a scan wrote
on the server is copied into the mirror at once, so that the desk knows its own entries offline
(a panel's door counts who it let in) before the next refresh brings the other desks'.

Operators log in offline against the mirror's copy of the server's operators; their wrong PINs
are counted in the local file, and carried to the server on reconnect (``db.operators``).
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import user_data_dir
from sqlalchemy import event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from summit_desk.db import journal as journal_db
from summit_desk.db import local_journal, merged_audit, mirror
from summit_desk.db import operators as operator_db
from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.errors import DatabaseUnavailable, SummitDeskError
from summit_desk.services.context import DeskContext
from summit_desk.services.journal import JournalService, MergeReport

log = logging.getLogger(__name__)
T = TypeVar("T")
_SHUTTING_DOWN = frozenset({"57P01", "57P02", "57P03"})  # admin or crash shutdown, starting up


class DeskMode(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"  # on the local journal
    MERGING = "merging"  # the server is back; the local journal is going in


@dataclass(frozen=True, slots=True)
class LinkState:
    mode: DeskMode
    waiting: int  # check-ins (arrivals, door entries, undos) the server does not hold yet
    audit_waiting: int = 0  # audit entries (logins, refused scans...) it does not hold yet


def local_journal_path(server: Database) -> Path:
    """The mirror of one server, in the user's data folder, named after the server's URL."""
    name = hashlib.sha256(server.label.encode()).hexdigest()[:16]
    return Path(user_data_dir("summit-desk", appauthor=False)) / f"journal-{name}.sqlite"


@dataclass(frozen=True, eq=False)
class LinkedDatabase(Database):
    """The server's database as services see it: its sessions come from the server while the
    desk is online and from the local journal while it is not."""

    link: DeskLink | None = None

    def _current(self) -> Database:
        assert self.link is not None
        return self.link.current()

    def reader(self) -> Session:
        return self._current().reader()

    def writer(self) -> Session:
        return self._current().writer()


def pinned(database: Database) -> tuple[Database, bool]:
    """The database a use case of several transactions keeps to from start to end (a desk's
    link may change its mode between them), and whether that is the desk's local journal."""
    if isinstance(database, LinkedDatabase) and database.link is not None:
        current = database.link.current()
        return current, current is database.link.local
    return database, False


class DeskLink:
    def __init__(self, context: DeskContext, local_path: Path | None = None) -> None:
        self.server = context.database
        self.local = open_database(local_path or local_journal_path(self.server))
        upgrade(self.local)
        with self.local.writer() as session, session.begin():
            local_journal.create_local_tables(session)
            mirror.protect(session)
        self._lock = threading.RLock()
        self._mode = DeskMode.ONLINE
        self._mirrored = False
        self.database = LinkedDatabase(engine=self.server.engine, url=self.server.url, link=self)
        self.context = replace(context, database=self.database)
        self._server_context = context

        @event.listens_for(self.server.engine, "handle_error")
        def _lost(error: Any) -> None:  # the UI's pages use the database without call()
            if error.is_disconnect:
                self.went_offline()

        @event.listens_for(self.local.engine, "handle_error")
        def _refused(error: Any) -> None:
            if mirror.REFUSAL in str(error.original_exception):
                raise SummitDeskError("journal.offline_read_only", target=self.server.label)

    # -- the mode --------------------------------------------------------------------------

    @property
    def mode(self) -> DeskMode:
        return self._mode

    def current(self) -> Database:
        return self.server if self._mode is DeskMode.ONLINE else self.local

    def state(self) -> LinkState:
        with self.local.reader() as session:
            waiting = local_journal.count_waiting(session)
            audit = len(local_journal.waiting_audit(session))
        return LinkState(self._mode, waiting, audit)

    def went_offline(self) -> None:
        with self._lock:
            if self._mode is not DeskMode.OFFLINE:
                log.warning("server %s out of reach: working on the local journal", self.server)
            self._mode = DeskMode.OFFLINE

    # -- running a use case ----------------------------------------------------------------

    def call(self, work: Callable[[], T]) -> T:
        """Run ``work`` (which reaches the database through ``self.database``); if the server
        is lost during it, run it again on the local journal."""
        online = self._mode is DeskMode.ONLINE
        try:
            return work()
        except (DBAPIError, DatabaseUnavailable) as exc:
            if not online or not _is_unreachable(exc):
                raise
        self.went_offline()
        if not self.has_mirror():
            raise DatabaseUnavailable("journal.no_mirror", target=self.server.label)
        return work()

    def call_once(self, work: Callable[[uuid.UUID], T]) -> T:
        """``call`` for a use case that writes one journal entry: ``work`` is given the
        entry's UUID, the same to the retry as to the first attempt (the UUID is the entry's
        nonce: the merge keeps one entry of that UUID, whichever attempt wrote it)."""
        nonce = uuid.uuid4()
        online = self._mode is DeskMode.ONLINE
        result = self.call(lambda: work(nonce))
        if online and self._mode is DeskMode.ONLINE:
            self._keep_own_entry(nonce)
        return result

    def _keep_own_entry(self, entry: uuid.UUID) -> None:
        """Copy the entry a scan has just written on the server into the mirror, so that the
        desk that goes offline a minute later still knows whom it let in (a door's count and
        latest entries, "already in", an undo); other desks' entries come with the next
        refresh, as does this one if the server or the mirror cannot give it now."""
        try:
            with self.server.reader() as source, self.local.writer() as target, target.begin():
                mirror.pull_entries(source, target, [entry])
        except (DBAPIError, SummitDeskError) as exc:
            log.info("entry %s left for the next refresh of the mirror: %s", entry, exc)

    def has_mirror(self) -> bool:
        if self._mirrored:
            return True
        with self.local.reader() as session:
            return mirror.has_badges(session)

    # -- while online: the mirror; back online: the merge ---------------------------------

    def refresh(self) -> None:
        """Bring the mirror up to the server's people, badges and journal (when online)."""
        if self._mode is not DeskMode.ONLINE:
            return
        try:
            with (
                self.server.reader() as source,
                self.local.writer() as target,
                target.begin(),
            ):
                mirror.begin_refresh(target)
                mirror.copy_reference_tables(source, target)
                mirror.pull_journal(source, target)
                mirror.end_refresh(target)
            self._mirrored = True
        except (DBAPIError, DatabaseUnavailable) as exc:
            if not _is_unreachable(exc):
                raise
            self.went_offline()

    def probe(self) -> bool:
        """Whether the server answers; an online desk that finds it gone goes offline."""
        try:
            mirror.ping(self.server.engine)
        except (DBAPIError, DatabaseUnavailable):
            self.went_offline()
            return False
        return True

    def reconnect(self) -> MergeReport | None:
        """If the server answers again, merge the waiting entries into it and go online;
        ``None`` while it does not answer (or when the desk is online with nothing waiting).
        Online, it merges what the local journal took while the merge ran (a scan made in
        ``MERGING`` mode goes to the local journal, after the merge had read it)."""
        with self._lock:
            online = self._mode is DeskMode.ONLINE
            if (online and not self.has_waiting()) or not self.probe():
                return None
            self._mode = DeskMode.ONLINE if online else DeskMode.MERGING
            try:
                report = self._merge_waiting()
                self._carry_lockouts()
            except (DBAPIError, DatabaseUnavailable, SummitDeskError):
                if not online:  # (online, a lost server has already taken the desk offline)
                    self._mode = DeskMode.OFFLINE
                return None
            self._mode = DeskMode.ONLINE
        self.refresh()
        return report

    def has_waiting(self) -> bool:
        """Whether the local journal holds check-ins or audit entries the server has not."""
        with self.local.reader() as session:
            return bool(
                local_journal.count_waiting(session) or local_journal.waiting_audit(session)
            )

    def _merge_waiting(self) -> MergeReport:
        with self.local.reader() as session:
            entries = journal_db.records(session, local_journal.waiting(session))
            audit_ids = local_journal.waiting_audit(session)
            audit = merged_audit.records(session, audit_ids)
        report = JournalService(self._server_context).merge_records(
            entries, audit=audit, source=f"local journal of {self._server_context.desk}"
        )
        unmatched = set(report.unmatched)  # a person the server no longer has: kept waiting
        with self.local.writer() as session, session.begin():
            local_journal.mark_synced(session, (e.uuid for e in entries if e.uuid not in unmatched))
            local_journal.mark_audit_synced(session, audit_ids)
        return report

    def _carry_lockouts(self) -> None:
        """Give the server the wrong PINs counted here while it was away (the higher count
        and the later lockout win: see ``db.operators.carry_lockout``)."""
        with self.local.reader() as session:
            counted = local_journal.counted_lockouts(session)
        if not counted:
            return
        with self.server.writer() as session, session.begin():
            for name, lockout in counted.items():
                operator_db.carry_lockout(session, name, lockout)
        with self.local.writer() as session, session.begin():
            local_journal.forget_lockouts(session, counted)

    def close(self) -> None:
        self.local.dispose()


def linked_call(context: DeskContext, work: Callable[[], T]) -> T:
    """Run a use case of ``context``'s desk: through its link when the desk works on a server
    (so that a scan meeting a dropped connection is answered from the local journal, once,
    instead of failing), as it is otherwise."""
    database = context.database
    if isinstance(database, LinkedDatabase) and database.link is not None:
        return database.link.call(work)
    return work()


def linked_call_once(context: DeskContext, work: Callable[[uuid.UUID], T]) -> T:
    """``linked_call`` for a use case that writes one journal entry (a scan): ``work`` is given
    its entry's UUID, drawn once, so that a retry on the local journal writes the same entry."""
    database = context.database
    if isinstance(database, LinkedDatabase) and database.link is not None:
        return database.link.call_once(work)
    return work(uuid.uuid4())


def start_desk(context: DeskContext, local_path: Path | None = None) -> DeskLink:
    """A server desk's link, its server brought to the newest schema; a server out of reach at
    the start is an offline start on the mirror of an earlier day, where operators log in
    against the mirrored operators (``journal.no_mirror`` when this desk never had one)."""
    link = DeskLink(context, local_path)
    try:
        upgrade(context.database)
    except DatabaseUnavailable as exc:
        if exc.code != "db.unavailable" or not link.has_mirror():
            link.close()
            if exc.code == "db.unavailable" and server_unanswered(exc):
                raise DatabaseUnavailable("journal.no_mirror", target=link.server.label) from exc
            raise
        link.went_offline()
    return link


def server_unanswered(exc: BaseException) -> bool:
    """Whether ``exc`` says the server did not answer (down, cut off, out of reach, silent past
    the connect timeout, shutting down), not that it answered with a refusal (a wrong password,
    no such database) or an error of the transaction (a deadlock)."""
    if isinstance(exc, DatabaseUnavailable):
        if exc.code != "db.unavailable":
            return False
        exc = exc.__cause__ or exc
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    original = exc.orig
    if type(original).__module__.startswith("sqlite3"):
        return False  # a file, not a server: "database is locked" is not the LAN
    sqlstate = str(getattr(original, "sqlstate", None) or "")
    if sqlstate:  # the server spoke: only "connection exception" or "shutting down" count
        return sqlstate.startswith("08") or sqlstate in _SHUTTING_DOWN
    kinds = {kind.__name__ for kind in type(original).__mro__}
    # The client's own failure (refused, timed out, closed under it); a FATAL is the server's.
    return bool(kinds & {"OperationalError", "InterfaceError"}) and "FATAL" not in str(original)


def _is_unreachable(exc: Exception) -> bool:
    if isinstance(exc, DatabaseUnavailable) and exc.code == "db.unavailable":
        return True
    return server_unanswered(exc)
