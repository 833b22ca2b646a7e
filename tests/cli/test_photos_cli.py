"""`summit-desk photos import FOLDER [--dry-run]`: the admin reads the report in their language;
a folder with a bad file is refused whole, exit 2, and the database is as it was."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
from support.cli import run
from support.databases import copy_closed
from support.photos import photo_folder, remove_refused
from support.tools import require_tool

from summit_desk.printing.badge_layouts import layouts_dir


@pytest.fixture
def desk_db(demo_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "desk.sqlite"
    copy_closed(demo_db, db)
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_dry_run_lists_the_refused_files_and_changes_nothing(
    desk_db: Path, tmp_path: Path
) -> None:
    folder = photo_folder(tmp_path / "photos")
    before = digest(desk_db)
    result = run("photos", "import", str(folder), "--dry-run", db=desk_db)
    assert result.returncode == 0, result.stderr
    assert "3 photos would be imported" in result.stdout
    assert "GIL-004.jpg: not an image" in result.stdout
    assert "GIL-005.png: 20000 × 20000 pixels" in result.stdout
    assert "Photos without a person (1, left out): ZZZ-999.jpg" in result.stdout
    assert digest(desk_db) == before


def test_a_bad_file_refuses_the_folder_in_persian_with_exit_2(
    desk_db: Path, tmp_path: Path
) -> None:
    folder = photo_folder(tmp_path / "photos")
    before = digest(desk_db)
    result = run("photos", "import", str(folder), "--lang", "fa", db=desk_db)
    assert result.returncode == 2
    assert "چیزی وارد نشد" in result.stderr and "GIL-006.jpg" in result.stderr
    assert digest(desk_db) == before


def test_the_good_folder_is_imported_and_audited(desk_db: Path, tmp_path: Path) -> None:
    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    result = run("photos", "import", str(folder), db=desk_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Imported 3 photos from")
    assert "People without a photo (" in result.stdout
    with contextlib.closing(sqlite3.connect(desk_db)) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log")]
        photos = connection.execute("SELECT count(*) FROM people WHERE photo IS NOT NULL")
        assert photos.fetchone()[0] == 3
    assert "photos.import" in actions


def test_a_missing_folder_and_a_wrong_action_are_clear_messages(
    desk_db: Path, tmp_path: Path
) -> None:
    missing = run("photos", "import", str(tmp_path / "nowhere"), db=desk_db)
    assert missing.returncode == 2 and "is not a folder" in missing.stderr
    wrong = run("photos", "export", str(tmp_path), db=desk_db)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_badges_printed_after_the_import_carry_the_photos(desk_db: Path, tmp_path: Path) -> None:
    folder = photo_folder(tmp_path / "photos")
    remove_refused(folder)
    assert run("photos", "import", str(folder), db=desk_db).returncode == 0
    pdf = tmp_path / "gil.pdf"
    printed = run("badges", "--out", str(pdf), "--delegation", "GIL", db=desk_db)
    assert printed.returncode == 0, printed.stderr
    listed = subprocess.run(
        [require_tool("pdfimages"), "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    pages = [int(line.split()[0]) for line in listed if line.strip()]
    assert pages == [1, 2, 3]  # GIL-001 to GIL-003 have photos, the six others placeholders
    assert all(line.split()[3:5] == ["230", "307"] for line in listed)


def test_a_layout_that_requires_photos_refuses_the_batch_naming_who_has_none(
    desk_db: Path, tmp_path: Path
) -> None:
    text = (layouts_dir() / "a6.toml").read_text(encoding="utf-8")
    layout = tmp_path / "a6-photo.toml"
    layout.write_text(text.replace("required = false", "required = true"), encoding="utf-8")
    pdf = tmp_path / "gil.pdf"
    refused = run(
        "badges", "--out", str(pdf), "--layout", str(layout), "--ref", "GIL-004", db=desk_db
    )
    assert refused.returncode == 2
    assert "needs a photo on every badge" in refused.stderr and "GIL-004" in refused.stderr
    assert not pdf.exists()
