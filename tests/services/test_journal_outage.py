"""Four desks on PostgreSQL in a rush; the LAN goes down in the middle and comes back.

The shared test server is never stopped: the desks reach it through a relay that the test cuts
(every connection closed, the port refusing) and restores. While cut, each desk goes on with its
local journal; once restored, each merges its journal into the server. Every check-in a desk
acknowledged is then on the server exactly once, and every person the desks admitted more than
once while apart is on the protocol's list of double admissions, their earliest scan kept.
"""

from __future__ import annotations

import json
import os
import random
import stat
import threading
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url
from support.tcp_proxy import TcpProxy

from summit_desk.db import merged_audit
from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import AuditEntry, CheckIn, Person
from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import CheckInKind, CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.journal import JournalService
from summit_desk.services.offline import DeskLink, DeskMode, start_desk
from summit_desk.services.people import PeopleService

DESKS = 4
PEOPLE = 60
DAY1 = date(2025, 11, 18)


def desk_context(database: Database, n: int) -> DeskContext:
    return DeskContext(
        database=database,
        operator=f"op-{n}",
        role=Role.DESK,
        desk=f"desk-{n}",
        clock=lambda: datetime.now(UTC),
        day_override=DAY1,
    )


@pytest.fixture
def event_codes(pg_database: Database) -> list[str]:
    context = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(context).create()
    with pg_database.reader() as session:
        refs = list(session.scalars(select(Person.ref).order_by(Person.ref).limit(PEOPLE)))
    people = PeopleService(context)
    return [people.badge_code(ref) for ref in refs]


def through(proxy: TcpProxy, database: Database) -> str:
    url = database.url.set(host="127.0.0.1", port=proxy.port)
    return url.render_as_string(hide_password=False)


