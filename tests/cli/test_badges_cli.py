"""From the printed page to the door: badges printed by the command line, their QR codes read
back from the rendered PDF with zbarimg, and scanned through `summit-desk checkin` (piped into
the installed console script, as a scanner's codes are)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from support.cli import run, run_console_script
from support.databases import copy_closed
from support.tools import require_tool


@pytest.fixture
def desk_db(demo_db: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo database that `summit-desk demo` made."""
    db = tmp_path / "desk.sqlite"
    copy_closed(demo_db, db)
    return db


def qr_codes(pdf: Path, tmp_path: Path) -> list[str]:
    """Every QR code on the rendered pages of ``pdf``, page by page."""
    pdftoppm, zbarimg = require_tool("pdftoppm"), require_tool("zbarimg")
    pages = tmp_path / f"{pdf.stem}-pages"
    pages.mkdir()
    subprocess.run([pdftoppm, "-png", "-r", "150", str(pdf), str(pages / "page")], check=True)
    codes: list[str] = []
    for page in sorted(pages.glob("page-*.png")):
        result = subprocess.run(
            [zbarimg, "--quiet", "--raw", "-Sqrcode.enable=1", str(page)],
            capture_output=True,
            text=True,
            check=False,
        )
        codes.extend(line for line in result.stdout.splitlines() if line)
    return codes


def checkin(db: Path, *codes: str) -> list[dict[str, object]]:
    result = run("checkin", "--json", "--day", "2025-11-18", *codes, db=db)
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_printed_badge_scans_in_once_then_already(desk_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "gilan.pdf"
    printed = run("badges", "--out", str(pdf), "--delegation", "GIL", db=desk_db)
    assert printed.returncode == 0, printed.stderr
    codes = qr_codes(pdf, tmp_path)
    assert len(codes) == 9 and all(c.startswith("SD") for c in codes)
    first = checkin(desk_db, *codes)
    assert [r["status"] for r in first] == ["checked_in"] * len(codes)
    assert first[0]["ref"] == "GIL-001"  # the governor's badge comes first
    again = checkin(desk_db, codes[0])
    assert again[0]["status"] == "already_checked_in" and again[0]["desk"] == "cli"


def test_a_tampered_code_is_unknown(desk_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "one.pdf"
    run("badges", "--out", str(pdf), "--ref", "BAK-001", db=desk_db)
    (code,) = qr_codes(pdf, tmp_path)
    tampered = code[:-2] + ("00" if code[-2:] != "00" else "11")
    assert checkin(desk_db, tampered)[0]["status"] == "unknown"


def test_the_old_code_of_a_reissued_badge_is_replaced(desk_db: Path, tmp_path: Path) -> None:
    old_pdf, new_pdf = tmp_path / "old.pdf", tmp_path / "new.pdf"
    run("badges", "--out", str(old_pdf), "--ref", "AST-001", db=desk_db)
    (old,) = qr_codes(old_pdf, tmp_path)
    # Without a supervisor's name and PIN, nothing is reissued.
    refused = run("badges", "--out", str(new_pdf), "--ref", "AST-001", "--reissue", "lost",
                  db=desk_db)  # fmt: skip
    assert refused.returncode == 2 and "a supervisor must do it" in refused.stderr
    result = run("badges", "--out", str(new_pdf), "--ref", "AST-001", "--reissue", "lost",
                 "--operator", "supervisor", stdin="2222\n", db=desk_db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    (new,) = qr_codes(new_pdf, tmp_path)
    assert new != old
    old_scan, new_scan = checkin(desk_db, old, new)
    assert old_scan["status"] == "replaced" and old_scan["current_badge_version"] == 2
    assert new_scan["status"] == "checked_in"


def test_no_personal_data_in_any_code(desk_db: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "sheet.pdf"
    run("badges", "--out", str(pdf), "--layout", "a4-a6x4", "--category", "HOD", db=desk_db)
    codes = qr_codes(pdf, tmp_path)
    assert len(codes) == 14
    export = tmp_path / "people.csv"
    run("export", "people", "--out", str(export), "--include-sensitive", db=desk_db)
    text = export.read_text(encoding="utf-8-sig")
    for line in text.splitlines()[1:]:
        for cell in line.split(","):
            if len(cell) >= 5 and not cell.startswith("SD"):
                assert all(cell.upper() not in code for code in codes)


def test_an_unknown_layout_is_a_clear_message(desk_db: Path, tmp_path: Path) -> None:
    result = run("badges", "--out", str(tmp_path / "x.pdf"), "--layout", "poster", db=desk_db)
    assert result.returncode == 2
    assert "a6" in result.stderr and not (tmp_path / "x.pdf").exists()


def test_a_scanner_pipe_with_noise_and_a_persian_keyboard_layout(
    desk_db: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "two.pdf"
    run("badges", "--out", str(pdf), "--ref", "MAN-001", "--ref", "BLK-001", db=desk_db)
    first, second = qr_codes(pdf, tmp_path)
    persian_keys = str.maketrans(
        "ABCDEFGHJKMNPQRSTVWXYZ0123456789", "شذزیثبلاتنئدحضقسفرصطغظ۰۱۲۳۴۵۶۷۸۹"
    )
    scanner = f"]Q1{first}\r\n{second.translate(persian_keys)}\t\n\n"
    result = run_console_script(
        "checkin", "--json", "--stdin", "--day", "2025-11-19", db=desk_db, stdin=scanner
    )
    statuses = [json.loads(line)["status"] for line in result.stdout.splitlines()]
    assert statuses == ["checked_in", "checked_in"]
