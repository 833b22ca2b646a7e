"""A database of the small event and a few people to search, on SQLite or PostgreSQL: the search
tests only read, so each of their modules sets one up once."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, select

from summit_desk.db.models import Delegation
from summit_desk.domain.values import PersonInput
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService
from summit_desk.services.people import PeopleService, save_people
from support.databases import open_copy, pg_copy
from support.desk import make_context
from support.events import SMALL_EVENT


def register(context: DeskContext, people: Sequence[PersonInput]) -> PeopleService:
    """The small event and ``people`` in the context's database."""
    EventService(context).create(SMALL_EVENT)
    with context.database.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        save_people(session, people, delegations, context)
    return PeopleService(context)


@contextmanager
def people_on_sqlite(
    migrated_template: Path, folder: Path, people: Sequence[PersonInput]
) -> Iterator[PeopleService]:
    database = open_copy(migrated_template, folder / "desk.sqlite")
    yield register(make_context(database), people)
    database.dispose()


@contextmanager
def people_on_postgres(
    pg_admin: Engine, pg_template: str, people: Sequence[PersonInput]
) -> Iterator[PeopleService]:
    with pg_copy(pg_admin, pg_template) as database:
        yield register(make_context(database), people)
