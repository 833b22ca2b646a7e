"""Save a screenshot of the desk's main window: `python tools/screenshot.py OUT.png [--lang en]
[--db PATH]`. Run it under Xvfb (xvfb-run) for a real X11 window, or offscreen."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="fa")
    parser.add_argument("--db")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(app, args.lang)
    install_interface_font(app)
    database = open_database(args.db)
    upgrade(database)
    window = MainWindow(DeskContext(database=database, role=Role.ADMIN), args.lang)
    window.resize(1100, 700)
    window.show()

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(500, grab)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
