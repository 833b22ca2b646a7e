"""Shared fixtures: an SQLite file per test, and a real PostgreSQL server when configured.

Alembic runs once per test run to build a template (SQLite file and PostgreSQL database); each
test's database is a copy of it. The migration tests build theirs from empty with
``migrated_from_empty`` and ``pg_migrated_from_empty``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import Engine, create_engine
from support.databases import (
    copy_closed,
    create_pg_database,
    drop_pg_database,
    load_into,
    migrate_new_file,
    open_copy,
    pg_copy,
    pg_url_of,
    unique_name,
)
from support.desk import make_context
from support.events import SMALL_EVENT
from support.tcp_proxy import TcpProxy

from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade
from summit_desk.services.context import DeskContext

# CI tries the same examples on every run (a fixed seed per test), so that a change lands or not
# on its own merits; a developer's runs explore new ones, and what they find is kept as a test.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI") == "true":
    settings.load_profile("ci")

PG_ENV = "SUMMIT_DESK_TEST_PG"
IN_CI = os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed SQLite file at the newest schema, built by Alembic once per run."""
    path = tmp_path_factory.mktemp("templates") / "migrated.sqlite"
    migrate_new_file(path)
    return path


@pytest.fixture(scope="session")
def demo_template(migrated_template: Path) -> Path:
    """A closed SQLite file holding the demo event as `summit-desk demo` creates it."""
    from summit_desk.services.demo import DemoService

    path = migrated_template.with_name("demo.sqlite")
    copy_closed(migrated_template, path)
    database = open_database(path)
    DemoService(make_context(database)).create()
    database.dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite"


@pytest.fixture
def database(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """The test's own SQLite file, new and at the newest schema."""
    db = open_copy(migrated_template, db_path)
    yield db
    db.dispose()


@pytest.fixture
def migrated_from_empty(db_path: Path) -> Iterator[Database]:
    """An SQLite file that Alembic brings from empty to the newest schema in this test."""
    db = open_database(db_path)
    upgrade(db)
    yield db
    db.dispose()


@pytest.fixture
def context(database: Database) -> DeskContext:
    return make_context(database)


@pytest.fixture
def small_event(context: DeskContext) -> DeskContext:
    """A database holding a three-delegation event and nobody yet."""
    from summit_desk.services.event import EventService

    EventService(context).create(SMALL_EVENT)
    return context


@pytest.fixture
def demo_event(context: DeskContext, demo_template: Path) -> DeskContext:
    """The test's database holding the demo event, as DemoService(context).create() leaves it."""
    load_into(context.database, demo_template)
    return context


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """A connection to the test server's maintenance database, to create and drop others."""
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        if IN_CI:
            pytest.fail(f"{PG_ENV} is not set; .ci/run should have started PostgreSQL")
        pytest.skip(f"{PG_ENV} is not set")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    yield admin
    admin.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_admin: Engine) -> Iterator[str]:
    """The name of a database at the newest schema, built by Alembic once per run."""
    name = unique_name("sd_template")
    create_pg_database(pg_admin, name)
    db = open_database(pg_url_of(pg_admin, name))
    upgrade(db)
    db.dispose()  # a template may have no one connected while it is copied
    yield name
    drop_pg_database(pg_admin, name)


@pytest.fixture
def pg_url(pg_admin: Engine) -> Iterator[str]:
    """A new, empty PostgreSQL database on the test server, dropped afterwards."""
    name = unique_name("sd_test")
    create_pg_database(pg_admin, name)
    yield pg_url_of(pg_admin, name)
    drop_pg_database(pg_admin, name)


@pytest.fixture
def pg_database(pg_admin: Engine, pg_template: str) -> Iterator[Database]:
    """The test's own PostgreSQL database, new and at the newest schema."""
    with pg_copy(pg_admin, pg_template) as db:
        yield db


@pytest.fixture
def pg_migrated_from_empty(pg_url: str) -> Iterator[Database]:
    """A PostgreSQL database that Alembic brings from empty to the newest schema in this test."""
    db = open_database(pg_url)
    upgrade(db)
    yield db
    db.dispose()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The one-folder bundle's tests run only when asked for by name (``-m bundle``, as
    tools/test.sh does after building it): any other run, ``-m "not ocr"`` included, leaves them
    out rather than failing for a folder nobody built."""
    if "bundle" in (config.getoption("markexpr") or ""):
        return
    kept = [item for item in items if item.get_closest_marker("bundle") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture
def proxy(pg_admin: Engine) -> Iterator[TcpProxy]:
    """A relay to the test's PostgreSQL server that the test can cut, as a cable pulled."""
    url = pg_admin.url
    with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as relay:
        yield relay
