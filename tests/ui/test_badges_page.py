"""The badges page, as the desk uses it: preview a delegation's badges, print them on the
layout's paper, reprint after a jam, reissue a lost badge with a supervisor, and print the
badges of the whole summit without the window freezing."""

from __future__ import annotations

import re
import subprocess
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from support.desk import desk_operator
from support.printing import PrintDialogThatPrintsTo
from support.tools import require_tools

from summit_desk.domain.messages import render
from summit_desk.domain.values import CheckInStatus
from summit_desk.printing.badge_layout_values import MM
from summit_desk.printing.badge_layouts import builtin_layout
from summit_desk.services.badges import BadgeSelection, BadgeService
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.people import PeopleService
from summit_desk.ui.badges import BadgesPage
from summit_desk.ui.badges import controller as controller_module
from summit_desk.ui.badges import page as page_module
from summit_desk.ui.main_window import MainWindow
from summit_desk.ui.widgets.paper import printer_for

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)
WAIT_MS = 20_000
BATCH_WAIT_MS = 180_000


def at_the_desk(context: DeskContext) -> DeskContext:
    return desk_operator(context, "desk-1", DAY1, MORNING)


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return at_the_desk(demo_event)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def open_page(qtbot: QtBot, context: DeskContext, settings: QSettings) -> BadgesPage:
    page = BadgesPage(context, "en", settings)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.delegation.count() > 1, timeout=WAIT_MS)
    return page


