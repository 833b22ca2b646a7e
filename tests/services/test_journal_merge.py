"""Journals merged in any split, any order, any number of times give the same journal.

The scans of a morning are spread over desks that never met; each desk's journal goes onto a
stick (a journal file) and is merged into the office's database, in any order, some twice.
Whatever the split and the order, the office ends with the same entries (each once, with its
original time and desk), the same arrival for everyone (the earliest scan), and each double
admission on the protocol's list exactly once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
import uuid
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db import journal as journal_db
from summit_desk.db import merged_audit
from summit_desk.db import people as people_db
from summit_desk.db.engine import open_database
from summit_desk.db.journal import JournalRecord
from summit_desk.db.merged_audit import AuditRecord
from summit_desk.db.models import AuditEntry, Badge, Person
from summit_desk.domain.errors import PermissionDenied, SummitDeskError
from summit_desk.domain.persian import as_utc
from summit_desk.domain.values import BadgeStatus, CheckInKind, Role
from summit_desk.services.journal import JournalService

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 5, 30, tzinfo=UTC)
PEOPLE = 6
EVENT = "CASPIAN-GOV-2025"


@pytest.fixture(scope="module")
def holders(demo_template: Path) -> list[tuple[str, str]]:
    """(ref, badge code) of a few people of the demo event."""
    database = open_database(demo_template)
    with database.reader() as session:
        rows = session.execute(
            select(Person.ref, Badge.code)
            .join(Badge, Badge.person_id == Person.id)
            .where(Badge.status == BadgeStatus.ACTIVE)
            .order_by(Person.ref)
            .limit(PEOPLE)
        ).all()
    database.dispose()
    return [(str(ref), str(code)) for ref, code in rows]


# A scan: which person, how many seconds into the morning, its nonce, and where: the venue's
# desk ("") or the door of a panel of the day.
scans_strategy = st.lists(
    st.tuples(
        st.integers(0, PEOPLE - 1),
        st.integers(0, 5),  # seconds apart: two scans at one instant happen
        st.uuids(version=4),
        st.sampled_from(("", "", "OPEN", "GEN")),
    ),
    min_size=1,
    max_size=14,
    unique_by=lambda s: s[2],
)
Scan = tuple[int, int, uuid.UUID, str]


def record(holders: list[tuple[str, str]], scan: Scan, desk: str) -> JournalRecord:
    person, seconds, nonce, session_code = scan
    ref, code = holders[person]
    return JournalRecord(
        uuid=str(nonce),
        kind=CheckInKind.SESSION_ENTRY if session_code else CheckInKind.ARRIVAL,
        ref=ref, badge_code=code, day=DAY1, session_code=session_code, undoes="",
        at=MORNING + timedelta(seconds=seconds), desk=desk, operator=f"op-{desk}", reason="",
    )  # fmt: skip


def undo(scanned: JournalRecord, nonce: uuid.UUID) -> JournalRecord:
    """A supervisor's undo of ``scanned``, a minute later at the same desk."""
    return replace(
        scanned, uuid=str(nonce), kind=CheckInKind.UNDO, undoes=scanned.uuid,
        at=scanned.at + timedelta(minutes=1), reason="wrong person",
    )  # fmt: skip


def office_state(target: Path) -> tuple[frozenset[JournalRecord], tuple[str, ...], dict]:  # type: ignore[type-arg]
    """The journal, the flagged entries and everyone's arrival (time, desk), as the office
    sees them."""
    database = open_database(target)
    context = make_context(database, day=DAY1)
    with database.reader() as session:
        entries = frozenset(journal_db.records(session))
        ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        arrivals = {
            p.ref: (p.checked_in_at, p.checked_in_desk)
            for p in people_db.summaries(session, ids, DAY1)
        }
    flagged = tuple(d.later_uuid for d in JournalService(context).double_admissions())
    database.dispose()
    return entries, flagged, arrivals


