"""Queries about holders' photos. The photo column is deferred: a list of people never loads it,
and these queries read the bytes only of the people about to be printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from summit_desk.db.models import Person
from summit_desk.domain.persian import utc_now

# Refs asked about at once: well under SQLite's limit on bound parameters, and a batch of
# 600 × 800 JPEGs (under 200 kB each) that stays a few megabytes in memory.
CHUNK = 50


def refs_with_photo(session: Session) -> set[str]:
    return set(session.scalars(select(Person.ref).where(Person.photo.is_not(None))))


def has_photo(session: Session, ref: str) -> bool:
    return (
        session.scalar(select(Person.id).where(Person.ref == ref, Person.photo.is_not(None)))
        is not None
    )


def refs_without_photo(session: Session) -> list[str]:
    """Everyone without a photo, by ref."""
    return list(
        session.scalars(select(Person.ref).where(Person.photo.is_(None)).order_by(Person.ref))
    )


def photos_of(session: Session, refs: Sequence[str]) -> dict[str, bytes]:
    """The photos of those of ``refs`` who have one (at most :data:`CHUNK` refs a call)."""
    rows = session.execute(
        select(Person.ref, Person.photo).where(
            Person.ref.in_(refs[:CHUNK]), Person.photo.is_not(None)
        )
    )
    return {ref: photo for ref, photo in rows if photo is not None}


def store_photos(session: Session, photos: Mapping[str, bytes]) -> None:
    """Set the photos of these refs (every ref must exist), in one statement run for each."""
    if not photos:
        return
    now = utc_now()
    statement = (
        update(Person)
        .where(Person.ref == bindparam("b_ref"))
        .values(photo=bindparam("b_photo"), updated_at=now)
    )
    # Core executemany: the ORM's bulk update by primary key does not fit a ref-keyed update.
    session.connection().execute(
        statement, [{"b_ref": ref, "b_photo": photo} for ref, photo in photos.items()]
    )
