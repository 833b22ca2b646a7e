"""The room drawn on a page: tables, seats with their labels, the occupants' names, the door.

Vector only, scaled to fit the area given: the tables as rectangles and circles, each seat a
small box with its label (the chair's filled and edged in gold, an empty seat's dashed), each
occupant's family name in Persian over the one in Latin letters, and the entrance as a gap in
the wall with an arrow into the room.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor

from summit_desk.domain.seating import Room, RoomSeat, SeatAssignment, SeatedPerson, SeatingPlan
from summit_desk.printing.protocol_sheet import (
    INK,
    MARGIN,
    MUTED,
    Sheet,
    bilingual,
    fitted,
    short_name,
)
from summit_desk.printing.text_layout import Box, HorizontalAlign, TextStyle

__all__ = ["draw_legend", "draw_room", "name_boxes"]

CHAIR_FILL = "#1F3A5F"
CHAIR_EDGE = "#B8860B"
TABLE_FILL = "#EEF1F5"
TABLE_EDGE = "#7A8699"
SEAT_FILL = "#FFFFFF"
ENTRANCE = "#2E7D32"
_NAME_HEIGHT = 22.0  # two lines: the family name in Persian over the one in Latin letters
_LARGEST_NAME = 9.0
_UNIFORM_FLOOR = 6.0  # a side of a table shares one size of name, unless that is below this
_SMALLEST_NAME = 4.5
_STAGGER_BELOW = 64.0  # points between seats under which every other name moves out


class _Scale:
    """Metres on the room's floor (``y`` down the page) to points on the page (``y`` up)."""

    def __init__(self, room: Room, area: Box) -> None:
        self.unit = min(area.width / room.width, area.height / room.depth)
        self.left = area.x + (area.width - room.width * self.unit) / 2
        self.top = area.top - (area.height - room.depth * self.unit) / 2

    def point(self, x: float, y: float) -> tuple[float, float]:
        return self.left + x * self.unit, self.top - y * self.unit


def _facing(degrees: float) -> tuple[float, float]:
    """The unit vector on the page of a seat's facing (clockwise from up the page)."""
    radians = math.radians(degrees)
    return math.sin(radians), math.cos(radians)


def _nearest(seat: RoomSeat, seats: Sequence[RoomSeat]) -> float:
    """The distance in metres to the nearest other seat: how much room its name has."""
    distances = [
        math.hypot(seat.x - other.x, seat.y - other.y) for other in seats if other is not seat
    ]
    return min(distances, default=1.0) or 1.0


@dataclass(frozen=True, slots=True)
class _NameSpot:
    """Where a seat's name is written: in front of the seat (where its place card stands)."""

    box: Box
    group: tuple[int, int]  # (row, facing): seats that share a size of name


def _name_spots(room: Room, scale: _Scale) -> dict[str, _NameSpot]:
    """A box for each seat's name.

    Seats along one side of a table (same row and facing) get their names in front of them, on
    the table where the place cards stand. Along a side running across the page, where seats
    stand closer than a name needs, every other name moves one box further out, so each name gets
    nearly two seats' width, as hand-drawn protocol plans do. A seat with no neighbour facing
    its way (round a round table) gets its name behind it, outside the table, where the names
    spread apart instead of crowding towards the centre.
    """
    groups: dict[tuple[int, int], list[RoomSeat]] = {}
    for seat in room.seats:
        groups.setdefault((seat.row, round(seat.facing) % 360), []).append(seat)
    spots = {}
    for key, seats in groups.items():
        radians = math.radians(key[1])
        seats.sort(key=lambda seat: seat.x * math.cos(radians) + seat.y * math.sin(radians))
        alone = len(seats) == 1
        dx, dy = _facing(key[1])
        if alone:
            dx, dy = -dx, -dy
        vertical = abs(dy) >= abs(dx)
        # the free depth in front of the row, up to the next seats that way (theatre rows)
        gap = min(_gap_ahead(seat, room.seats, (dx, -dy)) for seat in seats) * scale.unit
        for index, seat in enumerate(seats):
            pitch = _nearest(seat, room.seats if alone else seats) * scale.unit
            side = _seat_side(_nearest(seat, room.seats) * scale.unit)
            # names start past the table's edge when it runs just in front of the seats, so
            # the edge's line never strikes through a name
            start = side / 2 + 2
            if vertical and not alone:
                edge = _table_edge_ahead(seat, room, (dx, -dy)) * scale.unit
                if start < edge + 2 < start + 2 * _NAME_HEIGHT:
                    start = edge + 2
            height = _NAME_HEIGHT if vertical else max(_NAME_HEIGHT, min(pitch * 0.98, 30.0))
            if vertical:
                height = max(12.0, min(height, gap - start - 2))
            stagger = (
                vertical
                and len(seats) > 2
                and pitch < _STAGGER_BELOW
                and gap > start + 2 + 2 * height
            )
            across = pitch * (1.9 if stagger else 0.98)
            width = across if vertical else pitch * 1.5
            level = index % 2 if stagger else 0
            reach = start + (height / 2 if vertical else width / 2) + level * height
            cx, cy = scale.point(seat.x, seat.y)
            bx, by = cx + dx * reach, cy + dy * reach
            spots[seat.label] = _NameSpot(Box(bx - width / 2, by - height / 2, width, height), key)
    return spots


