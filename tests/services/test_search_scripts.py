"""The desk's search across scripts (issue #9, item 12): a Russian or Kazakh delegate whose
name was registered in one script only is found by the other, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine
from support.search import people_on_postgres, people_on_sqlite

from summit_desk.domain.values import PersonInput
from summit_desk.services.people import PeopleService

DAY = date(2025, 11, 18)

PEOPLE = [
    # Registered from the delegation's own list: Cyrillic only.
    PersonInput(ref="AST-010", delegation="AST", category="DEL", name_native="Бабушкин Юрий"),
    # From a passport copy: Latin only.
    PersonInput(ref="AST-011", delegation="AST", category="DEL", given_name_latin="Oleg",
                family_name_latin="Shchukin"),
    PersonInput(ref="AST-012", delegation="AST", category="DEL", name_native="Жәнібек Қасымов"),
    PersonInput(ref="AST-013", delegation="AST", category="DEL", given_name_latin="Nurlan",
                family_name_latin="Tsoi"),
]  # fmt: skip


@pytest.fixture(scope="module")
def service(
    migrated_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PeopleService]:
    with people_on_sqlite(migrated_template, tmp_path_factory.mktemp("scripts"), PEOPLE) as s:
        yield s


@pytest.fixture(scope="module")
def pg_service(pg_admin: Engine, pg_template: str) -> Iterator[PeopleService]:
    with people_on_postgres(pg_admin, pg_template, PEOPLE) as service:
        yield service


CASES = [
    ("babushkin", "AST-010"),
    ("Babushkin Yuriy", "AST-010"),
    ("iurii babu", "AST-010"),
    ("ba", "AST-010"),  # two letters: the token index
    ("щукин", "AST-011"),
    ("Щукин Олег", "AST-011"),
    ("щ", "AST-011"),
    ("zhanibek", "AST-012"),
    ("kasymov", "AST-012"),
    ("нурлан цой", "AST-013"),
    ("Нұрлан", "AST-013"),
]


def refs(service: PeopleService, query: str) -> list[str]:
    return [p.ref for p in service.find(query, day=DAY)]


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_a_name_registered_in_one_script_is_found_in_the_other(
    service: PeopleService, typed: str, expected: str
) -> None:
    assert expected in refs(service, typed)


def test_another_name_is_not_found(service: PeopleService) -> None:
    assert refs(service, "babushkin shchukin") == []
    assert refs(service, "петров") == []


@pytest.mark.postgres
@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_postgresql_finds_the_same_people(
    pg_service: PeopleService, typed: str, expected: str
) -> None:
    assert expected in refs(pg_service, typed)
