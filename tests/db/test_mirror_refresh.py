"""The offline copy of the server's people follows the server through every refresh, however the
server changed them in between: a delegation whose head changes, and changes back, is copied
with one head at every step (the database allows one head per delegation), and the desk's
offline answers name the head the server names."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import inspect, select, text, update

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import Person
from summit_desk.domain.precedence import HEAD
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.offline import DeskLink

DAY1 = date(2025, 11, 18)


def appoint_head(server: Database, delegation_id: int, head: int) -> None:
    """The protocol office names ``head`` the delegation's head; the former head becomes a
    member. Then the server's rows are rewritten in id order (as VACUUM FULL or a restore from
    a dump may leave them), so the refresh reads them in that order."""
    with server.writer() as session, session.begin():
        session.execute(
            update(Person)
            .where(Person.delegation_id == delegation_id, Person.category_code == HEAD)
            .values(category_code="DEL")
        )
        session.execute(update(Person).where(Person.id == head).values(category_code=HEAD))
    with server.engine.connect() as connection:
        key = inspect(connection).get_pk_constraint("people")["name"]
        connection.execute(text(f'CLUSTER people USING "{key}"'))
        connection.commit()


def heads(database: Database, delegation_id: int) -> list[int]:
    with database.reader() as session:
        return list(
            session.scalars(
                select(Person.id).where(
                    Person.delegation_id == delegation_id, Person.category_code == HEAD
                )
            )
        )


def test_a_head_of_delegation_replaced_and_back_again_is_mirrored_at_every_refresh(
    tmp_path: Path, pg_database: Database
) -> None:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    with pg_database.reader() as session:
        delegation_id, first_head = session.execute(
            select(Person.delegation_id, Person.id).where(Person.category_code == HEAD).limit(1)
        ).one()
        deputy = session.scalar(
            select(Person.id)
            .where(Person.delegation_id == delegation_id, Person.id > first_head)
            .order_by(Person.id)
            .limit(1)
        )
    assert deputy is not None
    desk = DeskContext(
        database=pg_database, operator="desk", role=Role.DESK, desk="desk-1",
        clock=lambda: datetime.now(UTC), day_override=DAY1,
    )  # fmt: skip
    link = DeskLink(desk, tmp_path / "mirror.sqlite")
    mirror = open_database(tmp_path / "mirror.sqlite")
    try:
        link.refresh()
        assert heads(mirror, delegation_id) == [first_head]

        appoint_head(pg_database, delegation_id, deputy)  # the minister sends a deputy
        link.refresh()
        assert heads(mirror, delegation_id) == [deputy]

        appoint_head(pg_database, delegation_id, first_head)  # ... and comes after all
        link.refresh()
        assert heads(mirror, delegation_id) == [first_head]
        with mirror.reader() as session:
            categories = dict(
                session.execute(
                    select(Person.id, Person.category_code).where(
                        Person.id.in_((first_head, deputy))
                    )
                ).all()
            )
        assert categories == {first_head: HEAD, deputy: "DEL"}
    finally:
        mirror.dispose()
        link.close()
