"""A desk at the door during an outage: locked after its idle minutes, it opens again with its
operator's PIN against the mirror (a wrong PIN is refused and counted), and a desk started while
the server is away asks for a login and lets its operator in (issue #8, item 1)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.desk import make_context
from support.tcp_proxy import TcpProxy

from summit_desk.db import operators as operator_db
from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import AuditEntry
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.offline import DeskLink, DeskMode, start_desk
from summit_desk.services.operators import OperatorService
from summit_desk.ui import desk_link
from summit_desk.ui.main_window import MainWindow
from summit_desk.ui.operator_dialog import OperatorDialog

DAY1 = date(2025, 11, 18)
PIN = "135790"
WAIT_MS = 15_000


@pytest.fixture
def server(pg_database: Database) -> Database:
    admin = DeskContext(database=pg_database, operator="admin", role=Role.ADMIN)
    DemoService(admin).create()
    OperatorService(admin).add("Reza", Role.DESK, PIN)
    return pg_database


def through(proxy: TcpProxy, server: Database) -> Database:
    url = server.url.set(host="127.0.0.1", port=proxy.port)
    return open_database(url.render_as_string(hide_password=False))


class PinTyper:
    """Types PINs into the operator dialog while it runs modal (its own event loop), as the
    operator would: each PIN once the dialog shows, noting what the dialog said to the last."""

    def __init__(self, name: str, pins: list[str]) -> None:
        self.name, self.pins = name, list(pins)
        self.said: list[str] = []
        self.accepted = False
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._type)
        self.timer.start()

    def _type(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OperatorDialog):
            return
        if not self.pins:  # a dialog that would wait forever: the test fails, it does not hang
            dialog.done(OperatorDialog.DialogCode.Rejected)
            self.timer.stop()
            return
        dialog.name.setText(self.name)
        dialog.pin.setText(self.pins.pop(0))
        dialog.accept()
        self.said.append(dialog.error.text())
        self.accepted = dialog.result() == OperatorDialog.DialogCode.Accepted
        if self.accepted:
            self.timer.stop()


def logins(database: Database) -> list[tuple[str, str, bool]]:
    with database.reader() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.desk, AuditEntry.details)
            .where(AuditEntry.action.like("login%"), AuditEntry.subject == "Reza")
            .order_by(AuditEntry.id)
        ).all()
    return [(a, desk, bool(json.loads(d).get("offline"))) for a, desk, d in rows]


def test_a_desk_locked_during_an_outage_opens_with_its_operators_pin(
    qtbot: QtBot,
    tmp_path: Path,
    server: Database,
    proxy: TcpProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desk_link, "LINK_EVERY_MS", 200)
    database = through(proxy, server)
    reza = make_context(database, role=Role.DESK, operator="Reza", desk="desk-1", day=DAY1)
    link = DeskLink(reza, tmp_path / "journal.sqlite")
    link.refresh()
    window = MainWindow(reza, "en", link, idle_lock_minutes=5)
    qtbot.addWidget(window)
    window.show()
    label = window.link_label
    assert label is not None
    qtbot.waitUntil(lambda: label.text() == "Online", timeout=WAIT_MS)
    proxy.cut()
    qtbot.waitUntil(lambda: label.text().startswith("Offline"), timeout=WAIT_MS)

    typer = PinTyper("Reza", ["000000", PIN])
    window.idle_lock.timer.timeout.emit()  # the idle minutes pass: locked until a PIN
    assert typer.accepted and not window._locked
    assert len(typer.said) == 2 and "is not right" in typer.said[0]
    assert window.idle_lock.timer.isActive()  # counting the idle minutes again
    assert link.mode is DeskMode.OFFLINE
    expected = [("login.failed", "desk-1", True), ("login", "desk-1", True)]
    assert logins(link.local) == expected
    with server.reader() as session:  # nothing written to the server's operators
        stored = operator_db.operator_named(session, "Reza")
        assert stored is not None and stored.failed_pins == 0
    qtbot.waitUntil(lambda: "2 audit log entries" in label.toolTip(), timeout=WAIT_MS)

    proxy.restore()
    qtbot.waitUntil(lambda: label.text() == "Online", timeout=WAIT_MS)
    assert logins(server) == expected  # merged with the desk's own time and desk
    window.runner.wait_idle(5_000)
    window.close()
    link.close()
    database.dispose()


def test_a_desk_started_with_the_server_away_asks_for_a_login_and_opens(
    qtbot: QtBot, tmp_path: Path, server: Database, proxy: TcpProxy
) -> None:
    from summit_desk.app import _who_is_at_the_desk

    anyone = DeskContext(database=through(proxy, server), operator="", desk="desk-1")
    yesterday = start_desk(anyone, tmp_path / "journal.sqlite")
    yesterday.refresh()
    yesterday.close()
    yesterday.server.dispose()
    proxy.cut()

    anyone = DeskContext(database=through(proxy, server), operator="", desk="desk-1")
    link = start_desk(anyone, tmp_path / "journal.sqlite")
    assert link.mode is DeskMode.OFFLINE
    typer = PinTyper("Reza", [PIN])
    acting = _who_is_at_the_desk(link.context, "en")  # the log-in runs modal: the typer types
    assert typer.accepted and acting is not None
    assert (acting.operator, acting.role, acting.database) == ("Reza", Role.DESK, link.database)
    assert logins(link.local) == [("login", "desk-1", True)]
    link.close()
    link.server.dispose()
