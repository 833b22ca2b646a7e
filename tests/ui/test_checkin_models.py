"""The check-in page's item models keep Qt's model contract through every change the desk makes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from summit_desk.domain.categories import BY_CODE
from summit_desk.domain.person_name import PersonName
from summit_desk.domain.values import PersonSummary
from summit_desk.ui.checkin.results_model import PERSON_ROLE, Column, PeopleResultsModel
from summit_desk.ui.widgets.arrivals_model import ARRIVAL_ROLE, Arrival, ArrivalsModel

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
ARRIVED = datetime(2025, 11, 18, 6, 5, tzinfo=UTC)  # 09:35 in Tehran


def person(number: int, **changes: object) -> PersonSummary:
    base = PersonSummary(
        id=number,
        ref=f"GIL-{number:03d}",
        name=PersonName(
            given_name_fa="علی‌اکبر",
            family_name_fa=f"جعفری {number}",
            given_name_latin="Ali-Akbar",
            family_name_latin=f"Jafari {number}",
            title_fa="وزیر",
            title_en="Minister",
        ),
        category="MIN" if number % 2 else "DEL",
        delegation_code="GIL",
        delegation_fa="گیلان",
        delegation_en="Gilan",
        country_code="IR",
        rank=number,
        checked_in_at=None,
        checked_in_desk=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_results_model_passes_the_tester_through_search_update_and_clear(
    qapp: QApplication,
) -> None:
    model = PeopleResultsModel("fa")
    QAbstractItemModelTester(model, FATAL)
    model.set_people([person(n) for n in range(1, 8)])
    assert model.rowCount() == 7 and model.columnCount() == len(Column)
    assert model.update_person(person(3, checked_in_at=ARRIVED, checked_in_desk="desk-1"))
    assert not model.update_person(person(99))
    model.set_people([person(5)])
    model.clear()
    assert model.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0


def test_a_result_row_shows_the_category_colour_and_the_arrival_in_words(
    qapp: QApplication,
) -> None:
    model = PeopleResultsModel("fa")
    model.set_people([person(1, checked_in_at=ARRIVED, checked_in_desk="desk-1"), person(2)])
    arrived = model.index(0, Column.ARRIVAL)
    assert "۰۹:۳۵" in arrived.data()  # the venue's time, Persian digits
    assert "desk-1" in arrived.data()
    assert model.index(1, Column.ARRIVAL).data() == model.tr("Not yet")
    assert model.index(0, Column.CATEGORY).data() == "مقام ملی"
    colour = model.index(0, Column.CATEGORY).data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(colour, QColor) and colour.name().upper() == BY_CODE["MIN"].colour
    assert model.index(0, Column.DELEGATION).data() == "گیلان"
    assert model.index(0, 0).data(PERSON_ROLE).ref == "GIL-001"
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)


def test_the_arrivals_model_passes_the_tester_as_arrivals_come_and_are_undone(
    qapp: QApplication,
) -> None:
    model = ArrivalsModel("en", limit=3)
    QAbstractItemModelTester(model, FATAL)
    for number in range(1, 6):
        model.add(Arrival(f"uuid-{number}", person(number), ARRIVED, "desk-1", number % 2 == 1))
    assert model.rowCount() == 3  # the newest three
    assert model.arrival(0).entry_uuid == "uuid-5"
    assert model.mark_undone("uuid-5")
    assert not model.mark_undone("uuid-1")  # dropped off the list
    assert model.latest_undoable().entry_uuid == "uuid-4"
    text = model.index(0).data()
    assert "Ali-Akbar Jafari 5" in text and "09:35" in text and "undone" in text
    assert model.index(0).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(1).data(ARRIVAL_ROLE).entry_uuid == "uuid-4"
    assert model.rowCount(model.index(0)) == 0
    assert model.index(5).data() is None
    assert not QModelIndex().isValid()
