"""The one-folder desk (dist/summit-desk, built by tools/bundle.sh) runs on a machine without
Python: copied out of the checkout and run with no virtualenv, it creates the demo event, prints
badges and a seating plan that read back with the demo's names, and opens its window.

Deselected from the normal run (the build takes minutes): tools/test.sh builds the folder and
then runs ``pytest -m bundle tests/test_bundle.py``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from summit_desk.ui.first_paint import PAINTED, QUIT_AFTER_ENV

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "summit-desk"
PROGRAM_NAME = "summit-desk.exe" if sys.platform == "win32" else "summit-desk"
DEMO = json.loads((ROOT / "resources" / "demo" / "event.json").read_text(encoding="utf-8"))


def latin_name(ref: str) -> str:
    (person,) = (p for p in DEMO["people"] if p["ref"] == ref)
    return f"{person['given_name_latin']} {person['family_name_latin']}"


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built folder copied away from the checkout, as it would be onto a venue laptop."""
    if not (BUILT / PROGRAM_NAME).is_file():
        pytest.fail(f"{BUILT / PROGRAM_NAME} is missing: run `bash tools/bundle.sh` first")
    copy = tmp_path_factory.mktemp("laptop") / "summit-desk"
    shutil.copytree(BUILT, copy, symlinks=True)
    return copy


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


def run(
    desk: Path, home: Path, *args: str, timeout: float = 120, **env: str
) -> subprocess.CompletedProcess[str]:
    # No virtualenv, no PYTHONPATH, no checkout on the way: only the system's own programs.
    clean = {"PATH": os.defpath, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    for kept in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows cannot start a process without them
        if kept in os.environ:
            clean[kept] = os.environ[kept]
    return subprocess.run(
        [str(desk / PROGRAM_NAME), *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        cwd=home,
        env=clean,
    )


@pytest.fixture(scope="module")
def database(desk: Path, home: Path) -> Path:
    db = home / "venue.sqlite"
    result = run(desk, home, "demo", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert f"{len(DEMO['people'])} people" in result.stdout
    return db


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_folder_carries_its_resources_and_qt_plugins_and_nothing_of_qt_it_does_not_use(
    desk: Path,
) -> None:
    inside = desk / "_internal"
    package = inside / "summit_desk"
    for needed in (
        package / "fonts" / "Vazirmatn-Regular.ttf",
        package / "fonts" / "NotoSans-Regular.ttf",
        package / "resources" / "translations" / "summit_desk_fa.qm",
        package / "resources" / "demo" / "event.json",
        package / "db" / "migrations" / "versions" / "0001_initial_schema.py",
    ):
        assert needed.is_file(), needed
    assert any((package / "resources" / "layouts").iterdir())
    assert any((package / "resources" / "rooms").iterdir())
    names = {path.name for path in inside.rglob("*")}
    # Linux names them libqpdf.so and libcupsprintersupport.so, Windows qpdf.dll and
    # windowsprintersupport.dll.
    assert names & {"libqpdf.so", "qpdf.dll"}, "Qt's PDF image plugin"
    assert names & {"libcupsprintersupport.so", "windowsprintersupport.dll"}, "Qt's print plugin"
    assert any(name.startswith("qtbase_fa") for name in names), "Qt's own Persian"
    assert not any(name.startswith("qtbase_de") for name in names), "only fa and en of Qt"
    for unused in ("WebEngine", "Qt6Qml", "Qt6Quick", "Qt6Multimedia", "tkinter", "_tkinter"):
        assert not any(unused in name for name in names), unused


def test_the_built_desk_lists_the_programme(desk: Path, home: Path, database: Path) -> None:
    result = run(desk, home, "sessions", "--db", str(database))
    assert result.returncode == 0, result.stderr
    for session in DEMO["sessions"]:
        assert session["code"] in result.stdout


def test_the_built_desk_prints_a_badge_that_reads_back(
    desk: Path, home: Path, database: Path
) -> None:
    pdf = home / "badge.pdf"
    result = run(desk, home, "badges", "--ref", "GIL-001", "--out", str(pdf), "--db", str(database))
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert latin_name("GIL-001") in text
    assert latin_name("MAZ-001") not in text  # the badge asked for, not everyone's


def test_the_built_desk_prints_a_seating_plan_with_the_seated_names(
    desk: Path, home: Path, database: Path
) -> None:
    pdf = home / "seating.pdf"
    result = run(
        desk, home, "seating", "GEN", "--auto", "--json", "--out", str(pdf), "--db", str(database)
    )
    assert result.returncode == 0, result.stderr
    seated = [seat["ref"] for seat in json.loads(result.stdout)["seats"] if seat["ref"]]
    assert seated
    text = pdf_text(pdf)
    # The chair and the next in precedence, as the plan's JSON says they sit.
    for ref in seated[:2]:
        assert latin_name(ref).split()[-1] in text


def painted_line(desk: Path, home: Path, database: Path, lang: str) -> str:
    result = run(desk, home, "--db", str(database), "--lang", lang, **{QUIT_AFTER_ENV: "3"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = (line for line in result.stderr.splitlines() if line.startswith(PAINTED))
    return line


def test_the_built_desk_opens_its_window_in_persian_paints_it_and_quits_cleanly(
    desk: Path, home: Path, database: Path
) -> None:
    line = painted_line(desk, home, database, "fa")
    # The title comes from the bundled .qm, the font from the bundled fonts/.
    assert re.search(r"title «[^»]*میز پذیرش اجلاس», font Vazirmatn;", line), line
    runtime = re.search(r"Python (\d+)\.(\d+)\.\d+, PySide6 ([\d.]+), refcount guard (\w+)", line)
    assert runtime, line
    major, minor, pyside, guard = runtime.groups()
    # qt_compat's guard against PySide6 6.12.0's lost references to None must travel frozen too.
    if (int(major), int(minor)) < (3, 12) and pyside == "6.12.0":
        assert guard == "on", line


def test_the_built_desk_opens_its_window_in_english_too(
    desk: Path, home: Path, database: Path
) -> None:
    line = painted_line(desk, home, database, "en")
    assert re.search(r"title «[^»]*Summit Desk», font Vazirmatn;", line), line
