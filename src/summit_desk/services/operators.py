"""Operators and their roles: desk staff, supervisors (undo, reissue) and admins (import, set-up).

An action beyond the desk's role is authorised on the spot by an operator's name and PIN. A PIN
is at least six digits (or a password of at least ten characters), stored as a salted scrypt
hash whose cost is written beside it, so that hashes made with an older, cheaper cost (the demo
databases of before) still verify and are rehashed at the next right PIN. Five wrong PINs in a
row lock the operator out for a wait that doubles with each further wrong PIN; every failure is
in the audit log. A real event has no operators until its admin is added (``add`` allows the
first operator of an empty table, an admin, to be added without an admin's context).

A desk on a server that is away (services.offline) logs its operators in against its mirror of
the server's operators: the same PIN hashes and roles, its wrong PINs and lockout counted in
its own file (so that the lockout holds through an outage) and carried to the server on
reconnect, each attempt in its local audit log (merged on reconnect). Offline, a login writes
nothing to the operators table: no reset of the server's count (a right PIN given offline clears
only this desk's count; the server's count may hold another desk's failures), no rehash. Adding
an operator waits for the server.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from summit_desk.db import local_journal
from summit_desk.db import operators as operator_db
from summit_desk.db.models import Operator
from summit_desk.db.operators import Lockout
from summit_desk.domain.errors import Conflict, PermissionDenied, SummitDeskError
from summit_desk.domain.names import clean_input
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.offline import pinned

MIN_PIN = 6
MIN_PASSWORD = 10
LOCK_AFTER = 5  # wrong PINs in a row
FIRST_WAIT = timedelta(seconds=30)  # then doubled with each further wrong PIN
LONGEST_WAIT = timedelta(hours=1)
# scrypt's cost: n=2**15 takes about a tenth of a second and 32 MiB, for each guess offline.
_COST = {"n": 2**15, "r": 8, "p": 1}
_OLD_COST = {"n": 2**14, "r": 8, "p": 1}  # the three-field hashes of schema 0004 and before
_MAXMEM = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class OperatorInfo:
    name: str
    role: Role
    active: bool


def check_pin_format(pin: str) -> None:
    long_enough = len(pin) >= MIN_PIN if pin.isdigit() else len(pin) >= MIN_PASSWORD
    if not long_enough or pin != pin.strip():
        raise SummitDeskError("operator.pin_format", minimum=MIN_PIN, password=MIN_PASSWORD)


def hash_pin(pin: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, _COST)
    return f"scrypt${_COST['n']}${_COST['r']}${_COST['p']}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    parts = stored.split("$")
    try:
        if len(parts) == 3 and parts[0] == "scrypt":
            cost, salt, digest = _OLD_COST, parts[1], parts[2]
        elif len(parts) == 6 and parts[0] == "scrypt":
            cost = {"n": int(parts[1]), "r": int(parts[2]), "p": int(parts[3])}
            salt, digest = parts[4], parts[5]
        else:
            return False
        candidate = _scrypt(pin, bytes.fromhex(salt), cost)
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


def needs_rehash(stored: str) -> bool:
    return not stored.startswith(f"scrypt${_COST['n']}${_COST['r']}${_COST['p']}$")


def _scrypt(pin: str, salt: bytes, cost: dict[str, int]) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, dklen=32, maxmem=_MAXMEM, **cost)


def lockout_wait(failures: int) -> timedelta | None:
    """How long an operator is locked out after ``failures`` wrong PINs in a row."""
    if failures < LOCK_AFTER:
        return None
    wait: timedelta = FIRST_WAIT * 2 ** min(failures - LOCK_AFTER, 8)
    return min(wait, LONGEST_WAIT)


class OperatorService:
    def __init__(self, context: DeskContext) -> None:
        self.context = context

    def add(self, name: str, role: Role, pin: str) -> OperatorInfo:
        """Add an operator (an admin's action), or the event's first admin when there is none."""
        name = clean_input(name, "name")
        if not name:
            raise SummitDeskError("import.required")
        check_pin_format(pin)
        database, offline = pinned(self.context.database)
        if offline:  # the mirror's operators are the server's: a new one would be this desk's
            raise SummitDeskError("operator.online_only", target=database.label)
        stored = hash_pin(pin)  # slow: not inside the write lock
        with database.writer() as session, session.begin():
            first = not operator_db.operators(session)
            if not (first and role is Role.ADMIN):
                self.context.require(Role.ADMIN, "action.add_operator")
            if operator_db.name_taken(session, name):
                raise Conflict("operator.exists", name=name)
            session.add(Operator(name=name, role=role.value, pin_hash=stored, active=True))
            acting = replace(self.context, operator=name) if first else self.context
            acting.audit(session, "operator.add", name, role=role.value)
        return OperatorInfo(name, role, True)

    def list(self) -> list[OperatorInfo]:
        with self.context.database.reader() as session:
            return [
                OperatorInfo(o.name, Role(o.role), o.active) for o in operator_db.operators(session)
            ]

    def has_operators(self) -> bool:
        with self.context.database.reader() as session:
            return bool(operator_db.operators(session))

    def authorise(
        self, name: str, pin: str, needed: Role, action: str = "action.supervise"
    ) -> DeskContext:
        """The desk's context acting as ``name``, if the PIN is right and the role suffices.

        ``action`` is the message code of what is being authorised, for the refusal's wording
        and the audit log. A wrong PIN, a locked-out or unknown operator and a role too low are
        each written to the audit log before the refusal is raised.
        """
        name = name.strip()
        database, offline = pinned(self.context.database)
        with database.reader() as session:
            operator = operator_db.operator_named(session, name)
        # The slow hash is checked outside the write lock, so that a login never holds up a scan.
        right = operator is not None and operator.active and pin_matches(pin, operator.pin_hash)
        now = self.context.now()
        where = {"offline": True} if offline else {}  # for whoever reads the server's log
        refusal: PermissionDenied | None
        acting: DeskContext | None
        with database.writer() as session, session.begin():
            stored = operator_db.operator_named(session, name) if operator else None
            if stored is None or not stored.active:
                self.context.audit(
                    session, "login.failed", name, wanted=action, why="unknown", **where
                )
                refusal = PermissionDenied("operator.bad_pin", name=name)
                acting = None
            else:
                before = (
                    local_journal.lockout(session, stored)
                    if offline
                    else operator_db.lockout_of(stored)
                )
                refusal, acting, after = self._judge(
                    session, stored, lockout=before, right=right, needed=needed,
                    action=action, now=now, where=where,
                )  # fmt: skip
                if offline:  # the mirror's operators table is the server's: not written
                    local_journal.save_lockout(session, stored.name, after)
                else:
                    operator_db.set_lockout(stored, after)
                    if right and needs_rehash(stored.pin_hash):
                        stored.pin_hash = hash_pin(pin)
        if refusal is not None:
            raise refusal
        assert acting is not None
        return acting

    def _judge(
        self,
        session: Session,
        stored: Operator,
        *,
        lockout: Lockout,
        right: bool,
        needed: Role,
        action: str,
        now: datetime,
        where: dict[str, bool],
    ) -> tuple[PermissionDenied | None, DeskContext | None, Lockout]:
        """(the refusal, or the acting context; the lockout after) of one attempt, audited."""
        name = stored.name
        if lockout.locked_at(now):
            self.context.audit(session, "login.failed", name, wanted=action, why="locked", **where)
            return _locked(name, lockout, now), None, lockout
        if not right:
            failures = lockout.failed_pins + 1
            wait = lockout_wait(failures)
            self.context.audit(
                session, "login.failed", name, wanted=action, failures=failures, **where
            )
            after = Lockout(failures, now + wait if wait else None)
            return PermissionDenied("operator.bad_pin", name=name), None, after
        acting = replace(self.context, operator=name, role=Role(stored.role))
        try:
            acting.require(needed, action)
        except PermissionDenied as exc:
            acting.audit(session, "login.refused", name, wanted=action, **where)
            return exc, None, Lockout()
        acting.audit(session, "login", name, wanted=action, **where)
        return None, acting, Lockout()


def _locked(name: str, lockout: Lockout, now: datetime) -> PermissionDenied:
    assert lockout.locked_until is not None
    left = as_utc(lockout.locked_until) - now
    minutes = max(1, -(-int(left.total_seconds()) // 60))
    return PermissionDenied(
        "operator.locked", name=name, failures=lockout.failed_pins, minutes=minutes
    )
