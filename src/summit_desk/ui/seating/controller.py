"""The Seating page's logic: read a session's plan, move people and lock seats as a supervisor,
assign automatically, print the plan, the place cards and the attendance sheet.

Every database call and every printout runs off the GUI thread (ui/tasks.py): the plan on the
"plan" channel (a newer read drops an older one, and a change makes a read still running stale),
changes and the supervisor's sign-in on the serial "writes" channel, in the desk's order,
printouts on the serial "print" channel.

Changes need a supervisor. The first change of a session asks the page for the supervisor's
name and PIN (``supervisor_needed``); the change waits, and runs as the supervisor once the PIN
is right. The supervisor is then remembered for that session, until the desk picks another
session or signs the supervisor out: a protocol officer rearranging a hall is asked once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTemporaryDir, Signal
from PySide6.QtPrintSupport import QPrinter

from summit_desk.domain.seating import SeatAssignment, SeatingPlan
from summit_desk.domain.values import Role, SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService
from summit_desk.services.event import EventService
from summit_desk.services.operators import OperatorService
from summit_desk.services.seating import SeatingService
from summit_desk.ui.settings import open_store
from summit_desk.ui.tasks import Refresher, Runner
from summit_desk.ui.widgets.paper import desk_printer, print_pdf, printer_for_pdf

SESSIONS, PLAN, WRITES, PRINT = "sessions", "plan", "writes", "print"  # the runner's channels
POLL_MS = 10_000  # other desks seat people and scan at the door too
PRINT_DPI = 300
PLAN_PRINT, CARDS, ATTENDANCE = "plan", "cards", "attendance"  # what can be printed

Change = Callable[[SeatingService], SeatingPlan]


@dataclass(frozen=True, slots=True)
class SessionPlan:
    """A session's plan as read, with how many people entered the session at its door."""

    session: SessionInfo
    plan: SeatingPlan
    entered: int


@dataclass(frozen=True, slots=True)
class Printed:
    """A rendered printout waiting for the print dialog."""

    kind: str
    path: Path
    pages: int
    shortened: int  # texts that had to be shortened to fit


