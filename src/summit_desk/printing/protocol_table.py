"""Tables of people on the protocol office's pages: right to left, paginated, a title on each.

The seating lists (:mod:`.seating_plan`) and the attendance sheet (:mod:`.attendance_sheet`)
are one table each: a column says what its cells show of a (seat, person) row, and
:func:`draw_table_pages` lays the rows out on as many pages as they need, each with the title
block, the table's head and the page number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor

from summit_desk.domain.seating import SeatedPerson
from summit_desk.domain.values import EventHeader
from summit_desk.printing.protocol_sheet import (
    FOOTER,
    INK,
    MARGIN,
    MUTED,
    RULE,
    TITLE_BLOCK_HEIGHT,
    Heading,
    Sheet,
    aligned,
    draw_page_number,
    draw_title_block,
    rtl_aligned,
)
from summit_desk.printing.text_layout import Box, TextStyle


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its captions, its share of the width, and the lines of each cell."""

    title_fa: str
    title_en: str
    weight: float
    lines: Callable[[int, str, SeatedPerson], tuple[str, ...]]  # (row number, seat, person)
    centered: bool = False
    name: str = ""


_HEAD_STYLE = TextStyle(font_size=9, min_font_size=6, bold=True, color=INK, align="center")
_CELL_STYLE = TextStyle(font_size=9.5, min_font_size=6, color=INK)
_CELL_FIRST = TextStyle(font_size=9.5, min_font_size=6, bold=True, color=INK)
_CELL_SECOND = TextStyle(font_size=8, min_font_size=5.5, color=MUTED)
_PADDING = 3.0
HEAD_HEIGHT = 28.0


def column_edges(columns: Sequence[Column], left: float, right: float) -> list[tuple[float, float]]:
    """Each column's (x, width), the first column at the right: the table reads right to left."""
    total = sum(column.weight for column in columns)
    edges = []
    x = right
    for column in columns:
        width = (right - left) * column.weight / total
        x -= width
        edges.append((x, width))
    return edges


def draw_table_head(sheet: Sheet, columns: Sequence[Column], top: float) -> float:
    canvas = sheet.canvas
    edges = column_edges(columns, MARGIN, sheet.width - MARGIN)
    canvas.setFillColor(HexColor("#E8ECF1"))
    canvas.rect(MARGIN, top - HEAD_HEIGHT, sheet.width - 2 * MARGIN, HEAD_HEIGHT, stroke=0, fill=1)
    for column, (x, width) in zip(columns, edges, strict=True):
        inner = width - 2 * _PADDING
        half = HEAD_HEIGHT / 2 - 1
        style = _HEAD_STYLE
        sheet.text(column.title_fa, Box(x + _PADDING, top - half - 1, inner, half), style)
        sheet.text(column.title_en, Box(x + _PADDING, top - 2 * half - 1, inner, half), style)
    return top - HEAD_HEIGHT


def draw_table_row(
    sheet: Sheet,
    columns: Sequence[Column],
    *,
    top: float,
    height: float,
    cells: Sequence[tuple[str, ...]],
    ref: str,
) -> float:
    """One row of cells, each one or more lines (the first bold); returns the row's bottom."""
    canvas = sheet.canvas
    edges = column_edges(columns, MARGIN, sheet.width - MARGIN)
    for column, (x, width), cell in zip(columns, edges, cells, strict=True):
        lines = tuple(line for line in cell if line)
        if not lines:
            continue
        pitch = (height - 2 * _PADDING) / len(lines)
        for number, line in enumerate(lines):
            style = _CELL_FIRST if number == 0 and len(lines) > 1 else _CELL_STYLE
            if number > 0:
                style = _CELL_SECOND
            style = aligned(style, "center") if column.centered else rtl_aligned(style, line)
            box = Box(
                x + _PADDING, top - _PADDING - (number + 1) * pitch, width - 2 * _PADDING, pitch
            )
            sheet.text(line, box, style, ref=ref, field_name=column.name or column.title_en)
    bottom = top - height
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, bottom, sheet.width - MARGIN, bottom)
    canvas.setLineWidth(0.25)
    for x, _ in edges[:-1]:  # light rules between the columns: a sheet people write on
        canvas.line(x, top, x, bottom)
    return bottom


def _table_top(height: float) -> float:
    return height - MARGIN - TITLE_BLOCK_HEIGHT - HEAD_HEIGHT


def _rows_per_page(height: float, row_height: float) -> int:
    return max(1, int((_table_top(height) - FOOTER) // row_height))


def table_pages(rows: int, height: float, row_height: float) -> int:
    """How many pages a table of ``rows`` takes on pages ``height`` tall."""
    return max(1, math.ceil(rows / _rows_per_page(height, row_height)))


def draw_table_pages(
    sheet: Sheet,
    header: EventHeader,
    *,
    heading: Heading,
    rows: Sequence[tuple[str, SeatedPerson]],
    columns: Sequence[Column],
    row_height: float,
    first_page: int,
    total: int,
) -> int:
    """(seat, person) rows on as many pages as they need, each with the title block, the table's
    head and the page number; returns how many pages were drawn."""
    per_page = _rows_per_page(sheet.height, row_height)
    chunks = [rows[start : start + per_page] for start in range(0, len(rows), per_page)] or [[]]
    for page, chunk in enumerate(chunks):
        y = draw_title_block(sheet, header, heading)
        y = draw_table_head(sheet, columns, y)
        for offset, (label, person) in enumerate(chunk):
            number = page * per_page + offset + 1
            cells = [column.lines(number, label, person) for column in columns]
            y = draw_table_row(
                sheet, columns, top=y, height=row_height, cells=cells, ref=person.ref
            )
        draw_page_number(sheet, first_page + page, total)
        sheet.next_page()
    return len(chunks)
