"""Migration 0004: people's forms of address and precedence dates, locked seats, a session's
seating set-up, and a database that refuses a second head of delegation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import Delegation, Person
from summit_desk.db.schema import current_revision, head_revision, upgrade
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService

SCHEMA_0003 = Path(__file__).parent / "schemas" / "0003.sqlite"


def second_head(database: Database) -> None:
    """Write a second head into Gilan's delegation behind every service's back."""
    with database.writer() as session, session.begin():
        gilan = session.scalars(select(Delegation).where(Delegation.code == "GIL")).one()
        session.add(
            Person(ref="GIL-999", delegation_id=gilan.id, category_code="HOD", given_name_fa="دوم")
        )


def check_database_refuses_a_second_head(database: Database) -> None:
    DemoService(DeskContext(database=database, operator="admin", role=Role.ADMIN)).create()
    with pytest.raises(IntegrityError):
        second_head(database)
    with database.writer() as session, session.begin():
        # Many members in one delegation are fine: only category HOD is unique.
        gilan = session.scalars(select(Delegation).where(Delegation.code == "GIL")).one()
        session.add(Person(ref="GIL-998", delegation_id=gilan.id, category_code="DEL"))
        session.add(Person(ref="GIL-997", delegation_id=gilan.id, category_code="DEL"))


def test_sqlite_refuses_a_second_head_of_delegation(database: Database) -> None:
    check_database_refuses_a_second_head(database)


@pytest.mark.postgres
def test_postgresql_refuses_a_second_head_of_delegation(pg_database: Database) -> None:
    check_database_refuses_a_second_head(pg_database)


def test_a_0003_database_gains_empty_honorifics_and_unlocked_seats(tmp_path: Path) -> None:
    target = tmp_path / "old.sqlite"
    target.write_bytes(SCHEMA_0003.read_bytes())
    database = open_database(target)
    assert current_revision(database) == "0003"
    upgrade(database)
    database.dispose()
    with sqlite3.connect(target) as connection:
        honorifics = connection.execute(
            "SELECT count(*), count(precedence_date) FROM people WHERE honorific_fa = '' "
            "AND honorific_en = ''"
        ).fetchone()
        people = connection.execute("SELECT count(*) FROM people").fetchone()
        setups = connection.execute("SELECT count(*) FROM seating_setups").fetchone()
    assert honorifics == (people[0], 0) and people[0] > 100
    assert setups == (0,)


def test_a_0003_database_with_two_heads_in_a_delegation_is_not_upgraded(tmp_path: Path) -> None:
    target = tmp_path / "two-heads.sqlite"
    target.write_bytes(SCHEMA_0003.read_bytes())
    with sqlite3.connect(target) as connection:
        connection.execute(
            "UPDATE people SET category_code = 'HOD' WHERE ref = "
            "(SELECT min(ref) FROM people WHERE ref LIKE 'MAZ-%' AND category_code <> 'HOD')"
        )
    database = open_database(target)
    with pytest.raises(SummitDeskError) as caught:
        upgrade(database)
    assert caught.value.code == "db.two_heads"
    assert "MAZ" in caught.value.message("en") and "MAZ" in caught.value.message("fa")
    # Nothing changed: still schema 0003, and the next program can be run after a fix.
    assert current_revision(database) == "0003"
    with database.engine.connect() as connection:
        columns = [r[1] for r in connection.execute(text("PRAGMA table_info(people)"))]
    assert "honorific_fa" not in columns
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE people SET category_code = 'DEL' WHERE ref LIKE 'MAZ-%' "
                "AND ref <> 'MAZ-001' AND category_code = 'HOD'"
            )
        )
    upgrade(database)
    assert current_revision(database) == head_revision()
    database.dispose()
