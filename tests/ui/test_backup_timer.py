"""The desk's own backups (issue #8, item 3): every few minutes into the folder of the settings,
through the window's runner; a failure stays red in the status bar until one succeeds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from summit_desk.services.backup import integrity_problem
from summit_desk.services.context import DeskContext
from summit_desk.ui.main_window import BACKUP_EVERY_MS, MainWindow
from summit_desk.ui.settings import DeskSettings, save_settings


def test_the_window_backs_up_on_its_timer_and_shows_a_failure_red(
    qtbot: QtBot, demo_event: DeskContext, tmp_path: Path
) -> None:
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_event, "en")
    qtbot.addWidget(window)
    window.settings_store = store
    assert window._backup_timer.isActive() and window._backup_timer.interval() == BACKUP_EVERY_MS
    window._backup_timer.timeout.emit()  # no folder set: nothing is written
    assert window.runner.wait_idle(10_000)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    save_settings(DeskSettings(backup_folder=str(blocked / "backups")), store)
    window._backup_timer.timeout.emit()
    assert window.runner.wait_idle(10_000)
    assert "cannot be written" in window.backup_label.text()
    folder = tmp_path / "usb"
    save_settings(DeskSettings(backup_folder=str(folder)), store)
    window._backup_timer.timeout.emit()
    assert window.runner.wait_idle(10_000)
    made = list(folder.glob("summit-desk-*.sqlite"))
    assert len(made) == 1 and integrity_problem(made[0]) == ""
    assert window.backup_label.text() == ""
