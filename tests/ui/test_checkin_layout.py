"""What the desk and protocol see on the check-in page: names whole at 1024 × 768, protocol's list
of every VIP arrival of the day, the working day of a rehearsal, and nothing dark on dark or cut
behind a scroll bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QListView, QStyle
from pytestqt.qtbot import QtBot
from support.desk import make_context

from summit_desk.db.engine import Database
from summit_desk.domain.categories import BY_CODE
from summit_desk.domain.values import CheckInResult, CheckInStatus, Role
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.checkin.results_model import Column
from summit_desk.ui.i18n import install_language
from summit_desk.ui.main_window import MainWindow
from summit_desk.ui.widgets.banner import TONE_COLOURS, Banner
from summit_desk.ui.widgets.wording import BannerWording, Tone

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)  # 10:00 at the venue
MACHINE_DATE = datetime(2026, 11, 29, 14, 2, tzinfo=UTC)  # a rehearsal a year later
WAIT_MS = 10_000


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return replace(
        demo_event, role=Role.DESK, desk="desk-1", day_override=DAY1, clock=lambda: MORNING
    )


def contrast_ratio(a: str, b: str) -> float:
    """WCAG 2's contrast ratio of two #RRGGBB colours, worked out here, not taken from the app."""

    def luminance(colour: str) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def open_page(qtbot: QtBot, context: DeskContext, lang: str, size: tuple[int, int]) -> CheckInPage:
    page = CheckInPage(context, lang)
    page.sound = False
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def check_in(context: DeskContext, *refs: str) -> None:
    people = PeopleService(context)
    for ref in refs:
        result = CheckInService(context).scan(people.badge_code(ref))
        assert result.status is CheckInStatus.CHECKED_IN, ref


def cut_names(page: CheckInPage) -> list[str]:
    """Names of the results that do not show whole in their cell (wrapping allowed)."""
    view = page.results
    metrics = QFontMetrics(view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    cut = []
    model = view.model()
    for row in range(model.rowCount()):
        for column in (Column.NAME_FA, Column.NAME_LATIN, Column.NAME_NATIVE):
            index = model.index(row, column)
            text = str(index.data() or "")
            cell = view.visualRect(index)
            room = cell.width() - 2 * margin
            flags = int(Qt.TextFlag.TextWordWrap)
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), flags, text)
            if text and (needed.width() > room or needed.height() > cell.height()):
                cut.append(text)
    return cut


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_names_in_the_results_show_whole_even_at_1024_wide(
    qtbot: QtBot, desk: DeskContext, persian: QApplication, lang: str, size: tuple[int, int]
) -> None:
    install_language(persian, lang)
    check_in(replace(desk, desk="cli"), "KAL-001")  # a long arrival text beside the names
    page = open_page(qtbot, desk, lang, size)
    page.look_up("ochir")
    qtbot.waitUntil(lambda: page.controller.results.rowCount() >= 3, timeout=WAIT_MS)
    assert cut_names(page) == []
    header = page.results.horizontalHeader()
    names = sum(header.sectionSize(c) for c in (Column.NAME_FA, Column.NAME_LATIN))
    assert names >= header.sectionSize(Column.ARRIVAL)  # names first, not the arrival
    assert not page.results.horizontalScrollBar().isVisible()


def whole_rows_shown(page: CheckInPage) -> int:
    """Rows of the results the desk sees whole, without scrolling."""
    view = page.results
    bottom = view.viewport().height()
    return sum(
        1
        for row in range(view.model().rowCount())
        if 0 <= view.rowViewportPosition(row) <= bottom - view.rowHeight(row)
    )


