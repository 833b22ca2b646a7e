"""The dashboard: arrivals per country, delegation, category and day, with the figures protocol
asks for first at the top. It lays the page out and wires ``DashboardController``'s signals to
its widgets; the day selector, error line and polling come from ``DayPage``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from summit_desk.services.context import DeskContext
from summit_desk.services.door import SessionAttendance
from summit_desk.services.journal import DoubleAdmission
from summit_desk.services.stats import Stats, StatsService
from summit_desk.ui.dashboard.controller import DashboardController
from summit_desk.ui.dashboard.counts_model import FIXED_COLUMNS, NAME, ArrivalCountsModel
from summit_desk.ui.dashboard.totals import DashboardTotals, Share
from summit_desk.ui.formatting import clock, day_label, number, percent
from summit_desk.ui.widgets.day_page import ERROR_STYLE, DayPage
from summit_desk.ui.widgets.progress_delegate import ProgressDelegate

DAY_COLUMN_WIDTH = 150
ROW_HEIGHT = 30

STYLE = """
QFrame#tile { background: palette(base); border: 1px solid #d5dae0; border-radius: 8px; }
QLabel#tileTitle { color: #4a5561; }
QLabel#tileValue { font-size: 20pt; font-weight: bold; }
QLabel#tileCaption { color: #4a5561; }
QLabel#pageTitle { font-size: 16pt; font-weight: bold; }
QLabel#sectionTitle { font-weight: bold; color: #2b3640; }
QLabel#panels { color: #2b3640; font-size: 11pt; }
QLabel#doubles { color: #B00020; }
QProgressBar { border: none; background: #e2e6ea; border-radius: 3px; max-height: 6px; }
"""


class Tile(QFrame):
    """One figure: a title, «۸ از ۱۴», a bar and the percentage."""

    def __init__(self, title: str, lang: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("tile")
        self.title = QLabel(title)
        self.title.setObjectName("tileTitle")
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        self.caption = QLabel()
        self.caption.setObjectName("tileCaption")
        # Long words (another language, the pseudo-locale) wrap rather than widen the window.
        for label in (self.title, self.value, self.caption):
            label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setStyleSheet(
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.bar)
        layout.addWidget(self.caption)

    def show_share(self, share: Share, caption: str) -> None:
        self.value.setText(
            self.tr("%1 of %2")
            .replace("%1", number(share.part, self.lang))
            .replace("%2", number(share.whole, self.lang))
        )
        self.bar.setRange(0, max(share.whole, 1))
        self.bar.setValue(min(share.part, share.whole))
        self.caption.setText(caption.replace("%1", percent(share.part, share.whole, self.lang)))


def _table(model: ArrivalCountsModel, delegate: ProgressDelegate) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setItemDelegate(delegate)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # never clipped without "…"
    header.setMinimumSectionSize(60)
    model.modelReset.connect(lambda: _size_columns(table))
    return table


def _size_columns(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    for column in range(FIXED_COLUMNS, table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # As wide as the day's heading («Arrived 2025-11-18»), whatever its language.
        heading = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(DAY_COLUMN_WIDTH, heading))


def _fit_rows(table: QTableView) -> None:
    """A short table (the five countries) takes the height of its rows and no more."""
    header = table.horizontalHeader().sizeHint().height()
    table.setMaximumHeight(header + ROW_HEIGHT * table.model().rowCount() + 2 * table.frameWidth())


class DashboardPage(DayPage):
    """``refresh()`` asks at once; the page also asks every ``refresh_interval_ms`` while it is
    shown, so that other desks' arrivals appear. ``refreshed`` follows every update shown."""

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QWidget | None = None,
        *,
        stats_service: StatsService | None = None,
        refresh_interval_ms: int = 5_000,
    ) -> None:
        super().__init__(lang, parent)
        self.setStyleSheet(STYLE + ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.error)
        layout.addLayout(self._build_tiles())
        self.panels = QLabel()
        self.panels.setObjectName("panels")
        self.panels.setWordWrap(True)
        layout.addWidget(self.panels)
        self.doubles = QLabel()  # people admitted at two desks while apart: for protocol
        self.doubles.setObjectName("doubles")
        self.doubles.setWordWrap(True)
        self.doubles.hide()
        layout.addWidget(self.doubles)
        layout.addSpacing(6)
        layout.addLayout(self._build_tables(), 1)

        self.zone = context.zone
        self.controller = DashboardController(
            context, lang, stats_service or StatsService(context), refresh_interval_ms, self
        )
        self.connect_controller(self.controller)
        self.controller.counts_changed.connect(self.show_counts)
        self.controller.totals_changed.connect(self.show_totals)
        self.controller.panels_changed.connect(self.show_panels)
        self.controller.double_admissions_changed.connect(self.show_double_admissions)
        self.controller.updated.connect(self.show_updated)

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Arrivals"))
        title.setObjectName("pageTitle")
        self.updated = QLabel()
        self.updated.setObjectName("tileCaption")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(self.updated)
        top.addSpacing(12)
        top.addWidget(self.day_caption)
        top.addWidget(self.day_box)
        top.addWidget(self.refresh_button)
        return top

    def _build_tiles(self) -> QHBoxLayout:
        self.arrived_tile = Tile(self.tr("Arrived"), self.lang, "#2f6db5")
        self.heads_tile = Tile(self.tr("Heads of delegation"), self.lang, "#8e1b1b")
        self.protocol_tile = Tile(self.tr("Protocol guests"), self.lang, "#5b2a86")
        self.delegations_tile = Tile(self.tr("Delegations complete"), self.lang, "#2e7d32")
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in (self.arrived_tile, self.heads_tile, self.protocol_tile, self.delegations_tile):
            tiles.addWidget(tile, 1)
        return tiles

    def _build_tables(self) -> QGridLayout:
        self.countries = ArrivalCountsModel(self.lang, self.tr("Country"), self)
        self.delegations = ArrivalCountsModel(self.lang, self.tr("Delegation"), self)
        self.categories = ArrivalCountsModel(self.lang, self.tr("Category"), self)
        sample = "۰۰۰۰ از ۰۰۰۰" if self.lang == "fa" else "0000 / 0000"
        self.progress = ProgressDelegate(self, text_sample=sample)
        self.countries_table = _table(self.countries, self.progress)
        self.countries.modelReset.connect(lambda: _fit_rows(self.countries_table))
        self.delegations_table = _table(self.delegations, self.progress)
        self.categories_table = _table(self.categories, self.progress)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self._section(self.tr("By country")), 0, 0)
        grid.addWidget(self.countries_table, 1, 0)
        grid.addWidget(self._section(self.tr("By category")), 2, 0)
        grid.addWidget(self.categories_table, 3, 0)
        grid.addWidget(self._section(self.tr("By delegation")), 0, 1)
        grid.addWidget(self.delegations_table, 1, 1, 3, 1)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        grid.setRowStretch(3, 1)
        return grid

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        return label

    def show_counts(self, stats: Stats) -> None:
        self.countries.set_counts(stats.countries, stats.days)
        self.delegations.set_counts(stats.delegations, stats.days)
        self.categories.set_counts(stats.categories, stats.days)

    def show_totals(self, totals: DashboardTotals) -> None:
        day = day_label(totals.day, self.lang) if totals.day else ""
        self.arrived_tile.title.setText(self.tr("Arrived on %1").replace("%1", day))
        self.arrived_tile.show_share(totals.arrived, self.tr("%1 of everyone registered"))
        self.heads_tile.show_share(totals.heads, self.tr("%1 of the governors and heads"))
        self.protocol_tile.show_share(
            totals.protocol, self.tr("%1 · heads, ministers, ambassadors, organisations")
        )
        self.delegations_tile.show_share(totals.delegations, self.tr("%1 · every member arrived"))

    def show_panels(self, panels: list[SessionAttendance]) -> None:
        """One line: each of the day's panels, entered of invited at its door."""
        if not panels:
            self.panels.setText(self.tr("No panels on this day."))
            return
        parts = []
        for p in panels:
            name = p.session.name_fa if self.lang == "fa" else p.session.name_en
            entered = number(p.entered, self.lang)
            count = (
                self.tr("%1 entered").replace("%1", entered)
                if p.invited is None
                else self.tr("%1 of %2").replace("%1", entered)
                .replace("%2", number(p.invited, self.lang))
            )  # fmt: skip
            parts.append(f"{name}: {count}")
        self.panels.setText(self.tr("Panels: %1").replace("%1", "  ·  ".join(parts)))

    def show_double_admissions(self, doubles: list[DoubleAdmission]) -> None:
        """One line each: who, the admission kept (desk, time) and the later one."""
        self.doubles.setVisible(bool(doubles))
        lines = [self.tr("Admitted twice while the desks were apart:")]
        for d in doubles:
            names = d.person.name
            name = names.name_fa if self.lang == "fa" else names.name_latin or names.name_fa
            lines.append(
                self.tr("%1: first at %3, %2; again at %5, %4")
                .replace("%1", f"{name} ({d.person.ref})")
                .replace("%2", clock(d.kept_at, self.lang, self.zone))
                .replace("%3", d.kept_desk)
                .replace("%4", clock(d.later_at, self.lang, self.zone))
                .replace("%5", d.later_desk)
            )
        self.doubles.setText("\n".join(lines))

    def show_updated(self, clock_text: str) -> None:
        self.updated.setText(self.tr("Updated %1").replace("%1", clock_text))
