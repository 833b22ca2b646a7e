"""Fills the delegations page and keeps it current: loads the roster of the chosen day through
the runner (ui/tasks.py), filters it as the officer types, and emits what to show; the page (a
``DayPage``) wires the signals to its widgets and keeps what was expanded and selected."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QObject, QTimer, Signal

from summit_desk.domain.names import search_terms
from summit_desk.services.context import DeskContext
from summit_desk.services.roster import RosterPerson, RosterService
from summit_desk.ui.delegations.roster_model import RosterModel
from summit_desk.ui.delegations.roster_tree import RosterTree, build_tree
from summit_desk.ui.tasks import Refresher, Runner

FILTER_DELAY_MS = 200  # typing a name is one filter, not one per letter
ROSTER = "roster"  # the runner's channel


class DelegationsController(QObject):
    days_changed = Signal(object, object)  # the event's days, the chosen one
    tree_shown = Signal(object, object)  # the RosterTree now in the model, the one before (None)
    summary_changed = Signal(object, object)  # Roster, how many the filter found (None: no filter)
    filter_began = Signal()  # the officer starts filtering: what is open now is worth keeping
    refreshed = Signal()
    failed = Signal(str)
    person_selected = Signal(int)
    person_activated = Signal(int)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        service: RosterService,
        interval_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.day: date | None = None  # None until the service has chosen the default day
        self.query = ""  # the filter as typed
        self.terms: tuple[str, ...] = ()  # and as the desk's search folds it
        self.model = RosterModel(lang, context.zone, self)
        self._typed = ""
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.runner = Runner(lang, self)
        self.refresher = Refresher(self.runner, ROSTER, self._load, interval_ms, self)
        self.refresher.answered.connect(self.show_tree)
        self.refresher.failed.connect(self.failed)
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
        self.day = tree.roster.day
        self.model.set_tree(tree)
        self.tree_shown.emit(tree, previous)
        self.days_changed.emit(tree.roster.days, tree.roster.day)
        self.summary_changed.emit(tree.roster, tree.shown_people if tree.terms else None)
        self.refreshed.emit()

    def choose_day(self, day: date) -> None:
        if day != self.day:
            self.day = day
            self.refresher.request()

    # --- the text filter -------------------------------------------------------------------

    def filter_typed(self, text: str) -> None:
        """The officer typed: filter once typing pauses."""
        self._typed = text
        self.filter_timer.start()

    def apply_filter(self) -> None:
        """Filter the roster already loaded (in the thread pool, like a load)."""
        self.filter_timer.stop()
        query = self._typed
        terms = tuple(search_terms(query))
        self.query = query
        if terms == self.terms:
            return
        if not self.terms:
            self.filter_began.emit()
        self.terms = terms
        shown = self.model.tree
        if shown is None:
            self.refresher.request()  # the first load will filter
            return
        roster = shown.roster
        self.refresher.request(lambda: build_tree(roster, terms))

    # --- people in the tree ----------------------------------------------------------------

    def find(self, key: str) -> QModelIndex:
        return self.model.index_of(key)

    def person_at(self, index: QModelIndex) -> int | None:
        """The id of the person on the view's row ``index``, if it is a person's."""
        node = self.model.node(index)
        item = node.item if node is not None else None
        return item.id if isinstance(item, RosterPerson) else None

    def current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person = self.person_at(current)
        if person is not None:
            self.person_selected.emit(person)

    def activate(self, index: QModelIndex) -> None:
        person = self.person_at(index)
        if person is not None:
            self.person_activated.emit(person)
