"""Supervisors authorise undo and reissue at the desk with their PIN."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.models import Operator
from summit_desk.domain.errors import Conflict, PermissionDenied, SummitDeskError
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.operators import OperatorService


def test_a_supervisor_pin_authorises_supervisor_work(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Maryam", Role.SUPERVISOR, "4321")
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    acting = OperatorService(desk).authorise("Maryam", "4321", Role.SUPERVISOR)
    assert (acting.operator, acting.role) == ("Maryam", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        OperatorService(desk).authorise("Maryam", "0000", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        OperatorService(desk).authorise("Maryam", "4321", Role.ADMIN)


def test_pins_are_never_stored_in_clear(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Reza", Role.DESK, "98765")
    with small_event.database.reader() as session:
        stored = session.scalar(select(Operator.pin_hash).where(Operator.name == "Reza"))
    assert stored and "98765" not in stored and stored.startswith("scrypt$")


def test_only_an_admin_adds_operators_and_names_are_unique(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Ali", Role.DESK, "1234")
    with pytest.raises(Conflict):
        OperatorService(small_event).add("Ali", Role.DESK, "1234")
    with pytest.raises(SummitDeskError):
        OperatorService(small_event).add("Bahar", Role.DESK, "12")
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    with pytest.raises(PermissionDenied):
        OperatorService(desk).add("Sara", Role.ADMIN, "1234")
