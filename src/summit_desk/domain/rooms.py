"""Rooms and the office's seating rules as files: ``resources/rooms/`` and ``resources/seating/``.

A protocol officer adds or adjusts a room or a session's rules without code (see the README
beside the rooms). A mistake is a ``room.invalid`` or ``rules.invalid`` naming file and key.

``seat_order`` turns a room into its seats' order of precedence, from the kind of room and where
the chair sits and looks: "right" is always the presiding person's right, as protocol reckons it.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable, Iterable, Mapping
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from summit_desk.assets import resource
from summit_desk.domain.categories import CODES
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.seating import (
    CountryOrder,
    HostPlace,
    Room,
    RoomKind,
    RoomSeat,
    SeatingRules,
    TableShape,
)

FORMAT_VERSION = 1
_DEFAULT_RULES = SeatingRules(session="", room="")
_E = TypeVar("_E", bound=StrEnum)

_ROOM_KEYS = ("format", "title_fa", "title_en", "kind", "width", "depth", "chair", "paper",
              "entrance", "tables", "seats")  # fmt: skip
_SEAT_KEYS = ("label", "x", "y", "facing", "row", "behind", "order")
_TABLE_KEYS = ("shape", "x", "y", "width", "height")
_RULES_KEYS = ("format", "room", "presiding", "invite", "order")
_INVITE_KEYS = ("categories", "delegations", "refs", "exclude")
_ORDER_KEYS = ("countries", "drawn_first", "custom", "host", "categories", "behind")


class _Toml:
    """One TOML table being read: typed getters that name the file and the key on failure."""

    def __init__(
        self, source: str, code: str, data: Mapping[str, Any], keys: Iterable[str], prefix: str = ""
    ) -> None:
        self.source, self.code, self.data, self.prefix = source, code, data, prefix
        unknown = sorted(set(data) - set(keys))
        if unknown:
            self.fail(unknown[0], "is not a known key (a typo?)")

    def fail(self, name: str, problem: str) -> NoReturn:
        key = f"{self.prefix}.{name}" if self.prefix else name
        raise SummitDeskError(self.code, path=self.source, key=key, reason=f"{key} {problem}")

    def string(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if value is None:
            self.fail(name, "is missing")
        if not isinstance(value, str):
            self.fail(name, f"must be text in quotes, not {value!r}")
        return value.strip()

    def number(self, name: str, default: float | None = None, *, positive: bool = False) -> float:
        value = self.data.get(name, default)
        if value is None:
            self.fail(name, "is missing")
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail(name, f"must be a number, not {value!r}")
        if positive and value <= 0:
            self.fail(name, "must be above 0")
        return float(value)

    def integer(self, name: str) -> int | None:
        value = self.data.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            self.fail(name, f"must be a whole number, not {value!r}")
        return value

    def strings(self, name: str) -> tuple[str, ...]:
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(name, f"must be a list of texts in quotes, not {value!r}")
        return tuple(v.strip() for v in value)

    def choice(self, name: str, kind: type[_E], default: _E | None = None) -> _E:
        text = self.string(name, None if default is None else default.value)
        try:
            return kind(text)
        except ValueError:
            self.fail(name, f"must be one of {', '.join(k.value for k in kind)}, not {text!r}")

    def table(self, name: str, keys: Iterable[str]) -> _Toml:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            self.fail(name, "must be a table")
        return _Toml(self.source, self.code, value, keys, name)

    def tables(self, name: str, keys: Iterable[str]) -> list[_Toml]:
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(name, "must be a list of tables")
        return [
            _Toml(self.source, self.code, v, keys, f"{name}[{i + 1}]") for i, v in enumerate(value)
        ]


def _document(text: str | None, path: Path, code: str) -> dict[str, Any]:
    """The TOML document in ``text``, or in the file at ``path`` when ``text`` is None."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8") if text is None else text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise SummitDeskError(code, path=str(path), key="", reason=reason) from error


# --- rooms -----------------------------------------------------------------------------------


