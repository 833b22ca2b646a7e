"""The desk's entry point: builds the database and services and hands them to the window.

The window paints first and opens the database after (issue #9, item 13): the frame needs only
PySide6, while the database needs SQLAlchemy and the check-in page its services, most of a
second's imports on a desk's laptop. Staff see the desk's window at once, and its check-in
page a moment later; a database that cannot be opened is reported over the window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from summit_desk.domain.errors import SummitDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

FIRST_PAINT_GRACE_MS = 1_000  # a window that never paints (minimised) opens the desk anyway


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from summit_desk.ui.i18n import install_interface_font, install_language
    from summit_desk.ui.main_window import MainWindow
    from summit_desk.ui.settings import APPLICATION, ORGANISATION, load_settings, start_choices

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    settings = load_settings()
    choices = start_choices(db, lang, settings)
    install_language(app, choices.interface)
    install_interface_font(app)
    window = MainWindow(None, choices.lang)
    window.show()

    def open_desk() -> None:
        from PySide6.QtWidgets import QMessageBox

        from summit_desk.db.engine import open_database
        from summit_desk.db.schema import upgrade
        from summit_desk.domain.values import Role
        from summit_desk.services.context import DeskContext

        try:
            database = open_database(choices.database)
            upgrade(database)
        except SummitDeskError as exc:
            QMessageBox.critical(window, "Summit Desk", exc.message(choices.lang))
            app.exit(2)
            return
        context = DeskContext(
            database=database,
            operator=settings.operator_name or "desk",
            role=Role.ADMIN,
            desk=settings.desk_name,
        )
        window.attach(context)

    after_first_paint(window, open_desk)
    return app.exec()


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
