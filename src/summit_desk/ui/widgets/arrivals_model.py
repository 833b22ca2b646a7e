"""Arrivals newest first: the recent list of this desk (for a supervisor's undo) and the
protocol's list of the day's VIP arrivals at every desk."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from summit_desk.domain.persian import utc_now
from summit_desk.domain.values import CheckInResult, PersonSummary
from summit_desk.services.checkin import NotifiedArrival
from summit_desk.ui.formatting import category_colour, category_name, desk_label, moment_on

_Index = QModelIndex | QPersistentModelIndex

ARRIVAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Arrival


@dataclass(frozen=True, slots=True)
class Arrival:
    """One arrival: the journal entry a supervisor may undo."""

    entry_uuid: str
    person: PersonSummary
    at: datetime
    desk: str
    notify: bool
    undone: bool = False

    @classmethod
    def from_result(cls, result: CheckInResult) -> Arrival:
        assert result.person is not None and result.entry_uuid is not None
        return cls(
            entry_uuid=result.entry_uuid,
            person=result.person,
            at=result.at or utc_now(),
            desk=result.desk or "",
            notify=result.notify,
        )

    @classmethod
    def from_notified(cls, arrival: NotifiedArrival) -> Arrival:
        return cls(arrival.entry_uuid, arrival.person, arrival.at, arrival.desk, notify=True)


class ArrivalsModel(QAbstractListModel):
    """A list of arrivals, newest on top, at most ``limit`` long."""

    def __init__(
        self, lang: str, parent: QObject | None = None, limit: int = 200, day: date | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.limit = limit
        self.day = day  # the working day: an arrival recorded on another date shows its date
        self._arrivals: list[Arrival] = []

    def set_arrivals(self, arrivals: Sequence[Arrival]) -> None:
        """Show these arrivals (newest first) as read from the journal again: the day's VIP
        arrivals at every desk, a door's latest entries."""
        wanted = list(arrivals[: self.limit])
        if wanted == self._arrivals:
            return  # a poll that found nothing new keeps the selection and the scrolling
        self.beginResetModel()
        self._arrivals = wanted
        self.endResetModel()

    def add(self, arrival: Arrival) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._arrivals.insert(0, arrival)
        self.endInsertRows()
        if len(self._arrivals) > self.limit:
            last = len(self._arrivals) - 1
            self.beginRemoveRows(QModelIndex(), self.limit, last)
            del self._arrivals[self.limit :]
            self.endRemoveRows()

    def mark_undone(self, entry_uuid: str) -> bool:
        for row, arrival in enumerate(self._arrivals):
            if arrival.entry_uuid == entry_uuid:
                self._arrivals[row] = replace(arrival, undone=True)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                return True
        return False

    def arrival(self, row: int) -> Arrival | None:
        return self._arrivals[row] if 0 <= row < len(self._arrivals) else None

    def latest_undoable(self) -> Arrival | None:
        return next((a for a in self._arrivals if not a.undone), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._arrivals)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._arrivals):
            return None
        arrival = self._arrivals[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(arrival)
        if role == Qt.ItemDataRole.DecorationRole:
            return category_colour(arrival.person.category)
        if role == Qt.ItemDataRole.FontRole and arrival.undone:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return category_name(arrival.person.category, self.lang)
        if role == ARRIVAL_ROLE:
            return arrival
        return None

    def _describe(self, arrival: Arrival) -> str:
        person = arrival.person
        fa = self.lang == "fa"
        both = (person.name.name_fa, person.name.name_latin)
        names = both if fa else both[::-1]
        name = names[0] or names[1] or person.name.name_native
        delegation = person.delegation_fa if fa else person.delegation_en
        when = moment_on(arrival.at, self.day, self.lang)
        desk = desk_label(arrival.desk)
        # Delegation and category on their own line: the list wraps rather than scrolls.
        text = f"{name}\n{delegation} · {category_name(person.category, self.lang)}"
        text += f"\n{when} · \u2068{desk}\u2069" if desk else f"\n{when}"
        if arrival.undone:
            text += " · " + self.tr("undone")
        return text
