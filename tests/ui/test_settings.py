"""The desk remembers its settings between runs, and the command line wins over them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from summit_desk.ui.dialogs import SettingsDialog
from summit_desk.ui.i18n import PSEUDO_ENV
from summit_desk.ui.settings import (
    APPLICATION,
    ORGANISATION,
    DeskSettings,
    load_settings,
    open_store,
    save_settings,
    start_choices,
)


@pytest.fixture
def user_settings(tmp_path: Path) -> Iterator[Path]:
    """The user's settings in a temporary folder, as the desk opens them."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    open_store().clear()


def test_a_fresh_desk_starts_persian_on_its_data_folder(user_settings: Path) -> None:
    assert load_settings() == DeskSettings()
    choices = start_choices(None, None, load_settings())
    assert (choices.database, choices.interface, choices.lang) == (None, "fa", "fa")


def test_saved_settings_are_remembered_by_the_next_run(
    qtbot: QtBot, user_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.desk_name.setText("  desk-3 ")
    dialog.idle_lock.setValue(10)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("id1"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(user_settings / "summit.sqlite"), ""),
    )
    dialog.choose_database()
    dialog.accept()
    stored = QSettings(ORGANISATION, APPLICATION)  # what the next run reads
    assert stored.value("desk/desk_name") == "desk-3"
    settings = load_settings()
    assert settings == DeskSettings(
        desk_name="desk-3",
        layout="id1",
        printer="",
        language="en",
        database=str(user_settings / "summit.sqlite"),
        idle_lock_minutes=10,
    )
    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.desk_name.text() == "desk-3" and again.language.currentData() == "en"
    assert again.layout_choice.currentData() == "id1" and again.printer.currentData() == ""


def test_the_command_line_wins_over_the_settings(
    user_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PSEUDO_ENV, raising=False)
    save_settings(DeskSettings(language="en", database="/srv/desk.sqlite"))
    stored = start_choices(None, None, load_settings())
    assert (stored.database, stored.lang) == ("/srv/desk.sqlite", "en")
    given = start_choices("postgresql://desk@db/summit", "fa", load_settings())
    assert (given.database, given.lang) == ("postgresql://desk@db/summit", "fa")
    monkeypatch.setenv(PSEUDO_ENV, "1")
    pseudo = start_choices(None, "fa", load_settings())
    assert (pseudo.interface, pseudo.lang) == ("pseudo", "en")


def test_a_damaged_setting_falls_back_to_its_default(user_settings: Path) -> None:
    store = open_store()
    store.setValue("desk/language", "klingon")
    store.setValue("desk/desk_name", "")
    settings = load_settings()
    assert settings.language == "fa" and settings.desk_name == "desk-1"


def test_a_stored_printer_that_is_gone_is_kept_not_lost(qtbot: QtBot, user_settings: Path) -> None:
    save_settings(DeskSettings(printer="Badge-Printer-2"))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.printer.currentData() == "Badge-Printer-2"
    assert dialog.settings().printer == "Badge-Printer-2"
