"""A walk-in is checked as an imported row is, gets a badge code, and can be checked in."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from support.desk import make_context

from summit_desk.db.models import Badge, Person
from summit_desk.domain.errors import ImportRejected
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.services.registration import RegistrationService


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    return make_context(
        small_event.database, role=Role.DESK, operator="desk", day=date(2025, 11, 18)
    )


def counts(context: DeskContext) -> tuple[int, int]:
    with context.database.reader() as session:
        return (
            session.scalar(select(func.count(Person.id))) or 0,
            session.scalar(select(func.count(Badge.id))) or 0,
        )


def test_a_walk_in_is_registered_with_a_badge_and_checked_in(desk: DeskContext) -> None:
    person = RegistrationService(desk).register(
        {
            "country": "ایران",
            "delegation": "گیلان",
            "category": "GST",
            "given_name_fa": "سارا",
            "family_name_fa": "امیری‌فر",
            "given_name_latin": "Sara",
            "family_name_latin": "Amirifar",
        }
    )
    assert person.delegation_code == "GIL" and person.ref.startswith("GIL-")
    code = PeopleService(desk).badge_code(person.ref)
    assert CheckInService(desk).scan(code).status is CheckInStatus.CHECKED_IN


def test_the_form_is_refused_as_an_import_row_would_be(desk: DeskContext) -> None:
    before = counts(desk)
    with pytest.raises(ImportRejected) as caught:
        RegistrationService(desk).register(
            {
                "country": "IR",
                "delegation": "Atlantis",
                "category": "BOSS",
                "given_name_fa": "علی\u202e",
                "family_name_fa": "",
            }
        )
    columns = {p.column for p in caught.value.problems}
    assert {"delegation", "category", "given_name_fa"} <= columns
    assert "U+202E" in caught.value.message("en")
    assert counts(desk) == before


def test_an_existing_ref_is_not_overwritten_from_the_desk(desk: DeskContext) -> None:
    fields = {"ref": "GIL-900", "country": "IR", "delegation": "GIL", "category": "GST",
              "given_name_latin": "Omid", "family_name_latin": "Rasouli"}  # fmt: skip
    RegistrationService(desk).register(fields)
    with pytest.raises(ImportRejected) as caught:
        RegistrationService(desk).register({**fields, "given_name_latin": "Someone"})
    assert "already registered" in caught.value.message("en")
    assert PeopleService(desk).get("GIL-900").name.given_name_latin == "Omid"
