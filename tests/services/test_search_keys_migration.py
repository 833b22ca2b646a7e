"""Existing databases get the new search keys (issue #9, item 12): migration 0006 recomputes
every person's key and tokens, so a person registered before Cyrillic was transliterated is
found by the Latin spelling too.

These tests run its ``upgrade()`` through Alembic's operations on a database whose keys were
aged to what the program wrote before.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from support.databases import open_copy, pg_copy
from support.desk import make_context

from summit_desk.db.engine import Database
from summit_desk.db.search_keys import recompute_search_keys
from summit_desk.domain.names import fold
from summit_desk.domain.translit import to_latin
from summit_desk.services.people import PeopleService

MIGRATIONS = Path(__file__).resolve().parents[2] / "src/summit_desk/db/migrations"
NAME = "0006_transliterated_search_keys.py"
DAY = date(2025, 11, 18)


def migration() -> ModuleType:
    path = MIGRATIONS / "versions" / NAME
    spec = importlib.util.spec_from_file_location("migration_0006", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def age_the_keys(database: Database) -> None:
    """Russian delegates registered in Cyrillic only, with the keys the program wrote before:
    each field folded, Cyrillic left as it is, and the tokens likewise (a database of 0005)."""
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE people SET given_name_latin = '', family_name_latin = '', "
                "given_name_fa = '', family_name_fa = '' WHERE ref LIKE 'AST-%'"
            )
        )
        rows = connection.execute(
            text(
                "SELECT p.id, p.given_name_fa, p.family_name_fa, p.given_name_latin, "
                "p.family_name_latin, p.name_native, p.ref, d.code, d.name_fa, d.name_en, "
                "d.name_native FROM people p JOIN delegations d ON d.id = p.delegation_id"
            )
        ).all()
        connection.execute(text("DELETE FROM person_tokens"))
        for person_id, *fields in rows:
            parts = (fold(f).replace(" ", "") for f in fields if f)
            key = " ".join(p for p in parts if p)
            connection.execute(
                text("UPDATE people SET search_key = :key WHERE id = :id"),
                {"key": key, "id": person_id},
            )
            words = (w for f in fields[:6] if f for w in (*fold(f).split(), fold(f)))
            for token in {w.replace(" ", "") for w in words} - {""}:
                connection.execute(
                    text("INSERT INTO person_tokens (token, person_id) VALUES (:t, :p)"),
                    {"t": token, "p": person_id},
                )


@pytest.fixture
def old_demo(demo_template: Path, tmp_path: Path) -> Database:
    database = open_copy(demo_template, tmp_path / "desk.sqlite")
    age_the_keys(database)
    return database


def cyrillic_only_refs(database: Database) -> list[tuple[str, str]]:
    """The demo's Astrakhan delegates (now Cyrillic only) and their names."""
    with database.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT ref, name_native FROM people WHERE ref LIKE 'AST-%' ORDER BY ref")
        ).all()
    return [(ref, native) for ref, native in rows if any("а" <= c <= "я" for c in native.lower())]


def found(database: Database, query: str) -> list[str]:
    service = PeopleService(make_context(database, day=DAY))
    return [p.ref for p in service.find(query, day=DAY, limit=200)]


def test_old_keys_miss_the_latin_spelling_and_the_recompute_gives_it(old_demo: Database) -> None:
    people = cyrillic_only_refs(old_demo)
    assert people
    ref, native = people[0]
    family = to_latin(native.split()[-1])
    assert ref not in found(old_demo, family)  # the negative control: old keys
    with old_demo.engine.begin() as connection:
        changed = recompute_search_keys(connection)
    assert changed >= len(people)
    assert ref in found(old_demo, family)
    assert ref in found(old_demo, family[:2])  # the tokens were rewritten too
    with old_demo.engine.begin() as connection:
        assert recompute_search_keys(connection) == 0  # and a second run changes nothing
    old_demo.dispose()


def test_the_migration_runs_the_recompute_inside_alembic(old_demo: Database) -> None:
    module = migration()
    assert (module.revision, module.down_revision) == ("0006", "0005")
    ref, native = cyrillic_only_refs(old_demo)[0]
    with (
        old_demo.engine.begin() as connection,
        Operations.context(MigrationContext.configure(connection)),
    ):
        module.upgrade()
    assert ref in found(old_demo, to_latin(native))
    old_demo.dispose()


@pytest.mark.postgres
def test_the_recompute_on_postgresql(pg_admin: Engine, pg_template: str) -> None:
    from support.search import register
    from test_search_scripts import PEOPLE

    with pg_copy(pg_admin, pg_template) as database:
        register(make_context(database), PEOPLE)
        age_the_keys(database)
        assert "AST-010" not in found(database, "babushkin")
        with database.engine.begin() as connection:
            assert recompute_search_keys(connection) >= 2
        assert "AST-010" in found(database, "babushkin")
        assert "AST-012" in found(database, "zh")  # Жәнібек, by the token index
