"""The values of protocol seating: rooms, the office's rules for a session, and a plan.

Rooms and rules are data a protocol officer writes (TOML files, see ``resources/rooms/`` and
``resources/seating/``); the rules that turn them into an order of precedence and a plan live in
``domain/precedence.py`` and ``domain/seat_plan.py``; printing draws a ``SeatingPlan`` and never
decides anything itself.

Coordinates are metres on the room's floor, seen from above with the room's top edge at the
top of the page: ``x`` grows to the right, ``y`` downwards. A seat's ``facing`` is the direction
its occupant looks, in degrees clockwise from "up the page" (0 = faces the top edge, 180 = faces
the bottom edge, towards the audience of a head table drawn at the top).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from summit_desk.domain.person_name import PersonName


class RoomKind(StrEnum):
    HEAD_TABLE = "head_table"  # the host presides in the centre, guests alternate outwards
    U_SHAPE = "u_shape"  # the chair in the centre of the base
    ROUND = "round"  # the chair, then alternating right and left around the table
    BOARDROOM = "boardroom"  # the chair at the end facing the entrance
    THEATRE = "theatre"  # rows; honoured guests in the front row


class CountryOrder(StrEnum):
    """How countries (and so their delegations) rank against each other."""

    PERSIAN = "persian"  # alphabetical by the host's (Iran's) Persian names: the default
    ENGLISH = "english"  # alphabetical by English names (UN practice)
    DRAWN = "drawn"  # a drawn first country, then alphabetical (Persian), wrapping round
    CUSTOM = "custom"  # an order agreed by the delegations


class HostPlace(StrEnum):
    """Where the host country ranks among the others (its governor presides in any case)."""

    ALPHABETICAL = "alphabetical"  # by the same rule as every other country: the default
    FIRST = "first"
    LAST = "last"


@dataclass(frozen=True, slots=True)
class TableShape:
    """A piece of furniture to draw: a rectangle (``x, y`` its top-left) or a circle (``x, y``
    its centre, ``width`` its diameter)."""

    shape: str  # "rect" or "circle"
    x: float
    y: float
    width: float
    height: float = 0.0


@dataclass(frozen=True, slots=True)
class RoomSeat:
    label: str  # printed on the plan and the list: "A1", "B3"
    x: float
    y: float
    facing: float = 180.0
    row: int = 0  # 0 = the principals' row (at the table); 1, 2… = rows behind or further back
    behind: str = ""  # for a seat of a second row: the label of the seat it stands behind
    order: int | None = None  # the officer's explicit order of precedence, overriding the rule


@dataclass(frozen=True, slots=True)
class Room:
    key: str  # the file's name without .toml
    title_fa: str
    title_en: str
    kind: RoomKind
    width: float  # metres
    depth: float
    chair: str  # label of the presiding seat
    seats: tuple[RoomSeat, ...]
    tables: tuple[TableShape, ...] = ()
    entrance: tuple[float, float] | None = None  # where the door is, drawn on the plan
    paper: str = "A4"  # "A4" or "A3", landscape

    def seat(self, label: str) -> RoomSeat:
        for seat in self.seats:
            if seat.label == label:
                return seat
        raise KeyError(label)


@dataclass(frozen=True, slots=True)
class SeatingRules:
    """The protocol office's rules for one session (one TOML file, see resources/seating/)."""

    session: str  # session code
    room: str  # room key
    invite_categories: tuple[str, ...] = ("HOD",)
    invite_delegations: tuple[str, ...] = ()  # delegation codes invited whole
    invite_refs: tuple[str, ...] = ()  # named people
    exclude_refs: tuple[str, ...] = ()
    presiding: str = ""  # a ref; empty = the host delegation's head (the host governor)
    country_order: CountryOrder = CountryOrder.PERSIAN
    drawn_first: str = ""  # country code, for CountryOrder.DRAWN
    custom_countries: tuple[str, ...] = ()  # country codes, for CountryOrder.CUSTOM
    host_place: HostPlace = HostPlace.ALPHABETICAL
    # Where the other categories sit against the regional delegations' heads, as blocks in
    # order: "MIN", "HOD", "AMB", "ORG", "BIZ"… and "*" for every category not named.
    category_blocks: tuple[str, ...] = ("MIN", "HOD", "AMB", "ORG", "BIZ", "*")
    # Categories seated behind (in the second row) their head of delegation, not at the table.
    behind_categories: tuple[str, ...] = ("INT",)


@dataclass(frozen=True, slots=True)
class PrecedencePerson:
    """What precedence needs to know of one invited person."""

    ref: str
    category: str
    delegation: str  # delegation code
    delegation_order: int  # the delegation's order inside its country
    delegation_host: bool
    country: str | None  # ISO code
    country_fa: str
    country_en: str
    country_host: bool
    rank: int  # the notified rank inside the delegation (1 = head)
    precedence_date: date | None = None  # ambassadors: the date they took up their post
    sort_name: str = ""  # a tie-break that never changes from run to run


@dataclass(frozen=True, slots=True)
class SeatAssignment:
    label: str
    order: int  # 1 = the presiding seat, then the order of precedence of the seat
    row: int
    ref: str | None  # the seated person, or None for an empty seat
    locked: bool = False
    chair: bool = False


@dataclass(frozen=True, slots=True)
class SeatedPerson:
    """Who sits in a seat, as the printouts show them."""

    ref: str
    name: PersonName  # with the form of address, which place cards and lists print
    category: str
    delegation_fa: str
    delegation_en: str
    country_fa: str
    country_en: str
    arrived: bool = False


class ConflictKind(StrEnum):
    SEATED_TWICE = "seated_twice"
    NOT_INVITED = "not_invited"
    NOT_ARRIVED = "not_arrived"
    HEAD_WITHOUT_SEAT = "head_without_seat"
    OUT_OF_ORDER = "out_of_order"


@dataclass(frozen=True, slots=True)
class SeatingConflict:
    kind: ConflictKind
    ref: str
    labels: tuple[str, ...] = ()  # the seats concerned


@dataclass(frozen=True, slots=True)
class SeatingPlan:
    """A session's seats with who sits where: what the Seating page and the printouts show."""

    session: str
    session_fa: str
    session_en: str
    room: Room
    seats: tuple[SeatAssignment, ...]
    people: dict[str, SeatedPerson] = field(default_factory=dict)  # by ref
    conflicts: tuple[SeatingConflict, ...] = ()
    day: date | None = None  # the session's day, printed in the plan's title block

    def occupant(self, label: str) -> SeatedPerson | None:
        for seat in self.seats:
            if seat.label == label and seat.ref is not None:
                return self.people.get(seat.ref)
        return None
