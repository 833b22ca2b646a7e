"""Supervisors authorise undo and reissue at the desk with their PIN."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db.models import AuditEntry, Operator
from summit_desk.domain.errors import Conflict, PermissionDenied, SummitDeskError
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.operators import OperatorService


def test_a_supervisor_pin_authorises_supervisor_work(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Maryam", Role.SUPERVISOR, "654321")
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    acting = OperatorService(desk).authorise("Maryam", "654321", Role.SUPERVISOR)
    assert (acting.operator, acting.role) == ("Maryam", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        OperatorService(desk).authorise("Maryam", "000000", Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        OperatorService(desk).authorise("Maryam", "654321", Role.ADMIN)


def test_pins_are_never_stored_in_clear(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Reza", Role.DESK, "987654")
    with small_event.database.reader() as session:
        stored = session.scalar(select(Operator.pin_hash).where(Operator.name == "Reza"))
    assert stored and "987654" not in stored and stored.startswith("scrypt$")


def test_only_an_admin_adds_operators_and_names_are_unique(small_event: DeskContext) -> None:
    OperatorService(small_event).add("Ali", Role.DESK, "123456")
    with pytest.raises(Conflict):
        OperatorService(small_event).add("Ali", Role.DESK, "123456")
    with pytest.raises(SummitDeskError):
        OperatorService(small_event).add("Bahar", Role.DESK, "12")
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    with pytest.raises(PermissionDenied):
        OperatorService(desk).add("Sara", Role.ADMIN, "123456")


def _audit(context: DeskContext) -> list[tuple[str, str, str]]:
    with context.database.reader() as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.operator, AuditEntry.subject).order_by(
                AuditEntry.id
            )
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_four_digit_pin_is_refused_and_a_long_password_accepted(small_event: DeskContext) -> None:
    with pytest.raises(SummitDeskError) as refused:
        OperatorService(small_event).add("Ali", Role.DESK, "1234")
    assert "at least 6 digits" in refused.value.message("en")
    OperatorService(small_event).add("Ali", Role.DESK, "caspian-sea-2025")
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    assert OperatorService(desk).authorise("Ali", "caspian-sea-2025", Role.DESK).operator == "Ali"


def test_five_wrong_pins_lock_the_supervisor_out_and_every_failure_is_audited(
    small_event: DeskContext,
) -> None:
    """The issue's attack: wrong PINs tried one after another through the service."""
    OperatorService(small_event).add("Maryam", Role.SUPERVISOR, "654321")
    start = datetime(2025, 11, 18, 8, 0, tzinfo=UTC)
    desk = make_context(small_event.database, role=Role.DESK, operator="desk", at=start)
    for guess in range(5):
        with pytest.raises(PermissionDenied):
            OperatorService(desk).authorise("Maryam", f"{guess:06d}", Role.SUPERVISOR)
    # The right PIN now is refused too: she is locked out, and told for how long.
    with pytest.raises(PermissionDenied) as locked:
        OperatorService(desk).authorise("Maryam", "654321", Role.SUPERVISOR)
    assert "locked out" in locked.value.message("en")
    failures = [a for a in _audit(small_event) if a[0] == "login.failed"]
    assert len(failures) == 6 and {f[2] for f in failures} == {"Maryam"}
    # After the wait, the right PIN works and the count starts again.
    later = make_context(small_event.database, role=Role.DESK, at=start + timedelta(seconds=31))
    acting = OperatorService(later).authorise("Maryam", "654321", Role.SUPERVISOR)
    assert acting.operator == "Maryam"
    assert _audit(small_event)[-1][:2] == ("login", "Maryam")
    # The count started again at the right PIN: five more wrong ones lock her out again.
    for guess in range(6):
        with pytest.raises(PermissionDenied):
            OperatorService(later).authorise("Maryam", f"{guess:06d}", Role.SUPERVISOR)
    with small_event.database.reader() as session:
        operator = session.scalars(select(Operator).where(Operator.name == "Maryam")).one()
    assert operator.failed_pins == 5
    assert as_utc(operator.locked_until) == start + timedelta(seconds=31 + 30)  # type: ignore[arg-type]


def test_an_old_demo_hash_still_opens_and_is_rehashed(small_event: DeskContext) -> None:
    """Databases of schema 0004 hold three-field scrypt hashes of 4-digit demo PINs."""
    salt = bytes(range(16))
    old = "scrypt$" + salt.hex() + "$"
    old += hashlib.scrypt(b"2222", salt=salt, n=2**14, r=8, p=1, dklen=32).hex()
    with small_event.database.writer() as session, session.begin():
        session.add(Operator(name="supervisor", role="supervisor", pin_hash=old, active=True))
    desk = make_context(small_event.database, role=Role.DESK, operator="desk")
    assert OperatorService(desk).authorise("supervisor", "2222", Role.SUPERVISOR).operator
    with small_event.database.reader() as session:
        stored = session.scalar(select(Operator.pin_hash).where(Operator.name == "supervisor"))
    assert stored != old and stored is not None and stored.startswith("scrypt$32768$")
    assert OperatorService(desk).authorise("supervisor", "2222", Role.SUPERVISOR).operator


def test_a_real_event_starts_with_no_operator_and_its_first_admin_is_added(
    small_event: DeskContext,
) -> None:
    desk = make_context(small_event.database, role=Role.DESK, operator="")
    assert OperatorService(desk).list() == []
    with pytest.raises(PermissionDenied):
        OperatorService(desk).add("Nasrin", Role.DESK, "246810")
    OperatorService(desk).add("Nasrin", Role.ADMIN, "246810")
    with pytest.raises(PermissionDenied):
        OperatorService(desk).add("Omid", Role.ADMIN, "135791")
    assert _audit(small_event)[-1] == ("operator.add", "Nasrin", "Nasrin")