def choose(combo: Any, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def preview(qtbot: QtBot, page: BadgesPage, timeout: int = WAIT_MS) -> None:
    with qtbot.waitSignal(page.controller.preview_ready, timeout=timeout):
        page.preview_button.click()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def pdf_printer_for(layout: Any, out: Path) -> QPrinter:
    """The check-in printer of the tests: a PDF file on the layout's paper."""
    return printer_for(layout, pdf_printer(out))


def page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    require_tools("pdfinfo")
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "9999", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", result.stdout)
    return [(float(width) / MM, float(height) / MM) for width, height in sizes]


def test_the_preview_shows_one_page_per_badge_of_the_chosen_delegation(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    page = open_page(qtbot, desk, settings)
    choose(page.delegation, "GIL")
    choose(page.layout_combo, "a6")
    preview(qtbot, page)
    gilan = BadgeService(desk).select(BadgeSelection(delegation="GIL"))
    assert page.controller.document.pageCount() == len(gilan) > 1
    assert page.status.text() == f"{len(gilan)} badges on {len(gilan)} pages."
    assert page.print_button.isEnabled()

    choose(page.layout_combo, "a4-a6x4")  # a sheet of four: the preview follows the choice
    qtbot.waitUntil(
        lambda: page.controller.document.pageCount() == -(-len(gilan) // 4), timeout=WAIT_MS
    )
    assert (
        QSettings(settings.fileName(), QSettings.Format.IniFormat).value("desk/layout") == "a4-a6x4"
    )


def test_the_layout_chosen_is_remembered_for_the_next_start(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    page = open_page(qtbot, desk, settings)
    choose(page.layout_combo, "id1")
    again = open_page(qtbot, desk, settings)
    assert again.layout_combo.currentData() == "id1"


def test_printing_to_a_pdf_file_gives_pages_of_the_layouts_size_and_logs_the_prints(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, settings)
    choose(page.layout_combo, "id1")  # a landscape card
    page.refs.setText("GIL-001, GIL-002")
    preview(qtbot, page)
    out = tmp_path / "printed.pdf"
    printer = page.controller.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(page.controller.printed, timeout=WAIT_MS) as printed:
        assert page.controller.print_to(printer)
    assert printed.args == [2, 0]
    sizes = page_sizes_mm(out)
    assert len(sizes) == 2
    for size in sizes:
        assert size == pytest.approx((85.6, 54.0), abs=0.3)
    log = BadgeService(desk).print_log("GIL-001")
    assert [(r.version, r.layout, r.operator, r.reason) for r in log] == [(1, "id1", "desk", "")]


def test_the_second_print_warns_that_the_badges_were_already_printed_and_asks_why(
    qtbot: QtBot,
    desk: DeskContext,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    questions: list[str] = []

    def get_text(_parent: object, _title: str, question: str) -> tuple[str, bool]:
        questions.append(question)
        return "printer jam", True

    monkeypatch.setattr(page_module.QInputDialog, "getText", staticmethod(get_text))
    dialog = PrintDialogThatPrintsTo(tmp_path / "badges.pdf")
    monkeypatch.setattr(page_module, "QPrintDialog", dialog)
    page = open_page(qtbot, desk, settings)
    page.refs.setText("BAK-007 AST-006")
    preview(qtbot, page)
    with qtbot.waitSignal(page.controller.printed, timeout=WAIT_MS):
        page.print_button.click()
    assert questions == []
    with qtbot.waitSignal(page.controller.printed, timeout=WAIT_MS) as printed:
        page.print_button.click()
    assert questions == [
        "2 of these 2 badges have already been printed. Why are they printed again? "
        "The reason is kept in the print log."
    ]
    assert printed.args == [2, 2]
    assert dialog.shown == 2
    log = BadgeService(desk).print_log("BAK-007")
    assert [r.reason for r in log] == ["", "printer jam"]
    assert {r.version for r in log} == {1}  # a reprint keeps the badge and its code

    # Another desk opening the same badges later is told as soon as they are shown.
    preview(qtbot, page)
    assert "2 of them have been printed before." in page.status.text()


def test_a_reissue_needs_a_supervisor_and_then_the_old_badge_scans_as_replaced(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    old_code = PeopleService(desk).badge_code("GIL-003")
    page = open_page(qtbot, desk, settings)
    page.refs.setText("GIL-003")
    preview(qtbot, page)
    dialog = page.request_reissue()
    assert dialog is not None
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.supervisor.setText("supervisor")
    dialog.pin.setText("0000")
    dialog.reason.setText("badge lost in the plenary hall")
    with qtbot.waitSignal(page.controller.reissue_refused, timeout=WAIT_MS):
        ok.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == render("operator.bad_pin", "en", name="supervisor")
    assert PeopleService(desk).badge_code("GIL-003") == old_code

    dialog.supervisor.setText("desk")  # a desk operator may not reissue, even with their PIN
    dialog.pin.setText("1111")
    with qtbot.waitSignal(page.controller.reissue_refused, timeout=WAIT_MS):
        ok.click()
    assert PeopleService(desk).badge_code("GIL-003") == old_code

    dialog.supervisor.setText("supervisor")
    dialog.pin.setText("2222")
    with qtbot.waitSignal(page.controller.preview_ready, timeout=WAIT_MS):
        ok.click()
    assert not dialog.isVisible()
    new_code = PeopleService(desk).badge_code("GIL-003")
    assert new_code != old_code
    assert [b.code for b in page.controller.rendered.badges] == [new_code]  # type: ignore[union-attr]
    assert page.controller.rendered.badges[0].version == 2  # type: ignore[union-attr]
    assert CheckInService(desk).scan(old_code, day=DAY1).status == CheckInStatus.REPLACED
    assert CheckInService(desk).scan(new_code, day=DAY1).status == CheckInStatus.CHECKED_IN


@pytest.fixture
def summit(context: DeskContext) -> DeskContext:
    """The demo event grown to a thousand people."""
    DemoService(context).create(people=1000)
    return at_the_desk(context)


def test_a_batch_of_a_thousand_badges_shows_progress_and_the_window_keeps_answering(
    qtbot: QtBot, summit: DeskContext, settings: QSettings
) -> None:
    page = open_page(qtbot, summit, settings)
    choose(page.layout_combo, "a6")
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer(page)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    values: list[int] = []
    page.controller.progress.connect(lambda done, _total: values.append(page.progress.value()))
    timer.start()
    started = time.monotonic()
    page.preview_button.click()
    assert page.progress.isVisible() and page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.controller.rendered is not None, timeout=BATCH_WAIT_MS)
    seconds = time.monotonic() - started
    timer.stop()
    print(f"1,000 badges rendered in {seconds:.1f} s; the GUI timer ticked {ticks} times")
    assert page.controller.document.pageCount() == 1000
    assert len(set(values)) >= 50 and values == sorted(values) and values[-1] == 1000
    # a 20 ms timer in the GUI thread kept firing through the batch: at least a third as often
    assert ticks >= seconds * 1000 / 20 / 3
    assert not page.progress.isVisible()


def test_a_cancelled_batch_leaves_no_file_and_logs_no_print(
    qtbot: QtBot, summit: DeskContext, settings: QSettings
) -> None:
    page = open_page(qtbot, summit, settings)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.progress.value() >= 20, timeout=BATCH_WAIT_MS)
    with qtbot.waitSignal(page.controller.render_failed, timeout=WAIT_MS) as failed:
        page.cancel_button.click()
    assert failed.args == [render("badges.cancelled", "en")]
    assert page.status.text() == render("badges.cancelled", "en")
    assert page.controller.rendered is None
    assert not page.print_button.isEnabled()
    assert list(Path(page.controller._folder.path()).iterdir()) == []
    assert BadgeService(summit).print_log("GIL-001") == []
    assert not page.progress.isVisible()


def test_with_print_on_check_in_a_badge_is_printed_when_its_holder_checks_in(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, settings)
    assert not page.print_on_check_in.isChecked()  # off unless the desk turns it on
    out = tmp_path / "check-in.pdf"
    page.controller.check_in_printer = lambda layout: pdf_printer_for(layout, out)
    checked_in = CheckInService(desk).check_in_person(
        PeopleService(desk).get("GIL-001").id, day=DAY1
    )
    assert checked_in.status == CheckInStatus.CHECKED_IN
    page.print_for_check_in(checked_in)  # off: remembered, not printed
    assert page.controller.last_found_ref == "GIL-001"
    assert not out.exists()

    page.print_on_check_in.setChecked(True)
    assert open_page(qtbot, desk, settings).print_on_check_in.isChecked()
    again = CheckInService(desk).check_in_person(PeopleService(desk).get("GIL-001").id, day=DAY1)
    page.print_for_check_in(again)  # already checked in: no second badge
    with qtbot.waitSignal(page.controller.check_in_printed, timeout=WAIT_MS) as printed:
        page.print_for_check_in(checked_in)
    assert printed.args == ["GIL-001"]
    assert page_sizes_mm(out) == [pytest.approx((105.0, 148.0), abs=0.3)]
    assert len(BadgeService(desk).print_log("GIL-001")) == 1


def test_the_person_found_at_check_in_is_one_click_away(
    qtbot: QtBot, desk: DeskContext, settings: QSettings
) -> None:
    page = open_page(qtbot, desk, settings)
    result = CheckInService(desk).check_in_person(PeopleService(desk).get("AST-006").id, day=DAY1)
    page.print_for_check_in(result)
    with qtbot.waitSignal(page.controller.preview_ready, timeout=WAIT_MS):
        page.from_check_in.click()
    assert page.refs.text() == "AST-006"
    assert page.controller.document.pageCount() == 1
    assert builtin_layout(page.controller.rendered.layout).id == "a6"  # type: ignore[union-attr]


def test_in_the_window_f4_opens_the_badges_and_a_check_in_prints_when_asked_to(
    qtbot: QtBot,
    desk: DeskContext,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.setValue("badges/print_on_check_in", True)
    monkeypatch.setattr(controller_module, "open_store", lambda: settings)
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None and window.badges is not None and window.checkin is not None
    assert window.tabs.indexOf(window.badges) == 3  # F4, whatever tabs follow it
    assert window.tabs.tabText(3) == "Badges"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F4)
    assert window.tabs.currentWidget() is window.badges
    assert window.badges.print_on_check_in.isChecked()

    out = tmp_path / "at-the-desk.pdf"
    window.badges.controller.check_in_printer = lambda layout: pdf_printer_for(layout, out)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F1)
    with qtbot.waitSignal(window.badges.controller.check_in_printed, timeout=WAIT_MS) as printed:
        window.checkin.scan(PeopleService(desk).badge_code("BAK-007"))
    assert printed.args == ["BAK-007"]
    assert window.badges.controller.last_found_ref == "BAK-007"
    assert len(page_sizes_mm(out)) == 1


def test_printing_a_batch_can_be_cancelled_and_then_logs_no_print_and_leaves_no_file(
    qtbot: QtBot,
    summit: DeskContext,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "batch.pdf"
    monkeypatch.setattr(page_module, "QPrintDialog", PrintDialogThatPrintsTo(out))
    page = open_page(qtbot, summit, settings)
    choose(page.layout_combo, "label")
    preview(qtbot, page, timeout=BATCH_WAIT_MS)
    page.print_button.click()
    assert page.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.progress.value() >= 3, timeout=BATCH_WAIT_MS)
    with qtbot.waitSignal(page.controller.print_failed, timeout=WAIT_MS) as failed:
        page.cancel_button.click()
    assert failed.args == [render("badges.cancelled", "en")]
    assert page.status.text() == render("badges.cancelled", "en")
    assert not out.exists()
    assert BadgeService(summit).print_log("GIL-001") == []
    assert page.print_button.isEnabled()  # the preview is still there to print again


def test_a_printer_that_cannot_be_opened_is_named_in_the_error(
    qtbot: QtBot, desk: DeskContext, settings: QSettings, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, settings)
    page.refs.setText("GIL-001")
    preview(qtbot, page)
    nowhere = tmp_path / "no such folder" / "badges.pdf"
    with qtbot.waitSignal(page.controller.print_failed, timeout=WAIT_MS) as failed:
        page.controller.print_to(pdf_printer(nowhere))
    assert failed.args == [render("badges.printer_unavailable", "en", printer=str(nowhere))]
    assert page.status.text() == failed.args[0]
    assert BadgeService(desk).print_log("GIL-001") == []
