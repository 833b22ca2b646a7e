"""The desk's entry point: builds the database and services and hands them to the window."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from summit_desk.domain.errors import SummitDeskError

if TYPE_CHECKING:
    from summit_desk.services.context import DeskContext


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from summit_desk.db.engine import open_database
    from summit_desk.db.schema import upgrade
    from summit_desk.domain.values import Role
    from summit_desk.services.context import DeskContext
    from summit_desk.ui.first_paint import QUIT_AFTER_ENV, QuitAfterFirstPaint
    from summit_desk.ui.i18n import install_interface_font, install_language
    from summit_desk.ui.main_window import MainWindow
    from summit_desk.ui.settings import APPLICATION, ORGANISATION, load_settings, start_choices

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    settings = load_settings()
    choices = start_choices(db, lang, settings)
    lang = choices.lang
    install_language(app, choices.interface)
    install_interface_font(app)
    try:
        database = open_database(choices.database)
        upgrade(database)
    except SummitDeskError as exc:
        QMessageBox.critical(None, "Summit Desk", exc.message(lang))
        return 2
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after:
        # Watches the first top-level window to paint: the log-in, or the desk itself.
        watcher = QuitAfterFirstPaint(None, float(quit_after), app.quit)  # noqa: F841 (kept alive)
    context = _who_is_at_the_desk(
        DeskContext(database=database, operator="", role=Role.DESK, desk=settings.desk_name), lang
    )
    if context is None:
        return 0
    window = MainWindow(context, lang, idle_lock_minutes=settings.idle_lock_minutes)
    window.show()
    return app.exec()


def _who_is_at_the_desk(context: DeskContext, lang: str) -> DeskContext | None:
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
    dialog = OperatorDialog(context, lang, purpose)
    if dialog.exec() != OperatorDialog.DialogCode.Accepted:
        return None
    return dialog.acting
