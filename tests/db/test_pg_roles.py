"""The README's two PostgreSQL roles, run as written: the owner migrates; the desk checks in,
reads and appends, but cannot change or remove an entry of the journal or the audit log, nor
switch their triggers off (the issue's `ALTER TABLE … DISABLE TRIGGER` as the desk's role)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import ProgrammingError
from support.desk import make_context
from support.events import SMALL_EVENT

from summit_desk.db.engine import Database, open_database
from summit_desk.db.models import Delegation
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import CheckInStatus, PersonInput, Role
from summit_desk.services.audit import AuditService
from summit_desk.services.checkin import CheckInService
from summit_desk.services.event import EventService
from summit_desk.services.people import PeopleService, save_people

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = pytest.mark.postgres


def readme_sql(block: str, owner: str, desk: str, database: str) -> list[str]:
    """The statements of the README's ``<!-- sql: block -->``, with this test's names."""
    found = re.search(rf"<!-- sql: {block} -->\n```sql\n(.*?)```", README.read_text(), re.S)
    assert found, block
    sql = found.group(1).replace("summit_owner", owner).replace("summit_desk", desk)
    sql = sql.replace("DATABASE summit ", f"DATABASE {database} ")
    return [s.strip() for s in sql.split(";") if s.strip()]


@pytest.fixture
def roles(pg_admin: Engine) -> Iterator[tuple[Database, Database]]:
    """(the owner's, the desk's) connections to a database set up as the README says."""
    suffix = uuid.uuid4().hex[:10]
    owner, desk, name = f"sd_owner_{suffix}", f"sd_desk_{suffix}", f"sd_roles_{suffix}"
    with pg_admin.connect() as connection:
        for statement in readme_sql("superuser", owner, desk, name):
            connection.execute(text(statement))
    url = pg_admin.url.set(database=name)
    as_owner = open_database(url.set(username=owner, password=None).render_as_string(False))
    as_desk = open_database(url.set(username=desk, password=None).render_as_string(False))
    try:
        upgrade(as_owner)
        with as_owner.engine.begin() as connection:
            for statement in readme_sql("owner", owner, desk, name):
                connection.execute(text(statement))
        yield as_owner, as_desk
    finally:
        as_owner.dispose()
        as_desk.dispose()
        with pg_admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{desk}"'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{owner}"'))


def test_the_desk_role_appends_but_cannot_rewrite_the_record(
    roles: tuple[Database, Database],
) -> None:
    as_owner, as_desk = roles
    admin = make_context(as_owner)
    EventService(admin).create(SMALL_EVENT)
    with as_owner.writer() as session, session.begin():
        delegations = {d.code: d for d in session.scalars(select(Delegation))}
        save_people(session, [PersonInput(ref="GIL-1", delegation="GIL", category="HOD",
                                          given_name_fa="علی")], delegations, admin)  # fmt: skip
    upgrade(as_desk)  # a desk starting finds the schema current and changes nothing
    desk = make_context(as_desk, role=Role.DESK, operator="desk", day=date(2025, 11, 18))
    code = PeopleService(desk).badge_code("GIL-1")
    assert CheckInService(desk).scan(code).status == CheckInStatus.CHECKED_IN
    assert CheckInService(desk).scan("NOT-A-CODE").status == CheckInStatus.UNKNOWN
    for statement, refusal in (
        ("UPDATE check_ins SET desk = 'forged'", "permission denied"),
        ("DELETE FROM check_ins", "permission denied"),
        ("UPDATE audit_log SET operator = 'someone else'", "permission denied"),
        ("DELETE FROM audit_log", "permission denied"),
        ("TRUNCATE audit_log", "permission denied"),
        ("ALTER TABLE check_ins DISABLE TRIGGER check_ins_no_change", "must be owner"),
        ("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change", "must be owner"),
        ("UPDATE alembic_version SET version_num = '0001'", "permission denied"),
    ):
        with as_desk.engine.begin() as connection, pytest.raises(ProgrammingError, match=refusal):
            connection.execute(text(statement))
    assert all(report.holds for report in AuditService(desk).verify())
