"""Queries about the desk's operators, and the lockout state a login reads and writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from summit_desk.db.models import Operator
from summit_desk.domain.persian import as_utc


@dataclass(frozen=True, slots=True)
class Lockout:
    """An operator's wrong PINs in a row, and until when they are locked out after too many."""

    failed_pins: int = 0
    locked_until: datetime | None = None

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and as_utc(self.locked_until) > now


def operator_named(session: Session, name: str) -> Operator | None:
    return session.scalars(select(Operator).where(Operator.name == name)).first()


def name_taken(session: Session, name: str) -> bool:
    return session.scalar(select(Operator.id).where(Operator.name == name)) is not None


def operators(session: Session) -> list[Operator]:
    """Every operator by name."""
    return list(session.scalars(select(Operator).order_by(Operator.name)))


def lockout_of(operator: Operator) -> Lockout:
    return Lockout(operator.failed_pins, operator.locked_until)


def set_lockout(operator: Operator, lockout: Lockout) -> None:
    operator.failed_pins, operator.locked_until = lockout.failed_pins, lockout.locked_until


def carry_lockout(session: Session, name: str, desk: Lockout) -> bool:
    """Add what a desk counted offline to the server's count of ``name``: the higher count and
    the later lockout of the two, so that wrong PINs tried while the server was away still
    count, and a right PIN given offline clears nothing the server counted (its failures may be
    another desk's). Returns whether ``name`` is still an operator here."""
    stored = session.scalars(select(Operator).where(Operator.name == name).with_for_update())
    operator = stored.first()
    if operator is None:
        return False
    server = lockout_of(operator)
    until = [as_utc(t) for t in (server.locked_until, desk.locked_until) if t is not None]
    set_lockout(
        operator, Lockout(max(server.failed_pins, desk.failed_pins), max(until, default=None))
    )
    return True
