"""The room drawn to scale: the walls, the tables, the entrance, and each seat with its label,
its occupant's family name, the chair marked, locked seats and seats in conflict marked.

The scene is in centimetres of the room's floor (``UNIT`` per metre, ``y`` down the page as in
``domain/seating.py``), so the furniture keeps its proportions at any zoom. Texts keep their
size on screen whatever the zoom (``ItemIgnoresTransformations``): a name stays readable when the
whole hall is in view, and zooming in only spreads the seats apart. Where seats stand closer
than a name is wide, every other name moves a line further out, as on the printed plan.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QWidget,
)

from summit_desk.domain.seating import (
    ConflictKind,
    Room,
    RoomSeat,
    SeatingPlan,
)
from summit_desk.ui.seating.seat_items import (
    ABSENT,
    CONFLICT,
    ENTRANCE,
    INK,
    NAME_GAP_M,
    NAME_POINTS,
    TABLE_EDGE,
    TABLE_FILL,
    UNIT,
    WALL,
    SeatItem,
    TextItem,
)
from summit_desk.ui.seating.wording import ConflictWording, delegation_name, display_name, seat_name


def _facing(degrees: float) -> tuple[float, float]:
    """The unit vector of a seat's facing in the scene (y grows down the page)."""
    radians = math.radians(degrees)
    return math.sin(radians), -math.cos(radians)


def _nearest(seat: RoomSeat, seats: Iterable[RoomSeat]) -> float:
    distances = [math.hypot(seat.x - o.x, seat.y - o.y) for o in seats if o is not seat]
    return min(distances, default=1.0) or 1.0


