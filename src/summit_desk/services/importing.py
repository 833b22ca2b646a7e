"""Importing the lists that delegations send (CSV or Excel): every row, or none.

The file is read (``tabular_read``), every row is checked (``import_rows``, over the columns of
``import_columns``) and every problem collected with its row number as a spreadsheet shows it
(the header is row 1) and its column; one problem refuses the whole file and nothing changes.
A valid file is written in one transaction.

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

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from summit_desk.db import event as event_db
from summit_desk.db import people as people_db
from summit_desk.db.models import Country, Delegation
from summit_desk.domain.errors import ImportProblem, ImportRejected
from summit_desk.domain.messages import render
from summit_desk.domain.values import DelegationKind, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.import_rows import Plan, Planner, Reference
from summit_desk.services.people import save_people
from summit_desk.services.tabular_read import Table, read_table

MAX_ROWS = 100_000


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
                plan = _plan(session, table, create_delegations, new_only)
                _refuse(plan, source)
                return _report(plan, source, dry_run=True)
        try:
            with database.writer() as session, session.begin():
                plan = _plan(session, table, create_delegations, new_only)
                _refuse(plan, source)
                self._write(session, plan, source)
                return _report(plan, source, dry_run=False)
        except IntegrityError as exc:
            # Another desk added the same ref or delegation meanwhile (PostgreSQL only: SQLite
            # holds the write lock from the start); the transaction was rolled back.
            raise ImportRejected("import.conflict", path=str(source)) from exc

    def _write(self, session: Session, plan: Plan, path: Path) -> None:
        countries = event_db.countries_by_code(session)
        order = event_db.last_country_order(session)
        for iso in plan.new_countries:
            order += 1
            country = Country(code=iso.code, name_fa=iso.name_fa, name_en=iso.name_en, order=order)
            session.add(country)
            countries[iso.code] = country
        session.flush()
        order = event_db.last_delegation_order(session)
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
        delegations = event_db.delegations_by_code(session)
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


def _plan(session: Session, table: Table, create_delegations: bool, new_only: bool) -> Plan:
    """Check ``table`` against the event as ``session`` sees it (see ``import_rows``)."""
    reference = Reference(
        countries=event_db.countries(session),
        delegations=event_db.delegations_in_order(session),
        categories=event_db.categories_by_precedence(session),
        existing_refs=people_db.all_refs(session),
    )
    planner = Planner(reference, create_delegations, new_only)
    plan = planner.plan(table)
    if plan.problems:
        return plan
    people = people_db.people_by_refs(session, planner.refs_to_update())
    return planner.changes(people_db.names_by_delegation(session), people)


def _report(plan: Plan, path: Path, *, dry_run: bool) -> ImportReport:
    return ImportReport(
        path=str(path),
        rows=plan.rows,
        created=plan.created,
        updated=plan.updated,
        unchanged=plan.unchanged,
        created_delegations=tuple(d.code for d in plan.new_delegations),
        created_countries=tuple(c.code for c in plan.new_countries),
        warnings=tuple(plan.warnings),
        dry_run=dry_run,
        refs=tuple(entry.ref for entry in plan.changes),
    )


def _refuse(plan: Plan, path: Path) -> None:
    if plan.problems:
        problems = sorted(plan.problems, key=lambda p: p.row)
        raise ImportRejected("import.rejected", problems, path=str(path), count=len(problems))
