"""Importing the lists that delegations send (CSV or Excel): every row, or none.

The file is read (``tabular``), every row is checked and every problem collected with its row
number as a spreadsheet shows it (the header is row 1) and its column; one problem refuses the
whole file and nothing changes. A valid file is written in one transaction.

Decisions a user of the import relies on:

* **ref** is the organiser's identifier: a row whose ref exists updates that person, a new ref
  adds one. A row without a ref always adds a person, with the ref ``<DELEGATION>-<n>`` (the
  first number free for that delegation); give refs to make a list safe to import again.
* **Empty cells** clear an optional value (title, e-mail, phone, …; an empty rank sets the
  default, 100). A column missing from the file leaves that value as it is. A row must keep a
  name: at least one of the given or family name, Persian or Latin.
* **Likely duplicates** (the same folded name, Persian or Latin, in the same delegation as
  another person, or twice in the file) are warnings in the report, not refusals: two people
  may share a name, and the admin decides.
* **Countries** are matched by ISO code (alpha-2 or alpha-3) or an English or Persian name,
  folded; **delegations** by code or any of their names, folded. With ``create_delegations`` an
  unknown delegation is created (kind *other*) in the row's country, and a country of the ISO
  table that the event lacks is created with it.
* An exported file imports back: the columns an export adds (``badge_code``, ``badge_version``)
  are read past, and the apostrophe a CSV export puts before a formula-like value is removed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from summit_desk.db import people as repo
from summit_desk.db.models import LONG, NAME, Category, Country, Delegation, Person
from summit_desk.domain.countries import IsoCountry, country_key, find_country
from summit_desk.domain.errors import ImportProblem, ImportRejected, InvalidText
from summit_desk.domain.messages import render
from summit_desk.domain.names import BIDI_CONTROLS, clean_input, fold, refuse_bidi_controls
from summit_desk.domain.values import DelegationKind, PersonInput, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService, delegation_lookup
from summit_desk.services.people import save_people
from summit_desk.services.tabular import Table, read_table, unguard_csv

IMPORT_COLUMNS = (
    "ref",
    "country",
    "delegation",
    "category",
    "given_name_fa",
    "family_name_fa",
    "given_name_latin",
    "family_name_latin",
    "name_native",
    "title_fa",
    "title_en",
    "rank",
    "email",
    "phone",
    "document_no",
    "notes",
)
# Columns an export adds: accepted, so that an export imports back, and otherwise ignored.
EXPORT_ONLY_COLUMNS = ("badge_code", "badge_version")
REQUIRED_COLUMNS = ("country", "delegation", "category")
NAME_PAIRS = (("given_name_fa", "family_name_fa"), ("given_name_latin", "family_name_latin"))
NAME_COLUMNS = tuple(c for pair in NAME_PAIRS for c in pair)

# Persian (and a few English) headers that lists written by hand use. They are compared folded
# and without spaces, so «نام‌خانوادگی», «نام خانوادگی» and «نام خانوادگي» are one header.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("شناسه", "کد شناسایی", "شناسه برگزارکننده", "reference"),
    "country": ("کشور",),
    "delegation": ("هیئت", "هیات", "نام هیئت"),
    "category": ("دسته", "دسته‌بندی", "نوع", "گروه"),
    "given_name_fa": ("نام", "نام فارسی", "first name fa"),
    "family_name_fa": ("نام خانوادگی", "نام خانوادگی فارسی", "last name fa"),
    "given_name_latin": ("نام لاتین", "نام انگلیسی", "given name", "first name"),
    "family_name_latin": (
        "نام خانوادگی لاتین",
        "نام خانوادگی انگلیسی",
        "family name",
        "last name",
        "surname",
    ),
    "name_native": ("نام بومی", "نام به زبان بومی", "native name"),
    "title_fa": ("عنوان", "سمت", "عنوان فارسی", "سمت فارسی"),
    "title_en": ("عنوان انگلیسی", "سمت انگلیسی", "عنوان لاتین", "title"),
    "rank": ("رتبه", "ترتیب"),
    "email": ("رایانامه", "ایمیل", "پست الکترونیک", "پست الکترونیکی", "e-mail"),
    "phone": ("تلفن", "شماره تلفن", "تلفن همراه", "موبایل", "شماره همراه"),
    "document_no": (
        "شماره گذرنامه",
        "گذرنامه",
        "شماره پاسپورت",
        "پاسپورت",
        "passport",
        "passport no",
    ),
    "notes": ("یادداشت", "توضیحات", "note"),
}

LIMITS: dict[str, int] = {
    **dict.fromkeys(("country", "delegation", "category", "name_native", "email"), NAME),
    **dict.fromkeys(NAME_COLUMNS, NAME),
    "title_fa": LONG,
    "title_en": LONG,
    "ref": 64,
    "phone": 64,
    "document_no": 64,
    "rank": 16,
    "notes": 4000,
}

MAX_ROWS = 100_000
RANK_RANGE = (1, 999)
DEFAULT_RANK = 100

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile("[" + "".join(sorted(BIDI_CONTROLS)) + "]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_CODE_LIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
_DIGITS = str.maketrans({chr(b + d): str(d) for b in (0x06F0, 0x0660) for d in range(10)})


def header_key(text: str) -> str:
    return fold(text).replace(" ", "")


def _header_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for name in (*IMPORT_COLUMNS, *EXPORT_ONLY_COLUMNS):
        keys[header_key(name)] = name
    for name, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            keys.setdefault(header_key(alias), name)
    return keys


_HEADER_KEYS = _header_keys()


@dataclass(frozen=True)
class ImportReport:
    """What an import did, or with ``dry_run`` what it would do."""

    path: str
    rows: int
    created: int
    updated: int
    unchanged: int
    created_delegations: tuple[str, ...] = ()
    created_countries: tuple[str, ...] = ()
    warnings: tuple[ImportProblem, ...] = ()
    dry_run: bool = False
    refs: tuple[str, ...] = ()  # the refs of the people created or updated, in file order

    def message(self, lang: str = "en") -> str:
        code = "import.dry_run_summary" if self.dry_run else "import.summary"
        lines = [
            render(
                code,
                lang,
                path=self.path,
                rows=self.rows,
                created=self.created,
                updated=self.updated,
                unchanged=self.unchanged,
            )
        ]
        if self.created_countries:
            codes = ", ".join(self.created_countries)
            lines.append(render("import.created_countries", lang, codes=codes))
        if self.created_delegations:
            codes = ", ".join(self.created_delegations)
            lines.append(render("import.created_delegations", lang, codes=codes))
        lines.extend(w.message(lang) for w in self.warnings)
        return "\n".join(lines)


class ImportService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def run(
        self, path: Path | str, *, dry_run: bool = False, create_delegations: bool = False
    ) -> ImportReport:
        """Import ``path``, all rows or none; raise ``ImportRejected`` naming every problem.

        With ``dry_run`` the file is checked against the database as it is and the report says
        what an import would do; nothing is written.
        """
        path = Path(path)
        if not dry_run:
            self.context.require(Role.ADMIN, "action.import")
        EventService(self.context).require_event()
        table = read_table(path, max_rows=MAX_ROWS)
        if table.data_rows > MAX_ROWS:
            raise ImportRejected(
                "import.too_many_rows", path=str(path), count=table.data_rows, limit=MAX_ROWS
            )
        if not table.rows:
            raise ImportRejected("import.empty", path=str(path))
        return self.import_table(
            table, path, dry_run=dry_run, create_delegations=create_delegations
        )

    def import_table(
        self,
        table: Table,
        source: Path,
        *,
        dry_run: bool = False,
        create_delegations: bool = False,
        new_only: bool = False,
    ) -> ImportReport:
        """Check and apply rows already read: a file's, or the walk-in form's single row.

        The caller checks the operator's role. With ``new_only`` a row whose ref exists is
        refused instead of updating that person (the desk registers, it does not edit).
        """
        database = self.context.database
        if dry_run:
            with database.reader() as session:
                plan = _Planner(session, create_delegations, new_only).plan(table)
                _refuse(plan, source)
                return plan.report(source, dry_run=True)
        try:
            with database.writer() as session, session.begin():
                plan = _Planner(session, create_delegations, new_only).plan(table)
                _refuse(plan, source)
                self._write(session, plan, source)
                return plan.report(source, dry_run=False)
        except IntegrityError as exc:
            # Another desk added the same ref or delegation meanwhile (PostgreSQL only: SQLite
            # holds the write lock from the start); the transaction was rolled back.
            raise ImportRejected("import.conflict", path=str(source)) from exc

    def _write(self, session: Session, plan: _Plan, path: Path) -> None:
        countries = {c.code: c for c in session.scalars(select(Country))}
        order = session.scalar(select(func.max(Country.order))) or 0
        for iso in plan.new_countries:
            order += 1
            country = Country(code=iso.code, name_fa=iso.name_fa, name_en=iso.name_en, order=order)
            session.add(country)
            countries[iso.code] = country
        session.flush()
        order = session.scalar(select(func.max(Delegation.order))) or 0
        for new in plan.new_delegations:
            order += 1
            country = countries[new.country_code]
            session.add(
                Delegation(
                    code=new.code,
                    country_id=country.id,
                    kind=DelegationKind.OTHER.value,
                    host=country.host,
                    name_fa=new.name,
                    name_en=new.name,
                    order=order,
                )
            )
        session.flush()
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        save_people(session, plan.changes, delegations, self.context)
        self.context.audit(
            session,
            "people.import",
            str(path),
            rows=plan.rows,
            created=plan.created,
            updated=plan.updated,
            unchanged=plan.unchanged,
            created_delegations=[d.code for d in plan.new_delegations],
            created_countries=[c.code for c in plan.new_countries],
        )


def _refuse(plan: _Plan, path: Path) -> None:
    if plan.problems:
        problems = sorted(plan.problems, key=lambda p: p.row)
        raise ImportRejected("import.rejected", problems, path=str(path), count=len(problems))


@dataclass(frozen=True, slots=True)
class _Column:
    name: str  # the import column's name
    index: int
    label: str  # the header as the file writes it, for messages


@dataclass(frozen=True, slots=True)
class _NewDelegation:
    code: str
    name: str
    country_code: str


@dataclass
class _Plan:
    rows: int = 0
    changes: list[PersonInput] = field(default_factory=list)  # new and changed people
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_countries: list[IsoCountry] = field(default_factory=list)
    new_delegations: list[_NewDelegation] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)

    def report(self, path: Path, *, dry_run: bool) -> ImportReport:
        return ImportReport(
            path=str(path),
            rows=self.rows,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            created_delegations=tuple(d.code for d in self.new_delegations),
            created_countries=tuple(c.code for c in self.new_countries),
            warnings=tuple(self.warnings),
            dry_run=dry_run,
            refs=tuple(entry.ref for entry in self.changes),
        )


@dataclass
class _Row:
    """One row's cleaned values, by import column, and where to report about it."""

    number: int
    values: dict[str, str]
    labels: dict[str, str]
    invalid: set[str] = field(default_factory=set)  # columns already refused for their text
    ref: str = ""
    delegation: str = ""  # the code, existing or to be created
    new_delegation: bool = False


