"""The schema check at start-up reads the newest revision from the migrations' file names
(db/schema.py), so a current database opens without Alembic: the names must say the truth."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from summit_desk.db.engine import Database
from summit_desk.db.schema import current_revision, head_revision, newest_revision, upgrade
from summit_desk.domain.errors import SummitDeskError

VERSIONS = Path(__file__).resolve().parents[1] / "src/summit_desk/db/migrations/versions"


def test_the_newest_revision_from_the_file_names_is_alembics_head() -> None:
    assert newest_revision() == head_revision()


def test_every_migration_file_is_named_after_its_revision() -> None:
    files = sorted(p for p in VERSIONS.glob("*.py") if p.name != "__init__.py")
    assert files
    for path in files:
        assigned = {
            node.targets[0].id: node.value.value
            for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
        }
        assert path.name.startswith(f"{assigned['revision']}_"), path.name


def test_a_current_database_is_left_alone_and_any_other_goes_to_alembic(
    database: Database,
) -> None:
    assert current_revision(database) == newest_revision()
    assert upgrade(database) is None  # nothing to do, no copy
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(SummitDeskError) as refused:  # only Alembic's map knows it is unknown
        upgrade(database)
    assert refused.value.code == "db.too_new"


def test_an_empty_database_has_no_revision(tmp_path: Path) -> None:
    from summit_desk.db.engine import open_database

    database = open_database(tmp_path / "empty.sqlite")
    assert current_revision(database) is None
    upgrade(database)
    assert current_revision(database) == newest_revision()
    database.dispose()
