"""The check-in page in every banner state, in Persian and English: each state fits its banner.

Run as a script under Xvfb to save the screenshots that people look at:

    xvfb-run -a env QT_QPA_PLATFORM=xcb python tests/ui/test_checkin_screenshots.py OUT_DIR

It writes ``checkin-<state>-<lang>.png`` for each state and language, and
``checkin-<state>-<lang>-compact.png`` for the page in a 1024 × 768 window.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from summit_desk.db.engine import open_database
from summit_desk.db.schema import upgrade
from summit_desk.domain.values import Role
from summit_desk.services.badges import BadgeService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.i18n import install_interface_font, install_language

DAY1 = date(2025, 11, 18)
STATES = ("ready", "checked_in", "already_checked_in", "replaced", "revoked", "unknown",
          "not_today", "undone")  # fmt: skip


def wait_until(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the page did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def settle(page: CheckInPage, status: str) -> None:
    """Wait for the page's work to be done, and check the banner it left."""
    wait_until(lambda: not page.controller.is_busy())
    assert page.controller.banner.status == status, page.controller.banner


def at_venue(hour: int, minute: int) -> Callable[[], datetime]:
    moment = datetime(2025, 11, 18, hour, minute, tzinfo=UTC)
    return lambda: moment


def pick(page: CheckInPage, query: str, ref: str) -> None:
    """Search for ``query`` and check in ``ref`` from the results, as the desk would."""
    page.input.setText(query)
    page.controller.query_changed(query)
    page.controller.search_now()
    model = page.controller.results
    wait_until(lambda: any(p.ref == ref for p in model.people()))
    row = next(r for r, p in enumerate(model.people()) if p.ref == ref)
    page.results.setCurrentIndex(model.index(row, 0))
    page.check_in_selected()


# The page's size in a window taller than 768 px, and in 1366 × 768 and 1024 × 768 ones (compact
# banner).
SIZES = ((1366, 800), (1366, 680), (1024, 675))


def desk_states(
    admin: DeskContext, lang: str, size: tuple[int, int] = SIZES[0]
) -> Iterator[tuple[str, CheckInPage]]:
    """Drive a page through the desk's morning, yielding it in each banner state."""
    desk = replace(admin, operator="desk", role=Role.DESK, desk="desk-1", day_override=DAY1,
                   clock=at_venue(6, 42))  # fmt: skip
    people = PeopleService(desk)
    page = CheckInPage(desk, lang)
    page.sound = False
    page.resize(*size)
    page.show()
    page.activateWindow()
    yield "ready", page

    def scan(code: str, status: str) -> None:
        page.scan(code)
        settle(page, status)

    for ref in ("MAZ-001", "AST-001", "DRU-001", "BAK-003"):
        scan(people.badge_code(ref), "checked_in")
    pick(page, "جعفری" if lang == "fa" else "Jafari", "GOV-001")
    settle(page, "checked_in")
    yield "checked_in", page

    other = CheckInPage(replace(desk, desk="desk-2", clock=at_venue(7, 5)), lang)
    other.scan(people.badge_code("GIL-001"))
    settle(other, "checked_in")
    other.close()
    scan(people.badge_code("GIL-001"), "already_checked_in")
    yield "already_checked_in", page

    supervisor = BadgeService(replace(desk, role=Role.SUPERVISOR))
    old = people.badge_code("AST-002")
    new = supervisor.reissue(["AST-002"], "lost")[0].code
    scan(old, "replaced")
    yield "replaced", page

    supervisor.revoke("AST-002", "left the summit")
    scan(new, "revoked")
    yield "revoked", page

    code = people.badge_code("BAK-002")
    scan(code[:-1] + ("A" if code[-1] != "A" else "B"), "unknown")
    yield "unknown", page

    later = CheckInPage(replace(desk, day_override=date(2025, 11, 21)), lang)
    later.sound = False
    later.resize(page.size())
    later.show()
    later.scan(people.badge_code("BAK-002"))
    settle(later, "not_today")
    yield "not_today", later
    later.close()

    arrival = page.controller.recent.latest_undoable()
    assert arrival is not None
    page.controller.undo(arrival, "supervisor", "2222", "Checked in the wrong person")
    settle(page, "undone")
    yield "undone", page
    page.close()


def clipped_labels(page: CheckInPage) -> list[str]:
    """Banner texts that do not fit: cut off at the banner's edge or shorter than their lines."""
    banner = page.banner
    bad = []
    for label in banner.findChildren(QLabel):
        if not label.isVisibleTo(banner) or not label.text():
            continue
        box = QRect(label.mapTo(banner, QPoint(0, 0)), label.size())
        inside = banner.rect().contains(box)
        tall_enough = not label.wordWrap() or label.height() >= label.heightForWidth(label.width())
        if not (inside and tall_enough):
            bad.append(label.text())
    return bad


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_every_banner_state_fits_and_keeps_its_words(
    qapp: QApplication, context: DeskContext, lang: str, size: tuple[int, int]
) -> None:
    install_language(qapp, lang)
    install_interface_font(qapp)
    try:
        DemoService(context).create()
        seen = []
        for state, page in desk_states(context, lang, size):
            qapp.processEvents()
            seen.append(state)
            assert page.controller.banner.status == state
            assert page.banner.headline.text()  # words, not only a colour
            assert page.banner.next_step.text()
            assert clipped_labels(page) == [], state
            image = page.grab().toImage()
            assert not image.isNull() and image.width() == size[0]  # no wider than the window
            assert page.banner.compact == (size[1] < 760)
        assert seen == list(STATES)
    finally:
        install_language(qapp, "en")


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_interface_font(app)
    for lang in ("fa", "en"):
        install_language(app, lang)
        for size in SIZES:
            with tempfile.TemporaryDirectory() as folder:
                database = open_database(Path(folder) / "desk.sqlite")
                upgrade(database)
                admin = DeskContext(database=database, role=Role.ADMIN)
                DemoService(admin).create()
                for state, page in desk_states(admin, lang, size):
                    page.input.setFocus(Qt.FocusReason.OtherFocusReason)
                    wait_until(lambda p=page: not p.controller.is_busy())
                    app.processEvents()
                    compact = "-compact" if page.banner.compact else ""
                    path = out / f"checkin-{state}-{lang}{compact}.png"
                    page.grab().save(str(path))
                    print(path, "clipped:", clipped_labels(page) or "none")
                database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "out/checkin"))
