"""`summit-desk checkin --session`, `seating` and `placecards` as the protocol office runs them.

The door tests run on their own; the seating and place-card tests need S1's domain/rooms.py,
precedence.py, seat_plan.py and S2's printing/seating_plan.py, place_cards.py (issue #7's
other branches) and run once those are merged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_cli import _badge_code, run

REGIONAL = {"GIL", "MAZ", "GOL", "HRM", "SIB", "AST", "DAG", "KAL", "BAK", "LAN", "SUM", "MAN",
            "ATY", "BLK"}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh copy of one demo database per test (the demo is made once)."""
    source = tmp_path_factory.getbasetemp() / "seating-demo.sqlite"
    if not source.exists():
        assert run("demo", db=source).returncode == 0
    copy = tmp_path / "desk.sqlite"
    copy.write_bytes(source.read_bytes())
    return copy


# --- panel doors ----------------------------------------------------------------------------
def test_a_door_scan_enters_the_session_once_then_says_already_in(db: Path) -> None:
    code = _badge_code(db, "MAZ-001")
    door = ("checkin", "--json", "--day", "2025-11-18", "--session", "GEN")
    first = run(*door, "--desk", "door-north", code, db=db)
    assert first.returncode == 0, first.stderr
    line = json.loads(first.stdout)
    assert (line["status"], line["session"], line["ref"]) == ("checked_in", "GEN", "MAZ-001")
    again = run(*door, "--desk", "door-south", code, db=db)
    line = json.loads(again.stdout)
    assert (line["status"], line["desk"]) == ("already_checked_in", "door-north")
    assert again.returncode == 3
    stats = json.loads(run("stats", "--json", db=db).stdout)
    entered = {s["code"]: s["entered"] for s in stats["sessions"]}
    assert entered["GEN"] == 1 and entered["ECON"] == 0
    text = run("stats", db=db).stdout
    assert "Entered sessions" in text and "GEN" in text


def test_a_door_for_a_session_that_does_not_exist_is_a_clear_refusal(db: Path) -> None:
    result = run("checkin", "--session", "PLENARY", _badge_code(db, "MAZ-001"), db=db)
    assert result.returncode == 2
    assert "PLENARY" in result.stderr and "GEN" in result.stderr  # the sessions there are


def test_a_door_scan_on_the_wrong_day_is_not_today(db: Path) -> None:
    door = ("checkin", "--json", "--day", "2025-11-19", "--session", "GEN")
    result = run(*door, _badge_code(db, "MAZ-001"), db=db)
    assert json.loads(result.stdout)["status"] == "not_today"


# --- seating and place cards (after the merge of issue #7's branches) ----------------------
def test_seating_auto_writes_the_plan_and_prints_it_as_json(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "gen.pdf"
    result = run("seating", "GEN", "--out", str(out), "--auto", "--json", db=db)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    plan = json.loads(result.stdout)
    assert plan["session"] == "GEN"
    seats = plan["seats"]
    assert [s["precedence"] for s in seats] == list(range(1, len(seats) + 1))
    chairs = [s for s in seats if s["chair"]]
    assert len(chairs) == 1 and chairs[0]["precedence"] == 1
    assert chairs[0]["label"] == plan["chair"]
    # The host governor presides; every head of the fourteen delegations has a seat.
    assert chairs[0]["ref"] == "GIL-001"
    seated = {s["ref"] for s in seats if s["ref"]}
    assert {f"{code}-001" for code in REGIONAL} <= seated
    assert not [c for c in plan["conflicts"] if c["kind"] == "head_without_seat"]
    # Without --auto the stored plan is read back unchanged.
    again = run("seating", "GEN", "--out", str(out), "--json", db=db)
    assert json.loads(again.stdout)["seats"] == seats


def test_placecards_for_the_seated_and_a_clear_message_before_seating(
    db: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "cards.pdf"
    before = run("placecards", "GEN", "--out", str(cards), db=db)
    assert before.returncode == 2 and "--auto" in before.stderr
    assert not cards.exists()
    assert run("seating", "GEN", "--out", str(tmp_path / "p.pdf"), "--auto", db=db).returncode == 0
    result = run("placecards", "GEN", "--out", str(cards), db=db)
    assert result.returncode == 0, result.stderr
    assert cards.read_bytes().startswith(b"%PDF")
    assert "place cards" in result.stdout


def test_seating_refuses_unknown_sessions_and_missing_out(db: Path, tmp_path: Path) -> None:
    unknown = run("seating", "PLENARY", "--out", str(tmp_path / "x.pdf"), db=db)
    assert unknown.returncode == 2 and "PLENARY" in unknown.stderr
    missing = run("seating", "GEN", db=db)
    assert missing.returncode == 2 and "--out" in missing.stderr
    unwritable = run("seating", "GEN", "--out", str(tmp_path / "no" / "x.pdf"), db=db)
    assert unwritable.returncode == 2 and "cannot be written" in unwritable.stderr
