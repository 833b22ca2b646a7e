"""What protocol needs of a list: forms of address and the ambassadors' precedence dates, under
their English or Persian headers, with a Jalali date read as the day it names."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from summit_desk.assets import resource
from summit_desk.db.models import Person
from summit_desk.domain.errors import ImportRejected
from summit_desk.services.context import DeskContext
from summit_desk.services.exporting import ExportService
from summit_desk.services.import_columns import IMPORT_COLUMNS, day_value
from summit_desk.services.importing import ImportService


def stored(context: DeskContext, ref: str) -> Person:
    with context.database.reader() as session:
        person = session.scalars(select(Person).where(Person.ref == ref)).one()
        session.expunge(person)
        return person


def people(context: DeskContext) -> list[str]:
    with context.database.reader() as session:
        return list(session.scalars(select(Person.ref)))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2025-11-18", date(2025, 11, 18)),
        ("2025/11/18", date(2025, 11, 18)),
        ("2025-11-18 00:00:00", date(2025, 11, 18)),  # a spreadsheet's date cell
        ("1404/08/27", date(2025, 11, 18)),
        ("۱۴۰۴/۰۸/۲۷", date(2025, 11, 18)),
        ("١٤٠٤-٨-٢٧", date(2025, 11, 18)),
        ("1403/12/30", date(2025, 3, 20)),  # a leap year's last day
        ("1404/12/30", None),  # not a leap year
        ("1404/13/01", None),
        ("2025-02-30", None),
        ("18/11/2025", None),  # day first: ambiguous, so refused
        ("next week", None),
        ("", None),
    ],
)
def test_a_day_is_read_in_iso_or_jalali_form_and_nothing_else(text: str, day: date | None) -> None:
    assert day_value(text) == day


def test_persian_headers_bring_the_form_of_address_and_a_jalali_precedence_date(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = (
        "شناسه,کشور,هیئت,دسته,نام,نام خانوادگی,عنوان خطاب,عنوان خطاب انگلیسی,تاریخ تقدیم استوارنامه"
    )
    rows = [
        "R-1,RU,AST,AMB,الکسی,دده‌اف,جناب آقای,H.E.,۱۴۰۲/۰۵/۱۴",
        "R-2,AZ,BAK,AMB,آیگون,علی‌یوا,سرکار خانم دکتر,H.E. Dr.,2021-06-09",
    ]
    path = tmp_path / "embassies.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")

    report = ImportService(small_event).run(path)

    assert report.created == 2
    first, second = stored(small_event, "R-1"), stored(small_event, "R-2")
    assert (first.honorific_fa, first.honorific_en) == ("جناب آقای", "H.E.")
    assert first.precedence_date == date(2023, 8, 5)
    assert (second.honorific_fa, second.honorific_en) == ("سرکار خانم دکتر", "H.E. Dr.")
    assert second.precedence_date == date(2021, 6, 9)


def test_a_precedence_date_that_is_no_day_refuses_the_list_naming_its_cell(
    small_event: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "embassies.csv"
    path.write_text(
        "ref,country,delegation,category,given_name_latin,family_name_latin,precedence_date\n"
        "R-1,RU,AST,AMB,Alexey,Dedov,2021-06-09\n"
        "R-2,AZ,BAK,AMB,Aygun,Aliyeva,1404/13/01\n",
        encoding="utf-8",
    )

    with pytest.raises(ImportRejected) as refused:
        ImportService(small_event).run(path)

    assert people(small_event) == []
    (problem,) = refused.value.problems
    assert (problem.code, problem.row, problem.column) == (
        "import.bad_precedence_date",
        3,
        "precedence_date",
    )
    assert "1404/08/27" in problem.message("en")
    assert "استوارنامه" in problem.message("fa")


def test_the_import_template_has_every_column_and_imports_into_the_demo_event(
    demo_event: DeskContext,
) -> None:
    template = resource("import", "template.csv")
    header = template.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(IMPORT_COLUMNS)

    report = ImportService(demo_event).run(template)

    assert (report.created, report.warnings) == (4, ())
    ambassador = stored(demo_event, "GUE-101")
    assert (ambassador.honorific_en, ambassador.precedence_date) == ("H.E.", date(2023, 8, 5))


def test_an_export_without_sensitive_data_keeps_forms_of_address_and_precedence_dates(
    demo_event: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    ExportService(demo_event).export("people", out)

    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["ref"]: row for row in csv.DictReader(stream)}
    assert "email" not in rows["DRU-001"]  # the sensitive columns are left out…
    assert (rows["DRU-001"]["honorific_en"], rows["DRU-001"]["precedence_date"]) == (
        "H.E.",
        "2022-11-29",
    )  # …these are not sensitive
    assert rows["SUM-001"]["honorific_fa"] == "سرکار خانم"
