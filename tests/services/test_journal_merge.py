"""Journals merged in any split, any order, any number of times give the same journal.

The scans of a morning are spread over desks that never met; each desk's journal goes onto a
stick (a journal file) and is merged into the office's database, in any order, some twice.
Whatever the split and the order, the office ends with the same entries (each once, with its
original time and desk), the same arrival for everyone (the earliest scan), and each double
admission on the protocol's list exactly once.
"""

from __future__ import annotations

import shutil
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from support.desk import make_context

from summit_desk.db import journal as journal_db
from summit_desk.db import people as people_db
from summit_desk.db.engine import open_database
from summit_desk.db.journal import JournalRecord
from summit_desk.db.models import AuditEntry, Badge, Person
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


# A scan: which person, how many seconds into the morning, and its nonce.
scans_strategy = st.lists(
    st.tuples(st.integers(0, PEOPLE - 1), st.integers(0, 600), st.uuids(version=4)),
    min_size=1,
    max_size=14,
    unique_by=lambda s: s[2],
)


def record(
    holders: list[tuple[str, str]], scan: tuple[int, int, uuid.UUID], desk: str
) -> JournalRecord:
    person, seconds, nonce = scan
    ref, code = holders[person]
    return JournalRecord(
        uuid=str(nonce), kind=CheckInKind.ARRIVAL, ref=ref, badge_code=code, day=DAY1,
        session_code="", undoes="", at=MORNING + timedelta(seconds=seconds), desk=desk,
        operator=f"op-{desk}", reason="",
    )  # fmt: skip


def office_state(target: Path) -> tuple[frozenset[JournalRecord], tuple[str, ...], dict]:  # type: ignore[type-arg]
    """The journal, the flagged entries and everyone's arrival, as the office sees them."""
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
    scans: list[tuple[int, int, uuid.UUID]],
    desks: int,
    data: st.DataObject,
) -> None:
    folder = tmp_path_factory.mktemp("merge")
    split = data.draw(st.lists(st.integers(0, desks - 1), min_size=len(scans), max_size=len(scans)))
    # Every desk's stick is merged at least once, in any order, some of them again.
    order = data.draw(st.permutations(range(desks)))
    again = data.draw(st.lists(st.integers(0, desks - 1), max_size=3))
    sticks = []
    for desk in range(desks):
        mine = [
            record(holders, s, f"desk-{desk}")
            for s, d in zip(scans, split, strict=True)
            if d == desk
        ]
        stick = folder / f"desk-{desk}.journal"
        journal_db.write_file(stick, mine, EVENT)
        sticks.append(stick)

    office = folder / "office.sqlite"
    shutil.copyfile(demo_template, office)
    database = open_database(office)
    merger = JournalService(make_context(database, role=Role.SUPERVISOR, desk="office"))
    reports = [merger.merge(sticks[desk]) for desk in [*order, *again]]
    database.dispose()

    # The same scans, all from one stick, merged once: the state every split must reach.
    reference = folder / "reference.sqlite"
    shutil.copyfile(demo_template, reference)
    one_stick = folder / "all.journal"
    everything = [record(holders, s, f"desk-{d}") for s, d in zip(scans, split, strict=True)]
    journal_db.write_file(one_stick, list(reversed(everything)), EVENT)
    database = open_database(reference)
    JournalService(make_context(database, role=Role.SUPERVISOR, desk="office")).merge(one_stick)
    database.dispose()

    entries, flagged, arrivals = office_state(office)
    assert (entries, flagged, arrivals) == office_state(reference)
    assert entries == frozenset(everything)  # every scan once, with its own time and desk
    assert sum(r.added for r in reports) == len(scans)
    # Each person admitted n times is flagged n - 1 times: a double admission, once.
    per_person = Counter(s[0] for s in scans)
    assert len(flagged) == len(set(flagged)) == sum(n - 1 for n in per_person.values())
    # The earliest scan is the arrival that counts (ties go to the smaller nonce).
    for person, (ref, _code) in enumerate(holders):
        theirs = sorted(
            (MORNING + timedelta(seconds=s[1]), str(s[2]), f"desk-{d}")
            for s, d in zip(scans, split, strict=True)
            if s[0] == person
        )
        expected = (theirs[0][0], theirs[0][2]) if theirs else (None, None)
        assert arrivals[ref] == expected


def test_a_merge_keeps_the_merge_time_in_the_audit_log_and_a_second_merge_adds_nothing(
    tmp_path: Path, demo_template: Path, holders: list[tuple[str, str]]
) -> None:
    stick = tmp_path / "desk-2.journal"
    scan = (0, 30, uuid.uuid4())
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
