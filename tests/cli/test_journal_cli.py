"""`summit-desk journal export|merge FILE`: two desks that never share a LAN reconcile by stick.

Desk A admits a minister; desk B, on its own copy of the event, admits the same minister and
one more person. Each exports its journal, each merges the other's (twice, for good measure):
both end with the same journal, the minister's earliest admission kept and the later one on the
protocol's list once, and a second merge adds nothing.
"""

from __future__ import annotations

import json
import shutil
import stat
from pathlib import Path

from sqlalchemy import select
from support.cli import run
from support.desk import make_context

from summit_desk.db import journal as journal_db
from summit_desk.db.engine import open_database
from summit_desk.db.models import AuditEntry
from summit_desk.services.journal import JournalService

DAY = "2025-11-18"


def codes(db: Path, *refs: str) -> list[str]:
    from summit_desk.services.people import PeopleService

    database = open_database(db)
    people = PeopleService(make_context(database))
    found = [people.badge_code(ref) for ref in refs]
    database.dispose()
    return found


def journal_and_flags(db: Path) -> tuple[frozenset[journal_db.JournalRecord], list[str]]:
    database = open_database(db)
    with database.reader() as session:
        entries = frozenset(journal_db.records(session))
    flagged = [d.person.ref for d in JournalService(make_context(database)).double_admissions()]
    database.dispose()
    return entries, flagged


def checkin(db: Path, desk: str, *scanned: str) -> list[dict[str, str]]:
    result = run("checkin", *scanned, "--desk", desk, "--day", DAY, "--json", db=db)
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_two_desks_apart_reconcile_by_journal_files(tmp_path: Path, demo_db: Path) -> None:
    desk_a, desk_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_db, desk_a)
    shutil.copyfile(demo_db, desk_b)
    minister, other = codes(demo_db, "AST-001", "AST-002")
    assert [r["status"] for r in checkin(desk_a, "desk-a", minister)] == ["checked_in"]
    answers = checkin(desk_b, "desk-b", minister, other)
    assert [r["status"] for r in answers] == ["checked_in", "checked_in"]

    stick_a, stick_b = tmp_path / "a.journal", tmp_path / "b.journal"
    exported = run("journal", "export", str(stick_a), db=desk_a)
    assert exported.returncode == 0, exported.stderr
    assert "1 journal entries" in exported.stdout
    assert run("journal", "export", str(stick_b), db=desk_b).returncode == 0
    assert stat.S_IMODE(stick_a.stat().st_mode) == 0o600

    merged = run("journal", "merge", str(stick_b), db=desk_a)
    assert merged.returncode == 0, merged.stderr
    assert "2 entries read: 2 added, 0 already here" in merged.stdout
    assert "1 people were admitted twice" in merged.stdout
    assert run("journal", "merge", str(stick_a), db=desk_b).returncode == 0
    again = run("journal", "merge", str(stick_b), db=desk_a)
    assert "2 entries read: 0 added, 2 already here" in again.stdout

    entries_a, flagged_a = journal_and_flags(desk_a)
    entries_b, flagged_b = journal_and_flags(desk_b)
    assert entries_a == entries_b and len(entries_a) == 3
    assert {e.desk for e in entries_a} == {"desk-a", "desk-b"}  # each scan keeps its desk
    assert flagged_a == flagged_b == ["AST-001"]
    # The minister's arrival is the earliest scan (desk A's), on both desks.
    found = run("find", "AST-001", "--json", "--day", DAY, db=desk_b)
    assert json.loads(found.stdout)[0]["checked_in_desk"] == "desk-a"


def test_a_file_that_is_not_a_journal_is_refused_and_nothing_changes(
    tmp_path: Path, demo_db: Path
) -> None:
    desk = tmp_path / "desk.sqlite"
    shutil.copyfile(demo_db, desk)
    bogus = tmp_path / "notes.journal"
    bogus.write_text("not a journal\n")
    before = journal_and_flags(desk)
    result = run("journal", "merge", str(bogus), db=desk)
    assert result.returncode == 2
    assert "is not a Summit Desk journal file" in result.stderr
    assert journal_and_flags(desk) == before
    missing = run("journal", "merge", str(tmp_path / "nowhere.journal"), db=desk)
    assert missing.returncode == 2 and "There is no journal file" in missing.stderr


def refusals(db: Path) -> list[tuple[str, str, str, str]]:
    """The audit log's refused scans: (subject, desk, time, the merge's source if merged)."""
    database = open_database(db)
    with database.reader() as session:
        rows = session.execute(
            select(AuditEntry.subject, AuditEntry.desk, AuditEntry.at, AuditEntry.details)
            .where(AuditEntry.action == "checkin.refused")
            .order_by(AuditEntry.subject)
        ).all()
    database.dispose()
    return [
        (s, d, str(at), json.loads(details).get("merged", {}).get("source", ""))
        for s, d, at, details in rows
    ]


def test_the_audit_log_travels_on_the_stick_and_is_merged_once(
    tmp_path: Path, demo_db: Path
) -> None:
    """Each desk refuses a code that is no badge; their sticks carry those refusals, and each
    desk ends with both, once, however often and in whichever direction the sticks go."""
    desk_a, desk_b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    shutil.copyfile(demo_db, desk_a)
    shutil.copyfile(demo_db, desk_b)
    assert [r["status"] for r in checkin(desk_a, "desk-a", "XYZ-FAKE-A")] == ["unknown"]
    assert [r["status"] for r in checkin(desk_b, "desk-b", "XYZ-FAKE-B")] == ["unknown"]
    (own_a,), (own_b,) = refusals(desk_a), refusals(desk_b)

    stick_a, stick_b = tmp_path / "a.journal", tmp_path / "b.journal"
    assert run("journal", "export", str(stick_a), db=desk_a).returncode == 0
    assert run("journal", "export", str(stick_b), db=desk_b).returncode == 0
    merged = run("journal", "merge", str(stick_b), db=desk_a)
    assert merged.returncode == 0, merged.stderr
    assert "Audit log: " in merged.stdout and " already here" in merged.stdout
    again = run("journal", "merge", str(stick_b), db=desk_a)
    assert "Audit log: 0 entries added" in again.stdout
    # A's new stick carries B's refusal too: back on B, it is not added a second time.
    assert run("journal", "export", str(stick_a), db=desk_a).returncode == 0
    assert run("journal", "merge", str(stick_a), db=desk_b).returncode == 0

    copy_of_b = (own_b[0], "desk-b", own_b[2], "b.journal")
    copy_of_a = (own_a[0], "desk-a", own_a[2], "a.journal")
    assert refusals(desk_a) == [own_a, copy_of_b]  # B's kept its time and desk
    assert refusals(desk_b) == [copy_of_a, own_b]
