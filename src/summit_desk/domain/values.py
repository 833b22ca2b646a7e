"""The values services hand to the window and the command line (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum


class Role(StrEnum):
    DESK = "desk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class BadgeStatus(StrEnum):
    ACTIVE = "active"
    REPLACED = "replaced"
    REVOKED = "revoked"


class CheckInKind(StrEnum):
    ARRIVAL = "arrival"  # the first arrival of a person on a day
    SESSION_ENTRY = "session_entry"
    UNDO = "undo"  # cancels an earlier entry of the journal, named by its UUID


class CheckInStatus(StrEnum):
    """DESIGN.md's check-in results; the command line prints them as they are."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    REPLACED = "replaced"
    REVOKED = "revoked"
    UNKNOWN = "unknown"
    NOT_TODAY = "not_today"
    ERROR = "error"


class DelegationKind(StrEnum):
    REGIONAL = "regional"
    NATIONAL = "national"
    DIPLOMATIC = "diplomatic"
    CHAMBER = "chamber"
    ORGANISATION = "organisation"
    MEDIA = "media"
    ORGANISER = "organiser"
    OTHER = "other"


class SessionKind(StrEnum):
    GENERAL = "general"
    SPECIALISED = "specialised"


@dataclass(frozen=True, slots=True)
class EventInfo:
    code: str
    name_fa: str
    name_en: str
    slogan_fa: str
    slogan_en: str
    venue_fa: str
    venue_en: str
    timezone: str
    days: tuple[date, ...]


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    code: str
    kind: SessionKind
    name_fa: str
    name_en: str
    day: date
    starts: time
    ends: time
    room_fa: str
    room_en: str
    topics: tuple[tuple[str, str], ...]  # (Persian, English)


@dataclass(frozen=True, slots=True)
class DelegationInfo:
    id: int
    code: str
    country_code: str | None
    kind: DelegationKind
    host: bool
    name_fa: str
    name_en: str
    name_native: str
    order: int


@dataclass(frozen=True, slots=True)
class PersonInput:
    """A person as entered (import row, walk-in form, demo data), already checked and cleaned.

    ``None`` leaves a stored value as it is when an existing person is updated.
    """

    ref: str
    delegation: str  # delegation code
    category: str  # category code
    given_name_fa: str | None = None
    family_name_fa: str | None = None
    given_name_latin: str | None = None
    family_name_latin: str | None = None
    name_native: str | None = None
    title_fa: str | None = None
    title_en: str | None = None
    rank: int | None = None
    gender: str | None = None
    email: str | None = None
    phone: str | None = None
    document_no: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One line of the desk's search results: enough to recognise and check a person in."""

    id: int
    ref: str
    given_name_fa: str
    family_name_fa: str
    given_name_latin: str
    family_name_latin: str
    name_native: str
    title_fa: str
    title_en: str
    category: str
    delegation_code: str
    delegation_fa: str
    delegation_en: str
    country_code: str | None
    rank: int
    checked_in_at: datetime | None  # the first arrival of the day asked about, UTC
    checked_in_desk: str | None

    @property
    def name_fa(self) -> str:
        return " ".join(p for p in (self.given_name_fa, self.family_name_fa) if p)

    @property
    def name_latin(self) -> str:
        return " ".join(p for p in (self.given_name_latin, self.family_name_latin) if p)

    @property
    def display_name(self) -> str:
        return self.name_fa or self.name_latin or self.name_native


@dataclass(frozen=True, slots=True)
class CountRow:
    key: str
    name_fa: str
    name_en: str
    people: int
    arrived: dict[str, int] = field(default_factory=dict)  # ISO day -> arrivals
