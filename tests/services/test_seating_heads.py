"""One head per delegation: an import or a walk-in that would give a delegation a second head is
refused with a clear message, and nothing changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from summit_desk.db.models import Person
from summit_desk.domain.errors import ImportRejected
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.importing import ImportService
from summit_desk.services.registration import RegistrationService

HEADER = (
    "ref,country,delegation,category,given_name_fa,family_name_fa,given_name_latin,"
    "family_name_latin"
)


def heads(context: DeskContext) -> list[tuple[str, str]]:
    with context.database.reader() as session:
        return sorted(
            session.execute(
                select(Person.ref, Person.given_name_latin).where(Person.category_code == "HOD")
            ).all()
        )


def import_rows(context: DeskContext, tmp_path: Path, *rows: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text("\n".join((HEADER, *rows)) + "\n", encoding="utf-8")
    ImportService(context).run(path)


@pytest.fixture
def with_head(small_event: DeskContext, tmp_path: Path) -> DeskContext:
    import_rows(small_event, tmp_path, "GIL-1,IR,GIL,HOD,اسدالله,عباسی,Asadollah,Abbasi")
    return small_event


def test_an_import_giving_gilan_a_second_head_is_refused_naming_both(
    with_head: DeskContext, tmp_path: Path
) -> None:
    with pytest.raises(ImportRejected) as caught:
        import_rows(with_head, tmp_path, "GIL-2,IR,GIL,HOD,علی,رضایی,Ali,Rezaei")
    assert caught.value.code == "delegation.second_head"
    english = caught.value.message("en")
    assert "GIL-2" in english and "GIL-1" in english and "GIL" in english
    assert "رئیس هیئت" in caught.value.message("fa")
    assert heads(with_head) == [("GIL-1", "Asadollah")]


def test_two_heads_of_one_delegation_in_one_file_are_refused(
    small_event: DeskContext, tmp_path: Path
) -> None:
    with pytest.raises(ImportRejected) as caught:
        import_rows(
            small_event,
            tmp_path,
            "AST-1,RU,AST,HOD,ایگور,بابوشکین,Igor,Babushkin",
            "AST-2,RU,AST,HOD,اولگ,شین,Oleg,Shein",
        )
    assert caught.value.code == "delegation.second_head"
    assert heads(small_event) == []


def test_a_new_head_replacing_the_old_one_in_the_same_file_is_accepted(
    with_head: DeskContext, tmp_path: Path
) -> None:
    import_rows(
        with_head,
        tmp_path,
        "GIL-1,IR,GIL,DEL,اسدالله,عباسی,Asadollah,Abbasi",
        "GIL-2,IR,GIL,HOD,علی,رضایی,Ali,Rezaei",
    )
    assert heads(with_head) == [("GIL-2", "Ali")]


def test_two_people_of_a_delegation_trading_places_as_head_is_accepted(
    small_event: DeskContext, tmp_path: Path
) -> None:
    # The new head was registered first: its row is written before the old head steps down
    # unless the save lets the old head step down first.
    import_rows(
        small_event,
        tmp_path,
        "GIL-1,IR,GIL,DEL,علی,رضایی,Ali,Rezaei",
        "GIL-2,IR,GIL,HOD,اسدالله,عباسی,Asadollah,Abbasi",
    )
    import_rows(
        small_event,
        tmp_path,
        "GIL-1,IR,GIL,HOD,علی,رضایی,Ali,Rezaei",
        "GIL-2,IR,GIL,DEL,اسدالله,عباسی,Asadollah,Abbasi",
    )
    assert heads(small_event) == [("GIL-1", "Ali")]


def test_updating_the_head_himself_is_not_a_second_head(
    with_head: DeskContext, tmp_path: Path
) -> None:
    import_rows(with_head, tmp_path, "GIL-1,IR,GIL,HOD,اسدالله,عباسی,Asadollah,Abbasi-Fard")
    assert heads(with_head) == [("GIL-1", "Asadollah")]


def test_a_walk_in_head_for_a_delegation_that_has_one_is_refused(with_head: DeskContext) -> None:
    desk = DeskContext(
        database=with_head.database,
        operator="desk",
        role=Role.DESK,
        day_override=date(2025, 11, 18),
    )
    with pytest.raises(ImportRejected) as caught:
        RegistrationService(desk).register(
            {
                "country": "IR",
                "delegation": "GIL",
                "category": "HOD",
                "given_name_latin": "Sara",
                "family_name_latin": "Amiri",
            }
        )
    assert caught.value.code == "delegation.second_head"
    assert heads(with_head) == [("GIL-1", "Asadollah")]
