"""The desk's menu: walk-in registration, import, settings and quit, added to a MainWindow.

``install_desk_menus(window)`` needs only ``window.context``, ``window.lang`` and
``window.refresh()``; the dialogs it opens decide nothing about the window.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from summit_desk.domain.messages import render
from summit_desk.domain.values import CheckInStatus
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EventService

STATUS_MS = 15_000


class DeskWindow(Protocol):
    context: DeskContext
    lang: str

    def refresh(self) -> None: ...


class DeskActions(QObject):
    """Owns the menu's actions; a child of the window, so it lives as long as the window."""

    walk_in_registered = Signal(object)  # PersonSummary: e.g. to print their badge

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        menu = window.menuBar().addMenu(self.tr("&Desk"))
        self.walk_in = QAction(self.tr("Walk-in registration…"), window)
        self.walk_in.setShortcut(QKeySequence("Ctrl+N"))
        self.walk_in.triggered.connect(self.open_walk_in)
        self.import_people = QAction(self.tr("Import people…"), window)
        self.import_people.setShortcut(QKeySequence("Ctrl+I"))
        self.import_people.triggered.connect(self.open_import)
        self.event_details = QAction(self.tr("Event details…"), window)
        self.event_details.triggered.connect(self.open_event_details)
        self.settings = QAction(self.tr("Settings…"), window)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings.triggered.connect(self.open_settings)
        self.quit = QAction(self.tr("Quit"), window)
        self.quit.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit.triggered.connect(window.close)
        menu.addAction(self.walk_in)
        menu.addAction(self.import_people)
        menu.addSeparator()
        menu.addAction(self.event_details)
        menu.addAction(self.settings)
        menu.addSeparator()
        menu.addAction(self.quit)
        self.menu = menu

    @property
    def desk(self) -> DeskWindow:
        return self.window  # type: ignore[return-value]

    def _event_ready(self) -> bool:
        desk = self.desk
        if EventService(desk.context).info() is not None:
            return True
        target = desk.context.database.label
        QMessageBox.information(
            self.window, self.tr("Summit Desk"), render("event.none", desk.lang, target=target)
        )
        return False

    def open_walk_in(self) -> None:
        if not self._event_ready():
            return
        from summit_desk.ui.dialogs import WalkInDialog  # here: the window opens without them

        desk = self.desk
        dialog = WalkInDialog(desk.context, desk.lang, self.window)
        if dialog.exec() != WalkInDialog.DialogCode.Accepted or dialog.outcome is None:
            return
        desk.refresh()
        outcome = dialog.outcome
        person = outcome.person
        if person is None:
            return
        if desk.lang == "fa":
            name = person.name.name_fa or person.name.name_latin
        else:
            name = person.name.name_latin or person.name.name_fa
        self.walk_in_registered.emit(person)
        if outcome.check_in is not None and outcome.check_in.status is CheckInStatus.CHECKED_IN:
            text = self.tr("%1 (%2) is registered and checked in.")
        elif outcome.check_in_error:
            text = self.tr("%1 (%2) is registered, but not checked in: %3")
        elif outcome.check_in is not None:
            text = self.tr("%1 (%2) is registered, but today is not a day of the event.")
        else:
            text = self.tr("%1 (%2) is registered.")
        message = (
            text.replace("%1", name).replace("%2", person.ref).replace("%3", outcome.check_in_error)
        )
        self.window.statusBar().showMessage(message, STATUS_MS)

    def open_import(self) -> None:
        if not self._event_ready():
            return
        from summit_desk.ui.dialogs import ImportDialog

        desk = self.desk
        dialog = ImportDialog(desk.context, desk.lang, self.window)
        dialog.imported.connect(desk.refresh)
        dialog.exec()

    def open_event_details(self) -> None:
        if not self._event_ready():
            return
        from summit_desk.ui.dialogs import EventDetailsDialog

        desk = self.desk
        dialog = EventDetailsDialog(desk.context, desk.lang, self.window)
        if dialog.exec() == EventDetailsDialog.DialogCode.Accepted:
            desk.refresh()

    def open_settings(self) -> None:
        from summit_desk.ui.dialogs import SettingsDialog

        SettingsDialog(parent=self.window).exec()


def install_desk_menus(window: QMainWindow) -> DeskActions:
    """Add the desk's menu to ``window`` (a MainWindow); the actions live as its child."""
    return DeskActions(window)
