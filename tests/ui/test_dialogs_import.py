"""Importing a list from the desk: checked first in a worker, then imported with an admin's PIN;
a refused file lists every problem and changes nothing, and Cancel stops waiting."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.desk import make_context

from summit_desk.db.models import Person
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.import_columns import IMPORT_COLUMNS
from summit_desk.services.operators import OperatorService
from summit_desk.ui.dialogs import ImportDialog

ROWS = [
    {"country": "IR", "delegation": "GIL", "category": "DEL", "given_name_fa": "علی‌رضا",
     "family_name_fa": "رحیمی‌نژاد", "given_name_latin": "Alireza",
     "family_name_latin": "Rahiminejad"},
    {"country": "AZ", "delegation": "باکو", "category": "GST", "given_name_latin": "Leyla",
     "family_name_latin": "Huseynova"},
]  # fmt: skip


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=IMPORT_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def people(context: DeskContext) -> int:
    with context.database.reader() as session:
        return session.scalar(select(func.count(Person.id))) or 0


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    OperatorService(small_event).add("admin", Role.ADMIN, "333333")
    OperatorService(small_event).add("desk", Role.DESK, "111111")
    return make_context(small_event.database, role=Role.DESK, operator="desk")


def open_with(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, context: DeskContext, path: Path, lang: str
) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog = ImportDialog(context, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_button.click()
    return dialog


def test_a_file_is_checked_then_imported_with_an_admins_pin(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: DeskContext, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "people.csv", ROWS)
    dialog = open_with(qtbot, monkeypatch, desk, path, "en")
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    qtbot.waitUntil(dialog.import_button.isEnabled)
    assert "Trial run, nothing was changed" in dialog.report.toPlainText()
    assert "2 new" in dialog.report.toPlainText() and people(desk) == 0
    qtbot.keyClicks(dialog.admin, "admin")
    qtbot.keyClicks(dialog.pin, "333333")
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert "2 row(s) imported: 2 new" in dialog.report.toPlainText()
    assert not dialog.progress.isVisible() and not dialog.import_button.isEnabled()
    assert people(desk) == 2


def test_a_wrong_pin_or_a_desk_operator_cannot_import(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: DeskContext, tmp_path: Path
) -> None:
    dialog = open_with(qtbot, monkeypatch, desk, write_csv(tmp_path / "p.csv", ROWS), "en")
    qtbot.waitUntil(dialog.import_button.isEnabled)
    for name, pin in (("admin", "999999"), ("desk", "111111")):
        dialog.admin.setText(name)
        dialog.pin.setText(pin)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.status.text() == "Refused. Nothing has changed.")
        assert dialog.import_button.isEnabled()  # the checked file can still be imported
    assert "may not" in dialog.report.toPlainText() or "not right" in dialog.report.toPlainText()
    assert people(desk) == 0


def test_a_refused_file_lists_its_problems_in_persian_and_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: DeskContext, tmp_path: Path
) -> None:
    bad = [
        {**ROWS[0], "category": "BOSS"},
        {**ROWS[1], "delegation": "Atlantis", "given_name_latin": "Le\u202eyla"},
    ]
    dialog = open_with(qtbot, monkeypatch, desk, write_csv(tmp_path / "bad.csv", bad), "fa")
    qtbot.waitUntil(lambda: bool(dialog.report.toPlainText()))
    report = dialog.report.toPlainText()
    assert "هیچ ردیفی" in report and "«BOSS» دسته‌ای شناخته‌شده نیست" in report
    assert "Atlantis" in report and "U+202E" in report
    assert "ردیف ۲" in report and "ردیف ۳" in report
    assert not dialog.import_button.isEnabled() and not dialog.progress.isVisible()
    assert people(desk) == 0


def test_cancel_stops_waiting_and_the_late_answer_is_dropped(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, desk: DeskContext, tmp_path: Path
) -> None:
    dialog = open_with(qtbot, monkeypatch, desk, write_csv(tmp_path / "p.csv", ROWS), "en")
    assert dialog.controller.runner.busy() and dialog.cancel_button.isVisible()
    dialog.cancel_button.click()
    assert not dialog.progress.isVisible() and dialog.choose_button.isEnabled()
    assert dialog.controller.runner.wait_idle(10_000)  # the answer came, and was dropped
    assert dialog.report.toPlainText() == ""
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text().startswith("Stopped waiting")
