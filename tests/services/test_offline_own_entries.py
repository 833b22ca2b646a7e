"""A desk on a server keeps its own entries in its mirror as it writes them (services.offline):
when the LAN goes down a minute after a check-in, the desk still knows whom it let in, before
the next refresh of the mirror would have told it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from support.desk import make_context
from support.tcp_proxy import TcpProxy

from summit_desk.db import local_journal
from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import CheckIn
from summit_desk.domain.values import CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.offline import DeskLink, DeskMode, linked_call_once
from summit_desk.services.people import PeopleService
from summit_desk.services.registration import RegistrationService

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)


@pytest.fixture
def server(pg_database: Database) -> Database:
    DemoService(DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)).create()
    return pg_database


@pytest.fixture
def desk(tmp_path: Path, server: Database) -> Iterator[tuple[DeskLink, TcpProxy]]:
    url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(url.host or "127.0.0.1", url.port or 5432) as proxy:
        through = server.url.set(host="127.0.0.1", port=proxy.port)
        database = open_database(through.render_as_string(hide_password=False))
        context = make_context(database, role=Role.DESK, operator="desk", day=DAY1, at=MORNING)
        link = DeskLink(context, tmp_path / "journal.sqlite")
        link.refresh()
        yield link, proxy
        link.close()
        database.dispose()


def mirrored(link: DeskLink, entry: str | None) -> tuple[bool, bool]:
    """Whether the mirror holds the entry, and whether it counts it as the server's."""
    assert entry is not None
    with link.local.reader() as session:
        found = session.scalar(select(CheckIn.id).where(CheckIn.uuid == uuid.UUID(entry)))
        held = found is not None
        waiting = {str(u) for u in local_journal.waiting(session)}
    return held, held and entry not in waiting


def test_a_guest_checked_in_online_is_already_in_when_the_lan_drops_a_minute_later(
    server: Database, desk: tuple[DeskLink, TcpProxy]
) -> None:
    link, proxy = desk
    code = PeopleService(make_context(server)).badge_code("AST-001")
    scan = CheckInService(link.context)
    online = linked_call_once(link.context, lambda entry: scan.scan(code, entry_uuid=entry))
    assert online.status is CheckInStatus.CHECKED_IN and link.mode is DeskMode.ONLINE
    assert mirrored(link, online.entry_uuid) == (True, True)

    proxy.cut()
    again = linked_call_once(link.context, lambda entry: scan.scan(code, entry_uuid=entry))
    assert link.mode is DeskMode.OFFLINE
    assert again.status is CheckInStatus.ALREADY_CHECKED_IN and again.desk == "desk-1"
    assert link.state().waiting == 0  # the server's own entry is not merged back into it


def test_a_walk_in_the_mirror_does_not_know_yet_is_checked_in_and_mirrored_at_the_refresh(
    server: Database, desk: tuple[DeskLink, TcpProxy]
) -> None:
    """The walk-in is registered on the server after the mirror's last refresh: their entry
    cannot be copied (the mirror has no such person yet); the check-in is answered all the
    same, and the next refresh brings the person and the entry."""
    link, _proxy = desk
    person = RegistrationService(link.context).register(
        {
            "country": "IR",
            "delegation": "GIL",
            "category": "GST",
            "given_name_latin": "Sara",
            "family_name_latin": "Amirifar",
        }
    )
    code = PeopleService(link.context).badge_code(person.ref)
    scan = CheckInService(link.context)
    result = linked_call_once(link.context, lambda entry: scan.scan(code, entry_uuid=entry))
    assert result.status is CheckInStatus.CHECKED_IN and link.mode is DeskMode.ONLINE
    assert mirrored(link, result.entry_uuid) == (False, False)
    link.refresh()
    assert mirrored(link, result.entry_uuid) == (True, True)


def test_a_check_in_undone_online_is_not_in_when_the_lan_drops_a_minute_later(
    server: Database, desk: tuple[DeskLink, TcpProxy]
) -> None:
    """The undo is the desk's own line too: the mirror has it at once, so offline the guest is
    not "already in" on a check-in that a supervisor undid."""
    link, proxy = desk
    code = PeopleService(make_context(server)).badge_code("AST-001")
    scan = CheckInService(link.context)
    online = linked_call_once(link.context, lambda entry: scan.scan(code, entry_uuid=entry))
    assert online.entry_uuid is not None
    supervisor = make_context(link.context.database, role=Role.SUPERVISOR, day=DAY1, at=MORNING)
    undoer = CheckInService(supervisor)
    linked_call_once(link.context, lambda line: undoer.undo(online.entry_uuid or "", "wrong", line))

    proxy.cut()
    again = linked_call_once(link.context, lambda entry: scan.scan(code, entry_uuid=entry))
    assert link.mode is DeskMode.OFFLINE
    assert again.status is CheckInStatus.CHECKED_IN
