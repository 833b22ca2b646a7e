"""Shared fixtures: a fresh SQLite file per test, and a real PostgreSQL server when configured."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from support.events import SMALL_EVENT

from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext

PG_ENV = "SUMMIT_DESK_TEST_PG"
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def context(database: Database) -> DeskContext:
    return DeskContext(database=database, operator="tester", role=Role.ADMIN, desk="desk-1")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if IN_CI:
            pytest.fail(f"{PG_ENV} is not set; .ci/run should have started PostgreSQL")
        pytest.skip(f"{PG_ENV} is not set")
    name = f"sd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    yield f"{base}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_database(pg_url: str) -> Iterator[Database]:
    db = open_database(pg_url)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def small_event(context: DeskContext) -> DeskContext:
    """A database holding a three-delegation event and nobody yet."""
    from summit_desk.services.event import EventService

    EventService(context).create(SMALL_EVENT)
    return context