@pytest.mark.parametrize("width", [1024, 1366])
@pytest.mark.parametrize("lang", ["en", "fa"])
def test_on_a_768_pixel_screen_the_results_keep_five_rows_under_the_banner_of_a_scan(
    qtbot: QtBot, desk: DeskContext, persian: QApplication, lang: str, width: int
) -> None:
    """On a 1024 × 768 screen the full banner of a head of delegation's check-in left the results
    one and a half rows, on 1366 × 768 three; the banner turns compact there, keeps every line,
    and the window stays as wide as the screen."""
    install_language(persian, lang)
    window = MainWindow(desk, lang)
    qtbot.addWidget(window)
    window.resize(width, 768)
    window.show()
    qtbot.waitExposed(window)
    page = window.checkin
    assert page is not None
    page.scan(PeopleService(desk).badge_code("GIL-001"))  # the longest answer: protocol is told
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    page.look_up("Kalmykia")  # six people, each row on two lines at this width in English
    qtbot.waitUntil(lambda: page.controller.results.rowCount() == 6, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.controller.is_busy(), timeout=WAIT_MS)
    assert whole_rows_shown(page) >= 5
    assert window.width() == width
    banner = page.banner
    assert page.banner.notice.isVisible() and page.banner.photo.isVisible()
    for label in (banner.headline, banner.name_primary, banner.name_secondary, banner.details,
                  banner.notice, banner.next_step, banner.category):  # fmt: skip
        assert label.isVisible() and label.text()
        assert banner.rect().contains(QRect(label.mapTo(banner, label.rect().topLeft()),
                                            label.size()))  # fmt: skip
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_protocol_sees_every_vip_arrival_of_the_day_at_every_desk_newest_first(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    at = [datetime(2025, 11, 18, 6, minute, tzinfo=UTC) for minute in range(5)]
    check_in(replace(desk, desk="desk-2", clock=lambda: at[0]), "GIL-001")  # head
    check_in(replace(desk, desk="desk-3", clock=lambda: at[1]), "GOV-001")  # minister
    check_in(replace(desk, desk="desk-2", clock=lambda: at[2]), "GIL-002")  # not protocol's
    check_in(replace(desk, desk="desk-9", day_override=date(2025, 11, 19)), "AST-001")  # day 2
    page = open_page(qtbot, desk, "en", (1280, 800))
    vips = page.controller.vips
    qtbot.waitUntil(lambda: vips.rowCount() == 2, timeout=WAIT_MS)
    assert [vips.arrival(r).person.ref for r in range(2)] == ["GOV-001", "GIL-001"]
    assert "desk-3" in vips.index(0).data()

    # Another desk checks a head in while the page is open: the next refresh lists it on top.
    check_in(replace(desk, desk="desk-4", clock=lambda: at[3]), "MAZ-001")
    with qtbot.waitSignal(page.controller.protocol.answered, timeout=WAIT_MS):
        page.controller.protocol.request()
    assert [vips.arrival(r).person.ref for r in range(3)] == ["MAZ-001", "GOV-001", "GIL-001"]
    assert page.controller.protocol.timer.isActive()  # polling while the page is shown
    page.hide()
    assert not page.controller.protocol.timer.isActive()


def test_a_rehearsal_says_its_working_day_and_the_check_ins_date(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    rehearsal = replace(desk, clock=lambda: MACHINE_DATE)  # day 1, run a year later
    page = open_page(qtbot, rehearsal, "en", (1280, 800))
    assert page.working_day.isVisible()
    assert "2025-11-18" in page.working_day.text()
    assert "Rehearsal" in page.working_day.text()
    page.scan(PeopleService(desk).badge_code("GIL-001"))
    qtbot.waitUntil(lambda: page.controller.banner.status == "checked_in", timeout=WAIT_MS)
    details = page.banner.details.text()
    assert "2025-11-18" in details and "2026-11-29 17:32" in details  # for which day, when
    arrival = page.controller.results.index(0, Column.ARRIVAL).data()
    assert "2026-11-29 17:32" in arrival  # not a bare "In since 17:32"
    assert "2026-11-29 17:32" in page.controller.recent.index(0).data()

    check_in(desk, "GOV-001")  # on the day itself, at 10:00
    on_the_day = open_page(qtbot, desk, "en", (1280, 800))
    assert on_the_day.working_day.text() == "Working day: 2025-11-18"
    on_the_day.look_up("GOV-001")
    qtbot.waitUntil(lambda: on_the_day.controller.results.rowCount() == 1, timeout=WAIT_MS)
    arrival = on_the_day.controller.results.index(0, Column.ARRIVAL).data()
    assert arrival.startswith("✓ In since 10:00")


def test_the_command_lines_check_ins_say_so_in_words(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    check_in(replace(desk, desk="cli"), "GIL-001")
    page = open_page(qtbot, desk, "fa", (1280, 800))
    page.scan(PeopleService(desk).badge_code("GIL-001"))
    qtbot.waitUntil(lambda: page.controller.banner.status == "already_checked_in", timeout=WAIT_MS)
    assert "cli" not in page.banner.details.text()
    assert "خط فرمان" in page.banner.details.text()
    assert "خط فرمان" in page.controller.results.index(0, Column.ARRIVAL).data()
    qtbot.waitUntil(lambda: page.controller.vips.rowCount() == 1, timeout=WAIT_MS)
    assert "خط فرمان" in page.controller.vips.index(0).data()


def test_the_category_strip_stands_out_from_every_banner_colour(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    """The head of delegation's dark red strip on the red banner: the strip's top edge contrasts
    4.5:1 with the banner just above it, for every tone and every category."""
    person = PeopleService(desk).get("GIL-001")
    wording = BannerWording("en")
    banner = Banner()
    qtbot.addWidget(banner)
    banner.resize(900, 320)
    banner.show()
    qtbot.waitExposed(banner)
    for tone in (Tone.SUCCESS, Tone.WARNING, Tone.DANGER, Tone.INFO):
        for code, category in BY_CODE.items():
            content = wording.describe(
                CheckInResult(CheckInStatus.CHECKED_IN, "", DAY1, person=person, at=MORNING)
            )
            banner.show_content(replace(content, tone=tone, category_colour=category.colour))
            image = banner.grab().toImage()
            x = banner.width() // 2
            above = image.pixelColor(x, banner.next_step.geometry().bottom() - 2).name()
            edge = image.pixelColor(x, banner.category.geometry().top() + 1).name()
            assert contrast_ratio(above, edge) >= 4.5, (tone, code, above, edge)
    for background, text in TONE_COLOURS.values():
        assert contrast_ratio(background, text) >= 4.5


def test_the_side_lists_wrap_rather_than_hide_text_behind_a_scroll_bar(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    check_in(desk, "GIL-001", "GOV-001")
    check_in(replace(desk, desk="a-desk-with-a-very-long-name-at-the-north-entrance"), "DRU-001")
    page = open_page(qtbot, desk, "en", (1024, 768))
    qtbot.waitUntil(lambda: page.controller.vips.rowCount() == 3, timeout=WAIT_MS)
    view: QListView = page.vip_list
    metrics = QFontMetrics(view.font())
    assert view.horizontalScrollBar().maximum() == 0
    for row in range(3):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        room = view.viewport().width() - 2 * view.iconSize().width()
        for line in str(index.data()).split("\n"):
            needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, line)
            assert needed.width() <= rect.width(), line
        assert rect.height() >= metrics.lineSpacing() * 3  # every line shown


def test_protocols_list_reads_the_same_from_postgresql(pg_database: Database) -> None:
    """Several desks share one PostgreSQL server: the day's VIP arrivals at every desk, newest
    first, without the undone ones or the people protocol is not told about."""
    context = make_context(pg_database, role=Role.ADMIN, day=DAY1)
    DemoService(context).create()
    at = [datetime(2025, 11, 18, 6, minute, tzinfo=UTC) for minute in range(4)]
    check_in(replace(context, desk="desk-2", clock=lambda: at[0]), "GIL-001")
    check_in(replace(context, desk="desk-3", clock=lambda: at[1]), "GIL-002")  # a member
    check_in(replace(context, desk="desk-3", clock=lambda: at[2]), "GOV-001")
    check_in(replace(context, desk="desk-4", clock=lambda: at[3]), "MAZ-001")
    service = CheckInService(context)
    undone = next(a for a in service.notified_arrivals(day=DAY1) if a.person.ref == "MAZ-001")
    service.undo(undone.entry_uuid, "wrong person")
    arrivals = service.notified_arrivals(day=DAY1)
    assert [(a.person.ref, a.desk) for a in arrivals] == [
        ("GOV-001", "desk-3"),
        ("GIL-001", "desk-2"),
    ]
    # On PostgreSQL an entry's time is the server's clock, not the desk's (issue #8): the
    # newest is the last written.
    assert arrivals[0].at > arrivals[1].at
    assert service.notified_arrivals(day=date(2025, 11, 19)) == []
