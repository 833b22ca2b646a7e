"""The delegations page: every country, delegation and person in protocol order, with who has
arrived on the chosen day and who protocol is still waiting for. It lays the page out, wires
``DelegationsController``'s signals to its widgets and keeps the officer's place in the tree
(what is open and selected); the day selector, error line and polling come from ``DayPage``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from summit_desk.ui.delegations.controller import DelegationsController
from summit_desk.ui.delegations.roster_model import ARRIVAL, CATEGORY, DESK, NAME, OTHER_NAME, TITLE
from summit_desk.ui.delegations.roster_tree import RosterTree
from summit_desk.ui.delegations.tree_memory import TreeMemory, TreeState
from summit_desk.ui.formatting import number
from summit_desk.ui.widgets.day_page import ERROR_STYLE, DayPage
from summit_desk.ui.widgets.icons import awaited_icon
from summit_desk.ui.widgets.progress_delegate import ProgressDelegate

STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: bold; }
QLabel#summary { color: #2b3640; }
QLabel#legend { color: #4a5561; }
"""

OPEN_MATCHES_UP_TO = 2_000  # more found people than this: open the countries only
COLUMN_WIDTHS = {NAME: 260, OTHER_NAME: 230, TITLE: 240, CATEGORY: 190, ARRIVAL: 180, DESK: 80}


class DelegationsPage(DayPage):
    """``refresh()`` asks at once; while shown the page also asks every
    ``refresh_interval_ms``. ``refreshed`` follows every update shown; ``person_selected`` and
    ``person_activated`` (double click or Enter) carry a person's id."""

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
        super().__init__(lang, parent)
        self.setStyleSheet(STYLE + ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self.error)
        layout.addLayout(self._build_filters())
        self.tree = self._build_tree()
        layout.addWidget(self.tree, 1)
        layout.addLayout(self._build_legend())

        self.controller = DelegationsController(
            context, lang, roster_service or RosterService(context), refresh_interval_ms, self
        )
        self.model = self.controller.model
        self.tree.setModel(self.model)
        self.memory = TreeMemory(self.tree)
        self._kept: TreeState | None = None  # across a reset of the model
        self._before_filter: TreeState | None = None  # what was open before the officer typed
        self._connect()
        self._size_columns()

    def _connect(self) -> None:
        c = self.controller
        self.connect_controller(c)
        c.tree_shown.connect(self._tree_shown)
        c.summary_changed.connect(self.show_summary)
        c.filter_began.connect(self._keep_before_filter)
        c.person_selected.connect(self.person_selected)
        c.person_activated.connect(self.person_activated)
        self.model.modelAboutToBeReset.connect(self._keep_state)
        self.model.modelReset.connect(self._restore_state)
        self.search.textChanged.connect(c.filter_typed)
        self.search.returnPressed.connect(c.apply_filter)
        self.expand_button.clicked.connect(self.memory.expand_groups)
        self.collapse_button.clicked.connect(self.tree.collapseAll)
        self.tree.selectionModel().currentRowChanged.connect(c.current_changed)
        self.tree.activated.connect(c.activate)

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
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by name, badge ref or delegation"))
        self.search.setMinimumWidth(320)
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.collapse_button = QPushButton(self.tr("Collapse all"))
        row = QHBoxLayout()
        row.addWidget(self.day_caption)
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
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # never clipped without "…"
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, max(width, header.sectionSizeFromContents(column).width()))
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)

    # --- keeping the officer's place -------------------------------------------------------

    def _tree_shown(self, tree: RosterTree, previous: RosterTree | None) -> None:
        """Countries open at first; what a new filter found open; what was open before the
        filter back when it is cleared."""
        first = previous is None
        filter_changed = previous is not None and tree.terms != previous.terms
        if first:
            self.memory.expand_countries()
        if tree.terms and (first or filter_changed):
            self._open_matches(tree)
        elif filter_changed and self._before_filter is not None:
            self.memory.restore(self._before_filter, self.controller.find)
            self._before_filter = None

    def _open_matches(self, tree: RosterTree) -> None:
        """Show what was found: every delegation open, unless that is most of the summit."""
        if tree.shown_people <= OPEN_MATCHES_UP_TO:
            self.memory.expand_groups()
        else:
            self.memory.expand_countries()

    def _keep_before_filter(self) -> None:
        self._before_filter = self.memory.save()

    def _keep_state(self) -> None:
        self._kept = self.memory.save() if self.model.tree is not None else None

    def _restore_state(self) -> None:
        if self._kept is not None:
            self.memory.restore(self._kept, self.controller.find)
        self._kept = None

    def show_summary(self, roster: Roster, found: int | None = None) -> None:
        """Arrivals of the day, who protocol still waits for, and how many the filter found."""
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
