"""The seating plan: the room drawn with the names at the seats, then the seating list.

``render_seating(plan, header)`` gives the PDF the protocol office hands the chief of protocol:

1. the room (:mod:`.room_drawing`), in vector, fitted to A4 or A3 landscape (the ``paper``):
   the tables, each seat with its label and the occupant's family name in Persian and Latin
   letters written in front of it (on the table, where the place card stands), the chair's seat
   highlighted, empty seats dashed, and the entrance;
2. the seating list by seat, in the order of precedence of the seats;
3. the same list in Persian alphabetical order of family names, for finding a guest quickly.

Printing decides nothing: who sits where is the plan's (``domain/seat_plan.py``).
"""

from __future__ import annotations

from summit_desk.domain.names import persian_sort_key
from summit_desk.domain.seating import SeatedPerson, SeatingPlan
from summit_desk.domain.values import EventHeader
from summit_desk.printing.protocol_sheet import (
    FOOTER,
    MARGIN,
    Heading,
    Printout,
    Sheet,
    bilingual,
    draw_page_number,
    draw_title_block,
    native_name,
    paper_size,
)
from summit_desk.printing.protocol_table import Column, draw_table_pages, table_pages
from summit_desk.printing.room_drawing import draw_legend, draw_room, name_boxes
from summit_desk.printing.text_layout import Box

__all__ = ["name_boxes", "print_seating", "render_seating", "seated_rows"]

_LIST_ROW_HEIGHT = 30.0


def seated_rows(plan: SeatingPlan, *, alphabetical: bool = False) -> list[tuple[str, SeatedPerson]]:
    """(seat label, person) of every occupied seat: by the seats' order of precedence, or in
    Persian alphabetical order of family then given names (Latin names after Persian ones)."""
    rows = [
        (seat.label, plan.people[seat.ref])
        for seat in sorted(plan.seats, key=lambda seat: (seat.order, seat.label))
        if seat.ref is not None and seat.ref in plan.people
    ]
    if alphabetical:
        rows.sort(
            key=lambda row: (
                persian_sort_key(row[1].name.family_name_fa, row[1].name.given_name_fa),
                persian_sort_key(row[1].name.family_name_latin, row[1].name.given_name_latin),
                row[1].ref,
            )
        )
    return rows


def _name_lines(person: SeatedPerson) -> tuple[str, ...]:
    latin, native = person.name.addressed_latin, native_name(person)
    return person.name.addressed_fa, bilingual(latin, native)


LIST_COLUMNS = (
    Column("ردیف", "No.", 0.5, lambda number, _, __: (str(number),), centered=True, name="number"),
    Column("صندلی", "Seat", 0.6, lambda _, label, __: (label,), centered=True, name="seat"),
    Column("نام", "Name", 3.4, lambda _, __, p: _name_lines(p), name="name"),
    Column(
        "هیئت", "Delegation", 2.1, lambda _, __, p: (p.delegation_fa, p.delegation_en),
        name="delegation",
    ),
    Column("کشور", "Country", 1.2, lambda _, __, p: (p.country_fa, p.country_en), name="country"),
)  # fmt: skip


def print_seating(plan: SeatingPlan, header: EventHeader) -> Printout:
    """The plan, the list by seat and the list in alphabetical order, with what did not fit."""
    width, height = paper_size(plan.room.paper)
    sheet = Sheet(width, height, f"{header.name_en} — seating plan, {plan.session_en}")
    rows = seated_rows(plan)
    list_count = table_pages(len(rows), height, _LIST_ROW_HEIGHT)
    total = 1 + 2 * list_count
    room = plan.room

    def heading(fa: str, en: str) -> Heading:
        return Heading(
            fa, en, plan.session_fa, plan.session_en, room.title_fa, room.title_en, plan.day
        )

    top = draw_title_block(sheet, header, heading("نقشه نشستن", "Seating plan"))
    area = Box(MARGIN + 8, FOOTER + 14, width - 2 * MARGIN - 16, top - FOOTER - 22)
    draw_room(sheet, plan, area)
    draw_legend(sheet)
    draw_page_number(sheet, 1, total)
    sheet.next_page()
    lists = (
        (heading("فهرست نشستن به ترتیب صندلی", "Seating list by seat"), rows),
        (
            heading("فهرست نشستن به ترتیب الفبا", "Seating list in alphabetical order"),
            seated_rows(plan, alphabetical=True),
        ),
    )
    for number, (list_heading, list_rows) in enumerate(lists):
        draw_table_pages(
            sheet,
            header,
            heading=list_heading,
            rows=list_rows,
            columns=LIST_COLUMNS,
            row_height=_LIST_ROW_HEIGHT,
            first_page=2 + number * list_count,
            total=total,
        )
    return sheet.finish()


def render_seating(plan: SeatingPlan, header: EventHeader) -> bytes:
    """The seating plan and lists as PDF bytes (see :func:`print_seating` for what did not fit)."""
    return print_seating(plan, header).pdf
