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
        if database.is_sqlite:  # a server desk's link upgrades it, or starts offline
            upgrade(database)
    except SummitDeskError as exc:
        QMessageBox.critical(None, "Summit Desk", exc.message(lang))
        return 2
    context = DeskContext(
        database=database,
        operator=settings.operator_name or "desk",
        role=Role.ADMIN,
        desk=settings.desk_name,
    )
    link = None
    if not database.is_sqlite:  # a desk on a server keeps a local journal for when it is gone
        from summit_desk.services.offline import start_desk

        try:
            link = start_desk(context)
        except SummitDeskError as exc:
            QMessageBox.critical(None, "Summit Desk", exc.message(lang))
            return 2
    window = MainWindow(context, lang, link)
    window.show()
    return app.exec()
