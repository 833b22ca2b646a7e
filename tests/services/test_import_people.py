"""Importing the delegations' lists: who is added, who is updated, what the admin is warned of."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from summit_desk.db.models import AuditEntry, Badge, Country, Delegation, Person
from summit_desk.domain.values import DelegationKind
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.importing import ImportService
from summit_desk.services.people import PeopleService


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def person(context: DeskContext, ref: str) -> Person:
    with context.database.reader() as session:
        found = session.scalars(select(Person).where(Person.ref == ref)).one()
        session.expunge(found)
        return found


def count(context: DeskContext, model: type) -> int:
    with context.database.reader() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


NAMES = ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
         "given_name_latin", "family_name_latin", "name_native", "title_fa", "rank"]  # fmt: skip


def test_a_list_in_arabic_letters_zwnj_and_cyrillic_is_found_however_the_desk_types_it(
    small_event: DeskContext, tmp_path: Path
) -> None:
    rows = [
        # An Arabic-keyboard list: ي and ك, and a half-space in a compound name.
        ["G-1", "ايران", "گيلان", "HOD", "علي‌اكبر", "كريمي", "Ali Akbar", "Karimi", "",
         "استاندار", "1"],
        # A Russian list: Persian transcription, and Cyrillic in the Latin and native columns.
        ["A-1", "روسیه", "Астраханская область", "HOD", "ایگور", "بابوشکین", "Igor",
         "Babushkin", "Игорь Бабушкин", "", "1"],
        # An Azerbaijani list in its own Latin letters.
        ["B-1", "Azerbaijan", "Bakı", "DEL", "", "", "Rəşad", "Əliyev", "", "", "2"],
    ]  # fmt: skip
    report = ImportService(small_event).run(write_csv(tmp_path / "list.csv", NAMES, rows))

    assert (report.rows, report.created, report.updated) == (3, 3, 0)
    assert person(small_event, "G-1").given_name_fa == "علي‌اكبر"  # stored as the list wrote it
    find = PeopleService(small_event).find
    for query, ref in [
        ("علی اکبر", "G-1"),  # Persian keyboard, with a space for the half-space
        ("علی‌اکبر کریمی", "G-1"),
        ("karimi", "G-1"),
        ("бабушкин", "A-1"),
        ("Игорь", "A-1"),
        ("بابوشکین", "A-1"),
        ("Rasad Aliyev", "B-1"),  # a Latin keyboard without ə or ş
        ("rəşad", "B-1"),
    ]:
        assert [p.ref for p in find(query)] == [ref], query


def test_importing_a_corrected_list_updates_people_by_ref_and_keeps_their_badges(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = [*NAMES, "email", "phone"]
    first = [
        ["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "Ali", "Rezaei", "", "استاندار", "1",
         "ali@gilan.ir", "+98 13 1234"],
        ["G-2", "IR", "GIL", "DEL", "سارا", "احمدی", "Sara", "Ahmadi", "", "معاون", "2",
         "sara@gilan.ir", "+98 13 5678"],
    ]  # fmt: skip
    service = ImportService(small_event)
    service.run(write_csv(tmp_path / "v1.csv", header, first))
    badge = PeopleService(small_event).badge_code("G-1")

    second = [row[:] for row in first]
    second[0][9] = "استاندار گیلان"  # a corrected title
    second[1][11] = ""  # Sara's e-mail is withdrawn: an empty cell clears it
    report = service.run(write_csv(tmp_path / "v2.csv", header, second))

    assert (report.created, report.updated, report.unchanged) == (0, 2, 0)
    assert person(small_event, "G-1").title_fa == "استاندار گیلان"
    assert person(small_event, "G-2").email == ""
    assert PeopleService(small_event).badge_code("G-1") == badge
    assert count(small_event, Badge) == 2

    # A list without the phone column leaves the phones as they are.
    third = [row[:-1] for row in second]
    report = service.run(write_csv(tmp_path / "v3.csv", header[:-1], third))
    assert (report.updated, report.unchanged) == (0, 2)
    assert person(small_event, "G-2").phone == "+98 13 5678"


def test_rows_without_a_ref_get_the_next_numbers_of_their_delegation(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = NAMES[:8]
    ImportService(small_event).run(
        write_csv(
            tmp_path / "a.csv", header, [["GIL-7", "IR", "GIL", "HOD", "علی", "رضایی", "", ""]]
        )
    )
    rows = [
        ["", "IR", "GIL", "DEL", "سارا", "احمدی", "", ""],
        ["", "RU", "AST", "DEL", "", "", "Olga", "Ivanova"],
        ["", "IR", "GIL", "DEL", "مینا", "کریمی", "", ""],
    ]
    ImportService(small_event).run(write_csv(tmp_path / "b.csv", header, rows))

    assert person(small_event, "GIL-8").given_name_fa == "سارا"
    assert person(small_event, "GIL-9").given_name_fa == "مینا"
    assert person(small_event, "AST-1").family_name_latin == "Ivanova"


def test_likely_duplicates_are_warned_of_in_both_languages_and_still_imported(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = NAMES[:8]
    ImportService(small_event).run(
        write_csv(
            tmp_path / "a.csv", header, [["G-1", "IR", "GIL", "HOD", "علی‌رضا", "رضایی", "", ""]]
        )
    )
    rows = [
        ["G-2", "IR", "GIL", "DEL", "علیرضا", "رضايي", "", ""],  # the same name, typed otherwise
        ["A-1", "RU", "AST", "DEL", "", "", "Olga", "Ivanova"],
        ["A-2", "RU", "AST", "DEL", "", "", "OLGA", "IVANOVA"],  # twice in the file
        ["B-1", "AZ", "BAK", "DEL", "علیرضا", "رضایی", "", ""],  # same name, other delegation
    ]
    report = ImportService(small_event).run(write_csv(tmp_path / "b.csv", header, rows))

    assert report.created == 4
    assert [(w.row, w.column) for w in report.warnings] == [
        (2, "given_name_fa"),
        (4, "given_name_latin"),
    ]
    english, persian = report.message("en"), report.message("fa")
    assert (
        "row 2, column given_name_fa: likely duplicate: علیرضا رضايي in GIL is also G-1" in english
    )
    assert (
        "row 4, column given_name_latin: likely duplicate: OLGA IVANOVA in AST "
        "also appears on row 3" in english
    )
    assert "احتمالاً تکراری" in persian and "ردیف ۳" in persian


def test_create_delegations_adds_the_unknown_ones_in_the_rows_country(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = NAMES[:8]
    rows = [
        ["M-1", "Iran", "مازندران", "HOD", "حسین", "زمانی", "", ""],
        ["M-2", "ایران", "مازندران", "DEL", "نرگس", "توکلی", "", ""],
        ["K-1", "Kazakhstan", "MANG", "HOD", "", "", "Nurlan", "Nogayev"],
        ["K-2", "قزاقستان", "Mang", "DEL", "", "", "Aigul", "Sadykova"],
    ]
    path = write_csv(tmp_path / "new.csv", header, rows)
    delegations = count(small_event, Delegation)

    trial = ImportService(small_event).run(path, create_delegations=True, dry_run=True)
    report = ImportService(small_event).run(path, create_delegations=True)

    assert trial.created_delegations == report.created_delegations == ("IR-D1", "MANG")
    assert trial.created_countries == report.created_countries == ("KZ",)
    assert "new delegations: IR-D1, MANG" in report.message("en")
    assert count(small_event, Delegation) == delegations + 2
    by_code = {d.code: d for d in EventService(small_event).delegations()}
    assert (by_code["IR-D1"].name_fa, by_code["IR-D1"].country_code) == ("مازندران", "IR")
    assert (by_code["MANG"].country_code, by_code["MANG"].kind) == ("KZ", DelegationKind.OTHER)
    with small_event.database.reader() as session:
        kazakhstan = session.scalars(select(Country).where(Country.code == "KZ")).one()
    assert (kazakhstan.name_en, kazakhstan.name_fa) == ("Kazakhstan", "قزاقستان")
    assert [p.ref for p in PeopleService(small_event).find("مازندران نرگس")] == ["M-2"]


def test_a_trial_run_reports_what_an_import_would_do_and_changes_nothing(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = NAMES[:8]
    rows = [["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "", ""]]
    ImportService(small_event).run(write_csv(tmp_path / "a.csv", header, rows))
    rows += [["G-2", "IR", "GIL", "DEL", "سارا", "احمدی", "", ""]]
    rows[0][5] = "رضایی‌نژاد"
    path = write_csv(tmp_path / "b.csv", header, rows)
    with small_event.database.reader() as session:
        audit = session.scalar(select(func.count()).select_from(AuditEntry))

    report = ImportService(small_event).run(path, dry_run=True)

    assert (report.dry_run, report.created, report.updated, report.unchanged) == (True, 1, 1, 0)
    assert report.message("en").startswith("Trial run, nothing was changed.")
    assert report.message("fa").startswith("اجرای آزمایشی، چیزی تغییر نکرد.")
    assert count(small_event, Person) == 1
    assert person(small_event, "G-1").family_name_fa == "رضایی"
    assert count(small_event, AuditEntry) == audit


def test_an_import_is_written_in_the_audit_log(small_event: DeskContext, tmp_path: Path) -> None:
    header = NAMES[:8]
    path = write_csv(
        tmp_path / "a.csv", header, [["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "", ""]]
    )

    ImportService(small_event).run(path)

    with small_event.database.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "people.import")
        ).one()
    assert (entry.operator, entry.subject) == ("tester", str(path))
    assert json.loads(entry.details)["created"] == 1


def test_a_formula_guard_from_an_exported_csv_is_taken_off(
    small_event: DeskContext, tmp_path: Path
) -> None:
    header = [*NAMES[:8], "notes"]
    rows = [["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "", "", "'=1+2 is a note"]]
    ImportService(small_event).run(write_csv(tmp_path / "a.csv", header, rows))
    assert person(small_event, "G-1").notes == "=1+2 is a note"


def test_notes_keep_their_line_breaks(small_event: DeskContext, tmp_path: Path) -> None:
    header = [*NAMES[:8], "notes"]
    rows = [
        ["G-1", "IR", "GIL", "HOD", "علی", "رضایی", "", "", "  wheelchair \r\n\r\n halal  meals "]
    ]
    ImportService(small_event).run(write_csv(tmp_path / "a.csv", header, rows))
    assert person(small_event, "G-1").notes == "wheelchair\nhalal meals"


@pytest.mark.slow
def test_a_list_of_thousands_imports_in_one_go(small_event: DeskContext, tmp_path: Path) -> None:
    header = NAMES[:8]
    rows = [
        [f"P-{n}", "IR", "GIL", "DEL", f"نام{n}", f"خانواده{n}", f"Name{n}", f"Family{n}"]
        for n in range(3000)
    ]
    report = ImportService(small_event).run(write_csv(tmp_path / "big.csv", header, rows))
    assert report.created == 3000
    assert count(small_event, Badge) == 3000
    assert [p.ref for p in PeopleService(small_event).find("Family2999")] == ["P-2999"]
