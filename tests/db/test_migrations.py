"""The migrations build exactly the schema the models describe, on both databases, and undo."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from summit_desk.db.engine import Database
from summit_desk.db.models import Base
from summit_desk.db.schema import alembic_config, upgrade

# The search index is SQL of its own (FTS5 / pg_trgm), not a model.
_NOT_MODELS = ("people_fts",)
_NOT_MODEL_INDEXES = {"ix_people_search_key_trgm", "ix_person_tokens_token_pattern"}


def differences(database: Database) -> list[object]:
    with database.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    return [d for d in diff if not _search_index(d)]


def _search_index(difference: object) -> bool:
    if not isinstance(difference, tuple):
        return False
    kind, item = difference[0], difference[1]
    if kind == "remove_table":
        return bool(item.name.startswith(_NOT_MODELS))
    return kind == "remove_index" and item.name in _NOT_MODEL_INDEXES


def test_sqlite_schema_matches_the_models(migrated_from_empty: Database) -> None:
    assert differences(migrated_from_empty) == []


@pytest.mark.postgres
def test_postgresql_schema_matches_the_models(pg_migrated_from_empty: Database) -> None:
    assert differences(pg_migrated_from_empty) == []


def test_downgrade_to_nothing_and_up_again(migrated_from_empty: Database) -> None:
    database = migrated_from_empty
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    upgrade(database)
    assert "people" in inspect(database.engine).get_table_names()
