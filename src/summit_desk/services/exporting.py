"""Exporting the list of people, and who came when, to CSV or Excel.

Rows follow protocol order: the country's order, the delegation's, the category's precedence,
the rank inside the delegation, then the Persian alphabetical order of the names. Contact and
passport details and badge codes are left out unless asked for (and only an admin may ask);
a file that holds them is readable by its owner only. Every export is written in the audit log.

A people export has the import's columns, so it can be corrected in Excel and imported back.

An attendance export has a column per session with the time each person entered it, then a
second table (a workbook's second sheet, or below the people in a CSV file) with each session's
count: invited by the protocol office's rules, and entered at the door.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from summit_desk.db import checkins as checkin_db
from summit_desk.db import event as event_db
from summit_desk.db import exports as export_db
from summit_desk.db import people as people_db
from summit_desk.db import seating as seating_db
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.messages import render
from summit_desk.domain.persian import venue_time
from summit_desk.domain.values import CheckInKind, Role, SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.import_columns import IMPORT_COLUMNS
from summit_desk.services.seating import session_rules
from summit_desk.services.tabular_read import file_format
from summit_desk.services.tabular_write import Cell, Table, atomic_output, write_table

KINDS = ("people", "attendance")
# has_photo is 1 or 0: whether the person has a photo, never the photo itself
PEOPLE_COLUMNS = (*IMPORT_COLUMNS, "badge_code", "badge_version", "has_photo")
SENSITIVE_COLUMNS = frozenset({"email", "phone", "document_no", "badge_code"})
# The person as imported (less rank and notes), then what the desk saw of them.
ATTENDANCE_COLUMNS = (
    *(c for c in IMPORT_COLUMNS if c not in ("rank", "notes")),
    "badge_code",
    "checked_in",
    "days_present",
)

# The attendance export's second table: one row per session.
SESSION_COLUMNS = ("session", "name_fa", "name_en", "day", "starts", "room_fa", "room_en",
                   "invited", "entered")  # fmt: skip

# The Person attributes behind the columns that are plain person values.
_PERSON_FIELDS = tuple(c for c in IMPORT_COLUMNS if c not in ("country", "delegation", "category"))


@dataclass(frozen=True)
class ExportReport:
    path: str
    kind: str
    format: str  # "csv" or "xlsx"
    rows: int
    columns: tuple[str, ...]
    include_sensitive: bool

    def message(self, lang: str = "en") -> str:
        return render("export.done", lang, rows=self.rows, path=self.path)


class ExportService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def export(
        self,
        kind: str,
        out_path: Path | str,
        *,
        include_sensitive: bool = False,
        day: date | None = None,
    ) -> ExportReport:
        """Write ``kind`` (people or attendance) to ``out_path``, CSV or XLSX by its extension.

        A CSV file is UTF-8 with a byte-order mark, which Excel needs to show Persian rather
        than guess a Windows code page. ``day`` limits an attendance export to one event day.
        The file appears whole or not at all; nothing is left behind when writing fails.
        """
        if kind not in KINDS:
            raise SummitDeskError("export.kind", kind=kind)
        path = Path(out_path)
        fmt = file_format(path)
        if include_sensitive:
            self.context.require(Role.ADMIN, "action.export_sensitive")
        more: list[Table] = []
        programme = EventService(self.context).sessions() if kind == "attendance" else []
        with self.context.database.reader() as session:
            if kind == "people":
                header, rows = _people(session, include_sensitive)
            else:
                header, rows, counts = _attendance(
                    session, include_sensitive, day, self.context.zone, programme
                )
                more.append(("sessions", SESSION_COLUMNS, counts))
        with atomic_output(path, private=include_sensitive) as temporary:
            write_table(temporary, fmt, header, rows, title=kind, more=more)
            with self.context.database.writer() as session, session.begin():
                self.context.audit(
                    session,
                    f"{kind}.export",
                    str(path),
                    rows=len(rows),
                    sensitive=include_sensitive,
                    day=day.isoformat() if day else None,
                )
        return ExportReport(
            path=str(path),
            kind=kind,
            format=fmt,
            rows=len(rows),
            columns=tuple(header),
            include_sensitive=include_sensitive,
        )


def _visible(columns: Sequence[str], sensitive: bool) -> list[str]:
    return [c for c in columns if sensitive or c not in SENSITIVE_COLUMNS]


def _people_rows(session: Session) -> list[dict[str, Any]]:
    """Every person in protocol order, with country, delegation, category and current badge."""
    return export_db.people_rows(session, _PERSON_FIELDS)


def _people(session: Session, sensitive: bool) -> tuple[list[str], list[list[Cell]]]:
    header = _visible(PEOPLE_COLUMNS, sensitive)
    rows = [[_cell(person.get(c)) for c in header] for person in _people_rows(session)]
    return header, rows


def _attendance(
    session: Session,
    sensitive: bool,
    day: date | None,
    zone: str,
    programme: Sequence[SessionInfo],
) -> tuple[list[str], list[list[Cell]], list[list[Cell]]]:
    """The people table (a column per day's arrival and desk, and per session's entry) and the
    sessions table (each session's invited and entered)."""
    zone = event_db.event_timezone(session) or zone
    days = list(event_db.days(session))
    if day is not None:
        if day not in days:
            known = ", ".join(d.isoformat() for d in days)
            raise SummitDeskError("export.day", day=day.isoformat(), known=known)
        days = [day]
    sessions = [
        (s_id, code) for s_id, code, s_day in event_db.sessions_with_days(session) if s_day in days
    ]
    arrivals, entries = _first_entries(session)

    header = _visible(ATTENDANCE_COLUMNS, sensitive)
    for d in days:
        header += [f"arrival_{d.isoformat()}", f"desk_{d.isoformat()}"]
    header += [f"session_{code}" for _, code in sessions]

    def clock(moment: datetime) -> str:
        return venue_time(moment, zone).strftime("%H:%M")

    rows: list[list[Cell]] = []
    for person in _people_rows(session):
        pid = person["person_id"]
        present = [arrivals.get((pid, d)) for d in days]
        person["days_present"] = sum(1 for p in present if p)
        person["checked_in"] = "yes" if person["days_present"] else "no"
        row = [_cell(person.get(c)) for c in _visible(ATTENDANCE_COLUMNS, sensitive)]
        for arrival in present:
            row += [clock(arrival[0]), arrival[1]] if arrival else ["", ""]
        for s_id, _ in sessions:
            entry = entries.get((pid, s_id))
            row.append(clock(entry) if entry else "")
        rows.append(row)
    chosen = {s_id for s_id, _ in sessions}
    counts = [
        _session_row(session, info, entries)
        for info in programme
        if info.id in chosen  # the chosen day's sessions, in the programme's order
    ]
    return header, rows, counts


def _session_row(
    session: Session, info: SessionInfo, entries: dict[tuple[int, int], datetime]
) -> list[Cell]:
    """A session's line: invited by its rules (everyone when it has none), and entered."""
    rules = session_rules(session, info)
    invited = (
        people_db.count(session) if rules is None else len(seating_db.invited_ids(session, rules))
    )
    entered = sum(1 for (_pid, s_id) in entries if s_id == info.id)
    return [
        info.code,
        info.name_fa,
        info.name_en,
        info.day.isoformat(),
        info.starts.strftime("%H:%M"),
        info.room_fa,
        info.room_en,
        invited,
        entered,
    ]


def _first_entries(
    session: Session,
) -> tuple[dict[tuple[int, date], tuple[datetime, str]], dict[tuple[int, int], datetime]]:
    """The first arrival of each person each day (time, desk), and their first entry into each
    session, leaving out entries that a later entry of the journal undid."""
    journal = checkin_db.journal(session)
    undone = {row.undoes for row in journal if row.kind == CheckInKind.UNDO.value}
    arrivals: dict[tuple[int, date], tuple[datetime, str]] = {}
    entries: dict[tuple[int, int], datetime] = {}
    for row in journal:
        if row.uuid in undone:
            continue
        if row.kind == CheckInKind.ARRIVAL.value:
            arrivals.setdefault((row.person_id, row.day), (row.at, row.desk))
        elif row.kind == CheckInKind.SESSION_ENTRY.value and row.session_id is not None:
            entries.setdefault((row.person_id, row.session_id), row.at)
    return arrivals, entries


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int):
        return value
    return str(value)
