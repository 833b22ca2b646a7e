"""The import's row checks: every row of a table checked against a snapshot of the event
(countries, delegations, categories, the refs that exist), every problem collected with its row
and column, and what importing the table would change.

Pure: the service reads the snapshot and the people the file names, and writes the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from summit_desk.db import people as people_db
from summit_desk.db.models import Category, Country, Delegation, Person
from summit_desk.domain.countries import IsoCountry, country_key, find_country
from summit_desk.domain.errors import ImportProblem
from summit_desk.domain.names import fold
from summit_desk.domain.values import PersonInput
from summit_desk.services.event import delegation_lookup
from summit_desk.services.import_columns import (
    NAME_COLUMNS,
    NAME_PAIRS,
    Column,
    clean_cell,
    column_letter,
    day_value,
    has_required,
    header_key,
    person_input,
    rank_value,
    read_header,
)
from summit_desk.services.tabular_read import Table
from summit_desk.services.tabular_write import unguard_csv

_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
_CODE_LIKE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")


@dataclass(frozen=True, slots=True)
class Reference:
    """What a table is checked against, read once at the start of the import."""

    countries: list[Country]  # in the event's order
    delegations: list[Delegation]  # by order, then code
    categories: list[Category]  # by precedence
    existing_refs: set[str]


@dataclass(frozen=True, slots=True)
class NewDelegation:
    code: str
    name: str
    country_code: str


@dataclass
class Plan:
    rows: int = 0
    changes: list[PersonInput] = field(default_factory=list)  # new and changed people
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_countries: list[IsoCountry] = field(default_factory=list)
    new_delegations: list[NewDelegation] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    warnings: list[ImportProblem] = field(default_factory=list)


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


class Planner:
    """Checks a table against a snapshot of the event and works out what importing it changes.

    It reads no database: the service hands it the reference data, and later the people the
    file names and everyone's names (for the likely-duplicate warnings).
    """

    def __init__(
        self, reference: Reference, create_delegations: bool, new_only: bool = False
    ) -> None:
        self.create_delegations = create_delegations
        self.new_only = new_only
        self.result = Plan()
        self.countries = reference.countries
        self.country_codes = {c.id: c.code for c in self.countries}
        self.country_by_key: dict[str, Country] = {}
        for c in self.countries:
            iso = find_country(c.code)
            for name in (c.code, c.name_fa, c.name_en, c.name_native, *(iso.names if iso else ())):
                if name:
                    self.country_by_key.setdefault(country_key(name), c)
        self.delegations = reference.delegations
        self.delegation_by_key = delegation_lookup(self.delegations)
        self.delegation_codes = {d.code.casefold() for d in self.delegations}
        self.new_by_key: dict[str, NewDelegation] = {}
        self.category_codes = [c.code for c in reference.categories]
        self.category_by_key: dict[str, str] = {}
        for category in reference.categories:
            for name in (category.code, category.name_fa, category.name_en):
                self.category_by_key.setdefault(header_key(name), category.code)
        self.existing_refs = reference.existing_refs
        self.file_refs: dict[str, int] = {}
        self.rows: list[_Row] = []  # the valid rows, once planned
        self.entries: list[tuple[_Row, PersonInput]] = []

    # --- the whole table ---------------------------------------------------------------------

    def plan(self, table: Table) -> Plan:
        """Check every row; without problems, the people to write (see ``changes``)."""
        columns, extra, problems = read_header(table)
        self.result.problems.extend(problems)
        if self.result.problems and not has_required(columns):
            return self.result
        for number, cells in table.rows:
            row = self._row(number, cells, columns, extra, table)
            if row is not None:
                self.rows.append(row)
        self.result.rows = len(table.rows)
        if self.result.problems:
            return self.result
        self._give_refs(self.rows)
        self.entries = [
            (row, person_input(row.ref, row.delegation, self._category(row), row.values, columns))
            for row in self.rows
        ]
        return self.result

    def _category(self, row: _Row) -> str:
        return self.category_by_key[header_key(row.values["category"])]

    def refs_to_update(self) -> list[str]:
        """The refs of the file's people who exist already: the service reads them for
        ``changes``."""
        return [entry.ref for _, entry in self.entries if entry.ref in self.existing_refs]

    def changes(self, known_names: Iterable[Sequence[str]], people: Iterable[Person]) -> Plan:
        """Warn of likely duplicates among ``known_names`` (ref, delegation code, given and
        family names fa, then latin) and sort the entries into new, changed and unchanged
        people, given the existing ``people`` the file names."""
        self._warn_duplicates(self.rows, known_names)
        self._sort_changes(self.entries, {p.ref: p for p in people})
        return self.result

    # --- one row -----------------------------------------------------------------------------

    def _row(
        self,
        number: int,
        cells: Sequence[str],
        columns: dict[str, Column],
        unnamed: list[int],
        table: Table,
    ) -> _Row | None:
        beyond = range(len(table.header), len(cells))
        for index in (*unnamed, *beyond):
            if index < len(cells) and cells[index].strip():
                self._problem("import.unnamed_column", number, column_letter(index))
        row = _Row(number, {}, {c.name: c.label for c in columns.values()})
        for column in columns.values():
            raw = cells[column.index] if column.index < len(cells) else ""
            if table.kind == "csv":
                raw = unguard_csv(raw)
            value = clean_cell(number, column, raw)
            if isinstance(value, ImportProblem):
                self.result.problems.append(value)
                row.invalid.add(column.name)
            else:
                row.values[column.name] = value
        return row if self._check(row) and not row.invalid else None

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
        if rank and rank_value(rank) is None:
            self._problem("import.bad_rank", row.number, row.labels["rank"], value=rank)
        day = values.get("precedence_date", "")
        if day and day_value(day) is None:
            label = row.labels["precedence_date"]
            self._problem("import.bad_precedence_date", row.number, label, value=day)
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

    def _new_delegation(self, key: str, name: str, country_code: str) -> NewDelegation:
        if _CODE_LIKE.fullmatch(name) and name.casefold() not in self.delegation_codes:
            code = name.upper()
        else:
            n = 1
            while f"{country_code}-D{n}".casefold() in self.delegation_codes:
                n += 1
            code = f"{country_code}-D{n}"
        self.delegation_codes.add(code.casefold())
        new = NewDelegation(code, name, country_code)
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

    def _sort_changes(
        self, entries: list[tuple[_Row, PersonInput]], people: dict[str, Person]
    ) -> None:
        """New people, changed people, and people the file leaves as they are."""
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

    def _warn_duplicates(self, rows: list[_Row], known_names: Iterable[Sequence[str]]) -> None:
        known: dict[tuple[str, int, str], tuple[str, str]] = {}
        for ref, code, *names in known_names:
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


def _name_key(given: str, family: str) -> str:
    return fold(f"{given} {family}").replace(" ", "")


def _changes(entry: PersonInput, delegation: Delegation, person: Person) -> bool:
    values = people_db.person_values(entry, delegation, person)
    return any(getattr(person, name) != value for name, value in values.items())
