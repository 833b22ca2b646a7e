"""The summit's tables, in SQLAlchemy 2.0 typed style.

One database holds one event. Relationships are ``lazy="raise"`` so that a query hidden in an
attribute access fails loudly instead of running once per row; repositories load what they need.
The check-in journal and the audit log are append-only (the migrations add triggers that refuse
UPDATE and DELETE) and hash-chained (db.audit).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, ClassVar
from uuid import UUID, uuid4

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from summit_desk.domain.persian import utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME = 200  # a name or title field, in characters
LONG = 400


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=True),
        str: String(NAME),
    }


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_fa: Mapped[str] = mapped_column(String(LONG))
    name_en: Mapped[str] = mapped_column(String(LONG))
    slogan_fa: Mapped[str] = mapped_column(String(LONG), default="")
    slogan_en: Mapped[str] = mapped_column(String(LONG), default="")
    venue_fa: Mapped[str] = mapped_column(default="")
    venue_en: Mapped[str] = mapped_column(default="")
    city_fa: Mapped[str] = mapped_column(default="")
    city_en: Mapped[str] = mapped_column(default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Tehran")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class EventDay(Base):
    __tablename__ = "event_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name_fa: Mapped[str] = mapped_column(default="")
    name_en: Mapped[str] = mapped_column(default="")


class ProgrammeSession(Base):
    """A panel or ceremony of the programme: what the summit calls a session."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    name_fa: Mapped[str]
    name_en: Mapped[str]
    day_id: Mapped[int] = mapped_column(ForeignKey("event_days.id", ondelete="RESTRICT"))
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    room_fa: Mapped[str] = mapped_column(default="")
    room_en: Mapped[str] = mapped_column(default="")

    topics: Mapped[list[SessionTopic]] = relationship(
        lazy="raise", order_by="SessionTopic.position", cascade="all, delete-orphan"
    )


class SessionTopic(Base):
    __tablename__ = "session_topics"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int]
    name_fa: Mapped[str] = mapped_column(String(LONG))
    name_en: Mapped[str] = mapped_column(String(LONG))


class Country(Base):
    __tablename__ = "countries"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(2), unique=True)  # ISO 3166-1 alpha-2
    name_fa: Mapped[str]
    name_en: Mapped[str]
    name_native: Mapped[str] = mapped_column(default="")
    host: Mapped[bool] = mapped_column(Boolean, default=False)
    order: Mapped[int] = mapped_column("sort_order", default=0)


