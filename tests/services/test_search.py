"""The desk's search: a person is found however the desk types the name, on both backends."""

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
    PersonInput(ref="GIL-001", delegation="GIL", category="HOD", given_name_fa="علی‌اکبر",
                family_name_fa="حسین‌پور", given_name_latin="Ali-Akbar",
                family_name_latin="Hosseinpour", title_fa="استاندار گیلان"),
    PersonInput(ref="GIL-002", delegation="GIL", category="DEL", given_name_fa="علی",
                family_name_fa="اکبری", given_name_latin="Ali", family_name_latin="Akbari"),
    PersonInput(ref="GIL-003", delegation="GIL", category="DEL", given_name_fa="فاطمه",
                family_name_fa="کاظمی", given_name_latin="Fatemeh", family_name_latin="Kazemi"),
    PersonInput(ref="AST-001", delegation="AST", category="HOD", given_name_fa="ایگور",
                family_name_fa="پتروف", given_name_latin="Igor", family_name_latin="Petrov",
                name_native="Игорь Петров"),
    PersonInput(ref="BAK-001", delegation="BAK", category="HOD", given_name_fa="رشاد",
                family_name_fa="محمداف", given_name_latin="Rashad",
                family_name_latin="Mammadov", name_native="Rəşad Məmmədov"),
]  # fmt: skip


# The tests here only search, so each module-wide database is set up once.
@pytest.fixture(scope="module")
def service(
    migrated_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PeopleService]:
    with people_on_sqlite(migrated_template, tmp_path_factory.mktemp("search"), PEOPLE) as s:
        yield s


@pytest.fixture(scope="module")
def pg_service(pg_admin: Engine, pg_template: str) -> Iterator[PeopleService]:
    with people_on_postgres(pg_admin, pg_template, PEOPLE) as service:
        yield service


def refs(service: PeopleService, query: str) -> list[str]:
    return [p.ref for p in service.find(query, day=DAY)]


CASES = [
    ("علي اكبر", "GIL-001"),  # Arabic letters, a space where the half-space is
    ("علی‌اکبر", "GIL-001"),
    ("علیاکبر", "GIL-001"),
    ("حسين پور", "GIL-001"),
    ("hosseinpour", "GIL-001"),
    ("ALI AKBAR", "GIL-001"),
    ("игорь", "AST-001"),
    ("ПЕТРОВ", "AST-001"),
    ("mammadov", "BAK-001"),
    ("Məmmədov", "BAK-001"),
    ("gil-003", "GIL-003"),
    ("كاظمي", "GIL-003"),
    ("fa", "GIL-003"),  # a two-letter prefix
]


@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_a_person_is_found_however_the_desk_types_the_name(
    service: PeopleService, typed: str, expected: str
) -> None:
    assert expected in refs(service, typed)


def test_every_term_must_match(service: PeopleService) -> None:
    # «علی» alone finds both Alis; with «اکبری» only the one whose family name it is.
    assert set(refs(service, "علی")) >= {"GIL-001", "GIL-002"}
    assert refs(service, "علی اکبری") == ["GIL-002"]
    assert refs(service, "igor mammadov") == []


def test_heads_of_delegation_come_first(service: PeopleService) -> None:
    assert refs(service, "gil")[:1] == ["GIL-001"]


def test_an_exact_ref_comes_first(service: PeopleService) -> None:
    assert refs(service, "GIL-002")[0] == "GIL-002"


def test_the_delegation_name_finds_its_people(service: PeopleService) -> None:
    assert set(refs(service, "آستراخان")) == {"AST-001"}
    assert set(refs(service, "астраханская")) == {"AST-001"}


def test_a_scanned_badge_code_finds_its_holder(service: PeopleService) -> None:
    code = service.badge_code("BAK-001")
    assert refs(service, f"]Q1{code}\r\n") == ["BAK-001"]


def test_nothing_typed_finds_nobody(service: PeopleService) -> None:
    assert refs(service, "   ") == []
    assert refs(service, "‌") == []  # a lone half-space


@pytest.mark.postgres
@pytest.mark.parametrize(("typed", "expected"), CASES)
def test_postgresql_finds_the_same_people(
    pg_service: PeopleService, typed: str, expected: str
) -> None:
    assert expected in refs(pg_service, typed)


@pytest.mark.parametrize("common", [1, 10**9], ids=["walk-in-desk-order", "index-then-sort"])
def test_both_search_strategies_give_the_same_answers(
    service: PeopleService, monkeypatch: pytest.MonkeyPatch, common: int
) -> None:
    """A common term walks people in desk order; a rare one is looked up and sorted. Forcing
    each strategy in turn must change nothing the desk sees."""
    import summit_desk.db.people as repo

    monkeypatch.setattr(repo, "COMMON_TERM", common)
    for typed, expected in CASES:
        assert expected in refs(service, typed), typed
    assert refs(service, "gil")[:1] == ["GIL-001"]
    assert refs(service, "علی اکبری") == ["GIL-002"]
    assert refs(service, "igor mammadov") == []
    assert refs(service, "GIL-002")[0] == "GIL-002"