def test_of_two_arrivals_of_one_instant_the_desk_shown_is_the_one_not_undone(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]]
) -> None:
    """Found by the property below: two desks scanned one guest at the same instant and one
    desk's scan was undone; the desk shown must be the other one."""
    first = record(holders, (0, 60, uuid.uuid4(), ""), "desk-0")
    second = record(holders, (0, 60, uuid.uuid4(), ""), "desk-1")
    for order, undone, kept in (
        ([first, second], first, second),
        ([first, second], second, first),
        ([second, first], first, second),
        ([second, first], second, first),
    ):
        stick = tmp_path / "desks.journal"
        journal_db.write_file(stick, [*order, undo(undone, uuid.uuid4())], EVENT)
        office = tmp_path / "office.sqlite"
        shutil.copyfile(demo_template, office)
        database = open_database(office)
        JournalService(make_context(database, role=Role.SUPERVISOR, desk="office")).merge(stick)
        database.dispose()
        assert office_state(office)[2][holders[0][0]] == (kept.at, kept.desk)
        office.unlink()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    scans=scans_strategy,
    desks=st.integers(1, 4),
    data=st.data(),
)
def test_any_split_any_order_repeated_merges_give_the_same_journal(
    tmp_path_factory: pytest.TempPathFactory,
    demo_template: Path,
    *,
    holders: list[tuple[str, str]],
    scans: list[Scan],
    desks: int,
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    split = data.draw(st.lists(st.integers(0, desks - 1), min_size=len(scans), max_size=len(scans)))
    scanned = [record(holders, s, f"desk-{d}") for s, d in zip(scans, split, strict=True)]
    # Some scans are undone by a supervisor, whose undo may travel on another desk's stick.
    undone = data.draw(st.sets(st.integers(0, len(scans) - 1), max_size=3))
    undos = [(undo(scanned[i], data.draw(st.uuids(version=4))), i) for i in sorted(undone)]
    undo_desks = [data.draw(st.integers(0, desks - 1)) for _ in undos]
    everything = scanned + [u for u, _i in undos]
    # Every desk's stick is merged at least once, in any order, some of them again.
    order = data.draw(st.permutations(range(desks)))
    again = data.draw(st.lists(st.integers(0, desks - 1), max_size=3))
    sticks = []
    for desk in range(desks):
        mine = [r for r, d in zip(scanned, split, strict=True) if d == desk]
        mine += [u for (u, _i), d in zip(undos, undo_desks, strict=True) if d == desk]
        stick = folder / f"desk-{desk}.journal"
        journal_db.write_file(stick, mine, EVENT)
        sticks.append(stick)

    office = folder / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    merger = JournalService(make_context(database, role=Role.SUPERVISOR, desk="office"))
    reports = [merger.merge(sticks[desk]) for desk in [*order, *again]]
    database.dispose()

    # The same entries, all from one stick, merged once: the state every split must reach.
    reference = folder / "reference.sqlite"
    shutil.copyfile(demo_template, reference)
    one_stick = folder / "all.journal"
    journal_db.write_file(one_stick, list(reversed(everything)), EVENT)
    database = open_database(reference)
    JournalService(make_context(database, role=Role.SUPERVISOR, desk="office")).merge(one_stick)
    database.dispose()

    entries, flagged, arrivals = office_state(office)
    reference_entries, reference_flagged, reference_arrivals = office_state(reference)
    assert (entries, flagged) == (reference_entries, reference_flagged)
    # Everyone's arrival time is the same; the desk shown may differ only between two scans of
    # the same instant (the people summaries do not order such a tie; the list above does).
    assert {r: a[0] for r, a in arrivals.items()} == {
        r: a[0] for r, a in reference_arrivals.items()
    }
    assert entries == frozenset(everything)  # every entry once, with its own time and desk
    assert sum(r.added for r in reports) == len(everything)
    # Each person admitted n times (at the venue, or into one panel) and not undone is
    # flagged n - 1 times: a double admission, once.
    live = [r for i, r in enumerate(scanned) if i not in undone]
    per_admission = Counter((r.ref, r.session_code) for r in live)
    assert len(flagged) == len(set(flagged)) == sum(n - 1 for n in per_admission.values())
    # The earliest arrival not undone is the one that counts.
    for ref, _code in holders:
        theirs = sorted((r.at, r.desk) for r in live if r.ref == ref and not r.session_code)
        at, desk = arrivals[ref]
        assert at == (theirs[0][0] if theirs else None)
        assert desk in ({d for a, d in theirs if a == at} if theirs else {None})


def test_a_merge_keeps_the_merge_time_in_the_audit_log_and_a_second_merge_adds_nothing(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]]
) -> None:
    stick = tmp_path / "desk-2.journal"
    scan = (0, 30, uuid.uuid4(), "")
    journal_db.write_file(stick, [record(holders, scan, "desk-2")], EVENT)
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    merged_at = datetime(2025, 11, 18, 9, 0, tzinfo=UTC)
    context = make_context(database, role=Role.SUPERVISOR, desk="office", at=merged_at)
    first = JournalService(context).merge(stick)
    second = JournalService(context).merge(stick)
    with database.reader() as session:
        audit = session.execute(
            select(AuditEntry.at, AuditEntry.desk, AuditEntry.subject).where(
                AuditEntry.action == "journal.merge"
            )
        ).all()
        (entry,) = journal_db.records(session)
    database.dispose()
    assert (first.added, first.known, second.added, second.known) == (1, 0, 0, 1)
    assert entry.at == MORNING + timedelta(seconds=30) and entry.desk == "desk-2"
    assert len(audit) == 1
    assert audit[0].at.replace(tzinfo=UTC) == merged_at and audit[0].desk == "office"
    assert audit[0].subject == str(scan[2])