class RoomScene(QGraphicsScene):
    """The room of a plan; ``show_plan`` draws it anew."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.wording = ConflictWording(lang, self)
        self.seats: dict[str, SeatItem] = {}
        self.plan: SeatingPlan | None = None
        self._pitch: dict[str, float] = {}  # metres to the nearest seat, for the names' width
        self._staggered: set[str] = set()  # names moved a line out
        self._rows_staggered: set[str] = set()  # every seat of a row whose names take two lines
        self._ahead: dict[str, float] = {}  # metres free in front of each seat
        self._pixels_per_unit = 1.0
        self.name_font = QFont()
        self.name_font.setPointSizeF(NAME_POINTS)
        self.label_font = QFont()
        self.label_font.setPointSizeF(NAME_POINTS - 1.5)
        self.label_font.setBold(True)
        self.entrance_text = ""

    # --- drawing -------------------------------------------------------------------------------
    def show_plan(self, plan: SeatingPlan | None, entrance_text: str = "") -> None:
        """Draw ``plan``'s room; the selected seat stays selected."""
        selected = self.selected_label()
        self.clear()
        self.seats = {}
        self.plan = plan
        if plan is None:
            return
        room = plan.room
        self._draw_room(room, entrance_text)
        by_label = {seat.label: seat for seat in plan.seats}
        problems: dict[str, list[ConflictKind]] = {}
        for conflict in plan.conflicts:
            for label in conflict.labels:
                problems.setdefault(label, []).append(conflict.kind)
        self._pitch = {seat.label: _nearest(seat, room.seats) for seat in room.seats}
        self._staggered, self._rows_staggered = _staggered(room, self._pitch)
        self._ahead = {seat.label: _gap_ahead(seat, room.seats) for seat in room.seats}
        for seat in room.seats:
            assignment = by_label.get(seat.label)
            side = min(0.5, self._pitch[seat.label] * 0.75)
            item = SeatItem(seat, assignment, side, chair=seat.label == room.chair)
            item.conflicts = tuple(problems.get(seat.label, ()))
            self.addItem(item)
            self.seats[seat.label] = item
            self._add_texts(item, plan)
        self.setSceneRect(self._extent(room))
        self.relabel(self._pixels_per_unit)
        if selected in self.seats:
            self.seats[selected].setSelected(True)

    def _draw_room(self, room: Room, entrance_text: str) -> None:
        walls = self.addRect(QRectF(0, 0, room.width * UNIT, room.depth * UNIT), QPen(WALL, 6))
        walls.setZValue(-2)
        for table in room.tables:
            pen, brush = QPen(TABLE_EDGE, 3), QBrush(TABLE_FILL)
            if table.shape == "circle":
                r = table.width / 2 * UNIT
                item: QGraphicsItem = self.addEllipse(
                    QRectF(table.x * UNIT - r, table.y * UNIT - r, 2 * r, 2 * r), pen, brush
                )
            else:
                rect = QRectF(table.x * UNIT, table.y * UNIT, table.width * UNIT,
                              table.height * UNIT)  # fmt: skip
                item = self.addRect(rect, pen, brush)
            item.setZValue(-1)
        if room.entrance is not None:
            self._draw_entrance(room, entrance_text)

    def _draw_entrance(self, room: Room, text: str) -> None:
        assert room.entrance is not None
        ex, ey = room.entrance
        walls = {"top": ey, "bottom": room.depth - ey, "left": ex, "right": room.width - ex}
        wall = min(walls, key=lambda name: walls[name])
        on_wall = {"top": (ex, 0.0), "bottom": (ex, room.depth), "left": (0.0, ey),
                   "right": (room.width, ey)}[wall]  # fmt: skip
        inward = {"top": (0, 1), "bottom": (0, -1), "left": (1, 0), "right": (-1, 0)}[wall]
        px, py = on_wall[0] * UNIT, on_wall[1] * UNIT
        half = 0.7 * UNIT
        pen = QPen(ENTRANCE, 14)
        if inward[0] == 0:
            self.addLine(px - half, py, px + half, py, pen)
        else:
            self.addLine(px, py - half, px, py + half, pen)
        tip = QPointF(px + inward[0] * 0.9 * UNIT, py + inward[1] * 0.9 * UNIT)
        self.addLine(px, py, tip.x(), tip.y(), QPen(ENTRANCE, 5))
        head = QPainterPath(tip)
        side = QPointF(-inward[1], inward[0])
        back = QPointF(tip.x() - inward[0] * 25, tip.y() - inward[1] * 25)
        head.lineTo(back + side * 14)
        head.lineTo(back - side * 14)
        head.closeSubpath()
        self.addPath(head, QPen(ENTRANCE, 1), QBrush(ENTRANCE))
        self.entrance_text = text
        if text:
            font = QFont(self.name_font)
            font.setBold(True)
            label = TextItem(text, font, ENTRANCE)
            label.setPos(tip.x() + inward[0] * 0.35 * UNIT, tip.y() + inward[1] * 0.35 * UNIT)
            self.addItem(label)

    def _add_texts(self, item: SeatItem, plan: SeatingPlan) -> None:
        seat = item.seat
        colour = QColor("#FFFFFF") if item.chair else INK
        label = TextItem(seat.label, self.label_font, colour)
        label.setPos(item.pos())
        label.setZValue(3)
        self.addItem(label)
        item.label_item = label
        person = plan.people.get(item.ref) if item.ref else None
        tip = [seat.label]
        if item.ref is not None:
            font = QFont(self.name_font)
            font.setBold(item.chair)
            colour = INK
            if item.conflicts:
                colour = ABSENT if item.only_absent else CONFLICT
            name = TextItem(seat_name(person, item.ref, self.lang), font, colour)
            dx, dy = _facing(seat.facing)
            reach = item.side / 2 + NAME_GAP_M * UNIT
            name.setPos(item.x() + dx * reach, item.y() + dy * reach)
            name.setZValue(3)
            self.addItem(name)
            item.name_item = name
            tip.append(display_name(person, item.ref, self.lang))
            if person is not None:
                tip.append(delegation_name(person, self.lang))
        tip += [self.wording.short(kind) for kind in item.conflicts]
        item.setToolTip(" — ".join(tip))

    def _extent(self, room: Room) -> QRectF:
        """What the view fits: the furniture, the seats and the entrance with a margin; a hall
        much larger than its seats would leave them too small to read."""
        points = [(s.x, s.y) for s in room.seats]
        for t in room.tables:
            if t.shape == "circle":
                points += [(t.x - t.width / 2, t.y - t.width / 2), (t.x + t.width / 2,
                           t.y + t.width / 2)]  # fmt: skip
            else:
                points += [(t.x, t.y), (t.x + t.width, t.y + t.height)]
        if room.entrance is not None:
            points.append(room.entrance)
        margin = 1.0
        left = max(min(x for x, _y in points) - margin, -0.3)
        top = max(min(y for _x, y in points) - margin, -0.3)
        right = min(max(x for x, _y in points) + margin, room.width + 0.3)
        bottom = min(max(y for _x, y in points) + margin, room.depth + 0.3)
        return QRectF(left * UNIT, top * UNIT, (right - left) * UNIT, (bottom - top) * UNIT)

    # --- names at the view's scale ----------------------------------------------------------------
    def relabel(self, pixels_per_unit: float) -> None:
        """The view's scale changed: give each name the room it has on screen between its
        neighbours, and move every other name out where they would touch."""
        self._pixels_per_unit = pixels_per_unit
        metrics = QFontMetricsF(self.name_font)
        line = metrics.height()
        for label, item in self.seats.items():
            if item.name_item is None:
                continue
            room_px = self._pitch.get(label, 1.0) * UNIT * pixels_per_unit
            free_px = (
                self._ahead.get(label, 9.0) * UNIT * pixels_per_unit - item.side * pixels_per_unit
            )
            dx, dy = _facing(item.seat.facing)
            sideways = abs(dx) >= 0.9  # names one above the other never touch
            room_for_two = room_px < 70 and free_px > 2.0 * line and not sideways
            stagger = label in self._staggered and room_for_two
            # names on two lines: every name has the room of two seats
            shared = label in self._rows_staggered and room_for_two
            if sideways:  # the name runs into the room ahead of the seat
                # at most half way: the seat facing it writes its name from the other side
                item.name_item.set_max_width(min(free_px * 0.45, 220.0))
            else:
                item.name_item.set_max_width(room_px * (1.9 if shared else 0.96))
            # from the seat's edge to the near edge of the name's box, whichever way it faces
            width = item.name_item.shown_width()
            reach = abs(dx) * width / 2 + abs(dy) * line / 2 + (line * 1.05 if stagger else 0.0)
            item.name_item.prepareGeometryChange()
            item.name_item.shift = QPointF(dx * reach, dy * reach)

    # --- selection -----------------------------------------------------------------------------
    def selected_label(self) -> str | None:
        for item in self.selectedItems():
            if isinstance(item, SeatItem):
                return item.label
        return None

    def select_seat(self, label: str) -> SeatItem | None:
        item = self.seats.get(label)
        self.clearSelection()
        if item is not None:
            item.setSelected(True)
            item.setFocus(Qt.FocusReason.OtherFocusReason)
        return item

    def seat_at(self, point: QPointF) -> SeatItem | None:
        """The seat under ``point`` (scene coordinates), if any."""
        for item in self.items(point):
            if isinstance(item, SeatItem):
                return item
        return None


