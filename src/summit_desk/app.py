"""The desk's entry point: builds the database and services and hands them to the window."""

from __future__ import annotations

import sys

from summit_desk.domain.errors import SummitDeskError


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from summit_desk.db.engine import open_database
    from summit_desk.db.schema import upgrade
    from summit_desk.domain.values import Role
    from summit_desk.services.context import DeskContext
    from summit_desk.ui.i18n import install_interface_font, install_language
    from summit_desk.ui.main_window import MainWindow

    lang = lang or "fa"  # the desk is Persian first
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Summit Desk")
    app.setOrganizationName("summit-desk")
    install_language(app, lang)
    install_interface_font(app)
    try:
        database = open_database(db)
        upgrade(database)
    except SummitDeskError as exc:
        QMessageBox.critical(None, "Summit Desk", exc.message(lang))
        return 2
    context = DeskContext(database=database, operator="desk", role=Role.ADMIN, desk="desk-1")
    window = MainWindow(context, lang)
    window.show()
    return app.exec()
