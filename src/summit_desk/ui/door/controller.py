"""The door page's logic: which panel this door is for, the scans into it, the count and the
latest entries, and a supervisor's undo.

As on the check-in page (ui/tasks.py), nothing touches the database in the GUI thread: scans
and undos go to the serial "door" channel, one at a time in the order they were made; the
session's count is read on the "attendance" channel by a ``Refresher``, on request and every
few seconds while the page is shown (other doors scan into the same panel). A scan makes a
count still being read stale, so the count never lags behind the banner.

A door on a server outlives the LAN as the check-in page does (services.offline): its scans,
its count and the programme are read through the desk's link, so the scan that meets a dropped
connection is answered from the local journal instead of showing an error, and the count goes
on from it. A scan's entry UUID is drawn once and kept by the retry, so an entry the server
committed as the line dropped is one entry after the merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from functools import partial

from PySide6.QtCore import QObject, Signal

from summit_desk.domain.persian import venue_time
from summit_desk.domain.values import CheckInResult, PersonSummary, SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService, SessionAttendance
from summit_desk.services.event import EventService
from summit_desk.services.offline import linked_call, linked_call_once
from summit_desk.ui.tasks import Refresher, Runner
from summit_desk.ui.widgets.arrivals_model import Arrival, ArrivalsModel
from summit_desk.ui.widgets.supervised_undo import refusal, undo_job
from summit_desk.ui.widgets.wording import BannerContent, BannerWording

POLL_MS = 4_000
DOOR = "door"  # the runner's channels
ATTENDANCE = "attendance"
PROGRAMME = "programme"


def current_session(sessions: Sequence[SessionInfo], day: date, clock: time) -> SessionInfo | None:
    """The panel a door most likely serves on ``day`` at ``clock`` (venue time): the one in
    progress, else the next to start that day, else that day's last, else the event's first."""
    if not sessions:
        return None
    today = [s for s in sessions if s.day == day]
    running = [s for s in today if s.starts <= clock < s.ends]
    if running:
        return max(running, key=lambda s: s.starts)  # the one that began last
    coming = [s for s in today if s.starts > clock]
    if coming:
        return min(coming, key=lambda s: s.starts)
    return today[-1] if today else sessions[0]


class DoorController(QObject):
    sessions_changed = Signal(object, object)  # list[SessionInfo], the chosen one's id or None
    banner_changed = Signal(object)  # BannerContent
    attendance_changed = Signal(object)  # SessionAttendance of the chosen session
    result_ready = Signal(object)  # CheckInResult, after every scan
    clear_input = Signal()
    failed = Signal(str)
    undo_finished = Signal(object)  # PersonSummary
    undo_refused = Signal(str)

    def __init__(self, context: DeskContext, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.door = DoorService(context)
        self.wording = BannerWording(lang, self)
        self.latest = ArrivalsModel(lang, self)
        self.sessions: list[SessionInfo] = []
        self.chosen: SessionInfo | None = None
        self.banner: BannerContent = self.wording.ready()
        self.attendance: SessionAttendance | None = None
        self.runner = Runner(lang, self)
        self.runner.serial(DOOR)
        self.refresher = Refresher(self.runner, ATTENDANCE, self._read_attendance, POLL_MS, self)
        self.refresher.answered.connect(self._show_attendance)
        self.refresher.failed.connect(self.failed)

    # --- the panel ----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the programme and choose the panel of this time of day."""
        context, events = self.context, EventService(self.context)
        self.runner.run(
            PROGRAMME,
            lambda: linked_call(context, events.sessions),
            self._programme,
            self.failed.emit,
        )

    def _programme(self, sessions: list[SessionInfo]) -> None:
        self.sessions = sessions
        if self.chosen is None or self.chosen.id not in {s.id for s in sessions}:
            # the desk's day (a rehearsal runs as an event day) at the venue's time of day
            clock = venue_time(self.context.now(), self.context.zone).time()
            self.chosen = current_session(sessions, self.context.today(), clock)
        self.sessions_changed.emit(sessions, self.chosen.id if self.chosen else None)
        self._panel_changed()

    def choose(self, session_id: int) -> None:
        chosen = next((s for s in self.sessions if s.id == session_id), None)
        if chosen is None or chosen == self.chosen:
            return
        self.chosen = chosen
        self._panel_changed()

    def _panel_changed(self) -> None:
        self.latest.set_arrivals([])
        self.attendance = None
        if self.chosen is not None:
            self._set_banner(self.wording.door_ready(self.session_name(self.chosen)))
            self.refresh()

    def session_name(self, session: SessionInfo) -> str:
        return session.name_fa if self.lang == "fa" else session.name_en

    # --- the count and the latest entries -----------------------------------------------------
    def refresh(self) -> None:
        if self.chosen is not None:
            self.refresher.request()

    def start(self) -> None:
        if not self.sessions:
            self.load()
        self.refresher.start_polling()
        self.refresh()

    def stop(self) -> None:
        self.refresher.stop_polling()

    def _read_attendance(self) -> SessionAttendance | None:
        chosen, door = self.chosen, self.door
        if chosen is None:
            return None
        return linked_call(self.context, lambda: door.attendance_of(chosen))

    def _show_attendance(self, attendance: SessionAttendance | None) -> None:
        if attendance is None or self.chosen is None or attendance.session.id != self.chosen.id:
            return  # read for a panel no longer chosen
        self.attendance = attendance
        self.latest.set_arrivals(
            [Arrival(e.entry_uuid, e.person, e.at, e.door, notify=False) for e in attendance.latest]
        )
        self.attendance_changed.emit(attendance)

    # --- scans --------------------------------------------------------------------------------
    def entered(self, text: str, _burst: str) -> None:
        """Enter in the input: whatever it holds is a scan (a door searches nobody by name)."""
        if text.strip():
            self.scan(text)

    def scan(self, raw: str) -> None:
        self.clear_input.emit()
        programme = self.chosen
        if programme is None:
            self.failed.emit(self.tr("Choose the panel this door is for."))
            return
        door, context = self.door, self.context
        self.runner.run(
            DOOR,
            lambda: linked_call_once(
                context, lambda entry: door.scan_into(raw, programme, entry_uuid=entry)
            ),
            partial(self._show_result, self.session_name(programme)),
            self._show_error,
            stales=(ATTENDANCE,),
        )

    def _show_result(self, session_name: str, result: CheckInResult) -> None:
        self._set_banner(self.wording.describe_door(result, session_name))
        self.result_ready.emit(result)
        self.refresh()

    def _show_error(self, message: str) -> None:
        self._set_banner(self.wording.error(message))

    def _set_banner(self, content: BannerContent) -> None:
        self.banner = content
        self.banner_changed.emit(content)

    # --- undo ---------------------------------------------------------------------------------
    def undo(self, entry: Arrival, supervisor: str, pin: str, reason: str) -> None:
        """Undo ``entry`` if ``supervisor``'s PIN is right; the reason goes to the journal."""
        reason = " ".join(reason.split())
        problem = refusal(supervisor, pin, reason)
        if problem is not None:
            self.undo_refused.emit(problem)
            return
        self.runner.run(
            DOOR,
            undo_job(
                self.context,
                supervisor,
                pin,
                "action.undo_entry",
                lambda acting, line: DoorService(acting).undo(entry.entry_uuid, reason, line),
            ),
            partial(self._undone, supervisor.strip(), reason),
            self.undo_refused.emit,
            stales=(ATTENDANCE,),
        )

    def _undone(self, supervisor: str, reason: str, person: PersonSummary) -> None:
        self._set_banner(self.wording.door_undone(person, supervisor, reason))
        self.undo_finished.emit(person)
        self.refresh()

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        return self.runner.wait_idle(msecs)
