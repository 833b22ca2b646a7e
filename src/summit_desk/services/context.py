"""Who is acting, at which desk, and what day it is at the venue: handed to every service."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

# Imported for its flush hook: every journal and audit entry is hash-chained as it is written.
from summit_desk.db import audit as _chain  # noqa: F401
from summit_desk.db.engine import Database, default_database_path
from summit_desk.db.models import AuditEntry
from summit_desk.domain.errors import PermissionDenied
from summit_desk.domain.persian import VENUE_ZONE, utc_now, venue_time
from summit_desk.domain.values import Role

# A rehearsal before the summit runs the desk as if it were one of the event's days.
DAY_ENV_VAR = "SUMMIT_DESK_DAY"

_ROLE_ORDER = {Role.DESK: 0, Role.SUPERVISOR: 1, Role.ADMIN: 2}


@dataclass(frozen=True)
class DeskContext:
    database: Database
    operator: str = "desk"
    role: Role = Role.DESK
    desk: str = ""
    zone: str = VENUE_ZONE
    clock: Callable[[], datetime] = field(default=utc_now)
    day_override: date | None = None

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The venue's date now, or the rehearsal day set by --day or $SUMMIT_DESK_DAY."""
        if self.day_override is not None:
            return self.day_override
        configured = os.environ.get(DAY_ENV_VAR)
        if configured:
            return date.fromisoformat(configured)
        return venue_time(self.now(), self.zone).date()

    def require(self, role: Role, action: str) -> None:
        if _ROLE_ORDER[self.role] < _ROLE_ORDER[role]:
            raise PermissionDenied(
                "role.denied", operator=self.operator, role=self.role.value, action=action
            )

    def audit(self, session: Session, action: str, subject: str = "", **details: Any) -> None:
        session.add(
            AuditEntry(
                at=self.now(),
                operator=self.operator,
                desk=self.desk,
                action=action,
                subject=subject,
                details=json.dumps(details, ensure_ascii=False, default=str),
            )
        )


def default_database_file() -> Path:
    """The file a desk opens when neither ``--db`` nor ``$SUMMIT_DESK_DB`` names one."""
    return default_database_path()
