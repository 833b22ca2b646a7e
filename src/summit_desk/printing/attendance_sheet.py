"""A session's attendance sheet: who is expected, where they sit, and room to sign.

``render_attendance(plan_or_people, header)`` prints, on A4 portrait, one row per person (the
seated people of a plan in the seats' order of precedence, or a list of people in the order
given, for a session without a seating plan): number, seat, form of address and name in
Persian and in Latin letters, delegation and country, then an empty time-of-entry column and a
signature column for the person to fill in at the door.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from summit_desk.domain.seating import SeatedPerson, SeatingPlan
from summit_desk.domain.values import EventHeader
from summit_desk.printing.protocol_sheet import (
    Heading,
    Printout,
    Sheet,
    origin_en,
    origin_fa,
    paper_size,
)
from summit_desk.printing.protocol_table import Column, draw_table_pages, table_pages
from summit_desk.printing.seating_plan import seated_rows

__all__ = ["ATTENDANCE_COLUMNS", "print_attendance", "render_attendance"]

_ROW_HEIGHT = 34.0  # room for a signature


def _blank(_: int, __: str, ___: SeatedPerson) -> tuple[str, ...]:
    return ()


ATTENDANCE_COLUMNS = (
    Column("ردیف", "No.", 0.45, lambda number, _, __: (str(number),), centered=True, name="number"),
    Column("صندلی", "Seat", 0.55, lambda _, label, __: (label,), centered=True, name="seat"),
    Column(
        "نام",
        "Name",
        2.6,
        lambda _, __, p: (p.name.addressed_fa, p.name.addressed_latin),
        name="name",
    ),
    Column(
        "هیئت", "Delegation", 2.0, lambda _, __, p: (origin_fa(p), origin_en(p)),
        name="delegation",
    ),
    Column("ساعت ورود", "Time in", 0.8, _blank, name="time"),
    Column("امضا", "Signature", 1.5, _blank, name="signature"),
)  # fmt: skip


def print_attendance(
    plan_or_people: SeatingPlan | Sequence[SeatedPerson],
    header: EventHeader,
    *,
    session_fa: str = "",
    session_en: str = "",
    room_fa: str = "",
    room_en: str = "",
    day: date | None = None,
) -> Printout:
    """The attendance sheet; a plan gives its own session, room and day, a list of people takes
    them from the keyword arguments."""
    if isinstance(plan_or_people, SeatingPlan):
        plan = plan_or_people
        rows = seated_rows(plan)
        heading = Heading(
            "برگه حضور و غیاب",
            "Attendance sheet",
            plan.session_fa,
            plan.session_en,
            plan.room.title_fa,
            plan.room.title_en,
            plan.day,
        )
    else:
        rows = [("", person) for person in plan_or_people]
        heading = Heading(
            "برگه حضور و غیاب", "Attendance sheet", session_fa, session_en, room_fa, room_en, day
        )
    width, height = paper_size("A4", portrait=True)
    sheet = Sheet(width, height, f"{header.name_en} — attendance, {heading.session_en}")
    draw_table_pages(
        sheet,
        header,
        heading=heading,
        rows=rows,
        columns=ATTENDANCE_COLUMNS,
        row_height=_ROW_HEIGHT,
        first_page=1,
        total=table_pages(len(rows), height, _ROW_HEIGHT),
    )
    return sheet.finish()


def render_attendance(
    plan_or_people: SeatingPlan | Sequence[SeatedPerson],
    header: EventHeader,
    *,
    session_fa: str = "",
    session_en: str = "",
    room_fa: str = "",
    room_en: str = "",
    day: date | None = None,
) -> bytes:
    """The attendance sheet as PDF bytes (see :func:`print_attendance`)."""
    return print_attendance(
        plan_or_people,
        header,
        session_fa=session_fa,
        session_en=session_en,
        room_fa=room_fa,
        room_en=room_en,
        day=day,
    ).pdf