def _gap_ahead(seat: RoomSeat, seats: Iterable[RoomSeat]) -> float:
    """Metres in front of ``seat`` before the next seat in the way (for a second line of names)."""
    dx, dy = _facing(seat.facing)
    gaps = []
    for other in seats:
        ox, oy = other.x - seat.x, other.y - seat.y
        along = ox * dx + oy * dy
        across = abs(ox * dy - oy * dx)
        if along > 0.05 and across < 0.6:
            gaps.append(along)
    return min(gaps, default=9.0)


def _staggered(room: Room, pitch: dict[str, float]) -> tuple[set[str], set[str]]:
    """Every other seat along a row of seats that face the same way (their names move out),
    and every seat of those rows."""
    groups: dict[tuple[int, int, float], list[RoomSeat]] = {}
    for seat in room.seats:
        dx, dy = _facing(seat.facing)
        # seats of one straight row: same row, facing, and distance along the facing
        along = round(seat.x * dx + seat.y * dy, 1)
        groups.setdefault((seat.row, round(seat.facing) % 360, along), []).append(seat)
    chosen: set[str] = set()
    rows: set[str] = set()
    for (_row, facing, _along), seats in groups.items():
        if len(seats) < 2:
            continue
        horizontal = facing in (0, 180)
        seats.sort(key=lambda s: s.x if horizontal else s.y)
        chosen.update(s.label for i, s in enumerate(seats) if i % 2 == 1 and pitch[s.label] < 1.2)
        rows.update(s.label for s in seats if pitch[s.label] < 1.2)
    return chosen, rows
