"""Save a screenshot of the desk's main window: `python tools/screenshot.py OUT.png [--lang en]
[--db PATH]`. Run it under Xvfb (xvfb-run) for a real X11 window, or offscreen."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
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
        "--tab",
        type=int,
        default=0,
        help="0 check-in, 1 delegations, 2 dashboard, 3 badges, 4 seating",
    )
    parser.add_argument(
        "--seating",
        metavar="SESSION",
        help="the session the seating page shows, seated from its rules first (as a supervisor),"
        " with the people at the table (rows 0 and 1) checked in",
    )
    parser.add_argument("--scan", help="a ref whose badge is scanned before the screenshot")
    parser.add_argument("--day", help="the event day to run as (rehearsal), e.g. 2025-11-18")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    install_language(app, args.lang)
    install_interface_font(app)
    database = open_database(args.db)
    upgrade(database)
    day = date.fromisoformat(args.day) if args.day else None
    context = DeskContext(database=database, role=Role.DESK, desk="desk-1", day_override=day)
    window = MainWindow(context, args.lang)
    window.resize(1280, 800)
    window.show()
    if window.tabs is not None:
        window.tabs.setCurrentIndex(args.tab)
    if args.seating and window.seating is not None:
        from summit_desk.services.checkin import CheckInService
        from summit_desk.services.seating import SeatingService

        acting = replace(context, operator="screenshot", role=Role.SUPERVISOR)
        plan = SeatingService(acting).assign_auto(args.seating)
        people = PeopleService(context)
        for seat in plan.seats:
            if seat.ref is not None and seat.row <= 1:
                CheckInService(context).scan(people.badge_code(seat.ref))
        window.seating.controller.choose_session(args.seating)
    if args.scan and window.checkin is not None:
        window.checkin.scan(PeopleService(context).badge_code(args.scan))

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(2500, grab)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