def _table_edge_ahead(seat: RoomSeat, room: Room, ahead: tuple[float, float]) -> float:
    """How far in front of ``seat`` (metres, straight along ``ahead``, which runs up or down
    the page) the edge of a rectangular table is; far away if no table is there."""
    nearest = 1e9
    for table in room.tables:
        if table.shape != "rect" or not table.x <= seat.x <= table.x + table.width:
            continue
        edge = table.y if ahead[1] > 0 else table.y + table.height
        along = (edge - seat.y) * ahead[1]
        if along > 0:
            nearest = min(nearest, along)
    return nearest


def _gap_ahead(seat: RoomSeat, seats: Sequence[RoomSeat], ahead: tuple[float, float]) -> float:
    """How far in front of ``seat`` (metres, along ``ahead`` in the room's coordinates) the
    nearest seat stands that is roughly straight ahead; far away if none is."""
    nearest = 1e9
    for other in seats:
        along = (other.x - seat.x) * ahead[0] + (other.y - seat.y) * ahead[1]
        across = abs((other.x - seat.x) * ahead[1] - (other.y - seat.y) * ahead[0])
        if other is not seat and along > 0.05 and across < along:
            nearest = min(nearest, along)
    return nearest


def name_boxes(room: Room, area: Box) -> dict[str, Box]:
    """Where each seat's name goes when ``room`` is drawn to fit ``area`` (for checks)."""
    return {label: spot.box for label, spot in _name_spots(room, _Scale(room, area)).items()}


def _seat_side(pitch: float) -> float:
    return max(9.0, min(22.0, pitch * 0.45))


def _name_style(size: float, chair: bool) -> TextStyle:
    return TextStyle(
        font_size=size,
        min_font_size=min(_SMALLEST_NAME, size),
        bold=chair,
        color=CHAIR_FILL if chair else INK,
        align="center",
        max_lines=2,
        line_height=1.15,
    )


def _name_text(person: SeatedPerson) -> str:
    return "\n".join(short_name(person))


def draw_room(sheet: Sheet, plan: SeatingPlan, area: Box) -> None:
    canvas = sheet.canvas
    room = plan.room
    scale = _Scale(room, area)
    x0, y0 = scale.point(0, room.depth)
    canvas.setStrokeColor(HexColor(TABLE_EDGE))
    canvas.setLineWidth(1.2)
    canvas.rect(x0, y0, room.width * scale.unit, room.depth * scale.unit, stroke=1, fill=0)
    canvas.setFillColor(HexColor(TABLE_FILL))
    canvas.setLineWidth(0.8)
    for table in room.tables:
        if table.shape == "circle":
            cx, cy = scale.point(table.x, table.y)
            canvas.circle(cx, cy, table.width / 2 * scale.unit, stroke=1, fill=1)
        else:
            left, bottom = scale.point(table.x, table.y + table.height)
            canvas.rect(
                left, bottom, table.width * scale.unit, table.height * scale.unit, stroke=1, fill=1
            )
    if room.entrance is not None:
        _draw_entrance(sheet, room, scale)
    by_label = {seat.label: seat for seat in plan.seats}
    spots = _name_spots(room, scale)
    # one size of name along a side of a table: the size its longest name fits at
    sizes: dict[tuple[int, int], float] = {}
    for seat in room.seats:
        person = _occupant(plan, by_label.get(seat.label))
        if person is not None:
            spot = spots[seat.label]
            fitted_size = fitted(_name_text(person), spot.box, _name_style(_LARGEST_NAME, False))
            size = max(_UNIFORM_FLOOR, fitted_size.font_size)
            sizes[spot.group] = min(sizes.get(spot.group, _LARGEST_NAME), size)
    for seat in room.seats:
        assignment = by_label.get(seat.label)
        spot = spots[seat.label]
        size = sizes.get(spot.group, _LARGEST_NAME)
        _draw_seat(sheet, plan, seat, assignment, scale=scale, spot=spot, size=size)


def _occupant(plan: SeatingPlan, assignment: SeatAssignment | None) -> SeatedPerson | None:
    if assignment is None or assignment.ref is None:
        return None
    return plan.people.get(assignment.ref)