class Delegation(Base):
    __tablename__ = "delegations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    country_id: Mapped[int | None] = mapped_column(
        ForeignKey("countries.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    host: Mapped[bool] = mapped_column(Boolean, default=False)
    name_fa: Mapped[str]
    name_en: Mapped[str]
    name_native: Mapped[str] = mapped_column(default="")
    order: Mapped[int] = mapped_column("sort_order", default=0)

    country: Mapped[Country | None] = relationship(lazy="raise")


class Category(Base):
    __tablename__ = "categories"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name_fa: Mapped[str]
    name_en: Mapped[str]
    colour: Mapped[str] = mapped_column(String(7))
    zones: Mapped[str] = mapped_column(String(64), default="")  # comma-separated zone codes
    precedence: Mapped[int]
    notify_on_arrival: Mapped[bool] = mapped_column(Boolean, default=False)


class Person(Base):
    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_delegation_rank", "delegation_id", "rank"),
        Index("ix_people_sort_key", "sort_key"),
        Index("ix_people_desk_order", "desk_order"),
        # Precedence depends on one head per delegation: the database refuses a second one.
        Index(
            "uq_people_delegation_head",
            "delegation_id",
            unique=True,
            sqlite_where=text("category_code = 'HOD'"),
            postgresql_where=text("category_code = 'HOD'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(64), unique=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="RESTRICT"))
    category_code: Mapped[str] = mapped_column(
        ForeignKey("categories.code", ondelete="RESTRICT"), index=True
    )
    given_name_fa: Mapped[str] = mapped_column(default="")
    family_name_fa: Mapped[str] = mapped_column(default="")
    given_name_latin: Mapped[str] = mapped_column(default="")
    family_name_latin: Mapped[str] = mapped_column(default="")
    name_native: Mapped[str] = mapped_column(default="")
    title_fa: Mapped[str] = mapped_column(String(LONG), default="")
    title_en: Mapped[str] = mapped_column(String(LONG), default="")
    rank: Mapped[int] = mapped_column(default=100)
    # The form of address on place cards and seating lists ("H.E.", "جناب آقای").
    honorific_fa: Mapped[str] = mapped_column(default="")
    honorific_en: Mapped[str] = mapped_column(default="")
    # Ambassadors rank among themselves by the date they took up their post.
    precedence_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(1), default="")
    # Sensitive: never exported without --include-sensitive, never in a badge code.
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    document_no: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    # Derived from the names by domain.names; kept in step by the person repository.
    search_key: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    # Search results' order: precedence, rank, then sort_key (see db.people.desk_order).
    desk_order: Mapped[bytes] = mapped_column(LargeBinary, default=b"")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)

    delegation: Mapped[Delegation] = relationship(lazy="raise")
    category: Mapped[Category] = relationship(lazy="raise")


class PersonToken(Base):
    """Folded name words, so that a one- or two-letter query is a B-tree prefix look-up."""

    __tablename__ = "person_tokens"

    __table_args__ = (Index("ix_person_tokens_person_token", "person_id", "token"),)

    token: Mapped[str] = mapped_column(String(NAME), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )


class Badge(Base):
    __tablename__ = "badges"
    __table_args__ = (UniqueConstraint("person_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    code: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(default="")
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    status_changed_at: Mapped[datetime | None]


class BadgePrint(Base):
    __tablename__ = "badge_prints"

    id: Mapped[int] = mapped_column(primary_key=True)
    badge_id: Mapped[int] = mapped_column(ForeignKey("badges.id", ondelete="CASCADE"), index=True)
    printed_at: Mapped[datetime] = mapped_column(default=utc_now)
    operator: Mapped[str] = mapped_column(String(64))
    desk: Mapped[str] = mapped_column(String(64), default="")
    layout: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(default="")


class CheckIn(Base):
    """One entry of the append-only check-in journal."""

    __tablename__ = "check_ins"
    __table_args__ = (
        Index("ix_check_ins_person_day", "person_id", "day"),
        Index("ix_check_ins_undoes", "undoes"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[UUID] = mapped_column(Uuid, unique=True, default=uuid4)
    kind: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"))
    badge_id: Mapped[int | None] = mapped_column(ForeignKey("badges.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date, index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="RESTRICT"))
    undoes: Mapped[UUID | None] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    desk: Mapped[str] = mapped_column(String(64), default="")
    operator: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(default="")
    # The hash chain (domain.hash_chain), filled in by db.audit when the entry is written.
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class Seat(Base):
    __tablename__ = "seats"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id"),
        UniqueConstraint("session_id", "label"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(32))
    row: Mapped[int] = mapped_column(default=0)
    number: Mapped[int] = mapped_column(default=0)
    # A locked seat keeps its person when the plan is assigned again.
    locked: Mapped[bool] = mapped_column(Boolean, default=False)


class SeatingSetup(Base):
    """A session's seating set-up: the room and the office's rules as the officer wrote them
    (TOML), kept in the database so that every desk seats by the same rules."""

    __tablename__ = "seating_setups"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), unique=True
    )
    room: Mapped[str] = mapped_column(String(64))
    rules_toml: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(64), default="")


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Wrong PINs in a row, and until when the operator is locked out after too many.
    failed_pins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now, index=True)
    operator: Mapped[str] = mapped_column(String(64), default="")
    desk: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(default="")
    details: Mapped[str] = mapped_column(Text, default="")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")
