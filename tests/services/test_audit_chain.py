"""The tamper-evident record: `summit-desk audit verify` names the first entry of the check-in
journal or the audit log that was altered, inserted or removed after it was written, on SQLite
(the triggers dropped, as anyone holding the file can) and on PostgreSQL (as the superuser)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Connection, select, text
from support.cli import run
from support.desk import make_context
from support.events import SMALL_EVENT

from summit_desk.db.engine import Database
from summit_desk.db.models import AuditEntry, CheckIn, Delegation
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import CheckInStatus, PersonInput, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.people import PeopleService, save_people

DAY1 = date(2025, 11, 18)
REFS = ("GIL-1", "GIL-2", "GIL-3", "GIL-4")


def _a_morning_at_the_desk(database: Database) -> DeskContext:
    """Four arrivals, one undone by a supervisor, and one unknown code refused."""
    admin = make_context(database)
    EventService(admin).create(SMALL_EVENT)
    with database.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        people = [PersonInput(ref=r, delegation="GIL", category="DEL", given_name_fa="علی")
                  for r in REFS]  # fmt: skip
        save_people(session, people, delegations, admin)
    desk = make_context(database, role=Role.DESK, operator="desk", desk="desk-1", day=DAY1)
    service = CheckInService(desk)
    results = [service.scan(PeopleService(desk).badge_code(ref)) for ref in REFS]
    assert {r.status for r in results} == {CheckInStatus.CHECKED_IN}
    assert service.scan("NOT-A-CODE").status == CheckInStatus.UNKNOWN
    supervisor = make_context(database, role=Role.SUPERVISOR, operator="sup", day=DAY1)
    CheckInService(supervisor).undo(results[1].entry_uuid or "", "wrong person")
    return desk


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def record(request: pytest.FixtureRequest) -> Iterator[tuple[Database, str]]:
    """(the database, its --db) after a morning at the desk, on each backend."""
    name = "database" if request.param == "sqlite" else "pg_database"
    database: Database = request.getfixturevalue(name)
    _a_morning_at_the_desk(database)
    yield database, database.url.render_as_string(hide_password=False)


def _ids(database: Database, model: type[CheckIn] | type[AuditEntry]) -> list[int]:
    with database.reader() as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


def _tamper(database: Database, table: str, statement: str) -> None:
    """Run ``statement`` past the append-only triggers, as the file's or the server's owner."""
    with database.engine.begin() as connection:
        if database.is_sqlite:
            _without_sqlite_triggers(connection, table, statement)
        else:
            trigger = f"{table}_no_change"
            connection.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
            connection.execute(text(statement))
            connection.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}"))


def _without_sqlite_triggers(connection: Connection, table: str, statement: str) -> None:
    for name in (f"{table}_no_update", f"{table}_no_delete"):
        connection.execute(text(f"DROP TRIGGER {name}"))
    connection.execute(text(statement))


def test_an_untouched_record_verifies(record: tuple[Database, str]) -> None:
    database, target = record
    ran = run("audit", "verify", "--db", target)
    assert ran.returncode == 0, ran.stderr
    assert "check_ins: 5 entries, the chain holds" in ran.stdout
    with database.reader() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["checkin.refused", "checkin.undo"]


def test_an_altered_check_in_is_named(record: tuple[Database, str]) -> None:
    database, target = record
    second = _ids(database, CheckIn)[1]
    _tamper(database, "check_ins", f"UPDATE check_ins SET desk = 'forged' WHERE id = {second}")
    ran = run("audit", "verify", "--db", target)
    assert ran.returncode == 4
    assert f"check_ins: entry {second} is not as it was written (its contents" in ran.stderr


def test_a_removed_check_in_is_named_by_the_entry_after_it(record: tuple[Database, str]) -> None:
    database, target = record
    ids = _ids(database, CheckIn)
    _tamper(database, "check_ins", f"DELETE FROM check_ins WHERE id = {ids[1]}")
    ran = run("audit", "verify", "--db", target)
    assert ran.returncode == 4
    assert f"check_ins: entry {ids[2]} is not as it was written (an entry before" in ran.stderr


def test_an_inserted_audit_entry_is_named(record: tuple[Database, str]) -> None:
    """A forged line slipped into the audit log, copying a real line's hashes."""
    database, target = record
    last = _ids(database, AuditEntry)[-1]
    _tamper(
        database,
        "audit_log",
        "INSERT INTO audit_log (at, operator, desk, action, subject, details, prev_hash, hash) "
        "SELECT at, 'admin', desk, 'badges.print', subject, details, prev_hash, hash "
        f"FROM audit_log WHERE id = {last}",
    )
    ran = run("audit", "verify", "--db", target)
    assert ran.returncode == 4
    assert f"audit_log: entry {last + 1} is not as it was written" in ran.stderr
    assert "check_ins: 5 entries, the chain holds" in ran.stdout


def test_on_postgresql_an_entry_has_the_servers_time_not_the_desks(
    record: tuple[Database, str],
) -> None:
    """A desk whose clock is a year wrong: the journal and the audit log keep the server's time
    on PostgreSQL; on SQLite (one machine) the desk's clock is the only clock there is."""
    database, _target = record
    wrong = datetime(2024, 11, 18, 9, 0, tzinfo=UTC)
    desk = make_context(database, role=Role.DESK, operator="desk", day=DAY1, at=wrong)
    CheckInService(desk).scan("NOT-A-CODE-EITHER")
    with database.reader() as session:
        stamped = session.scalars(select(AuditEntry.at).order_by(AuditEntry.id.desc())).first()
    assert stamped is not None
    if database.is_sqlite:
        assert as_utc(stamped) == wrong
    else:
        assert abs(as_utc(stamped) - datetime.now(UTC)) < timedelta(minutes=5)