class SeatingController(QObject):
    sessions_ready = Signal(object, str)  # list[SessionInfo], the chosen code
    plan_ready = Signal(object)  # SessionPlan
    failed = Signal(str)  # reading failed
    refreshed = Signal()  # after every plan shown (tests and the window wait for it)
    changed = Signal(object)  # SessionPlan, after a change
    change_refused = Signal(str)
    supervisor_needed = Signal()  # ask the supervisor's name and PIN (sign_in)
    sign_in_refused = Signal(str)
    supervisor_changed = Signal(str)  # the supervisor's name, "" when signed out
    printout_ready = Signal(object)  # Printed
    printed = Signal(str)  # kind
    print_failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QObject | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.settings = settings or open_store()
        self.sessions: list[SessionInfo] = []
        self.chosen: str = ""
        self.current: SessionPlan | None = None
        self.acting: DeskContext | None = None  # the supervisor, for the chosen session
        self._pending: Change | None = None  # the change waiting for the supervisor
        self._folder = QTemporaryDir()
        self._printouts = 0
        self._shown = False  # the page is shown: poll
        self.runner = Runner(lang, self)
        self.runner.serial(WRITES)
        self.runner.serial(PRINT)
        self.refresher = Refresher(self.runner, PLAN, lambda: None, POLL_MS, self)
        self.refresher.answered.connect(self._answered)
        self.refresher.failed.connect(self.failed)

    # --- reading -------------------------------------------------------------------------------
    def load_sessions(self) -> None:
        context = self.context
        self.runner.run(
            SESSIONS, lambda: EventService(context).sessions(), self._sessions, self.failed.emit
        )

    def _sessions(self, sessions: list[SessionInfo]) -> None:
        self.sessions = sessions
        if self._shown:
            self.refresher.start_polling()
        codes = [s.code for s in sessions]
        if self.chosen not in codes:
            self.chosen = ""
            today = self.context.today()
            on_day = [s.code for s in sessions if s.day >= today]
            self.choose_session(on_day[0] if on_day else (codes[0] if codes else ""))
        self.sessions_ready.emit(sessions, self.chosen)

    def choose_session(self, code: str) -> None:
        """Show ``code``'s plan; another session's supervisor is forgotten."""
        if code == self.chosen:
            return
        self.chosen = code
        self.current = None
        # the query carries its session: a worker never reads the controller's state
        self.refresher.query = partial(_read_plan, self.context, code)
        self._pending = None
        if self.acting is not None:
            self.acting = None
            self.supervisor_changed.emit("")
        if code:
            self.refresh()

    def refresh(self) -> None:
        if self.chosen:
            self.refresher.request()

    def start(self) -> None:
        self._shown = True
        if self.sessions:
            self.refresher.start_polling()
            self.refresh()
        else:
            self.load_sessions()  # then the chosen session's plan, then polling

    def stop(self) -> None:
        self._shown = False
        self.refresher.stop_polling()

    def _answered(self, answer: object) -> None:
        if not isinstance(answer, SessionPlan) or answer.session.code != self.chosen:
            return  # read for a session the desk has left
        self.current = answer
        self.plan_ready.emit(answer)
        self.refreshed.emit()

    # --- changes (a supervisor's) --------------------------------------------------------------
    def move(self, ref: str, label: str) -> None:
        """Seat ``ref`` at ``label``; its occupant takes ``ref``'s old seat."""
        self._change(lambda service, code: service.move(code, ref, label))

    def toggle_lock(self, label: str) -> None:
        seat = self._seat(label)
        if seat is None or seat.ref is None:
            self.change_refused.emit(self.tr("Seat someone there before locking the seat."))
            return
        if seat.locked:
            self._change(lambda service, code: service.unlock(code, label))
        else:
            self._change(lambda service, code: service.lock(code, label))

    def assign_auto(self) -> None:
        """Seat everyone invited by the rules' order; locked seats keep their person."""
        self._change(lambda service, code: service.assign_auto(code))

    def clear(self) -> None:
        """Empty every seat but the locked ones."""
        self._change(lambda service, code: service.clear(code))

    def _seat(self, label: str) -> SeatAssignment | None:
        plan = self.current.plan if self.current else None
        return next((s for s in plan.seats if s.label == label), None) if plan else None

    def _change(self, change: Callable[[SeatingService, str], SeatingPlan]) -> None:
        code = self.chosen
        if not code:
            return
        work: Change = partial(_with_code, change, code)
        if self.acting is None:
            self._pending = work
            self.supervisor_needed.emit()
            return
        self._run_change(self.acting, work)

    def _run_change(self, acting: DeskContext, work: Change) -> None:
        code = self.chosen

        def run() -> SessionPlan:
            plan = work(SeatingService(acting))
            return _with_entries(acting, code, plan)

        self.runner.run(WRITES, run, self._changed, self.change_refused.emit, stales=(PLAN,))

    def _changed(self, answer: SessionPlan) -> None:
        if answer.session.code == self.chosen:
            self.current = answer
            self.plan_ready.emit(answer)
            self.changed.emit(answer)

    def sign_in(self, name: str, pin: str) -> None:
        """The supervisor's name and PIN: when right, the waiting change runs as them."""
        if not name.strip() or not pin:
            self.sign_in_refused.emit(self.tr("Give the supervisor's name and PIN."))
            return
        context = self.context

        def work() -> DeskContext:
            return OperatorService(context).authorise(name, pin, Role.SUPERVISOR, "action.seating")

        self.runner.run(WRITES, work, self._signed_in, self.sign_in_refused.emit)

    def _signed_in(self, acting: DeskContext) -> None:
        self.acting = acting
        self.supervisor_changed.emit(acting.operator)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._run_change(acting, pending)

    def cancel_sign_in(self) -> None:
        """The desk closed the PIN dialog: the waiting change is dropped."""
        self._pending = None

    def sign_out(self) -> None:
        self.acting = None
        self._pending = None
        self.supervisor_changed.emit("")

    # --- printing ------------------------------------------------------------------------------
    def render(self, kind: str) -> None:
        """Render the chosen session's plan, place cards or attendance sheet (fresh from the
        database) into a PDF: ``printout_ready`` follows, then the page asks the print dialog."""
        if not self.chosen:
            return
        plan = self.current.plan if self.current else None
        if kind == CARDS and plan is not None and not any(s.ref for s in plan.seats):
            self.print_failed.emit(self.tr("Nobody is seated yet: there are no place cards."))
            return
        context, code = self.context, self.chosen
        self._printouts += 1
        path = Path(self._folder.path()) / f"seating-{kind}-{self._printouts}.pdf"

        def work() -> Printed:
            return _render(context, code, kind, path)

        self.runner.run(PRINT, work, self.printout_ready.emit, self.print_failed.emit)

    def printer(self, printed: Printed) -> QPrinter:
        """The desk's printer (from its settings) set to the printout's paper."""
        return printer_for_pdf(printed.path, printed.kind, desk_printer(self.settings))

    def print_to(self, printer: QPrinter, printed: Printed) -> None:
        def work() -> str:
            try:
                print_pdf(printed.path, printer, PRINT_DPI)
            finally:
                printed.path.unlink(missing_ok=True)
            return printed.kind

        self.runner.run(PRINT, work, self.printed.emit, self.print_failed.emit)

    def discard(self, printed: Printed) -> None:
        printed.path.unlink(missing_ok=True)

    # --- running work --------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.runner.busy()

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        return self.runner.wait_idle(msecs)


def _with_code(change: Callable[[SeatingService, str], SeatingPlan], code: str,
               service: SeatingService) -> SeatingPlan:  # fmt: skip
    return change(service, code)


def _read_plan(context: DeskContext, code: str) -> SessionPlan:
    return _with_entries(context, code, SeatingService(context).plan(code))


def _with_entries(context: DeskContext, code: str, plan: SeatingPlan) -> SessionPlan:
    """The plan with its session's day (printed in its title) and the door's count."""
    session = SeatingService(context).session(code)
    entered = next((n for c, _fa, _en, n in DoorService(context).entries() if c == code), 0)
    return SessionPlan(session, replace(plan, day=plan.day or session.day), entered)


def _render(context: DeskContext, code: str, kind: str, path: Path) -> Printed:
    from summit_desk.domain.errors import SummitDeskError
    from summit_desk.printing.attendance_sheet import print_attendance
    from summit_desk.printing.place_cards import print_place_cards
    from summit_desk.printing.seating_plan import print_seating
    from summit_desk.services.badges import BadgeService

    plan = _read_plan(context, code).plan
    header = BadgeService(context).event_header()
    if kind == CARDS:
        if not any(seat.ref for seat in plan.seats):
            raise SummitDeskError("placecards.none", session=plan.session)
        printout = print_place_cards(plan, header)
    elif kind == ATTENDANCE:
        printout = print_attendance(plan, header)
    else:
        printout = print_seating(plan, header)
    try:
        path.write_bytes(printout.pdf)
    except OSError as exc:
        raise SummitDeskError("file.unwritable", path=str(path), reason=exc.strerror) from exc
    return Printed(kind, path, printout.pages, len(printout.overflowed))
