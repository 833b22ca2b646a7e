"""What the protocol officer had open in the tree, kept across a reset of its model.

Keys (``KeyRole``) name the rows, so a refresh that adds a person or a filter that comes and goes
gives back the same expanded delegations, the same selected people and the same scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTreeView

from summit_desk.ui.delegations.roster_model import KeyRole


@dataclass
class TreeState:
    expanded: set[str] = field(default_factory=set)
    selected: list[str] = field(default_factory=list)
    current: str | None = None
    scroll: int = 0


class TreeMemory:
    def __init__(self, view: QTreeView) -> None:
        self.view = view

    def _groups(self) -> list[QModelIndex]:
        """Countries and delegations: the rows that can be expanded."""
        model = self.view.model()
        groups: list[QModelIndex] = []
        for row in range(model.rowCount()):
            country = model.index(row, 0)
            groups.append(country)
            groups.extend(model.index(r, 0, country) for r in range(model.rowCount(country)))
        return groups

    def save(self) -> TreeState:
        selection = self.view.selectionModel()
        current = selection.currentIndex() if selection else QModelIndex()
        return TreeState(
            expanded={str(i.data(KeyRole)) for i in self._groups() if self.view.isExpanded(i)},
            selected=[str(i.data(KeyRole)) for i in selection.selectedRows()] if selection else [],
            current=str(current.data(KeyRole)) if current.isValid() else None,
            scroll=self.view.verticalScrollBar().value(),
        )

    def restore(self, state: TreeState, find: Callable[[str], QModelIndex]) -> None:
        """``find(key)`` gives the view's index of a key, or an invalid index when it is gone."""
        for index in self._groups():
            self.view.setExpanded(index, str(index.data(KeyRole)) in state.expanded)
        selection = self.view.selectionModel()
        if selection is None:
            return
        chosen = QItemSelection()
        for key in state.selected:
            index = find(key)
            if index.isValid():
                chosen.select(index, index)
        flags = QItemSelectionModel.SelectionFlag
        selection.select(chosen, flags.ClearAndSelect | flags.Rows)
        if state.current:
            current = find(state.current)
            if current.isValid():
                selection.setCurrentIndex(current, flags.NoUpdate)
        self.view.verticalScrollBar().setValue(state.scroll)

    def expand_countries(self) -> None:
        model = self.view.model()
        for row in range(model.rowCount()):
            self.view.expand(model.index(row, 0))

    def expand_groups(self) -> None:
        """Every country and delegation open: what QTreeView.expandAll() shows, without
        visiting each of 50,000 people to learn that they have no children."""
        for index in self._groups():
            self.view.expand(index)