def _draw_entrance(sheet: Sheet, room: Room, scale: _Scale) -> None:
    """A green gap in the wall nearest the door, an arrow into the room, and «ورودی»."""
    assert room.entrance is not None
    canvas = sheet.canvas
    ex, ey = room.entrance
    walls = {
        "top": ey,
        "bottom": room.depth - ey,
        "left": ex,
        "right": room.width - ex,
    }
    wall = min(walls, key=lambda name: walls[name])
    # into the room, in the room's coordinates (y grows down the page)
    inward = {"top": (0.0, 1.0), "bottom": (0.0, -1.0), "left": (1.0, 0.0), "right": (-1.0, 0.0)}
    dx, dy = inward[wall]
    on_wall = {
        "top": (ex, 0.0),
        "bottom": (ex, room.depth),
        "left": (0.0, ey),
        "right": (room.width, ey),
    }[wall]
    px, py = scale.point(*on_wall)
    door = 1.4 * scale.unit
    canvas.setStrokeColor(HexColor(ENTRANCE))
    canvas.setFillColor(HexColor(ENTRANCE))
    canvas.setLineWidth(4)
    if dx == 0:
        canvas.line(px - door / 2, py, px + door / 2, py)
    else:
        canvas.line(px, py - door / 2, px, py + door / 2)
    # the arrow, pointing into the room (page coordinates: y up, so the room's dy flips)
    ux, uy = dx, -dy
    length = 26.0
    tip = (px + ux * length, py + uy * length)
    canvas.setLineWidth(1.6)
    canvas.line(px + ux * 4, py + uy * 4, tip[0] - ux * 6, tip[1] - uy * 6)
    head = canvas.beginPath()
    head.moveTo(*tip)
    head.lineTo(tip[0] - ux * 8 - uy * 4, tip[1] - uy * 8 + ux * 4)
    head.lineTo(tip[0] - ux * 8 + uy * 4, tip[1] - uy * 8 - ux * 4)
    head.close()
    canvas.drawPath(head, stroke=0, fill=1)
    # the label beside the arrow, inside the room, reading away from the wall it stands by
    label_width = 110.0
    boxes: dict[str, tuple[Box, HorizontalAlign]] = {
        "bottom": (Box(px + 8, py + 4, label_width, 18), "end"),
        "top": (Box(px + 8, py - 22, label_width, 18), "end"),
        "right": (Box(px - 8 - label_width, py + 6, label_width, 18), "start"),
        "left": (Box(px + 8, py + 6, label_width, 18), "end"),
    }
    box, align = boxes[wall]
    room_right = scale.point(room.width, 0)[0]
    if wall in ("top", "bottom") and box.x + box.width > room_right:
        box, align = Box(px - 8 - label_width, box.y, label_width, 18), "start"
    style = TextStyle(font_size=9, min_font_size=6, bold=True, color=ENTRANCE, align=align)
    sheet.text(bilingual("ورودی", "Entrance"), box, style, field_name="entrance", direction="rtl")


def _draw_seat(
    sheet: Sheet,
    plan: SeatingPlan,
    seat: RoomSeat,
    assignment: SeatAssignment | None,
    *,
    scale: _Scale,
    spot: _NameSpot,
    size: float,
) -> None:
    canvas = sheet.canvas
    room = plan.room
    side = _seat_side(_nearest(seat, room.seats) * scale.unit)
    cx, cy = scale.point(seat.x, seat.y)
    chair = seat.label == room.chair or (assignment is not None and assignment.chair)
    person = _occupant(plan, assignment)
    canvas.setLineWidth(1.6 if chair else 0.8)
    canvas.setStrokeColor(HexColor(CHAIR_EDGE if chair else INK))
    canvas.setFillColor(HexColor(CHAIR_FILL if chair else SEAT_FILL))
    if person is None:
        canvas.setDash(2, 2)
    canvas.roundRect(cx - side / 2, cy - side / 2, side, side, side * 0.2, stroke=1, fill=1)
    canvas.setDash()
    label_style = TextStyle(
        font_size=side * 0.42,
        min_font_size=3.5,
        bold=True,
        color="#FFFFFF" if chair else INK,
        align="center",
    )
    sheet.text(
        seat.label,
        Box(cx - side / 2 + 1, cy - side / 2, side - 2, side),
        label_style,
        field_name=f"seat {seat.label}",
        direction="ltr",
    )
    if person is not None:
        style = _name_style(size, chair)
        sheet.text(_name_text(person), spot.box, style, ref=person.ref, field_name="plan name")


def draw_legend(sheet: Sheet) -> None:
    canvas = sheet.canvas
    y = MARGIN - 2
    x = sheet.width - MARGIN - 12
    canvas.setLineWidth(1.6)
    canvas.setStrokeColor(HexColor(CHAIR_EDGE))
    canvas.setFillColor(HexColor(CHAIR_FILL))
    canvas.roundRect(x, y, 10, 10, 2, stroke=1, fill=1)
    style = TextStyle(font_size=8, min_font_size=6, color=MUTED, align="start")
    chair = bilingual("رئیس جلسه", "Chair")
    sheet.text(chair, Box(x - 124, y - 3, 120, 16), style, field_name="legend", direction="rtl")
    x -= 150
    canvas.setLineWidth(0.8)
    canvas.setStrokeColor(HexColor(INK))
    canvas.setFillColor(HexColor(SEAT_FILL))
    canvas.setDash(2, 2)
    canvas.roundRect(x, y, 10, 10, 2, stroke=1, fill=1)
    canvas.setDash()
    empty = bilingual("صندلی خالی", "Empty seat")
    sheet.text(empty, Box(x - 144, y - 3, 140, 16), style, field_name="legend", direction="rtl")
