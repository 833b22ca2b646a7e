"""Walk-in registration at the desk: one person, checked exactly as an imported row is, and
given a badge code at once."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from summit_desk.domain.values import PersonSummary, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.import_columns import IMPORT_COLUMNS
from summit_desk.services.importing import ImportService
from summit_desk.services.people import PeopleService
from summit_desk.services.tabular_read import Table

# The form is row 2 of a one-row "file", so its problems read like an import's.
FORM_ROW = 2


class RegistrationService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def register(self, fields: Mapping[str, str]) -> PersonSummary:
        """Register a new person from the form's fields (named as the import columns).

        Every problem is raised at once as ``ImportRejected`` naming the field, and nothing is
        written; a ref that is already registered is refused rather than updated.
        """
        self.context.require(Role.DESK, "action.register")
        header = tuple(c for c in IMPORT_COLUMNS if c in fields)
        table = Table(
            header=header,
            header_row=FORM_ROW - 1,
            rows=((FORM_ROW, tuple(str(fields[c] or "") for c in header)),),
            data_rows=1,
            kind="form",
        )
        report = ImportService(self.context).import_table(table, Path("walk-in"), new_only=True)
        return PeopleService(self.context).get(report.refs[0])