def room_keys() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in resource("rooms").glob("*.toml")))


def room(key_or_path: str | Path) -> Room:
    """A room of ``resources/rooms`` by its key (``"khazar-hall"``), or a room file's path."""
    text = str(key_or_path)
    if text.endswith(".toml") or "/" in text or "\\" in text:
        return load_room(Path(text))
    path = resource("rooms", f"{text}.toml")
    if not path.is_file():
        raise SummitDeskError("room.unknown", name=text, known=", ".join(room_keys()))
    return load_room(path)


def load_room(path: Path, text: str | None = None) -> Room:
    """The room in the file at ``path`` (or in ``text``, named after ``path``)."""
    root = _Toml(str(path), "room.invalid", _document(text, path, "room.invalid"), _ROOM_KEYS)
    if root.integer("format") not in (None, FORMAT_VERSION):
        root.fail("format", f"must be {FORMAT_VERSION}")
    width, depth = root.number("width", positive=True), root.number("depth", positive=True)
    seats = tuple(_seat(t, width, depth) for t in root.tables("seats", _SEAT_KEYS))
    if not seats:
        root.fail("seats", "is missing: a room needs at least one seat")
    _check_seats(root, seats)
    built = Room(
        key=path.stem,
        title_fa=root.string("title_fa"),
        title_en=root.string("title_en"),
        kind=root.choice("kind", RoomKind),
        width=width,
        depth=depth,
        chair=root.string("chair"),
        seats=seats,
        tables=tuple(_table(t) for t in root.tables("tables", _TABLE_KEYS)),
        entrance=_point(root, "entrance", width, depth),
        paper=root.string("paper", "A4").upper(),
    )
    if built.paper not in ("A4", "A3"):
        root.fail("paper", f"must be A4 or A3, not {built.paper!r}")
    _check_chair(root, built)
    return built


def _seat(t: _Toml, width: float, depth: float) -> RoomSeat:
    label = t.string("label")
    if not label:
        t.fail("label", "is empty")
    x, y = t.number("x"), t.number("y")
    if not (0 <= x <= width and 0 <= y <= depth):
        t.fail("x", f"and y ({x:g}, {y:g}) are outside the room ({width:g} × {depth:g} m)")
    behind = t.string("behind", "")
    row = t.integer("row")
    return RoomSeat(
        label=label,
        x=x,
        y=y,
        facing=t.number("facing", 180.0) % 360,
        row=(1 if behind else 0) if row is None else row,
        behind=behind,
        order=t.integer("order"),
    )


def _check_seats(root: _Toml, seats: tuple[RoomSeat, ...]) -> None:
    labels = [s.label for s in seats]
    front = {s.label for s in seats if not s.behind}
    orders = [s.order for s in seats if s.order is not None]
    for index, seat in enumerate(seats):
        where = f"[{index + 1}]"
        if labels.index(seat.label) != index:
            root.fail(f"seats{where}.label", f"{seat.label!r} is used by another seat too")
        if seat.behind and seat.behind not in front:
            root.fail(f"seats{where}.behind", f"{seat.behind!r} is not a seat at the table")
        if seat.row < 0:
            root.fail(f"seats{where}.row", "must be 0 or more")
        if seat.order is not None and (
            not 1 <= seat.order <= len(seats) or orders.count(seat.order) > 1
        ):
            root.fail(f"seats{where}.order", f"must be 1 to {len(seats)}, no two seats alike")


def _check_chair(root: _Toml, built: Room) -> None:
    try:
        chair = built.seat(built.chair)
    except KeyError:
        root.fail("chair", f"{built.chair!r} is not the label of a seat")
    if chair.behind:
        root.fail("chair", "must be a seat at the table, not one behind it")
    if any(seat.order == 1 and seat.label != built.chair for seat in built.seats):
        root.fail("chair", "is first in precedence, but another seat has order = 1")


