"""The desk's menu opens the walk-in, import and settings dialogs; a walk-in refreshes the
window and says in its status bar who was registered and checked in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.ui.dialogs import WalkInDialog
from summit_desk.ui.main_window import MainWindow


@pytest.fixture
def desk(small_event: DeskContext) -> DeskContext:
    return make_context(
        small_event.database, role=Role.DESK, operator="desk", day=date(2025, 11, 18)
    )


def test_the_menu_holds_the_desks_actions(qtbot: QtBot, desk: DeskContext) -> None:
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    actions = window.desk_actions  # the window installs its menu itself
    texts = [a.text() for a in actions.menu.actions() if not a.isSeparator()]
    assert texts == [
        "Walk-in registration…",
        "Import people…",
        "Event details…",
        "Settings…",
        "Quit",
    ]
    assert len(window.menuBar().actions()) == 1
    assert actions.walk_in.shortcut() == QKeySequence("Ctrl+N")


def test_a_walk_in_from_the_menu_refreshes_the_window_and_reports_the_arrival(
    qtbot: QtBot, desk: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    actions = window.desk_actions
    window.show()
    refreshed: list[bool] = []
    monkeypatch.setattr(window, "refresh", lambda: refreshed.append(True))

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WalkInDialog))
        dialog.delegation.setCurrentIndex(1)
        dialog.category.setCurrentIndex(dialog.category.findData("GST"))
        dialog.edits["given_name_latin"].setText("Sara")
        dialog.edits["family_name_latin"].setText("Amiri")
        dialog.ok_button.click()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(actions.walk_in_registered) as registered:
        actions.walk_in.trigger()  # runs the dialog until the worker's answer accepts it
    assert registered.args is not None and registered.args[0].ref.startswith("GIL-")
    assert refreshed == [True]
    assert window.statusBar().currentMessage().startswith("Sara Amiri (GIL-")
    assert "checked in" in window.statusBar().currentMessage()


def test_without_an_event_the_menu_says_so_instead_of_opening_a_form(
    qtbot: QtBot, context: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(context, "en")
    qtbot.addWidget(window)
    actions = window.desk_actions
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    actions.walk_in.trigger()
    actions.import_people.trigger()
    assert len(shown) == 2 and "There is no event" in shown[0]
