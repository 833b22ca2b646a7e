"""The desk opens in Persian, right to left, and on an empty data folder offers the demo event."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.main_window import MainWindow


@pytest.fixture
def persian(qapp: QApplication):  # type: ignore[no-untyped-def]
    install_language(qapp, "fa")
    install_interface_font(qapp)
    yield qapp
    install_language(qapp, "en")


def test_an_empty_data_folder_offers_the_demo_and_creates_it(
    qtbot: QtBot, context: DeskContext, persian: QApplication
) -> None:
    window = MainWindow(context, "fa")
    qtbot.addWidget(window)
    window.show()
    assert persian.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.demo_button.text() == "ساخت رویداد نمایشی"
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.overview, timeout=20_000)
    assert "خزر" in window.overview.title.text()
    assert window.overview.model.rowCount() >= 14
    assert "۱۸۹" in window.overview.details.text() or "نفر" in window.overview.details.text()


def test_english_on_request(qtbot: QtBot, context: DeskContext, qapp: QApplication) -> None:
    install_language(qapp, "en")
    DemoService(context).create()
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.pages.currentWidget() is window.overview
    assert "Caspian" in window.overview.title.text()
    model = window.overview.model
    codes = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {"GIL", "AST", "BAK", "MAN", "BLK"} <= codes


def test_the_overview_model_passes_qts_model_tester(
    qtbot: QtBot, context: DeskContext, qapp: QApplication
) -> None:
    DemoService(context).create()
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    QAbstractItemModelTester(
        window.overview.model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    window.refresh()  # a reset under the tester's eyes


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
