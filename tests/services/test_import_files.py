"""Import files as delegations really send them: Excel's CSV flavours, workbooks, and bad files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from summit_desk.db.models import AuditEntry, Badge, Country, Delegation, Person
from summit_desk.domain.errors import ImportRejected, SummitDeskError
from summit_desk.services import importing, tabular_read
from summit_desk.services.context import DeskContext
from summit_desk.services.importing import ImportService
from summit_desk.services.people import PeopleService

HEADER = ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
          "given_name_latin", "family_name_latin", "phone", "document_no"]  # fmt: skip


def state(context: DeskContext) -> tuple[int, ...]:
    """What an import may change: people, badges, delegations, countries, audit entries."""
    with context.database.reader() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Badge, Delegation, Country, AuditEntry)
        )


def stored(context: DeskContext, ref: str) -> Person:
    with context.database.reader() as session:
        person = session.scalars(select(Person).where(Person.ref == ref)).one()
        session.expunge(person)
        return person


def refused(context: DeskContext, path: Path, code: str) -> ImportRejected:
    before = state(context)
    with pytest.raises(ImportRejected) as caught:
        ImportService(context).run(path)
    assert caught.value.code == code
    assert state(context) == before
    return caught.value


def test_a_windows_1256_csv_from_persian_excel_keeps_its_persian_letters(
    small_event: DeskContext, tmp_path: Path
) -> None:
    # Persian Excel on Windows saves "CSV" in Windows-1256, where Persian ی becomes Arabic ي.
    text = (
        "ref,country,delegation,category,given_name_fa,family_name_fa\r\n"
        "G-1,ايران,گيلان,HOD,محمدعلي,رضائي‌پور\r\n"
        "G-2,IR,GIL,DEL,گلناز,چگيني\r\n"
    )
    path = tmp_path / "gilan.csv"
    path.write_bytes(text.encode("cp1256"))

    report = ImportService(small_event).run(path)

    assert report.created == 2
    assert stored(small_event, "G-1").family_name_fa == "رضائي‌پور"  # as entered, never garbled
    assert stored(small_event, "G-2").given_name_fa == "گلناز"
    # ...and the desk, typing with a Persian keyboard, still finds them.
    assert [p.ref for p in PeopleService(small_event).find("رضائی پور")] == ["G-1"]
    assert [p.ref for p in PeopleService(small_event).find("چگینی")] == ["G-2"]


def test_a_latin_1_file_is_refused_rather_than_read_as_garbled_arabic(
    small_event: DeskContext, tmp_path: Path
) -> None:
    text = (
        "ref,country,delegation,category,given_name_latin,family_name_latin\n"
        "B-1,AZ,BAK,DEL,Jürgen,Größe\n"
    )
    path = tmp_path / "latin1.csv"
    path.write_bytes(text.encode("latin-1"))

    error = refused(small_event, path, "import.encoding")

    assert "CSV UTF-8" in error.message("en")
    assert "CSV UTF-8" in error.message("fa")


def test_a_file_of_french_accents_alone_is_refused_as_an_unknown_encoding(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as caught:
        tabular_read.decode_csv("ref;given_name_latin\nX;Hélène Côté\n".encode("latin-1"))
    assert caught.value.code == "import.encoding"


@pytest.mark.parametrize(
    ("label", "encoding", "delimiter"),
    [
        ("UTF-8 with BOM (Excel's 'CSV UTF-8')", "utf-8-sig", ","),
        ("UTF-8 without BOM, semicolons (European Excel)", "utf-8", ";"),
        ("UTF-16 with tabs (Excel's 'Unicode text')", "utf-16", "\t"),
    ],
)
def test_excel_csv_flavours_import_alike(
    small_event: DeskContext, tmp_path: Path, label: str, encoding: str, delimiter: str
) -> None:
    rows = [
        ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
         "given_name_latin", "family_name_latin", "notes"],
        ["A-1", "RU", "AST", "HOD", "ایگور", "بابوشکین", "Игорь", "Бабушкин",
         "Он; приедет, поздно"],
    ]  # fmt: skip
    text = "\r\n".join(
        delimiter.join(f'"{c}"' if delimiter in c or "," in c else c for c in row) for row in rows
    )
    path = tmp_path / "astrakhan.csv"
    path.write_bytes(text.encode(encoding))

    ImportService(small_event).run(path)

    person = stored(small_event, "A-1")
    assert (person.given_name_latin, person.family_name_latin) == ("Игорь", "Бабушкин"), label
    assert person.notes == "Он; приедет, поздно"


def test_persian_headers_are_accepted_whatever_keyboard_wrote_them(
    small_event: DeskContext, tmp_path: Path
) -> None:
    # Arabic ي and ك, a half-space or a plain space: one header each.
    header = "شناسه,كشور,هيئت,دسته,نام,نام‌خانوادگی,نام لاتين,نام خانوادگي لاتین,عنوان,رایانامه"
    row = "B-7,آذربایجان,باکو,HOD,رشاد,علی‌اف,Rəşad,Əliyev,استاندار,r.aliyev@baku.az"
    path = tmp_path / "baku.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")

    ImportService(small_event).run(path)

    person = stored(small_event, "B-7")
    assert (person.family_name_fa, person.family_name_latin) == ("علی‌اف", "Əliyev")
    assert (person.title_fa, person.email) == ("استاندار", "r.aliyev@baku.az")


def _workbook(path: Path, rows: list[list[object]], *, as_text: set[tuple[int, int]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if (r, c) in as_text:
                cell.number_format = "@"
    workbook.save(path)


def test_an_excel_list_keeps_leading_zeros_and_long_numbers_exactly(
    small_event: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "gilan.xlsx"
    _workbook(
        path,
        [
            [*HEADER, "rank"],
            ["007", "IR", "GIL", "HOD", "علی", "رضایی", "Ali", "Rezaei",
             "00989121234567", 123456789012, 2],
            [1001, "IR", "GIL", "DEL", "سارا", "احمدی", None, None,
             "+98 21 1234 5678", 1.23456789012e11, 3.0],
        ],
        as_text={(2, 1), (2, 9)},
    )  # fmt: skip

    ImportService(small_event).run(path)

    first, second = stored(small_event, "007"), stored(small_event, "1001")
    assert (first.phone, first.document_no, first.rank) == ("00989121234567", "123456789012", 2)
    assert (second.phone, second.document_no, second.rank) == (
        "+98 21 1234 5678",
        "123456789012",
        3,
    )


def test_an_excel_list_reports_the_rows_as_excel_numbers_them(
    small_event: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "gaps.xlsx"
    _workbook(
        path,
        [
            [],  # a blank first row: the header is the first row with anything in it
            HEADER[:8],
            ["G-1", "IR", "GIL", "HOD", "علی", "رضایی", None, None],
            [],
            ["G-2", "IR", "GIL", "VIP", "سارا", "احمدی", None, None],
        ],
        as_text=set(),
    )
    error = refused(small_event, path, "import.rejected")
    assert [(p.row, p.column) for p in error.problems] == [(5, "category")]


def test_a_file_that_is_not_a_workbook_is_refused(small_event: DeskContext, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("ref,country\n", encoding="utf-8")
    error = refused(small_event, path, "import.xlsx_invalid")
    assert "not a zip file" in error.message("en")


def test_a_workbook_that_unpacks_too_large_is_refused(
    small_event: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bomb.xlsx"
    _workbook(path, [HEADER, ["x"] * len(HEADER)], as_text=set())
    monkeypatch.setattr(tabular_read, "MAX_XLSX_UNPACKED_BYTES", 1000)
    refused(small_event, path, "import.xlsx_invalid")


def test_workbooks_are_refused_when_defusedxml_does_not_guard_openpyxl(
    small_event: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert openpyxl.DEFUSEDXML is True  # installed as a dependency, so this is the real state
    path = tmp_path / "list.xlsx"
    _workbook(path, [HEADER], as_text=set())
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    error = refused(small_event, path, "import.xlsx_unsafe")
    assert "defusedxml" in error.message("fa")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        ("", "import.no_header"),
        ("\r\n,,,\r\n", "import.no_header"),
        ("ref,country,delegation,category,given_name_fa,family_name_fa\r\n", "import.empty"),
        ('ref,country\r\n"G-1,IR\r\n', "file.unreadable"),
    ],
    ids=["empty", "blank rows only", "header only", "broken quotes"],
)
def test_a_file_without_rows_is_refused(
    small_event: DeskContext, tmp_path: Path, content: str, code: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(content, encoding="utf-8")
    refused(small_event, path, code)


def test_a_file_with_too_many_rows_is_refused_with_its_count(
    small_event: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(importing, "MAX_ROWS", 3)
    lines = ["ref,country,delegation,category,given_name_fa,family_name_fa"]
    lines += [f"G-{n},IR,GIL,DEL,نام,خانواده{n}" for n in range(5)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")

    error = refused(small_event, path, "import.too_many_rows")

    assert "5 rows" in error.message("en") and "3" in error.message("en")
    assert "۵ ردیف" in error.message("fa")


def test_only_csv_and_xlsx_files_are_read(small_event: DeskContext, tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text("ref\n", encoding="utf-8")
    refused(small_event, path, "file.type")
    refused(small_event, tmp_path / "absent.csv", "file.missing")


def test_a_tab_or_semicolon_separated_header_is_recognised() -> None:
    assert tabular_read.sniff_delimiter("ref;country;delegation\nG,IR,GIL") == ";"
    assert tabular_read.sniff_delimiter("ref\tcountry\tdelegation") == "\t"
    assert tabular_read.sniff_delimiter("ref,country;x,delegation") == ","
    assert tabular_read.sniff_delimiter("ref") == ","


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (123456789012, "123456789012"),
        (1.23456789012e11, "123456789012"),
        (1e20, "100000000000000000000"),
        (2.5, "2.5"),
        (1e-7, "0.0000001"),
        ("00989121234567", "00989121234567"),
        (None, ""),
        (True, "TRUE"),
    ],
)
def test_workbook_numbers_read_as_their_digits(value: object, text: str) -> None:
    assert tabular_read.cell_text(value) == text


def test_a_list_cannot_be_imported_before_the_event_is_set_up(
    context: DeskContext, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(",".join(HEADER) + "\n", encoding="utf-8")
    with pytest.raises(SummitDeskError) as caught:
        ImportService(context).run(path)
    assert caught.value.code == "event.none"
