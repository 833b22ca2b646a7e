"""Fills the delegations page and keeps it current: loads the roster of the chosen day in the
thread pool, filters it as the officer types, and keeps what was expanded and selected."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from summit_desk.domain.names import search_terms
from summit_desk.services.context import DeskContext
from summit_desk.services.roster import RosterPerson, RosterService
from summit_desk.ui.delegations.roster_model import (
    RosterModel,
    RosterTree,
    build_tree,
)
from summit_desk.ui.delegations.tree_memory import TreeMemory, TreeState
from summit_desk.ui.refresher import Refresher

if TYPE_CHECKING:
    from summit_desk.ui.delegations.page import DelegationsPage

FILTER_DELAY_MS = 200  # typing a name is one filter, not one per letter
OPEN_MATCHES_UP_TO = 2_000  # more found people than this: open the countries only


class DelegationsController(QObject):
    refreshed = Signal()
    failed = Signal(str)
    person_selected = Signal(int)
    person_activated = Signal(int)

    def __init__(
        self,
        page: DelegationsPage,
        context: DeskContext,
        lang: str,
        service: RosterService,
        interval_ms: int,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.service = service
        self.day: date | None = None  # None until the service has chosen the default day
        self.query = ""  # the filter as typed
        self.terms: tuple[str, ...] = ()  # and as the desk's search folds it
        self.model = RosterModel(lang, context.zone, self)
        page.tree.setModel(self.model)
        self.memory = TreeMemory(page.tree)
        self._kept: TreeState | None = None  # across a reset of the model
        self._before_filter: TreeState | None = None  # what was open before the officer typed
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)

        self.refresher = Refresher(self._load, lang, interval_ms, self)
        self.refresher.answered.connect(self.show_tree)
        self.refresher.failed.connect(self.show_failure)
        self.model.modelAboutToBeReset.connect(self._keep_state)
        self.model.modelReset.connect(self._restore_state)
        page.day_box.currentIndexChanged.connect(self.on_day_chosen)
        page.search.textChanged.connect(self.filter_timer.start)
        page.search.returnPressed.connect(self.apply_filter)
        page.expand_button.clicked.connect(self.memory.expand_groups)
        page.collapse_button.clicked.connect(page.tree.collapseAll)
        page.tree.selectionModel().currentRowChanged.connect(self._on_current)
        page.tree.activated.connect(self._on_activated)
        self.refresher.request()

    # --- loading ---------------------------------------------------------------------------

    def _load(self) -> RosterTree:
        """Runs in the thread pool: the query and the tree's nodes, nothing of Qt."""
        day, terms = self.day, self.terms
        return build_tree(self.service.roster(day), terms)

    def refresh(self) -> None:
        self.refresher.request()

    def start(self) -> None:
        self.refresher.resume()

    def stop(self) -> None:
        self.refresher.stop_polling()

    def show_tree(self, tree: object) -> None:
        assert isinstance(tree, RosterTree)
        previous = self.model.tree
        first = previous is None
        filter_changed = previous is not None and tree.terms != previous.terms
        self.day = tree.roster.day
        self.model.set_tree(tree)
        if first:
            self.memory.expand_countries()
        if tree.terms and (first or filter_changed):
            self._open_matches(tree)
        elif filter_changed and self._before_filter is not None:
            self.memory.restore(self._before_filter, self.find)
            self._before_filter = None
        self.page.show_days(tree.roster.days, tree.roster.day)
        self.page.show_summary(tree.roster, tree.shown_people if tree.terms else None)
        self.refreshed.emit()

    def show_failure(self, message: str) -> None:
        self.page.show_error(message)
        self.failed.emit(message)

    def on_day_chosen(self) -> None:
        day = self.page.chosen_day()
        if day is not None and day != self.day:
            self.day = day
            self.refresher.request()

    # --- the text filter -------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Filter the roster already loaded (in the thread pool, like a load)."""
        self.filter_timer.stop()
        query = self.page.search.text()
        terms = tuple(search_terms(query))
        self.query = query
        if terms == self.terms:
            return
        if not self.terms:
            self._before_filter = self.memory.save()
        self.terms = terms
        shown = self.model.tree
        if shown is None:
            self.refresher.request()  # the first load will filter
            return
        roster = shown.roster
        self.refresher.request(lambda: build_tree(roster, terms))

    def _open_matches(self, tree: RosterTree) -> None:
        """Show what was found: every delegation open, unless that is most of the summit."""
        if tree.shown_people <= OPEN_MATCHES_UP_TO:
            self.memory.expand_groups()
        else:
            self.memory.expand_countries()

    # --- keeping the officer's place -------------------------------------------------------

    def find(self, key: str) -> QModelIndex:
        return self.model.index_of(key)

    def _keep_state(self) -> None:
        self._kept = self.memory.save() if self.model.tree is not None else None

    def _restore_state(self) -> None:
        if self._kept is not None:
            self.memory.restore(self._kept, self.find)
        self._kept = None

    def person_at(self, index: QModelIndex) -> int | None:
        """The id of the person on the view's row ``index``, if it is a person's."""
        node = self.model.node(index)
        item = node.item if node is not None else None
        return item.id if isinstance(item, RosterPerson) else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person = self.person_at(current)
        if person is not None:
            self.person_selected.emit(person)

    def _on_activated(self, index: QModelIndex) -> None:
        person = self.person_at(index)
        if person is not None:
            self.person_activated.emit(person)
