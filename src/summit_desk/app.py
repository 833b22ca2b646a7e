"""The desk's entry point: builds the database and services and hands them to the window.

The window paints first and opens the database after (issue #9, item 13): the frame needs only
PySide6, while the database needs SQLAlchemy and the check-in page its services, most of a
second's imports on a desk's laptop. Staff see the desk's window at once, and its check-in
page a moment later; a database that cannot be opened is reported over the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from summit_desk.domain.errors import SummitDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from summit_desk.services.context import DeskContext

FIRST_PAINT_GRACE_MS = 1_000  # a window that never paints (minimised) opens the desk anyway


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from summit_desk.ui.first_paint import QUIT_AFTER_ENV, QuitAfterFirstPaint
    from summit_desk.ui.i18n import install_interface_font, install_language
    from summit_desk.ui.main_window import MainWindow
    from summit_desk.ui.settings import APPLICATION, ORGANISATION, load_settings, start_choices

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from summit_desk.ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector(app)  # noqa: F841 (cycles collected in the GUI thread only)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    settings = load_settings()
    choices = start_choices(db, lang, settings)
    install_language(app, choices.interface)
    install_interface_font(app)
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after:
        # Watches the first top-level window to paint: the desk's frame, before the log-in.
        watcher = QuitAfterFirstPaint(None, float(quit_after), app.quit)  # noqa: F841 (kept alive)
    window = MainWindow(None, choices.lang, idle_lock_minutes=settings.idle_lock_minutes)
    window.show()

    def open_desk() -> None:
        from PySide6.QtWidgets import QMessageBox

        from summit_desk.db.engine import open_database
        from summit_desk.db.schema import upgrade
        from summit_desk.domain.values import Role
        from summit_desk.services.context import DeskContext

        try:
            database = open_database(choices.database)
            if database.is_sqlite:  # a server desk's link upgrades it, or starts offline
                upgrade(database)
            desk = DeskContext(
                database=database, operator="", role=Role.DESK, desk=settings.desk_name
            )
            link = None
            if (
                not database.is_sqlite
            ):  # a desk on a server keeps a local journal for when it is gone
                from summit_desk.services.offline import start_desk

                link = start_desk(desk)
                desk = link.context
        except SummitDeskError as exc:
            QMessageBox.critical(window, "Summit Desk", exc.message(choices.lang))
            app.exit(2)
            return
        context = _who_is_at_the_desk(desk, choices.lang, window)
        if context is None:  # nobody logged in
            app.exit(0)
            return
        window.attach(context, link)

    after_first_paint(window, open_desk)
    return app.exec()


def _who_is_at_the_desk(
    context: DeskContext, lang: str, parent: QWidget | None = None
) -> DeskContext | None:
    """The operator who logs in (the name in the journal and the audit log), or None if they
    did not. A database with an event but no operator names its admin first; a new database
    opens as an admin to create the demo or the event (which then names its admin)."""
    from summit_desk.domain.values import Role
    from summit_desk.services.event import EventService
    from summit_desk.services.operators import OperatorService
    from summit_desk.ui.operator_dialog import OperatorDialog, Purpose

    if OperatorService(context).has_operators():
        purpose = Purpose.LOGIN
    elif EventService(context).info() is not None:
        purpose = Purpose.FIRST_ADMIN
    else:
        return replace(context, role=Role.ADMIN)
    dialog = OperatorDialog(context, lang, purpose, parent)
    if dialog.exec() != OperatorDialog.DialogCode.Accepted:
        return None
    return dialog.acting


def after_first_paint(widget: QWidget, call: Callable[[], None]) -> None:
    """Call ``call`` once from the event loop, right after ``widget`` first paints."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.done = False

        def fire(self) -> None:
            if not self.done:
                self.done = True
                widget.removeEventFilter(self)
                QTimer.singleShot(0, call)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.fire()
            return False

    first = FirstPaint()
    widget.installEventFilter(first)
    QTimer.singleShot(FIRST_PAINT_GRACE_MS, first.fire)
