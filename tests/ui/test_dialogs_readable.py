"""What staff read in the dialogs and on the badges page before they do anything: contact fields
wide enough to check an address, the event's whole name, the date in the desk's calendar, the
settings' real defaults and layout titles, and a badges page that says what to do."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from summit_desk.domain.persian import jalali_date
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.ui.badges import BadgesPage
from summit_desk.ui.dialogs import EventDetailsDialog, SettingsDialog, WalkInDialog
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.new_event_dialog import NewEventDialog

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return replace(demo_event, role=Role.ADMIN, desk="desk-1", day_override=date(2025, 11, 18))


@pytest.fixture
def language(qapp: QApplication) -> Iterator[QApplication]:
    install_interface_font(qapp)
    yield qapp
    install_language(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "pseudo"])
def test_the_walk_ins_contact_fields_hold_a_whole_address(
    qtbot: QtBot, desk: DeskContext, language: QApplication, lang: str
) -> None:
    install_language(language, lang)
    dialog = WalkInDialog(desk, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for column in ("email", "phone", "document_no"):
        edit = dialog.edits[column]
        sample = edit.fontMetrics().horizontalAdvance("ambassador.office@example.org")
        assert edit.width() >= sample, (column, edit.width())


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_the_event_details_show_the_events_whole_name_from_its_start(
    qtbot: QtBot, desk: DeskContext, language: QApplication, lang: str
) -> None:
    install_language(language, lang)
    dialog = EventDetailsDialog(desk, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key in ("name_fa", "name_en"):
        edit = dialog.fields[key]
        assert edit.cursorPosition() == 0  # scrolled to its start, not its end
        assert edit.width() >= edit.fontMetrics().horizontalAdvance(edit.text()) + 8, key


def test_a_new_events_first_day_is_shown_in_the_jalali_calendar_in_persian(
    qtbot: QtBot, language: QApplication
) -> None:
    install_language(language, "fa")
    dialog = NewEventDialog("fa")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.first_day.date().toPython()
    assert isinstance(first, date)
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert any(jalali_date(first) in text for text in shown), shown
    gregorian = dialog.first_day.text()
    assert not any(d in gregorian for d in PERSIAN_DIGITS), gregorian  # never mixed up
    assert gregorian == first.isoformat()


def test_the_settings_say_the_real_default_database_and_the_layouts_title(
    qtbot: QtBot, tmp_path: Path, language: QApplication
) -> None:
    install_language(language, "en")
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert "summit-desk.sqlite" in dialog.database.placeholderText()
    assert dialog.layout_choice.currentText() == "A6 portrait, for lanyard pouches"
    assert dialog.layout_choice.currentData() == "a6"
    assert all(
        dialog.layout_choice.itemText(i) != dialog.layout_choice.itemData(i)
        for i in range(dialog.layout_choice.count())
    )


def test_the_badges_page_says_what_to_do_before_the_first_preview(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path, language: QApplication
) -> None:
    install_language(language, "en")
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    page = BadgesPage(desk, "en", store)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    hints = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.isVisible() and "Preview" in label.text()
    ]
    assert hints, "an empty grey panel"
    assert not page.view.isVisible()
