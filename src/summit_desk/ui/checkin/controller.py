"""The check-in page's logic: search as the desk types, check in what it scans or picks, tell
protocol of VIP arrivals, and let a supervisor undo.

Every database call runs off the GUI thread, so the desk never freezes, not even while another
desk holds the write lock (ui/tasks.py): searches on the "search" channel, whose stale answers
are dropped, check-ins and undos on the serial "check-in" channel, one at a time in the order the
desk made them. A check-in makes a search still reading stale: it is asked again, so a row read
before the check-in never says "Not yet" under a banner that says "Checked in".

Protocol's list holds the day's VIP arrivals at every desk: a ``Refresher`` reads them from the
journal while the page is shown, every few seconds as the dashboard does, and at once after
this desk's own VIP check-in or undo.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from uuid import UUID

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from summit_desk.domain.codes import clean_scan, is_badge_code
from summit_desk.domain.persian import to_persian_digits, venue_time
from summit_desk.domain.values import CheckInResult, CheckInStatus, PersonSummary
from summit_desk.services.checkin import CheckInService, NotifiedArrival
from summit_desk.services.context import DeskContext
from summit_desk.services.offline import linked_call_once
from summit_desk.services.people import PeopleService
from summit_desk.ui.checkin.results_model import PeopleResultsModel
from summit_desk.ui.tasks import Refresher, Runner
from summit_desk.ui.widgets.arrivals_model import Arrival, ArrivalsModel
from summit_desk.ui.widgets.supervised_undo import refusal, undo_job
from summit_desk.ui.widgets.wording import BannerContent, BannerWording

# Typing searches at once when no search is reading; one typed while a search reads waits for
# its answer (or this long, whichever comes first), so the desk sees results within about two
# searches' time of a key and never piles searches up (issue #9, item 14: a 120 ms pause used
# to come before every search).
DEBOUNCE_MS = 120
SEARCH_LIMIT = 50
SEARCH = "search"  # the runner's channels
CHECK_IN = "check-in"
PROTOCOL = "protocol"
PROTOCOL_INTERVAL_MS = 5_000  # as often as the dashboard

PhotoLoader = Callable[[int], bytes | None]


class CheckInController(QObject):
    banner_changed = Signal(object)  # BannerContent
    search_status = Signal(str)  # the line under the input
    results_shown = Signal(str)  # the query whose answer the results now show
    result_ready = Signal(object)  # CheckInResult, after every check-in attempt
    vip_arrived = Signal(object)  # CheckInResult of someone protocol wants to know about
    focus_results = Signal()
    clear_input = Signal()
    undo_finished = Signal(object)  # PersonSummary, no longer checked in
    undo_refused = Signal(str)  # why, in the desk's language

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QObject | None = None,
        photo_for: PhotoLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.sound = True  # a beep when protocol is told of an arrival
        self.photo_for = photo_for
        self.people = PeopleService(context)
        self.check_ins = CheckInService(context)
        self.day = context.today()  # the working day: today, or the rehearsal's day
        self.rehearsal = self.day != venue_time(context.now(), context.zone).date()
        self.results = PeopleResultsModel(lang, self, day=self.day)
        self.recent = ArrivalsModel(lang, self, day=self.day)
        self.vips = ArrivalsModel(lang, self, day=self.day)
        self.wording = BannerWording(lang, self)
        self.banner: BannerContent = self.wording.ready()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self._query = ""
        self._search_seq = 0  # a scan lists its holder unless the desk has searched since
        self._focus_when_found = False
        self._shown_query = ""
        self.runner = Runner(lang, self)
        self.runner.dedicate(SEARCH, 2)  # never behind a badge batch or a page's polling
        self.runner.serial(CHECK_IN)  # check-ins in the order the desk made them
        check_ins, day = self.check_ins, self.day
        self.protocol = Refresher(
            self.runner,
            PROTOCOL,
            lambda: check_ins.notified_arrivals(day=day, limit=self.vips.limit),
            PROTOCOL_INTERVAL_MS,
            self,
        )
        self.protocol.answered.connect(self._show_protocol)
        self.protocol.request()

    # --- protocol's list ----------------------------------------------------------------------
    def start(self) -> None:
        """The page is shown: keep protocol's list current."""
        self.protocol.resume()

    def stop(self) -> None:
        self.protocol.stop_polling()

    def _show_protocol(self, arrivals: list[NotifiedArrival]) -> None:
        self.vips.set_arrivals([Arrival.from_notified(a) for a in arrivals])

    # --- searching ----------------------------------------------------------------------------
    def query_changed(self, text: str) -> None:
        """The desk typed: search once typing pauses."""
        self._query = text
        self._focus_when_found = False
        if not text.strip():
            self._debounce.stop()
            self.runner.drop(SEARCH)
            self._search_seq += 1
            self._shown_query = ""
            self.results.clear()
            self.search_status.emit("")
            return
        if self.runner.busy(SEARCH):
            self._debounce.start()  # the newest query goes when the one reading answers
        else:
            self.search_now()

    def search_now(self) -> None:
        self._debounce.stop()
        self._focus_when_found = False
        query, day, people = self._query, self.context.today(), self.people
        self._search_seq += 1
        self.runner.run(
            SEARCH,
            lambda: people.find(query, day=day, limit=SEARCH_LIMIT),
            partial(self._found, query),
            self._search_failed,
            discard=lambda _people: self._search_next(),
        )

    def _search_next(self) -> None:
        """A search answered: the query typed meanwhile is searched now."""
        if self._debounce.isActive():
            self.search_now()

    def _search_failed(self, message: str) -> None:
        self.search_status.emit(message)
        self._search_next()

    def _found(self, query: str, people: list[PersonSummary]) -> None:
        """The newest search's answer (the runner drops older ones)."""
        if people != self.results.people():  # a letter more often finds the same people:
            self.results.set_people(people)  # then the list is not laid out and painted again
        self._shown_query = query
        self.search_status.emit(self._count_text(query, len(people)))
        self.results_shown.emit(query)
        if self._focus_when_found and people:
            self.focus_results.emit()
        self._focus_when_found = False
        self._search_next()

    def _count_text(self, query: str, count: int) -> str:
        if count == 0:
            return self.tr(
                "Nobody found for «%1». Try another spelling or the delegation, or scan the badge."
            ).replace("%1", query.strip())
        number = to_persian_digits(count) if self.lang == "fa" else str(count)
        if count >= SEARCH_LIMIT:
            return self.tr("The first %1 are shown: type more to narrow the search.").replace(
                "%1", number
            )
        return self.tr("Found: %1").replace("%1", number)

    # --- Enter, scans and picks ---------------------------------------------------------------
    def entered(self, text: str, burst: str) -> None:
        """Enter in the input: a scan checks in at once; a name moves into the results."""
        if is_badge_code(clean_scan(text)):
            self.scan(text)
        elif burst:
            self.scan(burst)  # a scanner typed it, whatever it is: say what it is not
        elif text.strip():
            if self._shown_query == text and self.results.rowCount():
                self.focus_results.emit()
            else:
                self._query = text
                self.search_now()
                self._focus_when_found = True

    def scan(self, raw: str) -> None:
        self._debounce.stop()
        self.runner.drop(SEARCH)  # whatever was being searched, the scan's answer is shown
        self._search_seq += 1
        self._query = ""
        self.clear_input.emit()
        day = self.context.today()
        self._check_in(
            lambda entry: self.check_ins.scan(raw, day=day, entry_uuid=entry), self._search_seq
        )

    def check_in_person(self, person_id: int) -> None:
        day = self.context.today()
        self._check_in(
            lambda entry: self.check_ins.check_in_person(person_id, day=day, entry_uuid=entry),
            None,
        )

    def _check_in(self, work: Callable[[UUID], CheckInResult], scan_seq: int | None) -> None:
        """Run a check-in; ``scan_seq`` is the search a scan replaced (None for a pick)."""
        photo_for, context = self.photo_for, self.context

        def attempt() -> tuple[CheckInResult, bytes | None]:
            # A desk on a server: the check-in that meets a dropped connection is answered
            # from the local journal, not shown as an error; its entry's UUID is drawn once,
            # so that a scan the server committed as the connection dropped stays one entry.
            result = linked_call_once(context, work)
            person = result.person
            photo = photo_for(person.id) if photo_for and person else None
            return result, photo

        self.runner.run(
            CHECK_IN,
            attempt,
            partial(self._show_result, scan_seq),
            self._show_error,
            stales=(SEARCH,),  # a search still reading may have read before this check-in
        )

    def _show_result(
        self, scan_seq: int | None, answer: tuple[CheckInResult, bytes | None]
    ) -> None:
        result, photo = answer
        self._set_banner(self.wording.describe(result, photo))
        listed = result.person is not None and self.results.update_person(result.person)
        # A scan lists its holder, unless the desk has started a new search since.
        if scan_seq == self._search_seq and not listed:
            self.results.set_people([result.person] if result.person else [])
            self._shown_query = ""
            self.search_status.emit("")
        if result.status == CheckInStatus.CHECKED_IN and result.entry_uuid:
            arrival = Arrival.from_result(result)
            self.recent.add(arrival)
            if result.notify:
                self.vips.add(arrival)  # at once; the journal's list follows
                self.protocol.request()
                if self.sound:
                    QApplication.beep()
                self.vip_arrived.emit(result)
        self.result_ready.emit(result)

    def _show_error(self, message: str) -> None:
        self._set_banner(self.wording.error(message))

    def _set_banner(self, content: BannerContent) -> None:
        self.banner = content
        self.banner_changed.emit(content)

    # --- undo ---------------------------------------------------------------------------------
    def undo(self, arrival: Arrival, supervisor: str, pin: str, reason: str) -> None:
        """Undo ``arrival`` if ``supervisor``'s PIN is right; the reason goes to the journal."""
        reason = " ".join(reason.split())
        problem = refusal(supervisor, pin, reason)
        if problem is None and arrival.undone:
            problem = self.tr("This check-in has already been undone.")
        if problem is not None:
            self.undo_refused.emit(problem)
            return
        self.runner.run(
            CHECK_IN,
            undo_job(
                self.context,
                supervisor,
                pin,
                "action.undo",
                lambda acting, line: CheckInService(acting).undo(arrival.entry_uuid, reason, line),
            ),
            partial(self._undone, arrival, supervisor.strip(), reason),
            self.undo_refused.emit,
            stales=(SEARCH,),
        )

    def _undone(self, arrival: Arrival, supervisor: str, reason: str, person: Any) -> None:
        self.recent.mark_undone(arrival.entry_uuid)
        if self.vips.mark_undone(arrival.entry_uuid):
            self.protocol.request()
        self.results.update_person(person)
        self._set_banner(self.wording.undone(person, supervisor, reason))
        self.undo_finished.emit(person)

    # --- running work -------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.runner.busy() or self._debounce.isActive()

    def wait_until_idle(self, msecs: int = 30_000) -> bool:
        """Run the event loop until every answer is in (closing the page; benchmarks)."""
        return self.runner.wait_idle(msecs)