def _table(t: _Toml) -> TableShape:
    shape = t.string("shape", "rect")
    if shape not in ("rect", "circle"):
        t.fail("shape", f"must be rect or circle, not {shape!r}")
    height = 0.0 if shape == "circle" else t.number("height", positive=True)
    return TableShape(shape, t.number("x"), t.number("y"), t.number("width", positive=True), height)


def _point(t: _Toml, name: str, width: float, depth: float) -> tuple[float, float] | None:
    value = t.data.get(name)
    if value is None:
        return None
    numbers = isinstance(value, list) and all(type(v) in (int, float) for v in value)
    if not numbers or len(value) != 2:
        t.fail(name, f"must be [x, y] in metres, not {value!r}")
    x, y = float(value[0]), float(value[1])
    if not (0 <= x <= width and 0 <= y <= depth):
        t.fail(name, f"({x:g}, {y:g}) is outside the room")
    return (x, y)


# --- the seats' order of precedence ----------------------------------------------------------

_SAME_STEP = 0.05  # metres (or radians round a table): closer than this is one step outwards


def _right(facing: float) -> tuple[float, float]:
    """The unit vector to the right hand of someone looking ``facing`` degrees from up the page."""
    angle = math.radians(facing)
    return (math.cos(angle), math.sin(angle))


def _forward(facing: float) -> tuple[float, float]:
    angle = math.radians(facing)
    return (math.sin(angle), -math.cos(angle))


def _along(seat: RoomSeat, origin: RoomSeat, axis: tuple[float, float]) -> float:
    return (seat.x - origin.x) * axis[0] + (seat.y - origin.y) * axis[1]


def _outwards(
    seats: Iterable[RoomSeat],
    offset: Callable[[RoomSeat], float],
    size: Callable[[RoomSeat], float],
) -> list[str]:
    """Near before far; at one step out, the centre, then the chair's right, then its left."""

    def side(seat: RoomSeat) -> int:
        value = offset(seat)
        return 0 if abs(value) < _SAME_STEP else (1 if value > 0 else 2)

    ordered = sorted(seats, key=lambda s: (size(s), s.label))
    steps: list[list[RoomSeat]] = []
    for seat in ordered:
        if steps and size(seat) - size(steps[-1][0]) < _SAME_STEP:
            steps[-1].append(seat)
        else:
            steps.append([seat])
    return [s.label for step in steps for s in sorted(step, key=lambda s: (side(s), size(s)))]


def _table_order(room_: Room, chair: RoomSeat, seats: list[RoomSeat]) -> list[str]:
    right = _right(chair.facing)

    def offset(seat: RoomSeat) -> float:
        return _along(seat, chair, right)

    if room_.kind is RoomKind.ROUND:
        cx, cy = _round_centre(room_, [chair, *seats])

        def turn(seat: RoomSeat) -> float:
            ux, uy, vx, vy = chair.x - cx, chair.y - cy, seat.x - cx, seat.y - cy
            return abs(math.atan2(ux * vy - uy * vx, ux * vx + uy * vy))

        return _outwards(seats, offset, turn)
    if room_.kind is RoomKind.BOARDROOM:
        return _outwards(seats, offset, lambda s: math.hypot(s.x - chair.x, s.y - chair.y))
    if room_.kind is RoomKind.U_SHAPE:
        base = [s for s in seats if abs((s.facing - chair.facing + 180) % 360 - 180) < 1]
        arms = [s for s in seats if s not in base]
        down = _forward(chair.facing)
        return _outwards(base, offset, lambda s: abs(offset(s))) + _outwards(
            arms, offset, lambda s: _along(s, chair, down)
        )
    return _outwards(seats, offset, lambda s: abs(offset(s)))


def _round_centre(room_: Room, seats: list[RoomSeat]) -> tuple[float, float]:
    for table in room_.tables:
        if table.shape == "circle":
            return (table.x, table.y)
    return (sum(s.x for s in seats) / len(seats), sum(s.y for s in seats) / len(seats))