@pytest.mark.parametrize("first_merged", ["desk-north", "desk-south"])
def test_two_desks_admitting_one_person_at_the_same_instant_agree_which_is_kept(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]], first_merged: str
) -> None:
    low, high = sorted((uuid.uuid4(), uuid.uuid4()))
    north = record(holders, (0, 0, low, ""), "desk-north")
    south = record(holders, (0, 0, high, ""), "desk-south")
    sticks = {r.desk: tmp_path / f"{r.desk}.journal" for r in (north, south)}
    for r in (north, south):
        journal_db.write_file(sticks[r.desk], [r], EVENT)
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    context = make_context(database, role=Role.SUPERVISOR, desk="office", day=DAY1)
    for desk in sorted(sticks, key=lambda d: d != first_merged):
        JournalService(context).merge(sticks[desk])
    (flagged,) = JournalService(context).double_admissions()
    database.dispose()
    assert (flagged.kept_desk, flagged.later_uuid) == ("desk-north", str(high))


def test_a_stick_from_another_event_is_refused_and_nothing_is_merged(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]]
) -> None:
    stick = tmp_path / "other.journal"
    journal_db.write_file(stick, [record(holders, (0, 0, uuid.uuid4(), ""), "x")], "OTHER-2024")
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    context = make_context(database, role=Role.SUPERVISOR, desk="office")
    with pytest.raises(SummitDeskError) as refused:
        JournalService(context).merge(stick)
    with database.reader() as session:
        entries = journal_db.records(session)
    database.dispose()
    assert refused.value.code == "journal.other_event"
    assert "OTHER-2024" in refused.value.message("en")
    assert entries == []
    # A desk operator may not merge other desks' journals at all.
    desk = make_context(open_database(office), role=Role.DESK)
    with pytest.raises(PermissionDenied):
        JournalService(desk).merge(stick)
    desk.database.dispose()


