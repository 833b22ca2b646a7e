"""Keeps the dashboard in step with the database: runs ``StatsService.compute()`` through the
runner (ui/tasks.py), on request and every few seconds while the page is shown, keeps the chosen
day, and emits the figures; the page (a ``DayPage``) wires them to its widgets. The panels'
counts (entered / invited at each door, ``DoorService.counts``) are read in the same job, so
the line of panels and the tiles always show one moment; so are the double admissions that a
merge of journals found (people admitted at two desks while they were apart)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from summit_desk.services.context import DeskContext
from summit_desk.services.door import DoorService, SessionAttendance
from summit_desk.services.journal import DoubleAdmission, JournalService
from summit_desk.services.roster import default_day
from summit_desk.services.stats import Stats, StatsService
from summit_desk.ui.dashboard.totals import dashboard_totals
from summit_desk.ui.formatting import clock
from summit_desk.ui.tasks import Refresher, Runner

STATS = "stats"  # the runner's channel


class DashboardController(QObject):
    days_changed = Signal(object, object)  # the event's days, the chosen one
    counts_changed = Signal(object)  # Stats: the tables' rows
    totals_changed = Signal(object)  # DashboardTotals of the chosen day
    panels_changed = Signal(object)  # list[SessionAttendance] of the chosen day's panels
    double_admissions_changed = Signal(object)  # list[DoubleAdmission], for protocol
    updated = Signal(str)  # the time of the figures shown, as the desk reads it
    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        service: StatsService,
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.stats: Stats | None = None
        self.panels: list[SessionAttendance] = []
        self.day: date | None = None  # None until the first figures choose the default
        self.runner = Runner(lang, self)
        door, journal = DoorService(context), JournalService(context)
        self.refresher = Refresher(
            self.runner,
            STATS,
            lambda: (service.compute(), door.counts(), journal.double_admissions()),
            interval_ms,
            self,
        )
        self.refresher.answered.connect(self._answered)
        self.refresher.failed.connect(self.failed)
        self.refresher.request()

    def refresh(self) -> None:
        self.refresher.request()

    def start(self) -> None:
        self.refresher.resume()

    def stop(self) -> None:
        self.refresher.stop_polling()

    def _answered(
        self, answer: tuple[Stats, list[SessionAttendance], list[DoubleAdmission]]
    ) -> None:
        stats, self.panels, doubles = answer
        self.show_stats(stats)
        self.double_admissions_changed.emit(doubles)

    def show_stats(self, stats: object) -> None:
        assert isinstance(stats, Stats)
        self.stats = stats
        if self.day not in stats.days:
            self.day = default_day(stats.days, self.context.today())
        self.days_changed.emit(stats.days, self.day)
        self.counts_changed.emit(stats)
        self.totals_changed.emit(dashboard_totals(stats, self.day))
        self.panels_changed.emit(self._panels_of(self.day))
        self.updated.emit(clock(self.context.now(), self.lang, self.context.zone, seconds=True))
        self.refreshed.emit()

    def choose_day(self, day: date) -> None:
        self.day = day
        if self.stats is not None:
            self.totals_changed.emit(dashboard_totals(self.stats, day))
            self.panels_changed.emit(self._panels_of(day))

    def _panels_of(self, day: date | None) -> list[SessionAttendance]:
        return [p for p in self.panels if p.session.day == day]
