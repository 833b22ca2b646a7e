"""The check-in page, as the desk uses it on the morning of day one: a scanner, a keyboard, and a
queue of governors and ministers."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from support.desk import desk_operator

from summit_desk.domain.errors import PermissionDenied
from summit_desk.domain.persian import format_moment
from summit_desk.domain.values import CheckInResult, Role
from summit_desk.services.badges import BadgeService
from summit_desk.services.context import DeskContext
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.widgets.wording import Tone

DAY1 = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 6, 30, tzinfo=UTC)  # 10:00 at the venue
WAIT_MS = 10_000


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    """The demo event, and desk-1 run by a desk operator on the first day."""
    return desk_operator(demo_event, "desk-1", DAY1, MORNING)


def open_page(qtbot: QtBot, context: DeskContext, lang: str) -> CheckInPage:
    page = CheckInPage(context, lang)
    page.sound = False
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.input.setFocus()
    return page


def scan(qtbot: QtBot, page: CheckInPage, code: str) -> None:
    """What a keyboard-wedge scanner does: the code in one burst, then Enter."""
    qtbot.keyClicks(page.input, code)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying Persian or Arabic letters (QTest's keyClicks takes Latin-1 only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def answered(qtbot: QtBot, page: CheckInPage, query: str) -> Any:
    """Until the results are the answer to ``query``: typing shows each answer as it comes."""
    return qtbot.waitSignal(
        page.controller.results_shown, check_params_cb=lambda q: q == query, timeout=WAIT_MS
    )


def wait_for_banner(qtbot: QtBot, page: CheckInPage, status: str) -> None:
    qtbot.waitUntil(lambda: page.controller.banner.status == status, timeout=WAIT_MS)


def wait_for_results(qtbot: QtBot, page: CheckInPage, ref: str) -> None:
    def listed() -> bool:
        return any(p.ref == ref for p in page.controller.results.people())

    qtbot.waitUntil(listed, timeout=WAIT_MS)


def test_a_scan_shows_the_green_banner_and_records_the_check_in(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    code = PeopleService(desk).badge_code("GIL-001")
    page = open_page(qtbot, desk, "fa")
    scan(qtbot, page, code)
    wait_for_banner(qtbot, page, "checked_in")
    assert page.banner.tone is Tone.SUCCESS
    assert page.banner.headline.text() == "ورود ثبت شد"
    assert page.banner.name_primary.text() == "پیمان املشی"
    assert "Peyman Amlashi" in page.banner.name_secondary.text()
    assert "گیلان" in page.banner.details.text()
    assert page.banner.category.text() == "رئیس هیئت"
    assert page.input.text() == ""  # ready for the next badge
    person = PeopleService(desk).get("GIL-001")
    assert person.checked_in_at is not None
    assert person.checked_in_desk == "desk-1"


def test_a_second_scan_shows_amber_with_the_first_time_and_desk(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    code = PeopleService(desk).badge_code("BAK-002")
    page = open_page(qtbot, desk, "fa")
    scan(qtbot, page, code)
    wait_for_banner(qtbot, page, "checked_in")
    second_desk = CheckInPage(replace(desk, desk="desk-2"), "fa")
    qtbot.addWidget(second_desk)
    second_desk.show()
    scan(qtbot, second_desk, code)
    wait_for_banner(qtbot, second_desk, "already_checked_in")
    banner = second_desk.banner
    assert banner.tone is Tone.WARNING
    assert banner.headline.text() == "پیش‌تر وارد شده است"
    first = PeopleService(desk).get("BAK-002").checked_in_at
    assert first is not None
    assert format_moment(first, "fa") in banner.details.text()  # Jalali, Persian digits
    assert "desk-1" in banner.details.text()
    assert "۲۷ آبان ۱۴۰۴، ۱۰:۰۰" in banner.details.text()  # Jalali, Persian digits, venue time


def test_a_tampered_code_shows_red_and_records_nothing(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    code = PeopleService(desk).badge_code("GIL-001")
    tampered = code[:-1] + ("A" if code[-1] != "A" else "B")
    page = open_page(qtbot, desk, "en")
    scan(qtbot, page, tampered)
    wait_for_banner(qtbot, page, "unknown")
    assert page.banner.tone is Tone.DANGER
    assert page.banner.headline.text() == "Not a badge of this event"
    assert "search for the person by name" in page.banner.next_step.text()
    assert tampered in page.banner.details.text()
    assert PeopleService(desk).get("GIL-001").checked_in_at is None


def test_a_scan_under_the_persian_keyboard_layout_still_checks_in(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    code = PeopleService(desk).badge_code("AST-001")
    latin_to_persian = {"S": "س", "D": "ی", "A": "ش", "K": "ن", "0": "۰", "1": "۱"}
    typed = "".join(latin_to_persian.get(c, c) for c in code)
    page = open_page(qtbot, desk, "en")
    type_text(page.input, typed)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    wait_for_banner(qtbot, page, "checked_in")


def test_an_old_badge_says_which_version_to_hand_over_and_a_revoked_one_to_call_a_supervisor(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    supervisor = BadgeService(replace(desk, role=Role.SUPERVISOR))
    old = PeopleService(desk).badge_code("AST-002")
    new = supervisor.reissue(["AST-002"], "lost badge")[0].code
    page = open_page(qtbot, desk, "fa")
    scan(qtbot, page, old)
    wait_for_banner(qtbot, page, "replaced")
    assert page.banner.tone is Tone.DANGER
    assert "نسخهٔ ۲" in page.banner.next_step.text()  # hand over version 2
    supervisor.revoke("AST-002", "left the summit")
    scan(qtbot, page, new)
    wait_for_banner(qtbot, page, "revoked")
    assert page.banner.tone is Tone.DANGER
    assert "سرپرست" in page.banner.next_step.text()  # call a supervisor
    assert PeopleService(desk).get("AST-002").checked_in_at is None


def test_a_day_without_access_shows_red(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    code = PeopleService(desk).badge_code("GIL-002")
    page = open_page(qtbot, replace(desk, day_override=date(2025, 11, 25)), "en")
    scan(qtbot, page, code)
    wait_for_banner(qtbot, page, "not_today")
    assert page.banner.headline.text() == "No access today"


def test_typing_arabic_letters_finds_a_name_stored_with_persian_letters_and_a_half_space(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    page = open_page(qtbot, desk, "fa")
    type_text(page.input, "علي اكبر")  # Arabic yeh and kaf, a space for the half-space
    wait_for_results(qtbot, page, "GOV-001")
    model = page.controller.results
    row = next(r for r in range(model.rowCount()) if model.person(r).ref == "GOV-001")
    assert model.index(row, 0).data() == "علی‌اکبر جعفری"
    assert model.index(row, 1).data() == "Ali-Akbar Jafari"
    assert model.index(row, 5).data() == "هنوز نه"  # not in yet today


def test_arrows_and_enter_check_the_selected_person_in(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, desk, "en")
    # Typed by hand: a pause may search "Gil" first; the desk acts on what "Gilan" found.
    with qtbot.waitSignal(
        page.controller.results_shown, timeout=WAIT_MS, check_params_cb=lambda q: q == "Gilan"
    ):
        qtbot.keyClicks(page.input, "Gilan", delay=60)
    assert page.controller.results.rowCount() >= 3
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results
    assert page.results.currentIndex().row() == 0
    qtbot.keyClick(page.results, Qt.Key.Key_Down)
    assert page.results.currentIndex().row() == 1
    chosen = page.controller.results.person(1)
    assert chosen is not None
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    wait_for_banner(qtbot, page, "checked_in")
    assert page.banner.name_primary.text() == chosen.name.name_latin
    assert PeopleService(desk).get(chosen.ref).checked_in_at is not None
    assert QApplication.focusWidget() is page.input  # ready for the next guest
    arrival = page.controller.results.index(1, 5).data()
    assert arrival.startswith("✓ In since")


def test_enter_on_a_typed_name_moves_into_the_results(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, desk, "en")
    qtbot.keyClicks(page.input, "Jafari", delay=60)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.results, timeout=WAIT_MS)
    assert page.controller.banner.status == "ready"  # a name is not a scan: nothing checked in


def test_escape_goes_back_to_the_input_and_clears_it(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, desk, "en")
    with answered(qtbot, page, "Gilan"):
        qtbot.keyClicks(page.input, "Gilan")
    qtbot.waitUntil(lambda: page.controller.results.rowCount() > 0, timeout=WAIT_MS)
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.results
    qtbot.keyClick(page.results, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is page.input
    assert page.input.text() == ""
    assert page.controller.results.rowCount() == 0


def test_typing_while_in_the_results_goes_to_the_input(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    code = PeopleService(desk).badge_code("GIL-003")
    page = open_page(qtbot, desk, "en")
    with answered(qtbot, page, "Gilan"):
        qtbot.keyClicks(page.input, "Gilan")
    qtbot.waitUntil(lambda: page.controller.results.rowCount() > 0, timeout=WAIT_MS)
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    page.input.selectAll()
    scan(qtbot, page, code)  # the scanner fires while the focus is in the list
    wait_for_banner(qtbot, page, "checked_in")
    assert page.controller.banner.name_secondary


def test_undo_needs_a_supervisor_then_the_person_can_check_in_again(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    code = PeopleService(desk).badge_code("MAN-001")
    page = open_page(qtbot, desk, "fa")
    scan(qtbot, page, code)
    wait_for_banner(qtbot, page, "checked_in")
    assert page.controller.recent.rowCount() == 1

    dialog = page.request_undo()
    assert dialog is not None and dialog.isVisible()
    dialog.supervisor.setText("supervisor")
    dialog.pin.setText("9999")
    dialog.reason.setText("wrong person")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert dialog.error.text() == PermissionDenied("operator.bad_pin", name="supervisor").message(
        "fa"
    )
    assert "Traceback" not in dialog.error.text()

    dialog.supervisor.setText("desk")  # a desk operator's right PIN is not a supervisor's
    dialog.pin.setText("1111")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.pin.text() == "", timeout=WAIT_MS)
    assert dialog.error.isVisible()
    assert PeopleService(desk).get("MAN-001").checked_in_at is not None

    dialog.reason.setText("  ")
    dialog.pin.setText("2222")
    dialog.supervisor.setText("supervisor")
    dialog.buttons.accepted.emit()
    assert "دلیل" in dialog.error.text()  # a reason is required

    dialog.reason.setText("wrong person")
    dialog.pin.setText("2222")
    with qtbot.waitSignal(dialog.finished, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    wait_for_banner(qtbot, page, "undone")
    assert page.banner.tone is Tone.INFO
    assert page.controller.recent.arrival(0).undone
    assert PeopleService(desk).get("MAN-001").checked_in_at is None

    scan(qtbot, page, code)
    wait_for_banner(qtbot, page, "checked_in")
    assert PeopleService(desk).get("MAN-001").checked_in_at is not None


def test_undo_with_nothing_checked_in_says_so(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, desk, "en")
    assert page.request_undo() is None
    assert page.status.text() == "There is no check-in of this desk to undo."


def test_a_vip_arrival_emits_vip_arrived_and_lists_it_for_protocol(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    people = PeopleService(desk)
    page = open_page(qtbot, desk, "en")
    page.sound = True
    with qtbot.waitSignal(page.vip_arrived, timeout=WAIT_MS) as signal:
        scan(qtbot, page, people.badge_code("GOV-001"))  # a minister
    result = signal.args[0]
    assert isinstance(result, CheckInResult)
    assert result.person is not None and result.person.ref == "GOV-001"
    assert page.controller.vips.rowCount() == 1
    assert "Ali-Akbar Jafari" in page.controller.vips.index(0).data()
    assert "Protocol is told" in page.banner.notice.text()
    assert beeps == [1]

    member = next(p for p in people.find("Gilan", limit=50) if p.category == "DEL")
    with qtbot.assertNotEmitted(page.vip_arrived):
        scan(qtbot, page, people.badge_code(member.ref))
        qtbot.waitUntil(lambda: page.controller.recent.rowCount() == 2, timeout=WAIT_MS)
    assert page.controller.vips.rowCount() == 1
    assert not page.banner.notice.isVisible()

    page.sound = False
    scan(qtbot, page, people.badge_code("GIL-001"))
    qtbot.waitUntil(lambda: page.controller.vips.rowCount() == 2, timeout=WAIT_MS)
    assert beeps == [1]  # silenced


def test_a_stale_search_answer_is_dropped(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication
) -> None:
    page = open_page(qtbot, desk, "en")
    shown: list[str] = []
    page.controller.results_shown.connect(shown.append)
    page.controller.query_changed("Gilan")
    page.controller.search_now()
    page.controller.query_changed("Jafari")
    page.controller.search_now()
    qtbot.waitUntil(lambda: not page.controller.is_busy(), timeout=WAIT_MS)
    assert shown == ["Jafari"]  # the answer about "Gilan" came, and was not shown
    people = page.controller.results.people()
    assert people and all(p.name.family_name_latin == "Jafari" for p in people)


def test_the_page_reads_right_to_left_in_persian(
    qtbot: QtBot, desk: DeskContext, persian: QApplication
) -> None:
    page = open_page(qtbot, desk, "fa")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The side panel stands at the left in Persian, at the right in English.
    assert page.vip_list.mapTo(page, page.vip_list.rect().center()).x() < page.width() / 2
    assert page.input.placeholderText().startswith("کارت")


def test_a_search_read_before_a_check_in_does_not_undo_the_rows_arrival(
    qtbot: QtBot, desk: DeskContext, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desk picks a row and checks them in while a search of the same name is still
    reading: that search's answer, read before the check-in, must not turn the row back to
    "Not yet" under a banner that says "Checked in"."""
    page = open_page(qtbot, desk, "en")
    with answered(qtbot, page, "Gilan"):
        qtbot.keyClicks(page.input, "Gilan")
    qtbot.waitUntil(lambda: page.controller.results.rowCount() >= 3, timeout=WAIT_MS)
    chosen = page.controller.results.person(0)
    assert chosen is not None

    reading, release = threading.Event(), threading.Event()
    find = PeopleService.find

    def held_find(self: PeopleService, *args: object, **kwargs: object) -> object:
        answer = find(self, *args, **kwargs)  # type: ignore[arg-type]
        if not reading.is_set():  # the first search after this point: read, then held
            reading.set()
            assert release.wait(WAIT_MS / 1000)
        return answer

    monkeypatch.setattr(PeopleService, "find", held_find)
    page.controller.search_now()  # the same name searched again (the desk pressed a key)
    assert reading.wait(WAIT_MS / 1000)  # it has read: GIL-001 not yet in
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    qtbot.keyClick(page.results, Qt.Key.Key_Return)  # checks the first row in
    wait_for_banner(qtbot, page, "checked_in")
    assert page.controller.results.index(0, 5).data().startswith("✓ In since")
    release.set()  # now the old search answers
    qtbot.waitUntil(lambda: not page.controller.is_busy(), timeout=WAIT_MS)
    row = next(r for r, p in enumerate(page.controller.results.people()) if p.id == chosen.id)
    assert page.controller.banner.status == "checked_in"
    assert page.controller.results.index(row, 5).data().startswith("✓ In since")