def audit_record(desk: str, minutes: int, action: str, subject: str) -> AuditRecord:
    """An audit entry written at ``desk`` while it was apart; its origin stands for its hash."""
    origin = hashlib.sha256(f"{desk}/{minutes}/{action}/{subject}".encode()).hexdigest()
    return AuditRecord(
        origin, MORNING + timedelta(minutes=minutes), f"op-{desk}", desk, action, subject,
        json.dumps({"status": "unknown"} if action == "checkin.refused" else {}),
    )  # fmt: skip


def office_audit(target: Path) -> list[AuditRecord]:
    database = open_database(target)
    with database.reader() as session:
        audit = merged_audit.records(session)
    database.dispose()
    return audit


@pytest.mark.parametrize("order", [(0, 1, 2, 0), (2, 1, 0, 2, 1), (1, 2, 0)])
def test_audit_entries_from_desks_apart_are_merged_once_in_any_order(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]], order: tuple[int, ...]
) -> None:
    """Three desks' sticks, the third carrying a copy of the first desk's login it merged
    earlier: whatever the order, merged again, the office holds each entry once, with its own
    time, desk and operator."""
    north = [audit_record("north", 1, "login", "op-north"),
             audit_record("north", 2, "checkin.refused", "XX-1")]  # fmt: skip
    south = [audit_record("south", 2, "checkin.refused", "XX-2")]
    east = [audit_record("east", 3, "checkin.undo", str(uuid.uuid4())), north[0]]
    sticks = []
    for n, audit in enumerate((north, south, east)):
        stick = tmp_path / f"desk-{n}.journal"
        journal_db.write_file(stick, [], EVENT, audit)
        sticks.append(stick)
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    merged_at = datetime(2025, 11, 18, 9, 0, tzinfo=UTC)
    context = make_context(database, role=Role.SUPERVISOR, desk="office", at=merged_at)
    reports = [JournalService(context).merge(sticks[n]) for n in order]
    with database.reader() as session:
        raw = session.execute(
            select(AuditEntry.at, AuditEntry.desk, AuditEntry.details).where(
                AuditEntry.desk.in_(("north", "south", "east"))
            )
        ).all()
    database.dispose()

    expected = {*north, *south, *east}
    after = office_audit(office)
    merged = [a for a in after if a.origin in {e.origin for e in expected}]
    assert sorted(merged, key=lambda a: a.origin) == sorted(expected, key=lambda a: a.origin)
    assert sum(r.audit_added for r in reports) == len(expected) == 4
    assert len(raw) == 4  # each once
    assert all(as_utc(a.at) < merged_at for a in raw)  # their own times, not the merge's
    notes = [json.loads(r.details)[merged_audit.MERGED] for r in raw]
    assert {(n["at"], n["desk"], n["operator"]) for n in notes} == {
        (merged_at.isoformat(), "office", "tester")
    }
    assert {n["source"] for n in notes} <= {s.name for s in sticks}
    # The office's next stick carries the copies under their own origins: merged into a
    # desk that holds them already, nothing is added.
    again = tmp_path / "office.journal"
    database = open_database(office)
    JournalService(make_context(database, role=Role.SUPERVISOR)).export(again)
    database.dispose()
    stick = journal_db.read_file(again)
    assert expected <= set(stick.audit)


def test_a_stick_written_before_audit_entries_travelled_is_still_merged(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]]
) -> None:
    stick = tmp_path / "old.journal"
    journal_db.write_file(stick, [record(holders, (0, 0, uuid.uuid4(), ""), "desk-2")], EVENT)
    with contextlib.closing(sqlite3.connect(stick)) as db, db:  # as version 1 wrote it
        db.execute("UPDATE journal_meta SET value = '1' WHERE key = 'version'")
        db.execute("DROP TABLE journal_audit")
    office = tmp_path / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    report = JournalService(make_context(database, role=Role.SUPERVISOR)).merge(stick)
    database.dispose()
    assert (report.added, report.audit_added, report.audit_known) == (1, 0, 0)
