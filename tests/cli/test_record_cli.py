"""The command line's operators: a name given is a login (its PIN from the terminal or stdin,
never argv), the first admin of a real event, and the record they leave."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from support.cli import run
from support.databases import copy_closed

from summit_desk.db.engine import open_database
from summit_desk.db.models import AuditEntry, CheckIn
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService


def _code(db: Path, ref: str) -> str:
    database = open_database(db)
    code = PeopleService(DeskContext(database=database)).badge_code(ref)
    database.dispose()
    return code


def test_the_journal_names_who_logged_in_not_a_typed_name(demo_db: Path, tmp_path: Path) -> None:
    """`--operator` is a login: a wrong PIN checks nobody in, and is in the audit log."""
    db = tmp_path / "desk.sqlite"
    copy_closed(demo_db, db)
    code = _code(db, "BAK-001")
    wrong = run("checkin", "--operator", "supervisor", "--stdin", "--json",
                stdin=f"0000\n{code}\n", db=db)  # fmt: skip
    assert wrong.returncode == 2 and "is not right" in wrong.stderr
    right = run("checkin", "--operator", "supervisor", "--stdin", "--json", "--day", "2025-11-18",
                stdin=f"2222\n{code}\n", db=db)  # fmt: skip
    assert right.returncode == 0, right.stderr
    database = open_database(db)
    with database.reader() as session:
        operators = list(session.scalars(select(CheckIn.operator)))
        failed = list(session.scalars(select(AuditEntry.subject).where(
            AuditEntry.action == "login.failed")))  # fmt: skip
    database.dispose()
    assert operators == ["supervisor"] and failed == ["supervisor"]


def test_a_real_event_names_its_first_admin_then_only_an_admin_adds(tmp_path: Path) -> None:
    db = tmp_path / "event.sqlite"
    first = run("operators", "add", "Nasrin", "--role", "admin", stdin="24681012\n", db=db)
    assert first.returncode == 0, first.stderr
    assert "Operator 'Nasrin' added as admin" in first.stdout
    anyone = run("operators", "add", "Omid", "--role", "admin", stdin="13579111\n", db=db)
    assert anyone.returncode == 2 and "may not add an operator" in anyone.stderr
    short = run("operators", "add", "Omid", "--admin", "Nasrin", stdin="24681012\n1234\n", db=db)
    assert short.returncode == 2 and "at least 6 digits" in short.stderr
    added = run("operators", "add", "Omid", "--admin", "Nasrin", stdin="24681012\n135791\n",
                db=db)  # fmt: skip
    assert added.returncode == 0, added.stderr
    listed = run("operators", "list", db=db)
    assert listed.stdout.splitlines() == ["Nasrin\tadmin\tactive", "Omid\tdesk\tactive"]
    assert run("audit", "verify", db=db).returncode == 0
