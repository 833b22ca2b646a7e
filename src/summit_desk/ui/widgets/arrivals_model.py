"""Arrivals checked in at this desk, newest first: the recent list (for a supervisor's undo) and
the protocol's list of VIP arrivals."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from summit_desk.domain.persian import to_persian_digits, utc_now, venue_time
from summit_desk.domain.values import CheckInResult, PersonSummary
from summit_desk.ui.formatting import category_colour, category_name

_Index = QModelIndex | QPersistentModelIndex

ARRIVAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's Arrival


@dataclass(frozen=True, slots=True)
class Arrival:
    """One arrival written by this desk: the journal entry a supervisor may undo."""

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


class ArrivalsModel(QAbstractListModel):
    """A list of arrivals, newest on top, at most ``limit`` long."""

    def __init__(self, lang: str, parent: QObject | None = None, limit: int = 200) -> None:
        super().__init__(parent)
        self.lang = lang
        self.limit = limit
        self._arrivals: list[Arrival] = []

    def add(self, arrival: Arrival) -> None:
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._arrivals.insert(0, arrival)
        self.endInsertRows()
        if len(self._arrivals) > self.limit:
            last = len(self._arrivals) - 1
            self.beginRemoveRows(QModelIndex(), self.limit, last)
            del self._arrivals[self.limit :]
            self.endRemoveRows()

    def set_arrivals(self, arrivals: list[Arrival]) -> None:
        """Show ``arrivals`` (newest first) instead: a door's latest entries, read again."""
        if arrivals == self._arrivals:
            return  # a poll that found nothing new keeps the selection
        self.beginResetModel()
        self._arrivals = arrivals[: self.limit]
        self.endResetModel()

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
        clock = venue_time(arrival.at).strftime("%H:%M")
        when = to_persian_digits(clock) if fa else clock
        text = f"{name}\n{when} · {delegation} · {category_name(person.category, self.lang)}"
        if arrival.undone:
            text += " · " + self.tr("undone")
        return text