def _row_order(chair: RoomSeat, seats: list[RoomSeat]) -> list[str]:
    """A row of the audience: from its centre outwards, the chair's right first."""
    right = _right(chair.facing)
    offsets = [_along(s, chair, right) for s in seats]
    middle = (min(offsets) + max(offsets)) / 2

    def offset(seat: RoomSeat) -> float:
        return _along(seat, chair, right) - middle

    return _outwards(seats, offset, lambda s: abs(offset(s)))


@lru_cache(maxsize=64)
def seat_order(room_: Room) -> tuple[str, ...]:
    """Every seat's label in order of precedence, the chair first; explicit ``order`` wins."""
    chair = room_.seat(room_.chair)
    front = [s for s in room_.seats if s.row == chair.row and not s.behind and s is not chair]
    order = [chair.label, *_table_order(room_, chair, front)]
    position = {label: i for i, label in enumerate(order)}
    behind = sorted(
        (s for s in room_.seats if s.behind),
        key=lambda s: (position.get(s.behind, len(order)), s.row, s.label),
    )
    order += [s.label for s in behind]
    rows = sorted({s.row for s in room_.seats if not s.behind and s.row != chair.row})
    for row in rows:
        order += _row_order(chair, [s for s in room_.seats if s.row == row and not s.behind])
    return _with_explicit(room_, order)


def _with_explicit(room_: Room, computed: list[str]) -> tuple[str, ...]:
    count = len(computed)  # a room built in code is not checked as a file is: stay in range
    fixed = {s.order: s.label for s in room_.seats if s.order is not None and 0 < s.order <= count}
    rest = iter(label for label in computed if label not in fixed.values())
    return tuple(fixed.get(i) or next(rest) for i in range(1, count + 1))


# --- the office's rules for a session -----------------------------------------------------------


def rules_for(session_code: str) -> SeatingRules | None:
    """The rules of ``resources/seating/<SESSION>.toml``, or None when the office wrote none."""
    path = resource("seating", f"{session_code}.toml")
    return load_rules(path) if path.is_file() else None


def load_rules(path: Path, text: str | None = None) -> SeatingRules:
    """The rules in the file ``<SESSION>.toml`` at ``path``, or in ``text`` (as the database
    keeps an officer's file) for the session ``path`` is named after."""
    root = _Toml(str(path), "rules.invalid", _document(text, path, "rules.invalid"), _RULES_KEYS)
    if root.integer("format") not in (None, FORMAT_VERSION):
        root.fail("format", f"must be {FORMAT_VERSION}")
    invite, order = root.table("invite", _INVITE_KEYS), root.table("order", _ORDER_KEYS)
    rules = SeatingRules(
        session=path.stem,
        room=root.string("room"),
        invite_categories=_categories(invite, "categories", ("HOD",)),
        invite_delegations=invite.strings("delegations"),
        invite_refs=invite.strings("refs"),
        exclude_refs=invite.strings("exclude"),
        presiding=root.string("presiding", ""),
        country_order=order.choice("countries", CountryOrder, CountryOrder.PERSIAN),
        drawn_first=order.string("drawn_first", "").upper(),
        custom_countries=tuple(c.upper() for c in order.strings("custom")),
        host_place=order.choice("host", HostPlace, HostPlace.ALPHABETICAL),
        category_blocks=_categories(order, "categories", _DEFAULT_RULES.category_blocks, "*"),
        behind_categories=_categories(order, "behind", _DEFAULT_RULES.behind_categories),
    )
    if rules.country_order is CountryOrder.DRAWN and not rules.drawn_first:
        order.fail("drawn_first", "is missing: countries = 'drawn' needs the drawn country's code")
    if rules.country_order is CountryOrder.CUSTOM and not rules.custom_countries:
        order.fail("custom", "is missing: countries = 'custom' needs the list of country codes")
    return rules


def _categories(t: _Toml, name: str, default: tuple[str, ...], *extra: str) -> tuple[str, ...]:
    if name not in t.data:
        return default
    codes = tuple(c.upper() for c in t.strings(name))
    for code in codes:
        if code not in CODES and code not in extra:
            t.fail(name, f"names {code!r}, which is not a category ({', '.join(CODES)})")
    return codes
