"""Save a screenshot of the desk's main window: `python tools/screenshot.py OUT.png [--lang en]
[--db PATH]`. Run it under Xvfb (xvfb-run) for a real X11 window, or offscreen.

The panel door, as it looks at 10:00 on day one after two guests came in and a third was not
invited: `--page door --day 2025-11-18 --time 10:00 --scan GIL-001 --scan MAZ-001 --scan GIL-003`.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.persian import VENUE_ZONE
from summit_desk.domain.values import Role
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.i18n import install_interface_font, install_language
from summit_desk.ui.main_window import MainWindow


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--lang", default="fa")
    parser.add_argument("--db")
    parser.add_argument(
        "--tab",
        type=int,
        default=0,
        help="0 check-in, 1 delegations, 2 dashboard, 3 badges, 4 seating, 5 panel door",
    )
    parser.add_argument(
        "--seating",
        metavar="SESSION",
        help="the session the seating page shows, seated from its rules first (as a supervisor),"
        " with the people at the table (rows 0 and 1) checked in",
    )
    parser.add_argument(
        "--page", choices=("door",), help="a page by its name (instead of --tab): door"
    )
    parser.add_argument(
        "--scan",
        action="append",
        default=[],
        help="a ref whose badge is scanned (at the check-in, or at the door with --page door) "
        "before the screenshot; repeat for several",
    )
    parser.add_argument("--day", help="the event day to run as (rehearsal), e.g. 2025-11-18")
    parser.add_argument("--time", help="the venue's time of day to run at with --day, e.g. 10:00")
    parser.add_argument("--search", help="text typed into the check-in's input")
    parser.add_argument("--size", default="1280x800", help="the window's size, WIDTHxHEIGHT")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    app = QApplication(sys.argv[:1])
    install_language(app, args.lang)
    install_interface_font(app)
    database = open_database(args.db)
    upgrade(database)
    day = date.fromisoformat(args.day) if args.day else None
    desk = "door-khazar" if args.page == "door" else "desk-1"
    context = DeskContext(database=database, role=Role.DESK, desk=desk, day_override=day)
    if day is not None and args.time:
        moment = datetime.combine(day, time.fromisoformat(args.time), ZoneInfo(VENUE_ZONE))
        context = replace(context, clock=lambda: moment.astimezone(UTC))
    people = PeopleService(context)
    window = MainWindow(context, args.lang)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if window.tabs is not None:
        window.tabs.setCurrentIndex(args.tab)
    if args.seating and window.seating is not None:
        from summit_desk.services.checkin import CheckInService
        from summit_desk.services.seating import SeatingService

        acting = replace(context, operator="screenshot", role=Role.SUPERVISOR)
        plan = SeatingService(acting).assign_auto(args.seating)
        for seat in plan.seats:
            if seat.ref is not None and seat.row <= 1:
                CheckInService(context).scan(people.badge_code(seat.ref))
        window.seating.controller.choose_session(args.seating)
    door = window.door
    if args.page == "door" and door is not None:
        window.show_door()

        def scan_at_the_door() -> None:  # once the door has read the programme and chosen
            for ref in args.scan:
                door.scan(people.badge_code(ref))

        door.controller.sessions_changed.connect(scan_at_the_door)
    elif window.checkin is not None:
        for ref in args.scan:
            window.checkin.scan(people.badge_code(ref))
    if args.search and window.checkin is not None:
        window.checkin.look_up(args.search)

    def grab() -> None:
        window.grab().save(args.out)
        app.quit()

    QTimer.singleShot(2500, grab)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
