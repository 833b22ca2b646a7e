"""A database of schema 0004 (the demo, five arrivals and an undo) upgraded: its journal and its
audit log are chained as they were written, the chains go on from there, and the demo's old
4-digit PINs still open it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.engine import open_database
from summit_desk.db.models import CheckIn
from summit_desk.db.schema import current_revision, upgrade
from summit_desk.domain.values import Role
from summit_desk.services.audit import AuditService
from summit_desk.services.checkin import CheckInService
from summit_desk.services.operators import OperatorService
from summit_desk.services.people import PeopleService

STORED = Path(__file__).parent / "schemas" / "0004.sqlite"


def test_an_upgraded_0004_database_verifies_and_its_chain_goes_on(tmp_path: Path) -> None:
    target = tmp_path / "desk.sqlite"
    shutil.copyfile(STORED, target)
    database = open_database(target)
    assert current_revision(database) == "0004"
    upgrade(database)
    desk = make_context(database, role=Role.DESK, operator="desk", day=date(2025, 11, 18))
    reports = {r.table: r for r in AuditService(desk).verify()}
    assert (reports["check_ins"].entries, reports["audit_log"].entries) == (6, 3)
    assert all(r.holds for r in reports.values())
    with database.reader() as session:
        first = session.scalars(select(CheckIn).order_by(CheckIn.id)).first()
    assert first is not None and first.prev_hash == "" and len(first.hash) == 64
    acting = OperatorService(desk).authorise("desk", "1111", Role.DESK)
    code = PeopleService(acting).badge_code("MAZ-003")
    assert CheckInService(acting).scan(code).status == "checked_in"
    reports = {r.table: r for r in AuditService(desk).verify()}
    assert all(r.holds for r in reports.values()) and reports["audit_log"].entries >= 4
    database.dispose()
