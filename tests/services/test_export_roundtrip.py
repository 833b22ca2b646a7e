"""An exported list can be corrected in Excel and imported back, here or into another event's
database, and every name comes back byte for byte."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.databases import copy_closed
from support.desk import make_context
from support.events import SMALL_EVENT

from summit_desk.db.engine import Database, open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.names import clean_input, fold
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.exporting import ExportService
from summit_desk.services.importing import ImportService
from summit_desk.services.people import PeopleService
from summit_desk.services.tabular_write import guard_csv, unguard_csv

HEADER = ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
          "given_name_latin", "family_name_latin", "name_native", "title_fa", "title_en",
          "rank", "email", "phone", "document_no", "notes", "honorific_fa", "honorific_en",
          "precedence_date"]  # fmt: skip
PEOPLE = [
    ["G-1", "IR", "GIL", "HOD", "علی‌اکبر", "رضایی", "Ali Akbar", "Rezaei", "", "استاندار گیلان",
     "Governor of Gilan", "1", "ali@gilan.ir", "00981312345678", "K87654321", "VIP\nhalal",
     "جناب آقای دکتر", "H.E. Dr.", ""],
    ["G-2", "IR", "GIL", "DEL", "سارا", "احمدی", "", "", "", "", "", "2", "", "+98 13 1", "", "",
     "سرکار خانم", "", ""],
    ["A-1", "RU", "AST", "HOD", "ایگور", "بابوشکین", "Igor", "Babushkin", "Игорь Бабушкин", "",
     "Governor", "1", "", "", "750012345", "=danger()", "", "H.E.", "۱۴۰۴/۰۸/۲۷"],
    ["B-1", "AZ", "BAK", "DEL", "", "", "Rəşad", "Əliyev", "Rəşad Əliyev", "", "", "3", "", "",
     "", "@cmd", "", "", "2019-03-04"],
]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def read_rows(path: Path) -> list[dict[str, str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return list(csv.DictReader(stream))
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    values = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ]
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def without_badges(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k != "badge_code"} for row in rows]


@pytest.fixture
def other_event(tmp_path: Path, migrated_template: Path) -> Iterator[DeskContext]:
    """A second desk database with the same event set up and nobody in it."""
    copy_closed(migrated_template, tmp_path / "other.sqlite")
    database = open_database(tmp_path / "other.sqlite")
    upgrade(database)
    context = make_context(database, operator="other")
    EventService(context).create(SMALL_EVENT)
    yield context
    database.dispose()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_into_a_fresh_event_as_the_same_list(
    small_event: DeskContext, other_event: DeskContext, tmp_path: Path, suffix: str
) -> None:
    ImportService(small_event).run(write_csv(tmp_path / "people.csv", PEOPLE))
    exported = tmp_path / f"export{suffix}"
    ExportService(small_event).export("people", exported, include_sensitive=True)

    report = ImportService(other_event).run(exported)
    again = tmp_path / f"again{suffix}"
    ExportService(other_event).export("people", again, include_sensitive=True)

    assert (report.created, report.updated, report.warnings) == (4, 0, ())
    assert without_badges(read_rows(again)) == without_badges(read_rows(exported))
    by_ref = {row["ref"]: row for row in read_rows(exported)}
    assert (by_ref["G-1"]["phone"], by_ref["G-1"]["notes"]) == ("00981312345678", "VIP\nhalal")
    # forms of address as typed; a Jalali precedence date comes back as the same day in ISO
    assert (by_ref["G-1"]["honorific_fa"], by_ref["G-1"]["honorific_en"]) == (
        "جناب آقای دکتر",
        "H.E. Dr.",
    )
    assert by_ref["G-2"]["honorific_fa"] == "سرکار خانم"
    assert by_ref["A-1"]["precedence_date"] == "2025-11-18"
    assert by_ref["B-1"]["precedence_date"] == "2019-03-04"
    assert by_ref["G-2"]["precedence_date"] == ""


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_importing_an_unedited_export_changes_nobody(
    small_event: DeskContext, tmp_path: Path, suffix: str
) -> None:
    ImportService(small_event).run(write_csv(tmp_path / "people.csv", PEOPLE))
    exported = tmp_path / f"export{suffix}"
    ExportService(small_event).export("people", exported, include_sensitive=True)

    report = ImportService(small_event).run(exported)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)
    assert report.warnings == ()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_backend(request: pytest.FixtureRequest, database: Database) -> DeskContext:
    if request.param == "postgresql":
        database = request.getfixturevalue("pg_database")
    context = make_context(database)
    EventService(context).create(SMALL_EVENT)
    return context


def test_import_export_round_trip_on_each_database(
    any_backend: DeskContext, tmp_path: Path
) -> None:
    service = ImportService(any_backend)
    service.run(write_csv(tmp_path / "people.csv", PEOPLE))
    exported = tmp_path / "export.csv"
    ExportService(any_backend).export("people", exported, include_sensitive=True)
    edited = read_rows(exported)
    edited[1]["title_en"] = "Deputy governor"
    with (tmp_path / "edited.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(edited[0]))
        writer.writeheader()
        writer.writerows(edited)

    report = service.run(tmp_path / "edited.csv")

    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    assert PeopleService(any_backend).get(edited[1]["ref"]).name.title_en == "Deputy governor"
    assert [p.ref for p in PeopleService(any_backend).find("علی اکبر")] == ["G-1"]
    assert [p.ref for p in PeopleService(any_backend).find("rasad")] == ["B-1"]


# Letters the summit's lists are written in: Persian and Arabic forms, Cyrillic with Kazakh
# letters, Latin with Azerbaijani and Turkmen diacritics, and the half-space.
LETTERS = (
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةأإآؤئء"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗӘҒҚҢӨҰҮҺІ"
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZəğıışçöüäžňýéèñÉÖÜŞÇ"
)
word = st.text(alphabet=LETTERS + "\u200c-'", min_size=1, max_size=12)
name = (
    st.lists(word, min_size=1, max_size=3)
    .map(lambda words: unicodedata.normalize("NFC", " ".join(words)))
    .filter(lambda text: text == clean_input(text) and bool(fold(text)))
)
refs = count(1)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(given_fa=name, family_fa=name, latin=name, native=name)
@example(given_fa="-علی", family_fa="'=رضا", latin="+Ab Cd", native="@Иван")  # formula-like
def test_any_name_comes_back_from_an_export_byte_for_byte(  # noqa: PLR0917
    small_event: DeskContext,
    tmp_path: Path,
    suffix: str,
    given_fa: str,
    family_fa: str,
    latin: str,
    native: str,
) -> None:
    ref = f"H-{next(refs)}"
    row = [ref, "IR", "GIL", "DEL", given_fa, family_fa, latin, latin, native, "", "", "", "",
           "", "", "", "", "", ""]  # fmt: skip
    # The list is written as any careful CSV writer would: formulas behind an apostrophe.
    ImportService(small_event).run(
        write_csv(tmp_path / f"{ref}.csv", [[guard_csv(c) for c in row]])
    )
    exported = tmp_path / f"{ref}{suffix}"
    ExportService(small_event).export("people", exported)

    back = next(r for r in read_rows(exported) if r["ref"] == ref)
    if suffix == ".csv":  # as an import reads it: without the apostrophe before a formula
        back = {k: unguard_csv(v) for k, v in back.items()}

    for column, value in [("given_name_fa", given_fa), ("family_name_fa", family_fa),
                          ("given_name_latin", latin), ("name_native", native)]:  # fmt: skip
        assert back[column].encode() == value.encode(), column
