"""Operators and their roles: desk staff, supervisors (undo, reissue) and admins (import, set-up).

A supervisor's action at a desk is authorised on the spot by the supervisor's name and PIN; the
PIN is stored as a salted scrypt hash, never in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace

from summit_desk.db import operators as operator_db
from summit_desk.db.models import Operator
from summit_desk.domain.errors import Conflict, PermissionDenied, SummitDeskError
from summit_desk.domain.names import clean_input
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext

_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}
MIN_PIN = 4


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    name: str
    role: Role
    active: bool


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), **_SCRYPT)
    return hmac.compare_digest(candidate.hex(), digest)


class OperatorService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def add(self, name: str, role: Role, pin: str) -> OperatorInfo:
        self.context.require(Role.ADMIN, "action.add_operator")
        name = clean_input(name, "name")
        if not name:
            raise SummitDeskError("import.required")
        if len(pin) < MIN_PIN or not pin.isdigit():
            raise SummitDeskError("operator.pin_format", minimum=MIN_PIN)
        with self.context.database.writer() as session, session.begin():
            if operator_db.name_taken(session, name):
                raise Conflict("operator.exists", name=name)
            session.add(Operator(name=name, role=role.value, pin_hash=hash_pin(pin), active=True))
            self.context.audit(session, "operator.add", name, role=role.value)
        return OperatorInfo(name, role, True)

    def list(self) -> list[OperatorInfo]:
        with self.context.database.reader() as session:
            return [
                OperatorInfo(o.name, Role(o.role), o.active) for o in operator_db.operators(session)
            ]

    def authorise(
        self, name: str, pin: str, needed: Role, action: str = "action.supervise"
    ) -> DeskContext:
        """The desk's context acting as ``name``, if the PIN is right and the role suffices.

        ``action`` is the message code of what is being authorised, for the refusal's wording.
        """
        with self.context.database.reader() as session:
            operator = operator_db.operator_named(session, name.strip())
        if operator is None or not operator.active or not pin_matches(pin, operator.pin_hash):
            raise PermissionDenied("operator.bad_pin", name=name)
        acting = replace(self.context, operator=operator.name, role=Role(operator.role))
        acting.require(needed, action)
        return acting