class _Planner:
    """Checks a table against the event and works out what importing it changes."""

    def __init__(self, session: Session, create_delegations: bool, new_only: bool = False) -> None:
        self.session = session
        self.create_delegations = create_delegations
        self.new_only = new_only
        self.result = _Plan()
        self.countries = list(session.scalars(select(Country).order_by(Country.order)))
        self.country_codes = {c.id: c.code for c in self.countries}
        self.country_by_key: dict[str, Country] = {}
        for c in self.countries:
            iso = find_country(c.code)
            for name in (c.code, c.name_fa, c.name_en, c.name_native, *(iso.names if iso else ())):
                if name:
                    self.country_by_key.setdefault(country_key(name), c)
        self.delegations = list(
            session.scalars(select(Delegation).order_by(Delegation.order, Delegation.code))
        )
        self.delegation_by_key = delegation_lookup(self.delegations)
        self.delegation_codes = {d.code.casefold() for d in self.delegations}
        self.new_by_key: dict[str, _NewDelegation] = {}
        categories = list(session.scalars(select(Category).order_by(Category.precedence)))
        self.category_codes = [c.code for c in categories]
        self.category_by_key: dict[str, str] = {}
        for category in categories:
            for name in (category.code, category.name_fa, category.name_en):
                self.category_by_key.setdefault(header_key(name), category.code)
        self.existing_refs = set(session.scalars(select(Person.ref)))
        self.file_refs: dict[str, int] = {}

    # --- the whole table ---------------------------------------------------------------------

    def plan(self, table: Table) -> _Plan:
        columns, extra = self._columns(table)
        if self.result.problems and not _has_required(columns):
            return self.result
        rows: list[_Row] = []
        for number, cells in table.rows:
            row = self._row(number, cells, columns, extra, table)
            if row is not None:
                rows.append(row)
        self.result.rows = len(table.rows)
        if self.result.problems:
            return self.result
        self._give_refs(rows)
        entries = [(row, self._entry(row, columns)) for row in rows]
        self._warn_duplicates(rows)
        self._sort_changes(entries)
        return self.result

    def _columns(self, table: Table) -> tuple[dict[str, _Column], list[int]]:
        """The import columns by name, and the header-less columns (which must stay empty)."""
        columns: dict[str, _Column] = {}
        unnamed: list[int] = []
        row = table.header_row
        for index, text in enumerate(table.header):
            label = text.strip()
            if not label:
                unnamed.append(index)
                continue
            name = _HEADER_KEYS.get(header_key(label))
            if name is None:
                known = ", ".join(IMPORT_COLUMNS)
                self._problem("import.unknown_column", row, label, name=label, known=known)
            elif name in columns:
                self._problem("import.duplicate_column", row, label, name=label)
            elif name not in EXPORT_ONLY_COLUMNS:
                columns[name] = _Column(name, index, label)
        for name in REQUIRED_COLUMNS:
            if name not in columns:
                self._problem("import.missing_column", row, name, name=name)
        if not any(a in columns and b in columns for a, b in NAME_PAIRS):
            self._problem("import.missing_name_columns", row, "-")
        return columns, unnamed

    # --- one row -----------------------------------------------------------------------------

    def _row(
        self,
        number: int,
        cells: Sequence[str],
        columns: dict[str, _Column],
        unnamed: list[int],
        table: Table,
    ) -> _Row | None:
        beyond = range(len(table.header), len(cells))
        for index in (*unnamed, *beyond):
            if index < len(cells) and cells[index].strip():
                self._problem("import.unnamed_column", number, _column_letter(index))
        row = _Row(number, {}, {c.name: c.label for c in columns.values()})
        for column in columns.values():
            raw = cells[column.index] if column.index < len(cells) else ""
            if table.kind == "csv":
                raw = unguard_csv(raw)
            value = self._clean(number, column, raw)
            if value is None:
                row.invalid.add(column.name)
            else:
                row.values[column.name] = value
        return row if self._check(row) and not row.invalid else None

    def _clean(self, number: int, column: _Column, raw: str) -> str | None:
        if _BIDI.search(raw):
            try:
                refuse_bidi_controls(raw, column.label)
            except InvalidText as exc:
                self._problem(exc.code, number, column.label, **exc.params)
                return None
        control = _CONTROL.search(raw)
        if control:
            char = f"U+{ord(control.group()):04X}"
            self._problem("import.control_char", number, column.label, char=char)
            return None
        if "\ufffd" in raw:
            self._problem("import.replacement_char", number, column.label)
            return None
        if column.name == "notes":
            # Notes keep their line breaks; each line is cleaned like any value.
            lines = (clean_input(line) for line in raw.splitlines())
            value = "\n".join(line for line in lines if line)
        else:
            value = clean_input(raw)
        limit = LIMITS[column.name]
        if len(value) > limit:
            self._problem("import.too_long", number, column.label, length=len(value), limit=limit)
            return None
        return value

    def _check(self, row: _Row) -> bool:
        """Row-level rules; records problems and says whether the row can be imported.

        A rule about a cell already refused for its text is not checked: one problem a cell.
        """
        before = len(self.result.problems)
        values = row.values
        names = [values.get(name, "") for name in NAME_COLUMNS]
        if not any(fold(name) for name in names) and row.invalid.isdisjoint(NAME_COLUMNS):
            label = next((row.labels[n] for n in NAME_COLUMNS if n in row.labels), "-")
            self._problem("import.no_name", row.number, label)
        category = values.get("category", "")
        if "category" in row.invalid:
            pass
        elif not category:
            self._problem("import.required", row.number, row.labels["category"])
        elif header_key(category) not in self.category_by_key:
            known = ", ".join(self.category_codes)
            self._problem(
                "import.unknown_category", row.number, row.labels["category"],
                value=category, known=known,
            )  # fmt: skip
        self._check_delegation(row)
        rank = values.get("rank", "")
        if rank and _rank(rank) is None:
            self._problem("import.bad_rank", row.number, row.labels["rank"], value=rank)
        email = values.get("email", "")
        if email and not _EMAIL.fullmatch(email):
            self._problem("import.bad_email", row.number, row.labels["email"], value=email)
        ref = values.get("ref", "")
        if ref:
            other = self.file_refs.setdefault(ref, row.number)
            if other != row.number:
                self._problem(
                    "import.duplicate_ref", row.number, row.labels["ref"], value=ref, other=other
                )
            if self.new_only and ref in self.existing_refs:
                self._problem("import.ref_exists", row.number, row.labels["ref"], value=ref)
            row.ref = ref
        return len(self.result.problems) == before

    def _check_delegation(self, row: _Row) -> None:
        values, labels = row.values, row.labels
        if "delegation" in row.invalid:
            return
        name = values.get("delegation", "")
        country_text = values.get("country", "")
        country_code: str | None = None
        country_known = "country" not in row.invalid
        if country_text:
            country_code = self._country_code(country_text)
            if country_code is None:
                country_known = False
                known = ", ".join(f"{c.code} ({c.name_en}, {c.name_fa})" for c in self.countries)
                self._problem(
                    "import.unknown_country", row.number, labels["country"],
                    value=country_text, known=known,
                )  # fmt: skip
        if not name:
            self._problem("import.required", row.number, labels["delegation"])
            return
        key = fold(name)
        existing = self.delegation_by_key.get(key)
        if existing is not None:
            actual = self.country_codes.get(existing.country_id or -1)
            row.delegation = existing.code
        else:
            new = self.new_by_key.get(key)
            if new is None and not self.create_delegations:
                known = ", ".join(f"{d.code} ({d.name_en}, {d.name_fa})" for d in self.delegations)
                self._problem(
                    "import.unknown_delegation", row.number, labels["delegation"],
                    value=name, known=known,
                )  # fmt: skip
                return
            if new is None:
                if not country_code:
                    if country_known:
                        self._problem("import.required", row.number, labels["country"])
                    return
                new = self._new_delegation(key, name, country_code)
            actual = new.country_code
            row.delegation, row.new_delegation = new.code, True
        if actual is None or not country_known:
            return  # a delegation of no country (an organisation) takes any country cell
        if country_code is None:
            self._problem("import.required", row.number, labels["country"])
        elif country_code != actual:
            self._problem(
                "import.delegation_country", row.number, labels["country"],
                value=name, actual=actual, given=country_code,
            )  # fmt: skip

    def _country_code(self, text: str) -> str | None:
        """The ISO code of the country ``text`` names: one of the event's, or any ISO one."""
        country = self.country_by_key.get(country_key(text))
        if country is not None:
            return country.code
        iso = find_country(text)
        return iso.code if iso is not None else None

    def _new_delegation(self, key: str, name: str, country_code: str) -> _NewDelegation:
        if _CODE_LIKE.fullmatch(name) and name.casefold() not in self.delegation_codes:
            code = name.upper()
        else:
            n = 1
            while f"{country_code}-D{n}".casefold() in self.delegation_codes:
                n += 1
            code = f"{country_code}-D{n}"
        self.delegation_codes.add(code.casefold())
        new = _NewDelegation(code, name, country_code)
        self.new_by_key[key] = new
        self.result.new_delegations.append(new)
        if country_code not in {c.code for c in self.countries} and country_code not in {
            c.code for c in self.result.new_countries
        }:
            iso = find_country(country_code)
            assert iso is not None  # _country_code found it in the ISO table
            self.result.new_countries.append(iso)
        return new

    # --- after every row is valid ------------------------------------------------------------

    def _give_refs(self, rows: list[_Row]) -> None:
        """``<DELEGATION>-<n>`` for rows without a ref, n after the highest one already used."""
        taken = self.existing_refs | set(self.file_refs)
        next_number: dict[str, int] = {}
        for row in rows:
            if row.ref:
                continue
            code = row.delegation
            if code not in next_number:
                pattern = re.compile(re.escape(code) + r"-(\d+)")
                used = (int(m.group(1)) for r in taken if (m := pattern.fullmatch(r)))
                next_number[code] = max(used, default=0) + 1
            row.ref = f"{code}-{next_number[code]}"
            next_number[code] += 1

    def _entry(self, row: _Row, columns: dict[str, _Column]) -> PersonInput:
        values = row.values

        def optional(name: str) -> str | None:
            return values.get(name) if name in columns else None

        rank: int | None = None
        if "rank" in columns:
            rank = _rank(values["rank"]) if values["rank"] else DEFAULT_RANK
        return PersonInput(
            ref=row.ref,
            delegation=row.delegation,
            category=self.category_by_key[header_key(values["category"])],
            given_name_fa=optional("given_name_fa"),
            family_name_fa=optional("family_name_fa"),
            given_name_latin=optional("given_name_latin"),
            family_name_latin=optional("family_name_latin"),
            name_native=optional("name_native"),
            title_fa=optional("title_fa"),
            title_en=optional("title_en"),
            rank=rank,
            email=optional("email"),
            phone=optional("phone"),
            document_no=optional("document_no"),
            notes=optional("notes"),
        )

    def _sort_changes(self, entries: list[tuple[_Row, PersonInput]]) -> None:
        """New people, changed people, and people the file leaves as they are."""
        refs = [entry.ref for _, entry in entries if entry.ref in self.existing_refs]
        people: dict[str, Person] = {}
        for start in range(0, len(refs), 500):
            chunk = refs[start : start + 500]
            people.update(
                (p.ref, p)
                for p in self.session.scalars(select(Person).where(Person.ref.in_(chunk)))
            )
        by_code = {d.code: d for d in self.delegations}
        for row, entry in entries:
            person = people.get(entry.ref)
            if person is None:
                self.result.created += 1
            elif row.new_delegation or _changes(entry, by_code[entry.delegation], person):
                self.result.updated += 1
            else:
                self.result.unchanged += 1
                continue
            self.result.changes.append(entry)

    def _warn_duplicates(self, rows: list[_Row]) -> None:
        known: dict[tuple[str, int, str], tuple[str, str]] = {}
        statement = select(
            Person.ref,
            Delegation.code,
            Person.given_name_fa,
            Person.family_name_fa,
            Person.given_name_latin,
            Person.family_name_latin,
        ).join(Delegation, Delegation.id == Person.delegation_id)
        for ref, code, *names in self.session.execute(statement):
            for pair, (given, family) in enumerate((names[0:2], names[2:4])):
                key = _name_key(given, family)
                if key:
                    known.setdefault((code, pair, key), (ref, f"{given} {family}".strip()))
        in_file: dict[tuple[str, int, str], int] = {}
        for row in rows:
            for pair, (given_col, family_col) in enumerate(NAME_PAIRS):
                given, family = row.values.get(given_col, ""), row.values.get(family_col, "")
                key = _name_key(given, family)
                if not key:
                    continue
                slot = (row.delegation, pair, key)
                name = f"{given} {family}".strip()
                label = row.labels.get(given_col) or row.labels.get(family_col, "-")
                found = known.get(slot)
                earlier = in_file.setdefault(slot, row.number)
                if found is not None and found[0] != row.ref:
                    other = f"{found[0]} ({found[1]})"
                    self._warn(
                        "import.duplicate_name", row.number, label,
                        name=name, delegation=row.delegation, other=other,
                    )  # fmt: skip
                    break
                if earlier != row.number:
                    self._warn(
                        "import.duplicate_name_row", row.number, label,
                        name=name, delegation=row.delegation, other=earlier,
                    )  # fmt: skip
                    break

    def _problem(self, code: str, row: int, column: str, **params: object) -> None:
        self.result.problems.append(ImportProblem(code, row, column, **params))

    def _warn(self, code: str, row: int, column: str, **params: object) -> None:
        self.result.warnings.append(ImportProblem(code, row, column, **params))


def _has_required(columns: dict[str, _Column]) -> bool:
    return all(c in columns for c in REQUIRED_COLUMNS) and any(
        a in columns and b in columns for a, b in NAME_PAIRS
    )


def _rank(text: str) -> int | None:
    digits = text.translate(_DIGITS)
    if not digits.isascii() or not digits.isdigit():
        return None
    rank = int(digits)
    low, high = RANK_RANGE
    return rank if low <= rank <= high else None


def _name_key(given: str, family: str) -> str:
    return fold(f"{given} {family}").replace(" ", "")


def _changes(entry: PersonInput, delegation: Delegation, person: Person) -> bool:
    values = repo.person_values(entry, delegation, person)
    return any(getattr(person, name) != value for name, value in values.items())


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
