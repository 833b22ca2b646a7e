"""On PostgreSQL the hash chains cost a check-in no round trip of their own (issue #8): the write
lock taken at a writing transaction's start also reads the chains' heads, and each flush moves
them on. The heads kept must never be stale: four desks appending at once, a savepoint rolled
back, a flush that failed, and a transaction that did not take the lock at its start all leave
chains that `audit verify` finds whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError
from support.desk import make_context
from support.events import SMALL_EVENT

from summit_desk.db.engine import Database
from summit_desk.db.models import AuditEntry, CheckIn, Delegation
from summit_desk.db.schema import alembic_config, upgrade
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import CheckInStatus, PersonInput, Role
from summit_desk.services.audit import AuditService
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.people import PeopleService, save_people

pytestmark = pytest.mark.postgres

DAY1 = date(2025, 11, 18)
DESKS = 4
PER_DESK = 6


def _event_with_people(database: Database, refs: list[str]) -> list[str]:
    """The small event with one delegate per ref; their badge codes."""
    admin = make_context(database)
    EventService(admin).create(SMALL_EVENT)
    with database.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        people = [PersonInput(ref=r, delegation="GIL", category="DEL", given_name_fa="علی")
                  for r in refs]  # fmt: skip
        save_people(session, people, delegations, admin)
    return [PeopleService(admin).badge_code(ref) for ref in refs]


def _desk(database: Database, number: int = 1) -> DeskContext:
    return make_context(database, role=Role.DESK, operator="desk", desk=f"desk-{number}", day=DAY1)


def _whole(database: Database) -> dict[str, int]:
    """Each chain's number of entries, once `audit verify` found every chain whole."""
    reports = AuditService(make_context(database)).verify()
    assert [(r.table, r.broken) for r in reports] == [(r.table, None) for r in reports]
    return {r.table: r.entries for r in reports}


@pytest.fixture
def statements(pg_database: Database) -> Iterator[list[str]]:
    """Every statement the desk's engine sends to the server, as it sends them."""
    sent: list[str] = []

    def record(*args: Any) -> None:
        sent.append(args[2])

    event.listen(pg_database.engine, "before_cursor_execute", record)
    yield sent
    event.remove(pg_database.engine, "before_cursor_execute", record)


def test_a_check_in_makes_no_round_trip_for_its_chain(
    pg_database: Database, statements: list[str]
) -> None:
    codes = _event_with_people(pg_database, ["GIL-1", "GIL-2"])
    desk = CheckInService(_desk(pg_database))
    assert desk.scan(codes[0]).status == CheckInStatus.CHECKED_IN
    statements.clear()
    assert desk.scan(codes[1]).status == CheckInStatus.CHECKED_IN
    assert desk.scan("NOT-A-CODE").status == CheckInStatus.UNKNOWN
    locks = [s for s in statements if "write_lock(" in s]
    assert len(locks) == 2 and statements[0] == locks[0]
    assert [s for s in statements if "chain_head" in s or "hash FROM" in s] == []
    assert _whole(pg_database) == {"check_ins": 2, "audit_log": 2}


def test_four_desks_appending_at_once_leave_both_chains_whole(pg_database: Database) -> None:
    """Each desk checks its own people in and has unknown codes refused (an audit entry each),
    all four at once: every entry follows the one the desk before it wrote."""
    refs = [f"GIL-{i}" for i in range(DESKS * PER_DESK)]
    codes = _event_with_people(pg_database, refs)
    start = threading.Barrier(DESKS)
    answers: list[CheckInStatus] = []

    def work(number: int) -> None:
        service = CheckInService(_desk(pg_database, number))
        start.wait(timeout=30)
        for code in codes[number::DESKS]:
            answers.append(service.scan(code).status)
            answers.append(service.scan(f"FORGED-{number}").status)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(answers) == sorted(
        [CheckInStatus.CHECKED_IN, CheckInStatus.UNKNOWN] * (DESKS * PER_DESK)
    )
    assert _whole(pg_database)["check_ins"] == DESKS * PER_DESK


