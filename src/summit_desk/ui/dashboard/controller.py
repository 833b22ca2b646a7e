"""Keeps the dashboard in step with the database: runs ``StatsService.compute()`` in the thread
pool, chooses the day, and hands the page its figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from summit_desk.services.context import DeskContext
from summit_desk.services.roster import default_day
from summit_desk.services.stats import Stats, StatsService
from summit_desk.ui.dashboard.totals import dashboard_totals
from summit_desk.ui.formatting import clock
from summit_desk.ui.refresher import Refresher

if TYPE_CHECKING:
    from summit_desk.ui.dashboard.page import DashboardPage


class DashboardController(QObject):
    refreshed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        page: DashboardPage,
        context: DeskContext,
        lang: str,
        service: StatsService,
        interval_ms: int,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.lang = lang
        self.stats: Stats | None = None
        self.refresher = Refresher(service.compute, lang, interval_ms, self)
        self.refresher.answered.connect(self.show_stats)
        self.refresher.failed.connect(self.show_failure)
        page.day_box.currentIndexChanged.connect(self.on_day_chosen)
        self.refresher.request()

    def refresh(self) -> None:
        self.refresher.request()

    def start(self) -> None:
        self.refresher.resume()

    def stop(self) -> None:
        self.refresher.stop_polling()

    def show_stats(self, stats: object) -> None:
        assert isinstance(stats, Stats)
        self.stats = stats
        day = self.page.chosen_day()
        if day not in stats.days:
            day = default_day(stats.days, self.context.today())
        self.page.show_days(stats.days, day)
        self.page.countries.set_counts(stats.countries, stats.days)
        self.page.delegations.set_counts(stats.delegations, stats.days)
        self.page.categories.set_counts(stats.categories, stats.days)
        self.page.show_totals(dashboard_totals(stats, day))
        now = clock(self.context.now(), self.lang, self.context.zone, seconds=True)
        self.page.show_updated(now)
        self.refreshed.emit()

    def show_failure(self, message: str) -> None:
        self.page.show_error(message)
        self.failed.emit(message)

    def on_day_chosen(self) -> None:
        if self.stats is not None:
            self.page.show_totals(dashboard_totals(self.stats, self.page.chosen_day()))
