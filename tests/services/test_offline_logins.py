"""Operators log in while the server is away (issue #8, item 1): against the desk's mirror of the
server's operators, their wrong PINs counted and their lockout held in the desk's own file, every
attempt in its local audit log; nothing written to the server's operators table until the server
is back, when the wrong PINs counted offline are added to the server's count.

The shared test server is never stopped: the desk reaches it through a relay the test cuts.
"""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from support.tcp_proxy import TcpProxy

from summit_desk.db import local_journal
from summit_desk.db import operators as operator_db
from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import AuditEntry, Operator
from summit_desk.domain.errors import PermissionDenied, SummitDeskError
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.offline import DeskLink, DeskMode, start_desk
from summit_desk.services.operators import OperatorService

PIN = "135790"
WRONG = ("000000", "111111", "222222", "333333", "444444")


class Clock:
    """The desk's clock, moved by the test (a lockout's wait passes without waiting)."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def server(pg_database: Database) -> Database:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    OperatorService(admin).add("Reza", Role.DESK, PIN)
    return pg_database


def desk_on(proxy: TcpProxy, server: Database, clock: Clock) -> DeskContext:
    url = server.url.set(host="127.0.0.1", port=proxy.port)
    database = open_database(url.render_as_string(hide_password=False))
    return DeskContext(database=database, operator="", desk="desk-1", clock=clock)


def on_server(server: Database, name: str = "Reza") -> Operator:
    with server.reader() as session:
        operator = operator_db.operator_named(session, name)
        assert operator is not None
        session.expunge(operator)
    return operator


def logins(database: Database) -> list[tuple[str, dict[str, object]]]:
    with database.reader() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.details)
            .where(AuditEntry.action.like("login%"), AuditEntry.subject == "Reza")
            .order_by(AuditEntry.id)
        ).all()
    return [(action, json.loads(details)) for action, details in rows]


def test_wrong_pins_offline_lock_the_operator_out_and_reach_the_server_on_reconnect(
    tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    clock = Clock()
    link = DeskLink(desk_on(proxy, server, clock), tmp_path / "desk.sqlite")
    link.refresh()
    proxy.cut()
    assert not link.probe() and link.mode is DeskMode.OFFLINE
    service = OperatorService(link.context)
    for wrong in WRONG:
        with pytest.raises(PermissionDenied) as refused:
            service.authorise("Reza", wrong, Role.DESK, "action.login")
        assert refused.value.code == "operator.bad_pin"
    with pytest.raises(PermissionDenied) as locked:  # the right PIN, but locked out
        service.authorise("Reza", PIN, Role.DESK, "action.login")
    assert locked.value.code == "operator.locked"
    assert "locked out after 5 wrong PINs" in locked.value.message("en")
    clock.at += timedelta(seconds=31)  # the first wait is over: one more wrong PIN...
    with pytest.raises(PermissionDenied):
        service.authorise("Reza", WRONG[0], Role.DESK, "action.login")
    clock.at += timedelta(seconds=31)  # ... doubled the wait: still locked out
    with pytest.raises(PermissionDenied) as still:
        service.authorise("Reza", PIN, Role.DESK, "action.login")
    assert still.value.code == "operator.locked"
    # The server's operators table was not written; the local audit log has every attempt.
    assert on_server(server).failed_pins == 0
    local = logins(link.local)
    assert [a for a, _ in local] == ["login.failed"] * 8
    assert all(details["offline"] is True for _, details in local)
    assert [d.get("why") for _, d in local] == [None] * 5 + ["locked", None, "locked"]

    proxy.restore()
    report = link.reconnect()
    assert report is not None and report.audit_added == 8
    assert link.mode is DeskMode.ONLINE
    reza = on_server(server)
    assert reza.failed_pins == 6  # the desk's count: the server had none
    assert reza.locked_until is not None and as_utc(reza.locked_until) > clock.at
    with link.local.reader() as session:
        assert local_journal.counted_lockouts(session) == {}
    # Back online, the lockout holds on the server too.
    with pytest.raises(PermissionDenied) as online:
        OperatorService(link.context).authorise("Reza", PIN, Role.DESK, "action.login")
    assert online.value.code == "operator.locked"
    assert [a for a, _ in logins(server)] == ["login.failed"] * 9
    link.close()
    link.server.dispose()


def test_a_right_pin_offline_opens_the_desk_and_clears_no_failure_the_server_counted(
    tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    clock = Clock()
    link = DeskLink(desk_on(proxy, server, clock), tmp_path / "desk.sqlite")
    link.refresh()
    proxy.cut()
    # While this desk is cut off, someone tries Reza's PIN three times at a desk still online.
    other = OperatorService(DeskContext(database=server, operator="", desk="desk-2"))
    for wrong in WRONG[:3]:
        with pytest.raises(PermissionDenied):
            other.authorise("Reza", wrong, Role.DESK, "action.login")
    service = OperatorService(link.context)
    with pytest.raises(PermissionDenied):  # Reza's typo: it meets the cut, is retried offline
        link.call(lambda: service.authorise("Reza", WRONG[4], Role.DESK, "action.login"))
    assert link.mode is DeskMode.OFFLINE
    clock.at += timedelta(seconds=1)
    acting = service.authorise("Reza", PIN, Role.DESK, "action.login")
    assert (acting.operator, acting.role) == ("Reza", Role.DESK)
    assert acting.database is link.context.database  # still the link's: offline, then online
    clock.at += timedelta(seconds=1)
    with pytest.raises(SummitDeskError) as refused:  # a supervisor is needed for this
        service.authorise("Reza", PIN, Role.SUPERVISOR, "action.unlock")
    assert refused.value.code == "role.denied"

    proxy.restore()
    assert link.reconnect() is not None
    # The server keeps the three failures of the other desk: a right PIN given offline proves
    # nothing about them (the server clears its count at Reza's next login online).
    assert on_server(server).failed_pins == 3
    merged = [(a, d.get("offline", False)) for a, d in logins(server)]
    assert merged == [("login.failed", False)] * 3 + [
        ("login.failed", True),
        ("login", True),
        ("login.refused", True),
    ]
    OperatorService(link.context).authorise("Reza", PIN, Role.DESK, "action.login")
    assert on_server(server).failed_pins == 0
    link.close()
    link.server.dispose()


def test_a_desk_started_with_the_server_away_logs_in_against_its_mirror(
    tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    clock = Clock()
    yesterday = start_desk(desk_on(proxy, server, clock), tmp_path / "desk.sqlite")
    yesterday.refresh()
    yesterday.close()
    yesterday.server.dispose()
    # The mirror holds the operators and their PIN hashes: in a file for its owner only.
    assert stat.S_IMODE((tmp_path / "desk.sqlite").stat().st_mode) == 0o600
    mirror = open_database(tmp_path / "desk.sqlite")
    with mirror.reader() as session:
        mirrored = {o.name: o.pin_hash for o in operator_db.operators(session)}
    mirror.dispose()
    assert mirrored["Reza"] == on_server(server).pin_hash
    proxy.cut()

    link = start_desk(desk_on(proxy, server, clock), tmp_path / "desk.sqlite")
    assert link.mode is DeskMode.OFFLINE
    service = OperatorService(link.context)
    assert service.has_operators()
    acting = service.authorise("Reza", PIN, Role.DESK, "action.login")
    assert acting.operator == "Reza"
    admin = service.authorise("admin", "3333", Role.ADMIN, "action.add_operator")
    with pytest.raises(SummitDeskError) as online_only:  # adding an operator waits
        OperatorService(admin).add("Sahar", Role.DESK, "975310")
    assert online_only.value.code == "operator.online_only"
    assert "operators are added only while it answers" in online_only.value.message("en")
    assert "کاربر تنها هنگامی افزوده می‌شود" in online_only.value.message("fa")
    link.close()

    with pytest.raises(SummitDeskError) as never:  # a desk that never reached the server
        start_desk(desk_on(proxy, server, clock), tmp_path / "new-desk.sqlite")
    assert never.value.code == "journal.no_mirror"
    assert "has no local copy of its people yet" in never.value.message("en")
    link.server.dispose()


def test_an_operator_removed_on_the_server_cannot_log_in_offline_after_a_refresh(
    tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    link = DeskLink(desk_on(proxy, server, Clock()), tmp_path / "desk.sqlite")
    link.refresh()
    with server.writer() as session, session.begin():
        reza = operator_db.operator_named(session, "Reza")
        assert reza is not None
        session.delete(reza)
        session.add(Operator(name="Sahar", role="desk", pin_hash=reza.pin_hash, active=True))
    link.refresh()
    proxy.cut()
    link.probe()
    service = OperatorService(link.context)
    with pytest.raises(PermissionDenied):
        service.authorise("Reza", PIN, Role.DESK, "action.login")
    assert service.authorise("Sahar", PIN, Role.DESK, "action.login").operator == "Sahar"
    link.close()
    link.server.dispose()
