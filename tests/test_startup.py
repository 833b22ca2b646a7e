"""The desk starts at once and a command works at once (issue #9, item 13): the command line
loads only what its command needs, and the window only what its first page needs.

Each check runs in a fresh Python process, since this test run has long imported everything:
the process prints which of the heavy modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from support.databases import copy_closed, open_copy
from support.desk import make_context

HEAVY = ("reportlab", "alembic", "PySide6", "openpyxl")
SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo event's file for the process to open (the template stays closed)."""
    path = tmp_path / "demo.sqlite"
    copy_closed(demo_template, path)
    return path


def loaded_after(code: str, *, timeout: float = 120) -> dict[str, bool]:
    """Which of HEAVY a new process has imported once ``code`` has run."""
    report = f"\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "SUMMIT_DESK_LANG": "en",
    }
    done = subprocess.run(
        [sys.executable, "-c", code + report],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded: dict[str, bool] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def test_the_command_line_and_its_commands_module_load_no_printing_alembic_or_qt() -> None:
    loaded = loaded_after(
        "import summit_desk.cli as cli, summit_desk.commands\n"
        "cli.build_parser().parse_args(['find', 'x'])\n"
    )
    assert loaded == dict.fromkeys(HEAVY, False)


def test_the_help_loads_nothing_heavy_either() -> None:
    loaded = loaded_after(
        "import contextlib, io, summit_desk.cli as cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    cli.main(['--help'])\n"
    )
    assert loaded == dict.fromkeys(HEAVY, False)


def test_sessions_and_find_on_a_current_database_load_no_alembic(demo_file: Path) -> None:
    code = (
        "import contextlib, io, summit_desk.cli as cli\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    assert cli.main(['sessions', '--db', {str(demo_file)!r}]) == 0\n"
        f"    assert cli.main(['find', 'aliyev', '--db', {str(demo_file)!r}]) == 0\n"
        "assert 'GP' in out.getvalue() or out.getvalue().strip(), out.getvalue()\n"
    )
    assert loaded_after(code) == dict.fromkeys(HEAVY, False)


def test_a_badge_pdf_does_load_reportlab(demo_file: Path, tmp_path: Path) -> None:
    """The negative control: the check above would see ReportLab if a command loaded it."""
    out = tmp_path / "b.pdf"
    code = (
        "import contextlib, io, summit_desk.cli as cli\n"
        "quiet = io.StringIO()\n"
        "with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):\n"
        f"    assert cli.main(['badges', '--out', {str(out)!r}, '--ref', 'AST-001',"
        f" '--db', {str(demo_file)!r}]) == 0\n"
    )
    assert loaded_after(code)["reportlab"] is True


WINDOW = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.services.context import DeskContext
from summit_desk.ui.main_window import MainWindow
database = open_database({db!r})
upgrade(database)
window = MainWindow(DeskContext(database=database), "en")
window.show()
app.processEvents()
assert window.tabs is not None and window.tabs.currentWidget() is window.checkin
window.checkin.look_up("AST-001")
assert window.checkin.controller.wait_until_idle(20_000)
{then}
window.close()
"""


def test_opening_the_window_loads_no_reportlab_or_alembic(demo_file: Path) -> None:
    loaded = loaded_after(WINDOW.format(db=str(demo_file), then=""))
    assert loaded["PySide6"]  # the window was opened
    assert not loaded["reportlab"] and not loaded["alembic"] and not loaded["openpyxl"]


def test_the_badges_tab_loads_reportlab_when_first_shown(demo_file: Path) -> None:
    then = (
        "import sys\n"
        "assert 'reportlab' not in sys.modules\n"
        "window.tabs.setCurrentIndex(3)\n"
        "app.processEvents()\n"
        "assert window.tabs.currentWidget() is window.badges\n"
    )
    assert loaded_after(WINDOW.format(db=str(demo_file), then=then))["reportlab"]


def test_each_tab_gets_its_page_when_first_shown_and_keeps_it(
    qtbot: QtBot, demo_template: Path, tmp_path: Path
) -> None:
    from summit_desk.ui.main_window import LATER_PAGES, MainWindow

    database = open_copy(demo_template, tmp_path / "desk.sqlite")
    window = MainWindow(make_context(database, day=date(2025, 11, 18)), "en")
    qtbot.addWidget(window)
    window.show()
    tabs = window.tabs
    assert tabs is not None and tabs.currentWidget() is window.checkin
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Check-in", "Delegations", "Dashboard", "Badges", "Seating", "Panel door"]
    for index, name in enumerate(LATER_PAGES, start=1):
        placeholder = tabs.widget(index)
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        assert page is not placeholder and type(page).__name__.endswith("Page")
        assert getattr(window, name) is page
        assert tabs.tabText(index) == titles[index]
        tabs.setCurrentIndex(0)
        tabs.setCurrentIndex(index)
        assert tabs.currentWidget() is page  # built once
    assert [tabs.tabText(i) for i in range(tabs.count())] == titles
    window.close()
    database.dispose()


def test_the_window_reads_the_badges_pages_print_at_check_in_setting() -> None:
    from summit_desk.ui.badges import controller
    from summit_desk.ui.main_window import PRINT_ON_CHECK_IN_KEY

    assert PRINT_ON_CHECK_IN_KEY == controller.PRINT_ON_CHECK_IN_KEY


RUN_GUI = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
seen = {{}}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Show and type(watched).__name__ == "OperatorDialog":
            # the demo's desk operator logs in, as staff would at the log-in dialog
            watched.name.setText("desk")
            watched.pin.setText("1111")
            QTimer.singleShot(0, watched.accept)
        if event.type() == QEvent.Type.Paint:
            name = "window" if isinstance(watched, QMainWindow) else type(watched).__name__
            if name in ("window", "CheckInPage") and name not in seen:
                seen[name] = "sqlalchemy" in sys.modules
                if name == "CheckInPage":
                    QTimer.singleShot(0, app.quit)
        return False

watch = Watch()
app.installEventFilter(watch)
from summit_desk.app import run_gui
run_gui({db!r}, "en")
assert seen == {{"window": False, "CheckInPage": True}}, seen
"""


def test_the_window_paints_before_the_database_is_opened_then_shows_the_check_in_page(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no desk's own settings
    loaded = loaded_after(RUN_GUI.format(db=str(demo_file)))
    assert not loaded["reportlab"] and not loaded["alembic"]


def test_a_database_that_cannot_be_opened_is_reported_over_the_window_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "a-folder.sqlite"
    folder.mkdir()  # not a database file
    code = f"""
from PySide6.QtWidgets import QApplication, QMessageBox
app = QApplication([])
shown = []
QMessageBox.critical = lambda parent, title, text: shown.append((type(parent).__name__, text))
from summit_desk.app import run_gui
assert run_gui({str(folder)!r}, "en") == 2
assert len(shown) == 1 and shown[0][0] == "MainWindow", shown
"""
    loaded_after(code)
