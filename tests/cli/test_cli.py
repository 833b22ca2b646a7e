"""The command line as the secretariat's admin and scripts use it: real files, `main()` called in
this process, and a real process of the installed console script where a pipe is the point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.cli import run, run_console_script

REGIONAL = {"GIL", "MAZ", "GOL", "HRM", "SIB", "AST", "DAG", "KAL", "BAK", "LAN", "SUM", "MAN",
            "ATY", "BLK"}  # fmt: skip


def test_demo_then_stats_shows_the_fourteen_delegations(demo_db: Path) -> None:
    result = run("stats", "--json", db=demo_db)
    assert result.returncode == 0
    stats = json.loads(result.stdout)
    assert {d["code"] for d in stats["delegations"]} >= REGIONAL
    assert stats["people"] == sum(d["people"] for d in stats["delegations"])
    assert {c["code"] for c in stats["countries"]} == {"IR", "RU", "AZ", "KZ", "TM"}
    assert [d["day"] for d in stats["days"]] == ["2025-11-18", "2025-11-19"]


def test_a_second_demo_asks_for_force_and_changes_nothing(demo_db: Path) -> None:
    before = demo_db.read_bytes()
    result = run("demo", db=demo_db)
    assert result.returncode != 0
    assert "--force" in result.stderr
    assert demo_db.read_bytes() == before


def _demo_people() -> list[dict[str, str]]:
    from summit_desk.services.demo import load_json

    return list(load_json("event.json")["people"])


def _typings() -> list[tuple[str, str]]:
    """(what the desk types, the ref it must find), from the demo's own people."""
    people = _demo_people()
    zwnj = next(p for p in people if "\u200c" in p["given_name_fa"] and "ی" in p["given_name_fa"])
    full = f"{zwnj['given_name_fa']} {zwnj['family_name_fa']}"
    azeri = next(p for p in people if p["ref"].startswith("BAK") and p["name_native"])
    russian = next(p for p in people if p["ref"].startswith("AST") and p["name_native"])
    kazakh = next(p for p in people if p["ref"].startswith("MAN") and p["name_native"])
    return [
        (full.replace("ی", "ي").replace("ک", "ك"), zwnj["ref"]),  # Arabic letters
        (full, zwnj["ref"]),  # with the half-space
        (full.replace("\u200c", ""), zwnj["ref"]),  # without it
        (full.replace("\u200c", " "), zwnj["ref"]),  # a space instead
        (azeri["family_name_latin"].lower(), azeri["ref"]),  # Latin, no diacritics
        (azeri["name_native"], azeri["ref"]),  # as Azerbaijanis write it
        (russian["name_native"].lower(), russian["ref"]),  # Cyrillic in lower case
        (kazakh["name_native"].split()[-1].lower(), kazakh["ref"]),
        (zwnj["ref"].lower(), zwnj["ref"]),  # the organiser's ref
    ]


@pytest.mark.parametrize(("typed", "expected_ref"), _typings())
def test_find_finds_people_however_typed(demo_db: Path, typed: str, expected_ref: str) -> None:
    result = run("find", typed, "--json", db=demo_db)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert expected_ref in [p["ref"] for p in found], typed
    first = found[0]
    assert {"ref", "name_fa", "name_latin", "delegation", "category", "checked_in"} <= set(first)


def test_sessions_lists_codes_usable_by_later_commands(demo_db: Path) -> None:
    sessions = json.loads(run("sessions", "--json", db=demo_db).stdout)
    codes = {s["code"] for s in sessions}
    assert {"GEN", "ECON", "TRANSIT", "ENV"} <= codes
    assert all(s["day"] in ("2025-11-18", "2025-11-19") for s in sessions)


def test_checkin_answers_one_json_line_per_code(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    db.write_bytes(demo_db.read_bytes())
    code = _badge_code(db, "MAZ-001")
    args = ("checkin", "--json", "--day", "2025-11-18", "--desk", "desk-2")
    first = run(*args, code, db=db)
    assert first.returncode == 0
    assert json.loads(first.stdout)["status"] == "checked_in"
    again = run_console_script(*args, "--stdin", db=db, stdin=f"{code}\r\nSDNOTACODE\n")
    lines = [json.loads(line) for line in again.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["already_checked_in", "unknown"]
    assert lines[0]["desk"] == "desk-2"
    assert again.returncode == 3


def _badge_code(db: Path, ref: str) -> str:
    import sqlite3

    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT b.code FROM badges b JOIN people p ON p.id = b.person_id WHERE p.ref = ?",
            (ref,),
        ).fetchone()
    return str(row[0])


def test_commands_on_an_empty_database_say_so(tmp_path: Path) -> None:
    result = run("find", "x", db=tmp_path / "empty.sqlite")
    assert result.returncode == 2
    assert "no event" in result.stderr
    persian = run("stats", "--lang", "fa", db=tmp_path / "empty.sqlite")
    assert "رویدادی" in persian.stderr


def test_bad_arguments_give_usage_and_a_non_zero_exit(tmp_path: Path) -> None:
    result = run("demo", "--people", "-5", db=tmp_path / "x.sqlite")
    assert result.returncode == 2
    assert "must not be negative" in result.stderr


def test_an_unreachable_database_is_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    result = run("stats", db=blocker / "desk.sqlite")
    assert result.returncode == 2
    assert "cannot be opened" in result.stderr


def test_the_environment_variable_chooses_the_database(demo_db: Path) -> None:
    result = run("stats", "--json", env={"SUMMIT_DESK_DB": str(demo_db)})
    assert json.loads(result.stdout)["people"] > 100
