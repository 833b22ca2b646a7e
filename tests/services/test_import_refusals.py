"""A list with a mistake is refused whole: the admin reads which row and column, in Persian or
English, and the event's data is exactly as it was."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.desk import make_context

from summit_desk.db.models import AuditEntry, Badge, Country, Delegation, Person, PersonToken
from summit_desk.domain.errors import ImportRejected, PermissionDenied
from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.importing import ImportService

COLUMNS = ["ref", "country", "delegation", "category", "given_name_fa", "family_name_fa",
           "given_name_latin", "family_name_latin", "title_fa", "rank", "email",
           "phone"]  # fmt: skip
GOOD = {"ref": "G-2", "country": "IR", "delegation": "GIL", "category": "DEL",
        "given_name_fa": "سارا", "family_name_fa": "احمدی", "given_name_latin": "Sara",
        "family_name_latin": "Ahmadi", "title_fa": "", "rank": "2", "email": "",
        "phone": ""}  # fmt: skip


def write_csv(path: Path, rows: list[dict[str, str]], columns: list[str] = COLUMNS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(columns)
        writer.writerows([[row.get(c, "") for c in columns] for row in rows])
    return path


def state(context: DeskContext) -> tuple[object, ...]:
    with context.database.reader() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Badge, Delegation, Country, AuditEntry, PersonToken)
        )
        people = tuple(session.execute(select(Person.ref, Person.title_fa, Person.rank)).all())
        return (*counts, people)


@pytest.fixture
def event(small_event: DeskContext, tmp_path: Path) -> DeskContext:
    """The small event with one person already imported, whom a bad list must not touch."""
    first = {**GOOD, "ref": "G-1", "given_name_fa": "علی", "family_name_fa": "رضایی"}
    ImportService(small_event).run(write_csv(tmp_path / "first.csv", [first]))
    return small_event


LONG_TITLE = "م" * 401

# (what is wrong, the bad cells of row 3, the column named, words the English message holds)
ROW_REFUSALS = [
    ("a row without any name",
     {"given_name_fa": "", "family_name_fa": "", "given_name_latin": "", "family_name_latin": ""},
     "given_name_fa", "has no name"),
    ("an unknown category, with the known codes listed", {"category": "VIP"},
     "category", "'VIP' is not a category; use one of MIN, HOD"),
    ("an unknown delegation, with the delegations listed", {"delegation": "Mazandaran"},
     "delegation", "GIL (Gilan, گیلان), AST (Astrakhan Oblast, آستراخان)"),
    ("a delegation of another country", {"country": "Russia"},
     "country", "'GIL' belongs to IR, not RU"),
    ("an unknown country", {"country": "Narnia"}, "country", "'Narnia' is not a country"),
    ("a hidden right-to-left override", {"given_name_latin": "Sa\u202era"},
     "given_name_latin", "U+202E at position 3"),
    ("a hidden override in the delegation, reported once", {"delegation": "GIL\u2066"},
     "delegation", "U+2066 at position 4"),
    ("a control character in the category, reported once", {"category": "DEL\x00"},
     "category", "control character U+0000"),
    ("a control character in the only name, reported once",
     {"given_name_fa": "", "family_name_fa": "", "given_name_latin": "\x1b[31m",
      "family_name_latin": ""}, "given_name_latin", "control character U+001B"),
    ("a control character", {"family_name_fa": "احمدی\x07"},
     "family_name_fa", "control character U+0007"),
    ("text garbled before it reached the file", {"family_name_latin": "Ahm\ufffddi"},
     "family_name_latin", "U+FFFD"),
    ("a rank that is a word", {"rank": "first"}, "rank", "'first' is not a rank"),
    ("a rank out of range", {"rank": "1000"}, "rank", "'1000' is not a rank"),
    ("a bad e-mail address", {"email": "sara.ahmadi.gilan.ir"},
     "email", "'sara.ahmadi.gilan.ir' is not an e-mail address"),
    ("a title too long for its column", {"title_fa": LONG_TITLE},
     "title_fa", "401 characters long; at most 400"),
    ("a phone number too long", {"phone": "0" * 65}, "phone", "65 characters long; at most 64"),
    ("a ref too long", {"ref": "R" * 65}, "ref", "at most 64"),
    ("a ref repeated in the file", {"ref": "G-9"}, "ref", "'G-9' also appears on row 2"),
    ("a missing category", {"category": ""}, "category", "a value is required"),
    ("a missing delegation", {"delegation": ""}, "delegation", "a value is required"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("bad", "column", "words"),
    [pytest.param(cells, column, words, id=what) for what, cells, column, words in ROW_REFUSALS],
)
def test_a_bad_row_refuses_the_whole_list_and_names_its_row_and_column(
    event: DeskContext, tmp_path: Path, bad: dict[str, str], column: str, words: str
) -> None:
    rows = [{**GOOD, "ref": "G-9"}, {**GOOD, "ref": "G-10", "given_name_fa": "مینا", **bad}]
    path = write_csv(tmp_path / "list.csv", rows)
    before = state(event)

    for dry_run in (True, False):
        with pytest.raises(ImportRejected) as caught:
            ImportService(event).run(path, dry_run=dry_run)
        error = caught.value
        assert [(p.row, p.column) for p in error.problems] == [(3, column)]
        english, persian = error.message("en"), error.message("fa")
        assert "Nothing was imported from" in english and "1 problem" in english
        assert f"row 3, column {column}: " in english
        assert words in english
        # The column's name is isolated so that it cannot turn the Persian line around.
        assert f"ردیف ۳، ستون \u2068{column}\u2069: " in persian
        assert "هیچ ردیفی" in persian

    assert state(event) == before


HEADER_REFUSALS = [
    ("an unknown column", [*COLUMNS, "passport_expiry"], "passport_expiry",
     "'passport_expiry' is not one of the import columns"),
    ("a column twice", [*COLUMNS, "Email"], "Email", "'Email' appears twice"),
    ("no category column", [c for c in COLUMNS if c != "category"], "category",
     "required column 'category' is missing"),
    ("no complete name pair",
     [c for c in COLUMNS if c not in ("family_name_fa", "given_name_latin")],
     "-", "the name columns are missing"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("columns", "column", "words"),
    [pytest.param(cols, column, words, id=what) for what, cols, column, words in HEADER_REFUSALS],
)
def test_a_bad_header_refuses_the_list_at_row_1(
    event: DeskContext, tmp_path: Path, columns: list[str], column: str, words: str
) -> None:
    path = write_csv(tmp_path / "list.csv", [GOOD], columns)
    before = state(event)

    with pytest.raises(ImportRejected) as caught:
        ImportService(event).run(path)

    problems = caught.value.problems
    assert (1, column) in [(p.row, p.column) for p in problems]
    assert f"row 1, column {column}: " in caught.value.message("en")
    assert words in caught.value.message("en")
    assert f"ردیف ۱، ستون \u2068{column}\u2069: " in caught.value.message("fa")
    assert state(event) == before


def test_every_problem_of_a_list_is_reported_at_once(event: DeskContext, tmp_path: Path) -> None:
    rows = [{**GOOD, "ref": f"G-{n}", "category": "VIP" if n % 2 else "DEL"} for n in range(2, 252)]
    path = write_csv(tmp_path / "list.csv", rows)

    with pytest.raises(ImportRejected) as caught:
        ImportService(event).run(path)

    error = caught.value
    assert len(error.problems) == 125
    assert "125 problem(s)" in error.message("en")
    assert "۱۲۵ مشکل" in error.message("fa")
    assert f"ردیف {to_persian_digits(251)}،" in error.message("fa")  # the last bad row


def test_a_cell_beyond_the_header_is_refused(event: DeskContext, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        ",".join(COLUMNS) + "\n" + ",".join(GOOD[c] for c in COLUMNS) + ",stray\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        ImportService(event).run(path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "M")]
    assert "has no header" in caught.value.message("en")


def test_a_delegation_whose_country_is_unknown_cannot_be_created(
    event: DeskContext, tmp_path: Path
) -> None:
    row = {**GOOD, "country": "Atlantis", "delegation": "Poseidonia"}
    path = write_csv(tmp_path / "list.csv", [row])
    before = state(event)

    with pytest.raises(ImportRejected) as caught:
        ImportService(event).run(path, create_delegations=True)

    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "country")]
    assert state(event) == before


def test_only_an_admin_imports_but_anyone_may_try_a_list(
    event: DeskContext, tmp_path: Path
) -> None:
    desk = make_context(event.database, role=Role.DESK, operator="maryam")
    path = write_csv(tmp_path / "list.csv", [GOOD])
    before = state(event)

    with pytest.raises(PermissionDenied):
        ImportService(desk).run(path)
    report = ImportService(desk).run(path, dry_run=True)

    assert (report.created, report.dry_run) == (1, True)
    assert state(event) == before
