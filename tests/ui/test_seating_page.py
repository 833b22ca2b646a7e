"""The Seating page, as a protocol officer uses it on the general panel: drag people onto seats,
swap two governors, lock a seat through an automatic re-assignment, read every conflict with
the person's name, confirm with the supervisor's PIN once, print, and see the door's count."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from support.printing import PrintDialogThatPrintsTo

from summit_desk.db import seating as repo
from summit_desk.domain.messages import render
from summit_desk.domain.seating import ConflictKind, SeatingConflict, SeatingPlan
from summit_desk.domain.values import Role
from summit_desk.printing.badge_layout_values import MM
from summit_desk.services.checkin import CheckInService
from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService
from summit_desk.services.people import PeopleService
from summit_desk.services.seating import SeatingService
from summit_desk.ui.main_window import MainWindow
from summit_desk.ui.seating import SeatingPage
from summit_desk.ui.seating import page as page_module
from summit_desk.ui.seating.controller import SessionPlan
from summit_desk.ui.seating.models import ConflictsModel, UnseatedModel, ref_mime

GEN_DAY = date(2025, 11, 18)
MORNING = datetime(2025, 11, 18, 5, 0, tzinfo=UTC)
WAIT_MS = 20_000
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def desk(demo_event: DeskContext) -> DeskContext:
    return replace(demo_event, operator="desk", role=Role.DESK, desk="desk-1",
                   day_override=GEN_DAY, clock=lambda: MORNING)  # fmt: skip


def supervisor(context: DeskContext) -> SeatingService:
    return SeatingService(replace(context, operator="supervisor", role=Role.SUPERVISOR))


def open_page(qtbot: QtBot, context: DeskContext, tmp_path: Path) -> SeatingPage:
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    page = SeatingPage(context, "en", settings=settings)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.session_box.count() > 0, timeout=WAIT_MS)
    if page.controller.chosen != "GEN":
        with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
            page.choose_session("GEN")
    qtbot.waitUntil(lambda: page.controller.current is not None, timeout=WAIT_MS)
    return page


def reread(qtbot: QtBot, page: SeatingPage) -> None:
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()


def drop(qtbot: QtBot, page: SeatingPage, data: QMimeData, label: str) -> None:
    """Drag ``data`` over the room onto seat ``label`` and let go, as Qt delivers a drag."""
    view = page.view
    seat = page.scene.seats[label]
    point = QPointF(view.mapFromScene(seat.pos()))
    move = Qt.DropAction.MoveAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, move, data, left, none)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    over = QDragMoveEvent(point, move, data, left, none)
    QApplication.sendEvent(view.viewport(), over)
    assert over.isAccepted(), f"seat {label} does not take the drop"
    QApplication.sendEvent(view.viewport(), QDropEvent(point, move, data, left, none))


def from_list(page: SeatingPage, ref: str) -> QMimeData:
    """What a drag from the list of people carries: the list model's own mime data."""
    row = page.unseated.row_of(ref)
    assert row >= 0, f"{ref} is not in the list of people without a seat"
    return page.unseated.mimeData([page.unseated.index(row, 0)])


def from_seat(page: SeatingPage, label: str) -> QMimeData:
    ref = page.scene.seats[label].ref
    assert ref is not None
    return ref_mime(ref)


def confirm(qtbot: QtBot, page: SeatingPage, name: str = "supervisor", pin: str = "2222") -> None:
    dialog = page.supervisor_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.supervisor.setText(name)
    dialog.pin.setText(pin)
    dialog.buttons.accepted.emit()


def stored(context: DeskContext) -> dict[str, tuple[str | None, bool]]:
    plan = SeatingService(context).plan("GEN")
    return {seat.label: (seat.ref, seat.locked) for seat in plan.seats}


def test_a_person_dragged_onto_a_seat_sits_there_after_the_supervisor_pin_asked_once(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, tmp_path)
    assert page.scene.seats["A7"].ref is None
    first = page.unseated.person(0)
    assert first is not None
    drop(qtbot, page, from_list(page, first.ref), "A7")
    assert page.pin_asked == 1
    assert page.supervisor_dialog is not None and not page.supervisor_dialog.reason.isVisible()
    confirm(qtbot, page, pin="0000")  # a wrong PIN: the dialog says so, nothing moves
    dialog = page.supervisor_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert dialog.error.text() == render("operator.bad_pin", "en", name="supervisor")
    assert stored(desk)["A7"] == (None, False)

    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        confirm(qtbot, page)
    assert stored(desk)["A7"] == (first.ref, False)
    assert page.scene.seats["A7"].ref == first.ref
    assert page.unseated.row_of(first.ref) == -1
    assert page.supervisor_label.text() == "Changes confirmed by supervisor"

    second = page.unseated.person(0)
    assert second is not None
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        drop(qtbot, page, from_list(page, second.ref), "A9")
    assert page.pin_asked == 1  # the supervisor is remembered for the session
    assert stored(desk)["A9"] == (second.ref, False)

    page.sign_out_button.click()  # the supervisor leaves the desk: the next change asks again
    assert page.supervisor_label.text() == "Changes need a supervisor"
    third = page.unseated.person(0)
    assert third is not None
    drop(qtbot, page, from_list(page, third.ref), "A6")
    assert page.pin_asked == 2
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        confirm(qtbot, page)
    assert stored(desk)["A6"] == (third.ref, False)

    page.choose_session("ECON")  # another session: the supervisor is asked again
    qtbot.waitUntil(lambda: page.controller.current is not None, timeout=WAIT_MS)
    assert page.supervisor_label.text() == "Changes need a supervisor"


