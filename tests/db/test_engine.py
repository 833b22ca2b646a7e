"""The database a desk opens: SQLite set up to lose nothing, PostgreSQL for several desks."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import DatabaseError

from summit_desk.db.engine import (
    ENV_VAR,
    Database,
    default_database_path,
    open_database,
    resolve_target,
)
from summit_desk.db.models import CheckIn
from summit_desk.db.schema import current_revision, head_revision, upgrade
from summit_desk.domain.errors import SummitDeskError


def test_sqlite_is_opened_in_wal_with_full_sync_foreign_keys_and_a_busy_timeout(
    database: Database,
) -> None:
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 5000


def test_writes_begin_immediate_and_reads_deferred(database: Database) -> None:
    begun: list[str] = []
    event.listen(
        database.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: begun.append(statement) if "BEGIN" in statement else None,
    )
    with database.writer() as session, session.begin():
        session.execute(text("SELECT 1"))
    with database.reader() as session:
        session.execute(text("SELECT 1"))
    assert begun == ["BEGIN IMMEDIATE", "BEGIN DEFERRED"]


def test_a_second_desk_waits_for_the_first_instead_of_failing(database: Database) -> None:
    other = open_database(database.url.database)
    try:
        with database.writer() as session, session.begin():
            session.execute(
                text(
                    "INSERT INTO operators (name, role, pin_hash, active) "
                    "VALUES ('a', 'desk', '', 1)"
                )
            )
            done = threading.Event()

            def second_writer() -> None:
                with other.writer() as s2, s2.begin():
                    s2.execute(
                        text(
                            "INSERT INTO operators (name, role, pin_hash, active) "
                            "VALUES ('b', 'desk', '', 1)"
                        )
                    )
                done.set()

            thread = threading.Thread(target=second_writer)
            thread.start()
            assert not done.wait(0.3)  # blocked by our write lock, not failed
        thread.join(10)
        assert done.is_set()
        with database.reader() as session:
            assert session.execute(text("SELECT count(*) FROM operators")).scalar() == 2
    finally:
        other.dispose()


def test_the_check_in_journal_is_append_only(small_event) -> None:  # type: ignore[no-untyped-def]
    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.people import PeopleService

    _register_one(small_event)
    code = PeopleService(small_event).badge_code("GIL-1")
    CheckInService(small_event).scan(code, day=date(2025, 11, 18))
    with (
        small_event.database.writer() as session,
        pytest.raises(DatabaseError, match="append-only"),
    ):
        session.execute(text("UPDATE check_ins SET desk = 'forged'"))
    with (
        small_event.database.writer() as session,
        pytest.raises(DatabaseError, match="append-only"),
    ):
        session.execute(text("DELETE FROM check_ins"))
    with small_event.database.reader() as session:
        assert session.query(CheckIn).count() == 1


def _register_one(context) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from summit_desk.db.models import Delegation
    from summit_desk.domain.values import PersonInput
    from summit_desk.services.people import save_people

    with context.database.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        save_people(
            session,
            [PersonInput(ref="GIL-1", delegation="GIL", category="HOD", given_name_fa="علی")],
            delegations,
            context,
        )


def test_the_database_is_chosen_by_option_then_environment_then_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_target(None) == str(default_database_path())
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.sqlite"))
    assert resolve_target(None) == str(tmp_path / "env.sqlite")
    assert resolve_target(tmp_path / "opt.sqlite") == str(tmp_path / "opt.sqlite")
    assert resolve_target("postgresql+psycopg://desk@server/summit").startswith("postgresql")


def test_an_unreachable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(SummitDeskError) as caught:
        open_database(blocker / "sub" / "desk.sqlite")
    assert "cannot be opened" in caught.value.message("en")


@pytest.mark.parametrize(
    "url", ["nosuchdialect://x/y", "postgresql+psycopg://nobody@127.0.0.1:9/x"]
)
def test_a_bad_or_unreachable_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(SummitDeskError) as caught:
        upgrade(open_database(url))
    assert caught.value.code in {"db.bad_url", "db.unavailable"}
    assert "postgresql+psycopg" not in caught.value.message("en") or "nobody" in url


def test_an_upgrade_keeps_a_copy_of_the_file_first(tmp_path: Path) -> None:
    """Upgrading from every stored schema: the copy is made and the data survives."""
    stored = sorted((Path(__file__).parent / "schemas").glob("*.sqlite"))
    assert stored, "a database of each released schema is kept in tests/db/schemas"
    for source in stored:
        target = tmp_path / source.name
        target.write_bytes(source.read_bytes())
        database = open_database(target)
        revision = current_revision(database)
        assert revision is not None
        before = _people(target)
        copy = upgrade(database)
        assert current_revision(database) == head_revision()
        if revision != head_revision():
            assert copy is not None and copy.exists()
        assert _people(target) == before
        with sqlite3.connect(target) as connection:
            unordered = connection.execute(
                "SELECT count(*) FROM people WHERE length(desk_order) = 0"
            ).fetchone()
        assert unordered == (0,)  # migration 0003 filled in every person's desk order
        database.dispose()


def _people(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT ref, given_name_fa FROM people ORDER BY ref").fetchall()


def test_a_database_from_a_newer_program_is_refused(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    with pytest.raises(SummitDeskError) as caught:
        upgrade(database)
    assert caught.value.code == "db.too_new"


@pytest.mark.postgres
def test_postgresql_schema_is_built_by_the_migrations(pg_migrated_from_empty: Database) -> None:
    pg_database = pg_migrated_from_empty
    assert current_revision(pg_database) == head_revision()
    with pg_database.engine.connect() as connection:
        indexes = (
            connection.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'people'"))
            .scalars()
            .all()
        )
    assert "ix_people_search_key_trgm" in indexes


@pytest.mark.postgres
def test_postgresql_journal_is_append_only(pg_database: Database) -> None:
    from support.desk import make_context
    from support.events import SMALL_EVENT

    from summit_desk.services.checkin import CheckInService
    from summit_desk.services.event import EventService
    from summit_desk.services.people import PeopleService

    context = make_context(pg_database)
    EventService(context).create(SMALL_EVENT)
    _register_one(context)
    result = CheckInService(context).scan(
        PeopleService(context).badge_code("GIL-1"), day=date(2025, 11, 18)
    )
    assert result.status == "checked_in"
    for statement in ("UPDATE check_ins SET desk = 'forged'", "DELETE FROM check_ins"):
        with (
            pg_database.engine.connect() as connection,
            pytest.raises(DatabaseError, match="append-only"),
        ):
            connection.execute(text(statement))
