"""The Qt model of countries → delegations → people, with each person's arrival on one day.

``build_tree`` (roster_tree.py) turns a ``Roster`` into the nodes in plain Python in the thread
pool; ``RosterModel.set_tree`` then only swaps them in. A refresh that brings the same people in
the same places changes data in place (the view keeps what is expanded, selected and scrolled);
anything else resets the model.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from summit_desk.services.roster import RosterCountry, RosterDelegation, RosterPerson
from summit_desk.ui.delegations.roster_tree import Node, NodeKind, RosterTree
from summit_desk.ui.formatting import clock, day_label, number
from summit_desk.ui.widgets.icons import ARRIVED, AWAITED, arrived_icon, awaited_icon
from summit_desk.ui.widgets.progress_delegate import ArrivedRole, RegisteredRole

_Index = QModelIndex | QPersistentModelIndex

KeyRole = Qt.ItemDataRole.UserRole + 1  # "c:IR", "d:GIL", "p:42": stable across refreshes
SearchRole = Qt.ItemDataRole.UserRole + 2  # folded names, as the filter matched them
KindRole = Qt.ItemDataRole.UserRole + 3
AwaitedRole = Qt.ItemDataRole.UserRole + 4  # protocol waits for this person (or group's count)
PersonIdRole = Qt.ItemDataRole.UserRole + 5  # -1 on countries and delegations

NAME, OTHER_NAME, TITLE, CATEGORY, ARRIVAL, DESK = range(6)
COLUMNS = 6

MUTED = QColor("#7a8590")
COUNTRY_BACKGROUND = QColor("#eef2f7")


def _joined(*parts: str, exclude: str = "") -> str:
    seen: list[str] = []
    for part in parts:
        if part and part != exclude and part not in seen:
            seen.append(part)
    return " · ".join(seen)


class RosterModel(QAbstractItemModel):
    def __init__(self, lang: str, zone: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.zone = zone
        self._tree: RosterTree | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    # --- the data --------------------------------------------------------------------------

    @property
    def tree(self) -> RosterTree | None:
        return self._tree

    def set_tree(self, tree: RosterTree) -> None:
        old = self._tree
        if old is not None and old.shape == tree.shape:
            self._tree = tree
            self._announce_changes(tree)
            if old.roster.day != tree.roster.day:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, ARRIVAL, ARRIVAL)
            return
        self.beginResetModel()
        self._tree = tree
        self.endResetModel()

    def _announce_changes(self, tree: RosterTree) -> None:
        """Same places, new states: one dataChanged per parent, over all its children."""
        last = COLUMNS - 1
        if tree.top:
            self.dataChanged.emit(self.index(0, 0), self.index(len(tree.top) - 1, last))
        for node in tree.nodes:
            if node.children:
                first = self.createIndex(0, 0, node.children[0])
                end = self.createIndex(len(node.children) - 1, last, node.children[-1])
                self.dataChanged.emit(first, end)

    def index_of(self, key: str) -> QModelIndex:
        if self._tree is None or key not in self._tree.by_key:
            return QModelIndex()
        node_id = self._tree.by_key[key]
        return self.createIndex(self._tree.nodes[node_id].row, 0, node_id)

    def node(self, index: _Index) -> Node | None:
        if self._tree is None or not index.isValid():
            return None
        return self._tree.nodes[index.internalId()]

    # --- the structure ---------------------------------------------------------------------

    def _children(self, parent: _Index) -> tuple[int, ...]:
        if self._tree is None:
            return ()
        if not parent.isValid():
            return self._tree.top
        if parent.column() != 0:
            return ()
        return self._tree.nodes[parent.internalId()].children

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self._children(parent)  # not hasIndex(): a filter calls this 50,000 times
        if not (0 <= row < len(children) and 0 <= column < COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: _Index | None = None) -> QModelIndex:  # type: ignore[override]
        if index is None:
            return super().parent()  # type: ignore[return-value]
        node = self.node(index)
        if node is None or node.parent < 0 or self._tree is None:
            return QModelIndex()
        return self.createIndex(self._tree.nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._children(parent))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return bool(self._children(parent))

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = self.node(index)
        if node is not None and node.kind == NodeKind.PERSON:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        day = day_label(self._tree.roster.day, self.lang) if self._tree else ""
        titles = {
            NAME: self.tr("Name"),
            OTHER_NAME: self.tr("Latin name") if self.lang == "fa" else self.tr("Persian name"),
            TITLE: self.tr("Title"),
            CATEGORY: self.tr("Category"),
            ARRIVAL: self.tr("Arrived %1").replace("%1", day),
            DESK: self.tr("Desk"),
        }
        return titles.get(section)

    # --- what each cell shows --------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self.node(index)
        if node is None:
            return None
        if role == KeyRole:
            return node.key
        if role == KindRole:
            return int(node.kind)
        if role in (ArrivedRole, RegisteredRole) and index.column() != ARRIVAL:
            return -1  # no bar; never None, see progress_delegate
        if isinstance(node.item, RosterPerson):
            return self._person(node.item, index.column(), role)
        return self._group(node, index.column(), role)

    def _group(self, node: Node, column: int, role: int) -> object:
        item = node.item
        assert isinstance(item, RosterCountry | RosterDelegation)
        people = item.people if isinstance(item, RosterCountry) else len(item.people)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return self._group_name(item)
            if column == OTHER_NAME:
                primary = self._group_name(item)
                other = item.name_en if self.lang == "fa" else item.name_fa
                return _joined(other, item.name_native, exclude=primary)
            if column == ARRIVAL:
                return (
                    self.tr("%1 / %2")
                    .replace("%1", number(item.arrived, self.lang))
                    .replace("%2", number(people, self.lang))
                )
            return None
        if role == ArrivedRole and column == ARRIVAL:
            return item.arrived
        if role == RegisteredRole and column == ARRIVAL:
            return people
        if role == SearchRole:
            return item.search_key
        if role == AwaitedRole:
            return item.awaited
        if role == PersonIdRole:
            return -1
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and item.awaited:
            return awaited_icon()
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and item.awaited:
            return self.tr("%1 awaited by protocol").replace("%1", number(item.awaited, self.lang))
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == NodeKind.COUNTRY:
            return COUNTRY_BACKGROUND
        return None

    def _group_name(self, item: RosterCountry | RosterDelegation) -> str:
        name = item.name_fa if self.lang == "fa" else item.name_en
        if name:
            return name
        if isinstance(item, RosterCountry) and not item.code:
            return self.tr("International")
        return item.name_en or item.name_fa or item.code

    def _person(self, person: RosterPerson, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._person_text(person, column)
        if role == Qt.ItemDataRole.FontRole and person.awaited:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if person.awaited:
                return AWAITED
            if column == ARRIVAL:
                return ARRIVED if person.arrived else MUTED
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == ARRIVAL:
                if person.awaited:
                    return awaited_icon()
                return arrived_icon() if person.arrived else None
            if column == CATEGORY and self._tree is not None:
                category = self._tree.roster.categories.get(person.category)
                return QColor(category.colour) if category else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._person_tip(person, column)
        if role == SearchRole:
            return person.search_key
        if role == AwaitedRole:
            return int(person.awaited)
        if role == PersonIdRole:
            return person.id
        if role in (ArrivedRole, RegisteredRole):
            return -1
        return None

    def _person_text(self, person: RosterPerson, column: int) -> str | None:
        fa = self.lang == "fa"
        if column == NAME:
            if fa:
                return person.name.display_name
            return person.name.name_latin or person.name.name_fa or person.name.name_native
        if column == OTHER_NAME:
            primary = self._person_text(person, NAME) or ""
            other = person.name.name_latin if fa else person.name.name_fa
            return _joined(other, person.name.name_native, exclude=primary)
        if column == TITLE:
            return (
                (person.name.title_fa or person.name.title_en)
                if fa
                else (person.name.title_en or person.name.title_fa)
            )
        if column == CATEGORY:
            category = self._tree.roster.categories.get(person.category) if self._tree else None
            if category is None:
                return person.category
            return category.name_fa if fa else category.name_en
        if column == ARRIVAL:
            if person.arrived_at is not None:
                return clock(person.arrived_at, self.lang, self.zone)
            return self.tr("Awaited") if person.awaited else "—"
        if column == DESK:
            return person.arrived_desk or ""
        return None

    def _person_tip(self, person: RosterPerson, column: int) -> str | None:
        if column != ARRIVAL and not (column == NAME and person.awaited):
            return None
        day = day_label(self._tree.roster.day, self.lang) if self._tree else ""
        if person.arrived_at is not None:
            return (
                self.tr("Arrived at %1 at desk %2")
                .replace("%1", clock(person.arrived_at, self.lang, self.zone))
                .replace("%2", person.arrived_desk or "—")
            )
        if person.awaited:
            return self.tr("Not arrived on %1: protocol is waiting for this guest").replace(
                "%1", day
            )
        return self.tr("Not arrived on %1").replace("%1", day)
