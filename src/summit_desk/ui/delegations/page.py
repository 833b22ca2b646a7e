"""The delegations page: every country, delegation and person in protocol order, with who has
arrived on the chosen day and who protocol is still waiting for. It lays the page out;
``DelegationsController`` fills it and keeps it up to date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from summit_desk.services.context import DeskContext
from summit_desk.services.roster import Roster, RosterService
from summit_desk.ui.dashboard.progress_delegate import ProgressDelegate
from summit_desk.ui.delegations.controller import DelegationsController
from summit_desk.ui.delegations.roster_model import (
    ARRIVAL,
    CATEGORY,
    DESK,
    NAME,
    OTHER_NAME,
    TITLE,
    awaited_icon,
)
from summit_desk.ui.formatting import day_label, number

STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: bold; }
QLabel#summary { color: #2b3640; }
QLabel#legend { color: #4a5561; }
QLabel#error { color: #a61b1b; font-weight: bold; }
"""

COLUMN_WIDTHS = {NAME: 260, OTHER_NAME: 230, TITLE: 240, CATEGORY: 190, ARRIVAL: 180, DESK: 80}


class DelegationsPage(QWidget):
    """``refresh()`` asks at once; while shown the page also asks every
    ``refresh_interval_ms``. ``refreshed`` follows every update shown; ``person_selected`` and
    ``person_activated`` (double click or Enter) carry a person's id."""

    refreshed = Signal()
    failed = Signal(str)
    person_selected = Signal(int)
    person_activated = Signal(int)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QWidget | None = None,
        *,
        roster_service: RosterService | None = None,
        refresh_interval_ms: int = 10_000,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addLayout(self._build_filters())
        self.tree = self._build_tree()
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._build_legend())

        self.controller = DelegationsController(
            self, context, lang, roster_service or RosterService(context), refresh_interval_ms
        )
        self.model = self.controller.model
        self.controller.refreshed.connect(self.refreshed)
        self.controller.failed.connect(self.failed)
        self.controller.person_selected.connect(self.person_selected)
        self.controller.person_activated.connect(self.person_activated)
        self.refresh_button.clicked.connect(self.refresh)
        self._size_columns()

    def _build_header(self) -> QHBoxLayout:
        title = QLabel(self.tr("Delegations"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary)
        top.addStretch()
        return top

    def _build_filters(self) -> QHBoxLayout:
        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        day_caption = QLabel(self.tr("Day"))
        day_caption.setBuddy(self.day_box)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, badge ref or delegation"))
        self.search.setMinimumWidth(320)
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.collapse_button = QPushButton(self.tr("Collapse all"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        row = QHBoxLayout()
        row.addWidget(day_caption)
        row.addWidget(self.day_box)
        row.addSpacing(12)
        row.addWidget(self.search, 1)
        row.addSpacing(12)
        row.addWidget(self.expand_button)
        row.addWidget(self.collapse_button)
        row.addWidget(self.refresh_button)
        return row

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.setAllColumnsShowFocus(True)
        tree.setItemDelegateForColumn(ARRIVAL, ProgressDelegate(tree, text_sample=self._sample()))
        return tree

    def _sample(self) -> str:
        return "۰۰۰۰ از ۰۰۰۰" if self.lang == "fa" else "0000 / 0000"

    def _build_legend(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(awaited_icon().pixmap(16, 16))
        text = QLabel(
            self.tr(
                "Awaited: a head of delegation, minister, ambassador or international "
                "organisation's representative who has not arrived on this day."
            )
        )
        text.setObjectName("legend")
        text.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(text, 1)
        return row

    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)

    def refresh(self) -> None:
        """Ask the database again now (in the background); ``refreshed`` follows."""
        self.controller.refresh()

    def show_days(self, days: tuple[date, ...], chosen: date) -> None:
        self.day_box.blockSignals(True)
        shown = [self.day_box.itemData(i) for i in range(self.day_box.count())]
        if shown != [d.isoformat() for d in days]:
            self.day_box.clear()
            for day in days:
                self.day_box.addItem(day_label(day, self.lang), day.isoformat())
        if chosen in days:
            self.day_box.setCurrentIndex(days.index(chosen))
        self.day_box.blockSignals(False)

    def chosen_day(self) -> date | None:
        if self.day_box.currentIndex() < 0:
            return None  # currentData() would be an empty QVariant: see progress_delegate
        day = self.day_box.currentData()
        return date.fromisoformat(day) if isinstance(day, str) else None

    def show_summary(self, roster: Roster, found: int | None = None) -> None:
        """Arrivals of the day, who protocol still waits for, and how many the filter found."""
        self.error.hide()
        awaited = sum(c.awaited for c in roster.countries)
        parts = [
            self.tr("%1 of %2 arrived")
            .replace("%1", number(roster.arrived, self.lang))
            .replace("%2", number(roster.people, self.lang))
        ]
        if awaited:
            parts.append(
                self.tr("%1 awaited by protocol").replace("%1", number(awaited, self.lang))
            )
        if found is not None:
            parts.append(self.tr("%1 found").replace("%1", number(found, self.lang)))
        self.summary.setText(" · ".join(parts))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.stop()