def test_a_desk_operator_cannot_confirm_seating_changes(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, tmp_path)
    first = page.unseated.person(0)
    assert first is not None
    drop(qtbot, page, from_list(page, first.ref), "A7")
    confirm(qtbot, page, name="desk", pin="1111")
    dialog = page.supervisor_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "change the seating" in dialog.error.text()
    dialog.reject()
    assert stored(desk)["A7"] == (None, False)


def test_a_governor_dropped_on_an_occupied_seat_swaps_with_its_occupant(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    supervisor(desk).assign_auto("GEN")
    page = open_page(qtbot, desk, tmp_path)
    before = stored(desk)
    a7, a9 = before["A7"][0], before["A9"][0]
    assert a7 and a9 and a7 != a9
    drop(qtbot, page, from_seat(page, "A7"), "A9")
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        confirm(qtbot, page)
    after = stored(desk)
    assert (after["A7"][0], after["A9"][0]) == (a9, a7)
    assert page.scene.seats["A9"].ref == a7
    plan = page.controller.current.plan  # type: ignore[union-attr]
    names = {ref: plan.people[ref].name.name_latin for ref in (a7, a9)}
    texts = page.conflicts_model.texts()
    assert f"{names[a7]}\nout of the order of precedence (seat A9)" in texts
    assert f"{names[a9]}\nout of the order of precedence (seat A7)" in texts
    assert ConflictKind.OUT_OF_ORDER in page.scene.seats["A9"].conflicts


def test_a_locked_seat_keeps_its_person_through_assign_automatically_and_clear(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    supervisor(desk).assign_auto("GEN")
    page = open_page(qtbot, desk, tmp_path)
    chosen = stored(desk)["A14"][0]
    assert chosen is not None
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        drop(qtbot, page, from_seat(page, "A14"), "A7")
        confirm(qtbot, page)
    assert stored(desk)["A7"] == (chosen, False)

    page.scene.select_seat("A7")
    page.view.setFocus()
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        QTest.keyClick(page.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert stored(desk)["A7"] == (chosen, True)
    assert page.scene.seats["A7"].locked
    assert page.view.seat_menu(page.scene.seats["A7"]).actions()[0].text() == "Unlock the seat"

    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        page.auto_button.click()
    after = stored(desk)
    assert after["A7"] == (chosen, True)
    assert sum(1 for ref, _locked in after.values() if ref == chosen) == 1
    assert after["A14"][0] not in (None, chosen)  # the others were seated anew around it

    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        page.clear_button.click()
    assert {label for label, (ref, _l) in stored(desk).items() if ref} == {"A7"}
    assert page.pin_asked == 1

    menu = page.view.seat_menu(page.scene.seats["A7"])  # the seat's context menu unlocks
    with qtbot.waitSignal(page.controller.changed, timeout=WAIT_MS):
        menu.actions()[0].trigger()
    assert stored(desk)["A7"] == (chosen, False)
    assert not page.scene.seats["A7"].locked


def test_every_conflict_is_shown_with_the_persons_name_and_selects_its_seat(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    auto = supervisor(desk).assign_auto("GEN")
    order = {seat.label: seat.ref for seat in auto.seats}
    chair, second, third, fourth = order["A8"], order["A7"], order["A9"], order["A6"]
    assert chair and second and third and fourth
    session_id = SeatingService(desk).session("GEN").id
    with desk.database.writer() as session, session.begin():
        ids = repo.person_ids(session, [chair, second, third, fourth, "PRS-001"])
        repo.replace_seats(session, session_id, [
            ("A8", ids[chair], 0, False),
            ("A7", ids[third], 0, False),  # the second and third governors swapped
            ("A9", ids[second], 0, False),
            ("A6", ids["PRS-001"], 0, False),  # a journalist at the head table
            ("A10", ids[fourth], 0, False),
        ])  # fmt: skip
    people = PeopleService(desk)
    for ref in (chair, second, third):
        CheckInService(desk).scan(people.badge_code(ref))
    page = open_page(qtbot, desk, tmp_path)
    plan = page.controller.current.plan  # type: ignore[union-attr]

    def name(ref: str) -> str:
        return plan.people[ref].name.name_latin

    texts = page.conflicts_model.texts()
    assert f"{name('PRS-001')}\nis not invited to this session (seat A6)" in texts
    assert f"{name(fourth)}\nhas not arrived (seat A10)" in texts
    assert f"{name('PRS-001')}\nhas not arrived (seat A6)" in texts
    assert f"{name(second)}\nout of the order of precedence (seat A9)" in texts
    heads = [c.ref for c in plan.conflicts if c.kind == ConflictKind.HEAD_WITHOUT_SEAT]
    assert len(heads) == 14 - 4  # the heads of delegation left without a seat
    assert f"{name(heads[0])}\nhead of delegation without a seat" in texts
    assert page.conflicts_title.text() == f"Conflicts: {len(texts)}"
    assert page.scene.seats["A6"].conflicts == (ConflictKind.NOT_INVITED, ConflictKind.NOT_ARRIVED)
    assert not page.scene.seats["A8"].conflicts

    row = next(i for i, t in enumerate(texts) if t.endswith("(seat A6)"))
    page.conflicts.clicked.emit(page.conflicts_model.index(row, 0))
    assert page.scene.selected_label() == "A6"
    row = texts.index(f"{name(heads[0])}\nhead of delegation without a seat")
    page.conflicts.clicked.emit(page.conflicts_model.index(row, 0))
    assert page.people.currentIndex().row() == page.unseated.row_of(heads[0])

    # Nobody is ever seated twice in the database (one seat a person a session); a plan read
    # from an older desk could be: the page says so, on both seats.
    twice = replace(plan, conflicts=(SeatingConflict(ConflictKind.SEATED_TWICE, fourth,
                                                     ("A10", "C1")),))  # fmt: skip
    page.show_plan(SessionPlan(page.controller.current.session, twice, 0))  # type: ignore[union-attr]
    assert page.conflicts_model.texts() == [f"{name(fourth)}\nis seated more than once: A10, C1"]
    assert page.scene.seats["C1"].conflicts == (ConflictKind.SEATED_TWICE,)


def test_the_item_models_keep_qts_contract(desk: DeskContext) -> None:
    unseated, conflicts = UnseatedModel("fa"), ConflictsModel("en")
    QAbstractItemModelTester(unseated, FATAL)
    QAbstractItemModelTester(conflicts, FATAL)
    empty = SeatingService(desk).plan("GEN")
    full = supervisor(desk).assign_auto("GEN")
    for plan in (empty, full, None, empty):
        unseated.set_plan(plan)
        conflicts.set_plan(plan)
    assert unseated.rowCount() == len(empty.people) > 0
    assert conflicts.rowCount() == len(empty.conflicts) > 0
    assert unseated.mimeTypes() == ["application/x-summit-desk-ref"]
    assert bytes(unseated.mimeData([unseated.index(0, 0)]).data(unseated.mimeTypes()[0]).data())


@pytest.mark.parametrize(
    "printout",
    [("print_plan_button", (420, 297)), ("print_attendance_button", (210, 297)),
     ("print_cards_button", (297, 210))],
)  # fmt: skip
def test_the_printouts_go_through_the_print_dialog_on_their_own_paper(
    qtbot: QtBot,
    desk: DeskContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    printout: tuple[str, tuple[int, int]],
) -> None:
    button, paper_mm = printout
    supervisor(desk).assign_auto("GEN")
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(page_module, "QPrintDialog", PrintDialogThatPrintsTo(out))
    page = open_page(qtbot, desk, tmp_path)
    with qtbot.waitSignal(page.controller.printed, timeout=60_000):
        getattr(page, button).click()
    assert "sent to the printer." in page.status.text()
    document = QPdfDocument()
    document.load(str(out))
    assert document.pageCount() >= 1
    size = document.pagePointSize(0)
    assert (round(size.width() / MM), round(size.height() / MM)) == paper_mm
    document.close()


def test_place_cards_of_an_empty_session_are_refused_in_words(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, tmp_path)
    page.print_cards_button.click()
    assert page.status.text() == "Nobody is seated yet: there are no place cards."


def test_the_page_counts_who_entered_the_session_at_its_door(
    qtbot: QtBot, desk: DeskContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, desk, tmp_path)
    assert page.entered.text() == "Entered at the door: 0"
    page.view.zoom = 2.0  # the desk zoomed in: a poll that finds nothing new leaves it so
    page.view.fit()
    QApplication.processEvents()  # the scroll bars appear and the view fits again
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.minimum())  # up at the head table
    zoomed = (page.view.transform().m11(), bar.value())
    reread(qtbot, page)
    assert (page.view.transform().m11(), bar.value()) == zoomed
    people = PeopleService(desk)
    plan: SeatingPlan = SeatingService(desk).plan("GEN")
    for ref in sorted(plan.people)[:2]:
        DoorService(desk).scan(people.badge_code(ref), "GEN")
    reread(qtbot, page)
    assert page.entered.text() == "Entered at the door: 2"


def test_f5_opens_the_seating_page_and_the_other_keys_stay(qtbot: QtBot, desk: DeskContext) -> None:
    window = MainWindow(desk, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs is not None and window.seating is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)
    assert window.tabs.currentWidget() is window.seating
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Seating"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F4)
    assert window.tabs.currentWidget() is window.badges
    window.seating.controller.wait_until_idle()
