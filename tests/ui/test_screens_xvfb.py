"""Each main screen, in Persian and English, in a real X11 window under Xvfb: the desk starts,
shows the page and saves a screenshot that is a real picture (not blank, the window's size).

The pictures land in $SUMMIT_DESK_SCREENSHOTS when set (CI keeps them), else in a temp folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from support.tools import require_tool

ROOT = Path(__file__).resolve().parents[2]
TABS = {0: "checkin", 1: "delegations", 2: "dashboard", 3: "badges", 4: "seating"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("screens") / "desk.sqlite"
    subprocess.run(
        [sys.executable, "-m", "summit_desk", "demo", "--db", str(db)], check=True, timeout=120
    )
    return db


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("SUMMIT_DESK_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fa", "en"])
@pytest.mark.parametrize("tab", sorted(TABS))
def test_each_main_screen_is_shown_in_a_real_window(
    demo_db: Path, out_dir: Path, tmp_path: Path, tab: int, lang: str
) -> None:
    xvfb_run = require_tool("xvfb-run")
    if tab == 4:  # the seating screen seats and checks people in: on its own copy
        demo_db = Path(shutil.copy(demo_db, tmp_path / "seating.sqlite"))
    out = out_dir / f"{TABS[tab]}-{lang}.png"
    command = [xvfb_run, "-a", "-s", "-screen 0 1400x900x24", sys.executable,
               str(ROOT / "tools" / "screenshot.py"), str(out), "--db", str(demo_db),
               "--lang", lang, "--tab", str(tab), "--day", "2025-11-18"]  # fmt: skip
    if tab == 0:
        command += ["--scan", "GIL-001"]
    if tab == 4:
        command += ["--seating", "GEN"]
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 20  # text, bars and banners, not an empty window


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_panel_door_is_shown_in_a_real_window(demo_db: Path, out_dir: Path, lang: str) -> None:
    """The general panel's door at 10:00 on day one: a governor let in, a guest not invited."""
    xvfb_run = require_tool("xvfb-run")
    out = out_dir / f"door-{lang}.png"
    command = [xvfb_run, "-a", "-s", "-screen 0 1400x900x24", sys.executable,
               str(ROOT / "tools" / "screenshot.py"), str(out), "--db", str(demo_db),
               "--lang", lang, "--page", "door", "--day", "2025-11-18", "--time", "10:00",
               "--scan", "MAZ-001", "--scan", "GIL-003"]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        command, check=False, capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 800, 23)}
    assert len(colours) > 20
    # the last scan's banner is the red of "not invited", wherever the page's direction puts it
    danger = QColor("#B0211B").rgb()
    reds = sum(
        1 for x in range(0, 1280, 8) for y in range(180, 560, 8) if image.pixel(x, y) == danger
    )
    assert reds > 500
