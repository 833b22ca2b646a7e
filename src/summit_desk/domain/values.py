"""The values services hand to the window and the command line (never ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from enum import StrEnum

from summit_desk.domain.person_name import PersonName


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
    NOT_INVITED = "not_invited"  # a door scan for a session the holder is not invited to
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
    honorific_fa: str | None = None  # the form of address: "جناب آقای", "H.E."
    honorific_en: str | None = None
    precedence_date: date | None = None  # ambassadors: the date they took up their post


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """One line of the desk's search results: enough to recognise and check a person in."""

    id: int
    ref: str
    name: PersonName
    category: str
    delegation_code: str
    delegation_fa: str
    delegation_en: str
    country_code: str | None
    rank: int
    checked_in_at: datetime | None  # the first arrival of the day asked about, UTC
    checked_in_desk: str | None


@dataclass(frozen=True, slots=True)
class CountRow:
    key: str
    name_fa: str
    name_en: str
    people: int
    arrived: dict[str, int] = field(default_factory=dict)  # ISO day -> arrivals


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """What the desk shows after a scan: DESIGN.md's status, who it was, and when they came."""

    status: CheckInStatus
    code: str
    day: date
    person: PersonSummary | None = None
    entry_uuid: str | None = None  # the journal entry written, if any
    at: datetime | None = None  # when this check-in (or the first one, if already in) happened
    desk: str | None = None
    badge_version: int | None = None
    current_badge_version: int | None = None  # for a replaced badge: the one to use now
    notify: bool = False  # protocol wants to know: a head of delegation, minister, ambassador...
    detail: str = ""
    session: str | None = None  # a door scan: the session's code

    def as_json(self) -> dict[str, object]:
        person = self.person
        return {
            "status": self.status.value,
            "code": self.code,
            "day": self.day.isoformat(),
            "ref": person.ref if person else None,
            "name_fa": person.name.name_fa if person else None,
            "name_latin": person.name.name_latin if person else None,
            "name_native": person.name.name_native if person else None,
            "delegation": person.delegation_code if person else None,
            "category": person.category if person else None,
            "at": self.at.isoformat() if self.at else None,
            "desk": self.desk,
            "entry": self.entry_uuid,
            "badge_version": self.badge_version,
            "current_badge_version": self.current_badge_version,
            "notify_protocol": self.notify,
            "detail": self.detail or None,
            "session": self.session,
        }


@dataclass(frozen=True, slots=True)
class EventHeader:
    """What every badge and printout of the event carries at its head."""

    name_fa: str
    name_en: str
    slogan_fa: str
    slogan_en: str
    venue_fa: str
    venue_en: str
    days: tuple[date, ...]

    @classmethod
    def of(cls, event: EventInfo) -> EventHeader:
        """The header of ``event``: its fields are a part of the event's, taken by name."""
        return cls(**{f.name: getattr(event, f.name) for f in fields(cls)})


@dataclass(frozen=True, slots=True)
class BadgeData:
    """One badge to print: the holder as entered, the code the QR carries, and its version."""

    code: str
    version: int
    ref: str
    name: PersonName
    delegation_code: str
    delegation_fa: str
    delegation_en: str
    delegation_native: str
    country_code: str | None
    country_fa: str
    country_en: str
    category_code: str
    category_fa: str
    category_en: str
    category_colour: str  # #RRGGBB
    zones: tuple[tuple[str, str, str], ...]  # (code, Persian name, English name)
    photo: bytes | None = None

    # The badge layouts' own field names (printing/badge_texts.py): a layout file says
    # "name_fa" or "title_en", and these give it the holder's.
    @property
    def name_fa(self) -> str:
        return self.name.name_fa

    @property
    def name_latin(self) -> str:
        return self.name.name_latin

    @property
    def name_native(self) -> str:
        return self.name.name_native

    @property
    def title_fa(self) -> str:
        return self.name.title_fa

    @property
    def title_en(self) -> str:
        return self.name.title_en

    @property
    def number(self) -> str:
        """The badge number printed under the QR code: the ref and the version."""
        return f"{self.ref} · v{self.version}"
