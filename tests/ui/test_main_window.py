"""The desk opens in Persian, right to left; on an empty data folder it offers the demo event,
and with an event it opens on the check-in page with the delegations and dashboard beside it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.people import PeopleService
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.main_window import MainWindow


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "fa")
    install_interface_font(qapp)
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def desk(context: DeskContext) -> DeskContext:
    return make_context(context.database, role=Role.DESK, operator="desk", day=date(2025, 11, 18))


def open_window(qtbot: QtBot, context: DeskContext, lang: str) -> MainWindow:
    window = MainWindow(context, lang)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_data_folder_offers_the_demo_and_opens_the_desk_on_it(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    window = open_window(qtbot, desk, "fa")
    assert persian.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.demo_button.text() == "ساخت رویداد نمایشی"
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.tabs, timeout=30_000)
    assert window.tabs is not None and window.checkin is not None
    assert window.tabs.currentWidget() is window.checkin
    assert [window.tabs.tabText(i) for i in range(3)] == ["پذیرش", "هیئت‌ها", "داشبورد"]
    assert "خزر" in window.windowTitle()
    assert window.checkin.input.hasFocus()


def test_english_on_request(qtbot: QtBot, desk: DeskContext, qapp: QApplication) -> None:
    install_language(qapp, "en")
    DemoService(desk).create()
    window = open_window(qtbot, desk, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.tabs is not None
    assert [window.tabs.tabText(i) for i in range(3)] == ["Check-in", "Delegations", "Dashboard"]
    assert "Caspian" in window.windowTitle()


def test_a_vip_scan_is_announced_in_the_window(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    install_language(qapp, "en")
    DemoService(desk).create()
    window = open_window(qtbot, desk, "en")
    assert window.checkin is not None
    code = PeopleService(desk).badge_code("GIL-001")
    with qtbot.waitSignal(window.checkin.vip_arrived, timeout=10_000):
        window.checkin.scan(code)
    assert "Protocol" in window.vip_label.text() and "Gilan" in window.vip_label.text()


def test_function_keys_switch_pages(qtbot: QtBot, desk: DeskContext, qapp: QApplication) -> None:
    install_language(qapp, "en")
    DemoService(desk).create()
    window = open_window(qtbot, desk, "en")
    assert window.tabs is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F3)
    assert window.tabs.currentWidget() is window.dashboard
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    assert window.tabs.currentWidget() is window.checkin


def test_a_new_event_dialog_refuses_a_hidden_direction_override(
    qtbot: QtBot, context: DeskContext, qapp: QApplication
) -> None:
    from summit_desk.ui.new_event_dialog import NewEventDialog

    dialog = NewEventDialog("en")
    qtbot.addWidget(dialog)
    dialog.name_en.setText("Summit\u202e")
    dialog.accept()
    assert dialog.result() != NewEventDialog.DialogCode.Accepted
    assert "U+202E" in dialog.error.text()


def test_a_walk_in_goes_straight_to_their_badge(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    from summit_desk.services.registration import RegistrationService

    install_language(qapp, "en")
    DemoService(desk).create()
    window = open_window(qtbot, desk, "en")
    person = RegistrationService(desk).register(
        {"country": "IR", "delegation": "GIL", "category": "GST",
         "given_name_latin": "Nima", "family_name_latin": "Rahbar"}
    )  # fmt: skip
    window.desk_actions.walk_in_registered.emit(person)
    assert window.tabs is not None and window.tabs.currentWidget() is window.badges
    assert window.badges is not None and window.badges.refs.text() == person.ref
