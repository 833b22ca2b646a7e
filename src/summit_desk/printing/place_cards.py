"""Place cards: A4 landscape sheets folded into tent cards, one per seated person.

A sheet is folded along its long middle line; standing on the table, each half is a face. The
bottom half is the face the room sees; the top half is drawn turned by 180°, so that once
folded it stands upright for the person sitting behind the card (and for the photographers).
Both faces say the same: the form of address in Persian, the name in Persian (largest, to be
read across the table), the form of address and the name in Latin letters, the name in its own
script where that differs (Cyrillic, Azerbaijani, Turkmen), and the delegation and country.

Names shrink to fit the face, and a Persian name may take two lines; what still does not fit is
cut with an ellipsis, clipped, and reported in :attr:`Printout.overflowed` (ref, field) so the
desk can say which cards to check before they go on the table, as the badges do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from reportlab.lib.colors import HexColor

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.seating import SeatedPerson, SeatingPlan
from summit_desk.domain.values import EventHeader
from summit_desk.printing.protocol_sheet import (
    INK,
    MUTED,
    RULE,
    Printout,
    Sheet,
    bilingual,
    native_name,
    origin_en,
    origin_fa,
    paper_size,
)
from summit_desk.printing.seating_plan import seated_rows
from summit_desk.printing.text_layout import Box, TextStyle

__all__ = ["FACE_FIELDS", "face_boxes", "print_place_cards", "render_place_cards"]

_SIDE_MARGIN = 40.0  # points between the card's side edges and the text
_FOLD_MARGIN = 22.0  # between the fold (or the card's edge) and the text
_ACCENT = "#1F3A5F"


@dataclass(frozen=True, slots=True)
class _Line:
    field: str
    style: TextStyle
    height: float


# the lines of a face, top (nearest the fold) to bottom, with their largest sizes
_CENTRED = TextStyle(align="center", color=INK)
_LINES = (
    _Line("honorific_fa", replace(_CENTRED, font_size=20, min_font_size=12, color=MUTED), 30),
    _Line("name_fa", replace(_CENTRED, font_size=50, min_font_size=20, bold=True, max_lines=2), 68),
    _Line("name_latin", replace(_CENTRED, font_size=30, min_font_size=13), 44),
    _Line("name_native", replace(_CENTRED, font_size=24, min_font_size=12), 36),
    _Line(
        "origin",
        replace(_CENTRED, font_size=15, min_font_size=9, color=MUTED, digits="persian"),
        26,
    ),
)
FACE_FIELDS = tuple(line.field for line in _LINES)
_SEAT_STYLE = TextStyle(font_size=8, min_font_size=6, color=MUTED, align="center")


def _texts(person: SeatedPerson) -> dict[str, str]:
    return {
        "honorific_fa": person.name.honorific_fa,
        "name_fa": person.name.name_fa,
        "name_latin": person.name.addressed_latin,
        "name_native": native_name(person),
        "origin": bilingual(origin_fa(person), origin_en(person)),
    }


def face_boxes(person: SeatedPerson, width: float, height: float) -> dict[str, Box]:
    """Where each line of a face goes on the front face (the bottom half of an upright page),
    the lines the person has stacked and centred between the fold and the card's edge."""
    texts = _texts(person)
    lines = [line for line in _LINES if texts[line.field].strip()]
    face_top = height / 2 - _FOLD_MARGIN
    room = face_top - _FOLD_MARGIN
    y = face_top - max(0.0, (room - sum(line.height for line in lines)) / 2)
    boxes = {}
    for line in lines:
        y -= line.height
        boxes[line.field] = Box(_SIDE_MARGIN, y, width - 2 * _SIDE_MARGIN, line.height)
    return boxes


def _draw_face(sheet: Sheet, person: SeatedPerson, caption: str) -> None:
    texts = _texts(person)
    for line in _LINES:
        box = face_boxes(person, sheet.width, sheet.height).get(line.field)
        if box is not None:
            sheet.text(
                texts[line.field],
                box,
                line.style,
                ref=person.ref,
                field_name=line.field,
                direction="rtl" if line.field == "origin" else "auto",
            )
    canvas = sheet.canvas
    canvas.setFillColor(HexColor(_ACCENT))
    canvas.rect(_SIDE_MARGIN, 10, sheet.width - 2 * _SIDE_MARGIN, 2.5, stroke=0, fill=1)
    box = Box(_SIDE_MARGIN, 13, sheet.width - 2 * _SIDE_MARGIN, 12)
    sheet.text(caption, box, _SEAT_STYLE, field_name="caption", direction="rtl")


def _draw_fold(sheet: Sheet) -> None:
    canvas = sheet.canvas
    middle = sheet.height / 2
    canvas.setStrokeColor(HexColor(RULE))
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 4)
    canvas.line(0, middle, sheet.width, middle)
    canvas.setDash()


def _cards(plan: SeatingPlan) -> Iterator[tuple[str, SeatedPerson]]:
    yield from seated_rows(plan)


def print_place_cards(plan: SeatingPlan, header: EventHeader) -> Printout:
    """One folded tent card per seated person, in the seats' order of precedence.

    A plan with nobody seated is refused (``placecards.none``) rather than printed blank.
    """
    cards = list(_cards(plan))
    if not cards:
        raise SummitDeskError("placecards.none", session=plan.session)
    width, height = paper_size("A4")
    sheet = Sheet(width, height, f"{header.name_en} — place cards, {plan.session_en}")
    for label, person in cards:
        # for the ushers who put the cards on the table: which seat, which session
        caption = bilingual(f"صندلی {label}", plan.session_fa, f"{plan.session_en}, seat {label}")
        _draw_face(sheet, person, caption)
        canvas = sheet.canvas
        canvas.saveState()
        # the top half, turned round the page's centre: upright once the sheet is folded
        canvas.translate(width, height)
        canvas.rotate(180)
        _draw_face(sheet, person, caption)
        canvas.restoreState()
        _draw_fold(sheet)
        sheet.next_page()
    return sheet.finish()


def render_place_cards(plan: SeatingPlan, header: EventHeader) -> bytes:
    """The place cards as PDF bytes (see :func:`print_place_cards` for what did not fit)."""
    return print_place_cards(plan, header).pdf