def test_every_acknowledged_check_in_is_on_the_server_once_after_an_outage(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    server_url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    acknowledged: list[tuple[str, str, bool]] = []  # (entry uuid, code, acknowledged offline)
    done = Counter[str]()
    progress = threading.Condition()
    with TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        links = []
        for n in range(DESKS):
            link = DeskLink(desk_context(open_database(through(proxy, pg_database)), n),
                            tmp_path / f"desk-{n}.sqlite")  # fmt: skip
            link.refresh()
            links.append(link)

        def rush(n: int) -> None:
            link, order = links[n], list(event_codes)
            random.Random(n).shuffle(order)
            service = CheckInService(link.context)
            for i, code in enumerate(order):
                if link.mode is not DeskMode.ONLINE and i % 5 == 0:
                    link.reconnect()
                result = link.call(lambda code=code: service.scan(code))
                offline = link.mode is not DeskMode.ONLINE
                with progress:
                    if result.status is CheckInStatus.CHECKED_IN:
                        assert result.entry_uuid is not None
                        acknowledged.append((result.entry_uuid, code, offline))
                    done["scans"] += 1
                    progress.notify_all()

        desks = [threading.Thread(target=rush, args=(n,)) for n in range(DESKS)]
        for desk in desks:
            desk.start()
        with progress:  # the LAN goes down a quarter of the way in, and back at half way
            assert progress.wait_for(lambda: done["scans"] >= DESKS * PEOPLE // 4, timeout=120)
            proxy.cut()
            cut_at = done["scans"]
            assert progress.wait_for(lambda: done["scans"] >= DESKS * PEOPLE // 2, timeout=120)
            proxy.restore()
        for desk in desks:
            desk.join(timeout=300)
        for link in links:  # the desks' next reconnect, as their status timer would
            link.reconnect()
            assert link.mode is DeskMode.ONLINE
            assert link.state().waiting == 0
        for link in links:
            link.close()
            link.server.dispose()

    assert cut_at < DESKS * PEOPLE
    assert_merged_once(pg_database, acknowledged)


def assert_merged_once(pg_database: Database, acknowledged: list[tuple[str, str, bool]]) -> None:
    offline_acks = [a for a in acknowledged if a[2]]
    assert offline_acks, "no desk worked offline: the outage did not happen"
    assert len(offline_acks) < len(acknowledged)
    with pg_database.reader() as session:
        journal = session.execute(
            select(CheckIn.uuid, CheckIn.person_id, CheckIn.at, CheckIn.desk).where(
                CheckIn.kind == CheckInKind.ARRIVAL
            )
        ).all()
    on_server = Counter(str(row.uuid) for row in journal)
    # Every acknowledged check-in is there, once; nothing is there that no desk acknowledged
    # except a scan whose commit reached the server as its connection was cut (retried offline).
    assert all(on_server[u] == 1 for u, _code, _offline in acknowledged)
    unacknowledged = set(on_server) - {u for u, _c, _o in acknowledged}
    assert len(unacknowledged) <= DESKS
    # Each person admitted n times while apart is flagged n - 1 times; the earliest scan kept.
    per_person = Counter(row.person_id for row in journal)
    context = desk_context(pg_database, 9)
    flagged = JournalService(context).double_admissions()
    assert len(flagged) == sum(n - 1 for n in per_person.values())
    assert any(n > 1 for n in per_person.values()), "nobody was admitted twice while apart"
    assert len({d.later_uuid for d in flagged}) == len(flagged)
    first = {}
    for row in sorted(journal, key=lambda r: (r.at, str(r.uuid))):
        first.setdefault(row.person_id, row)
    assert all(d.kept_at == first[d.person.id].at for d in flagged)
    assert all(d.later_at >= d.kept_at for d in flagged)
    # Everyone scanned is checked in: the same people as the desks acknowledged.
    assert len(per_person) == len({code for _u, code, _o in acknowledged}) == PEOPLE


def test_the_local_mirror_is_private_and_holds_no_contact_or_document_details(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    with pg_database.reader() as session:
        assert session.scalar(select(Person.email).where(Person.email != "").limit(1))
    link = DeskLink(desk_context(pg_database, 1), tmp_path / "mirror.sqlite")
    link.refresh()
    link.close()
    assert stat.S_IMODE((tmp_path / "mirror.sqlite").stat().st_mode) == 0o600
    local = open_database(tmp_path / "mirror.sqlite")
    with local.reader() as session:
        people = session.execute(
            select(Person.ref, Person.email, Person.phone, Person.document_no, Person.notes)
        ).all()
    local.dispose()
    assert len(people) >= PEOPLE
    assert {(p.email, p.phone, p.document_no, p.notes) for p in people} == {("", "", "", "")}


def test_offline_the_desk_checks_people_in_but_changes_no_badge(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    from summit_desk.services.badges import BadgeService

    server_url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        database = open_database(through(proxy, pg_database))
        context = replace(desk_context(database, 1), role=Role.SUPERVISOR)
        link = DeskLink(context, tmp_path / "desk.sqlite")
        link.refresh()
        proxy.cut()
        scanned = link.call(lambda: CheckInService(link.context).scan(event_codes[0]))
        assert scanned.status is CheckInStatus.CHECKED_IN and link.mode is DeskMode.OFFLINE
        with pytest.raises(SummitDeskError) as refused:
            link.call(lambda: BadgeService(link.context).revoke("AST-002", "lost"))
        assert refused.value.code == "journal.offline_read_only"
        assert "changes no person, badge" in refused.value.message("en")
        # The refusal changed nothing: the badge still admits its holder, offline.
        again = link.call(lambda: CheckInService(link.context).scan(event_codes[1]))
        assert again.status is CheckInStatus.CHECKED_IN
        assert link.state().waiting == 2

        proxy.restore()
        report = link.reconnect()
        assert report is not None and report.added == 2
        assert link.mode is DeskMode.ONLINE and link.state().waiting == 0
        link.call(lambda: BadgeService(link.context).revoke("AST-002", "lost"))  # online: allowed
        link.close()
        database.dispose()


def test_a_desk_started_while_the_server_is_down_works_on_the_mirror_of_its_last_session(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    server_url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        yesterday = open_database(through(proxy, pg_database))
        link = start_desk(desk_context(yesterday, 1), tmp_path / "desk.sqlite")
        link.refresh()
        link.close()
        yesterday.dispose()
        proxy.cut()

        today = open_database(through(proxy, pg_database))
        link = start_desk(desk_context(today, 1), tmp_path / "desk.sqlite")
        assert link.mode is DeskMode.OFFLINE
        scanned = link.call(lambda: CheckInService(link.context).scan(event_codes[0]))
        assert scanned.status is CheckInStatus.CHECKED_IN
        link.close()
        with pytest.raises(SummitDeskError) as refused:  # a desk that never had a mirror
            start_desk(desk_context(today, 2), tmp_path / "new-desk.sqlite")
        assert refused.value.code == "journal.no_mirror"
        today.dispose()


def test_what_an_offline_desk_audited_reaches_the_server_once_with_its_own_time_and_desk(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    """Offline, a supervisor's desk refuses a code that is no badge and undoes an arrival: both
    are in its local audit log. Back online, both reach the server's audit log once (a second
    merge adds nothing), with the desk's time, desk and operator, the merge's time noted, and
    the arrival and its undo keep the desk's scan time too; the server's chains hold."""
    from summit_desk.services.audit import AuditService

    server_url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    desk_time = datetime(2025, 11, 18, 6, 0, tzinfo=UTC)  # the desk's clock, not the server's
    with TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        database = open_database(through(proxy, pg_database))
        context = replace(desk_context(database, 1), role=Role.SUPERVISOR, clock=lambda: desk_time)
        link = DeskLink(context, tmp_path / "desk.sqlite")
        link.refresh()
        proxy.cut()
        service = CheckInService(link.context)
        refused = link.call(lambda: service.scan("AST-NOT-A-BADGE"))
        assert refused.status is CheckInStatus.UNKNOWN and link.mode is DeskMode.OFFLINE
        admitted = link.call(lambda: service.scan(event_codes[0]))
        assert admitted.entry_uuid is not None
        link.call(lambda: service.undo(str(admitted.entry_uuid), "wrong person"))

        proxy.restore()
        report = link.reconnect()
        assert report is not None and (report.added, report.audit_added) == (2, 2)
        with link.local.reader() as session:
            again = merged_audit.records(session)
        office = replace(desk_context(pg_database, 9), role=Role.SUPERVISOR)
        repeated = JournalService(office).merge_records([], audit=again)
        assert (repeated.audit_added, repeated.audit_known) == (0, len(again))
        link.close()
        database.dispose()

    with pg_database.reader() as session:
        audited = (
            session.execute(
                select(AuditEntry).where(AuditEntry.action.in_(("checkin.refused", "checkin.undo")))
            )
            .scalars()
            .all()
        )
        journal = session.execute(select(CheckIn.at).where(CheckIn.desk == "desk-1")).all()
    assert sorted(a.action for a in audited) == ["checkin.refused", "checkin.undo"]
    assert {(as_utc(a.at), a.desk, a.operator) for a in audited} == {(desk_time, "desk-1", "op-1")}
    assert {a.subject for a in audited} == {"AST-NOT-A-BADGE", str(admitted.entry_uuid)}
    notes = [json.loads(a.details)[merged_audit.MERGED] for a in audited]
    assert all(note["source"] == "local journal of desk-1" for note in notes)
    for note in notes:  # merged now, by the server's clock
        assert abs(datetime.fromisoformat(note["at"]) - datetime.now(UTC)) < timedelta(minutes=5)
    assert [as_utc(row.at) for row in journal] == [desk_time, desk_time]  # arrival and undo
    assert all(chain.holds for chain in AuditService(office).verify())


def test_a_scan_the_local_journal_took_while_the_merge_ran_is_merged_once_online(
    tmp_path: Path, pg_database: Database, event_codes: list[str]
) -> None:
    """While the desk merges, its scans still go to the local journal (the merge has read it
    already): once online, the desk's next look at the link merges them, each once."""
    server_url = make_url(os.environ["SUMMIT_DESK_TEST_PG"])
    with TcpProxy(server_url.host or "127.0.0.1", server_url.port or 5432) as proxy:
        database = open_database(through(proxy, pg_database))
        link = DeskLink(desk_context(database, 1), tmp_path / "desk.sqlite")
        link.refresh()
        proxy.cut()
        link.call(lambda: CheckInService(link.context).scan(event_codes[0]))
        proxy.restore()
        assert link.reconnect() is not None and link.mode is DeskMode.ONLINE
        # The scan that was in the local journal's hands as the desk went online.
        late = replace(link.context, database=link.local)
        assert CheckInService(late).scan(event_codes[1]).status is CheckInStatus.CHECKED_IN
        assert link.has_waiting()

        report = link.reconnect()
        assert report is not None and report.added == 1
        assert link.mode is DeskMode.ONLINE and not link.has_waiting()
        assert link.reconnect() is None  # nothing more to merge
        link.close()
        database.dispose()
    with pg_database.reader() as session:
        assert len(session.scalars(select(CheckIn.uuid)).all()) == 2