def _actions(database: Database) -> list[str]:
    with database.reader() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_an_entry_after_a_savepoint_rolled_back_follows_the_entry_before_it(
    pg_database: Database,
) -> None:
    admin = make_context(pg_database)
    with pg_database.writer() as session, session.begin():
        admin.audit(session, "test.kept")
        session.flush()
        savepoint = session.begin_nested()
        admin.audit(session, "test.taken_back")
        session.flush()
        savepoint.rollback()
        admin.audit(session, "test.after")
    assert _actions(pg_database) == ["test.kept", "test.after"]
    assert _whole(pg_database)["audit_log"] == 2


def test_an_entry_after_a_failed_flush_follows_the_entry_before_it(
    pg_database: Database,
) -> None:
    """A journal line with a UUID already written is refused by the database; the entry
    written next in the same transaction is chained after the last one that was kept."""
    codes = _event_with_people(pg_database, ["GIL-1", "GIL-2"])
    desk = _desk(pg_database)
    first = CheckInService(desk).scan(codes[0])
    with pg_database.writer() as session, session.begin():
        entry = session.scalars(select(CheckIn)).one()
        desk.audit(session, "test.kept")
        session.flush()
        with pytest.raises(IntegrityError), session.begin_nested():
            session.add(CheckIn(uuid=entry.uuid, kind=entry.kind, person_id=entry.person_id,
                                day=DAY1, at=entry.at))  # fmt: skip
            desk.audit(session, "test.refused_with_it")
            session.flush()
        desk.audit(session, "test.after")
    assert first.status == CheckInStatus.CHECKED_IN
    assert _actions(pg_database)[-2:] == ["test.kept", "test.after"]
    assert CheckInService(desk).scan(codes[1]).status == CheckInStatus.CHECKED_IN
    assert _whole(pg_database)["check_ins"] == 2


def test_a_transaction_without_the_lock_at_its_start_takes_it_to_append(
    pg_database: Database, statements: list[str]
) -> None:
    """A reading transaction that writes an audit entry: it takes the chains' lock when it
    appends (chain_head()), and its entry has the server's time, not the desk's."""
    wrong = datetime(2024, 11, 18, 9, 0, tzinfo=UTC)
    desk = make_context(pg_database, role=Role.DESK, operator="desk", day=DAY1, at=wrong)
    with pg_database.reader() as session, session.begin():
        desk.audit(session, "test.read_then_wrote")
        session.flush()
        desk.audit(session, "test.second")
    assert len([s for s in statements if "chain_head" in s]) == 1
    assert not [s for s in statements if "write_lock(" in s]
    CheckInService(desk).scan("NOT-A-CODE")
    with pg_database.reader() as session:
        times = list(session.scalars(select(AuditEntry.at).order_by(AuditEntry.id)))
    assert all(abs(as_utc(t) - datetime.now(UTC)) < timedelta(minutes=5) for t in times)
    assert times == sorted(times)
    assert _whole(pg_database)["audit_log"] == 3


def _functions(database: Database) -> set[str]:
    """Which of the chains' two functions the database has."""
    query = "SELECT proname FROM pg_proc WHERE proname IN ('write_lock', 'chain_head')"
    with database.engine.connect() as connection:
        return set(connection.scalars(text(query)))


def test_the_write_lock_function_comes_and_goes_with_its_migration(
    pg_migrated_from_empty: Database,
) -> None:
    database = pg_migrated_from_empty
    assert {"write_lock", "chain_head"} <= _functions(database)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    assert "write_lock" not in _functions(database)
    assert "chain_head" in _functions(database)
    upgrade(database)
    assert "write_lock" in _functions(database)
    codes = _event_with_people(database, ["GIL-1"])
    assert CheckInService(_desk(database)).scan(codes[0]).status == CheckInStatus.CHECKED_IN
    assert _whole(database)["check_ins"] == 1
