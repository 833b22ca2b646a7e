"""One way for a test to say who is at which desk, on which day, at what time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from summit_desk.db.engine import Database
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext


def make_context(
    database: Database,
    *,
    role: Role = Role.ADMIN,
    operator: str = "tester",
    desk: str = "desk-1",
    day: date | None = None,
    at: datetime | None = None,
) -> DeskContext:
    """The desk's context: ``day`` is the rehearsal day (``--day``), ``at`` stops the clock."""
    if at is None:
        return DeskContext(
            database=database, operator=operator, role=role, desk=desk, day_override=day
        )
    return DeskContext(
        database=database,
        operator=operator,
        role=role,
        desk=desk,
        day_override=day,
        clock=lambda: at,
    )


def desk_operator(context: DeskContext, desk: str, day: date, at: datetime) -> DeskContext:
    """``context``'s event with its desk operator ("desk") at ``desk``, working on ``day``, the
    clock stopped at ``at``."""
    return replace(
        context, operator="desk", role=Role.DESK, desk=desk, day_override=day, clock=lambda: at
    )
