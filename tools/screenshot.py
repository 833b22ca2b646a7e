"""Save a screenshot of the desk's main window: `python tools/screenshot.py OUT.png [--lang en]
[--db PATH]`. Run it under Xvfb (xvfb-run) for a real X11 window, or offscreen."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.main_window import MainWindow


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="fa")
    parser.add_argument("--db")
    parser.add_argument(
        "--tab", type=int, default=0, help="0 check-in, 1 delegations, 2 dashboard, 3 badges"
    )
    parser.add_argument("--scan", help="a ref whose badge is scanned before the screenshot")
    parser.add_argument("--day", help="the event day to run as (rehearsal), e.g. 2025-11-18")
    parser.add_argument("--search", help="text typed into the check-in's input")
    parser.add_argument("--size", default="1280x800", help="the window's size, WIDTHxHEIGHT")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(app, args.lang)
    install_interface_font(app)
    database = open_database(args.db)
    upgrade(database)
    day = date.fromisoformat(args.day) if args.day else None
    context = DeskContext(database=database, role=Role.DESK, desk="desk-1", day_override=day)
    window = MainWindow(context, args.lang)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if window.tabs is not None:
        window.tabs.setCurrentIndex(args.tab)
    if args.scan and window.checkin is not None:
        window.checkin.scan(PeopleService(context).badge_code(args.scan))
    if args.search and window.checkin is not None:
        window.checkin.look_up(args.search)

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(2500, grab)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
