"""Registered people and arrivals per day for countries, delegations or categories: one row per
``CountRow`` of ``StatsService``, a bar per event day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from summit_desk.domain.values import CountRow
from summit_desk.ui.formatting import day_label, number
from summit_desk.ui.widgets.progress_delegate import ArrivedRole, RegisteredRole

_Index = QModelIndex | QPersistentModelIndex
KeyRole = Qt.ItemDataRole.UserRole + 1

NAME = 0
FIXED_COLUMNS = 1  # then one column per event day: arrived of registered, as a bar


class ArrivalCountsModel(QAbstractTableModel):
    """Rows keep their place across refreshes: new counts for the same rows change the data in
    place (selection and scrolling stay), other rows reset the model."""

    def __init__(self, lang: str, heading: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.heading = heading  # the name column's title: "Country", "Delegation", "Category"
        self._rows: tuple[CountRow, ...] = ()
        self._days: tuple[date, ...] = ()

    def set_counts(self, rows: tuple[CountRow, ...], days: tuple[date, ...]) -> None:
        same_shape = days == self._days and [r.key for r in rows] == [r.key for r in self._rows]
        if same_shape:
            self._rows = rows
            if rows:
                last = self.index(len(rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows, self._days = rows, days
        self.endResetModel()

    def day_column(self, day: date) -> int:
        return FIXED_COLUMNS + self._days.index(day)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._days)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return self.heading
        if FIXED_COLUMNS <= section < self.columnCount():
            return self.tr("Arrived %1").replace(
                "%1", day_label(self._days[section - FIXED_COLUMNS], self.lang)
            )
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        day = self._days[column - FIXED_COLUMNS] if column >= FIXED_COLUMNS else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return (row.name_fa if self.lang == "fa" else row.name_en) or row.key
            assert day is not None
            return (
                self.tr("%1 / %2")
                .replace("%1", number(row.arrived.get(day.isoformat(), 0), self.lang))
                .replace("%2", number(row.people, self.lang))
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.name_en if self.lang == "fa" else row.name_fa
        if role == KeyRole:
            return row.key
        if role == ArrivedRole:
            return row.arrived.get(day.isoformat(), 0) if day is not None else -1
        if role == RegisteredRole:
            return row.people if day is not None else -1  # -1: no bar (see progress_delegate)
        return None
