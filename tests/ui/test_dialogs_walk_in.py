"""A walk-in at the desk: registered with a badge code and checked in, or refused field by
field with nothing written."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.desk import make_context

from summit_desk.db.models import Badge, CheckIn, Person
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.dialogs import WalkInDialog


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    return make_context(
        small_event.database, role=Role.DESK, operator="desk", day=date(2025, 11, 18)
    )


def counts(context: DeskContext) -> tuple[int, int, int]:
    with context.database.reader() as session:
        return (
            session.scalar(select(func.count(Person.id))) or 0,
            session.scalar(select(func.count(Badge.id))) or 0,
            session.scalar(select(func.count(CheckIn.id))) or 0,
        )


def open_dialog(qtbot: QtBot, context: DeskContext, lang: str = "en") -> WalkInDialog:
    dialog = WalkInDialog(context, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: WalkInDialog, delegation: str, category: str) -> None:
    index = next(
        i
        for i in range(dialog.delegation.count())
        if getattr(dialog.delegation.itemData(i), "code", None) == delegation
    )
    dialog.delegation.setCurrentIndex(index)
    dialog.category.setCurrentIndex(dialog.category.findData(category))


def test_a_walk_in_ends_registered_with_a_badge_and_checked_in(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk)
    assert [dialog.delegation.itemText(i) for i in range(1, 4)] == [
        "Gilan",
        "Astrakhan Oblast",
        "Baku",
    ]
    choose(dialog, "BAK", "GST")
    dialog.edits["given_name_fa"].setText("لیلا")  # QTest types Latin keys only
    dialog.edits["family_name_fa"].setText("حسینی")
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Leyla")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Huseynova")
    qtbot.keyClicks(dialog.edits["email"], "leyla@example.org")
    assert dialog.check_in.isChecked()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == WalkInDialog.DialogCode.Accepted)
    person = dialog.person
    assert person is not None and person.ref.startswith("BAK-")
    assert person.name.name_latin == "Leyla Huseynova" and person.checked_in_at is not None
    assert PeopleService(desk).badge_code(person.ref)
    assert counts(desk) == (1, 1, 1)


def test_the_persian_form_shows_delegations_and_categories_in_persian(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk, "fa")
    assert dialog.delegation.itemText(1) == "گیلان"
    assert dialog.category.itemText(dialog.category.findData("GST")) == "مهمان (GST)"


def test_a_bidi_override_and_a_missing_category_are_refused_at_their_fields(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk)
    choose(dialog, "GIL", "GST")
    dialog.category.setCurrentIndex(0)  # "Choose a category…"
    dialog.edits["given_name_fa"].setText("علی\u202e")
    dialog.ok_button.click()
    name_error = dialog.boxes["given_name_fa"].error
    qtbot.waitUntil(name_error.isVisible)
    assert "U+202E" in name_error.text() and "row" not in name_error.text()
    assert dialog.boxes["category"].error.isVisible()
    assert not dialog.boxes["family_name_latin"].error.isVisible()
    assert dialog.result() != WalkInDialog.DialogCode.Accepted and dialog.person is None
    assert counts(desk) == (0, 0, 0)


def test_an_unknown_category_is_refused_in_persian_beside_the_category(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk, "fa")
    fields = {**dialog.fields(), "delegation": "GIL", "country": "IR", "category": "BOSS",
              "given_name_latin": "Omid", "family_name_latin": "Rasouli"}  # fmt: skip
    dialog.submit_fields(fields)
    error = dialog.boxes["category"].error
    qtbot.waitUntil(error.isVisible)
    # The value is isolated (FSI..PDI) so that it cannot turn the Persian line around.
    assert "«\u2068BOSS\u2069» دسته‌ای شناخته‌شده نیست" in error.text()
    assert dialog.ok_button.isEnabled()
    assert counts(desk) == (0, 0, 0)


def test_a_walk_in_not_checked_in_is_only_registered(qtbot: QtBot, desk: DeskContext) -> None:
    dialog = open_dialog(qtbot, desk)
    choose(dialog, "AST", "DEL")
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Vladimir")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Sokolov")
    dialog.check_in.setChecked(False)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == WalkInDialog.DialogCode.Accepted)
    assert dialog.person is not None and dialog.person.checked_in_at is None
    assert counts(desk) == (1, 1, 0)


def test_an_ambassador_walks_in_with_a_form_of_address_and_a_jalali_precedence_date(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk)
    date_box = dialog.boxes["precedence_date"]
    choose(dialog, "AST", "DEL")
    assert dialog.boxes["honorific_en"].isVisible() and not date_box.isVisible()
    dialog.category.setCurrentIndex(dialog.category.findData("AMB"))
    assert date_box.isVisible()  # only ambassadors rank by the day of their credentials
    dialog.edits["honorific_fa"].setText("جناب آقای")
    qtbot.keyClicks(dialog.edits["honorific_en"], "H.E.")
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Alexey")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Dedov")
    dialog.edits["precedence_date"].setText("۱۴۰۲/۰۵/۱۴")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.result() == WalkInDialog.DialogCode.Accepted)
    person = dialog.person
    assert person is not None
    assert person.name.addressed_latin == "H.E. Alexey Dedov"
    with desk.database.reader() as session:
        stored = session.scalars(select(Person).where(Person.ref == person.ref)).one()
        assert (stored.honorific_fa, stored.precedence_date) == ("جناب آقای", date(2023, 8, 5))


def test_a_precedence_date_that_is_no_day_is_refused_beside_it(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk, "fa")
    choose(dialog, "BAK", "AMB")
    qtbot.keyClicks(dialog.edits["given_name_latin"], "Aygun")
    qtbot.keyClicks(dialog.edits["family_name_latin"], "Aliyeva")
    qtbot.keyClicks(dialog.edits["precedence_date"], "1404/13/01")
    dialog.ok_button.click()
    error = dialog.boxes["precedence_date"].error
    qtbot.waitUntil(error.isVisible)
    assert "استوارنامه" in error.text() and "1404/13/01" in error.text()
    assert counts(desk) == (0, 0, 0)


def test_a_date_typed_before_the_category_changed_is_not_sent(
    qtbot: QtBot, desk: DeskContext
) -> None:
    dialog = open_dialog(qtbot, desk)
    choose(dialog, "GIL", "AMB")
    qtbot.keyClicks(dialog.edits["precedence_date"], "not a date")
    assert "precedence_date" in dialog.fields()
    dialog.category.setCurrentIndex(dialog.category.findData("GST"))
    assert not dialog.boxes["precedence_date"].isVisible()
    assert "precedence_date" not in dialog.fields()
