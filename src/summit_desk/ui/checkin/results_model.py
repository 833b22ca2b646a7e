"""The desk's search results: one row a person, with today's arrival."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from summit_desk.domain.values import PersonSummary
from summit_desk.ui.formatting import category_colour, category_name, desk_label, moment_on

_Index = QModelIndex | QPersistentModelIndex

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's PersonSummary
ARRIVED_COLOUR = QColor("#1B6E35")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ANSWERED = frozenset((_DISPLAY, _TOOLTIP, _DECORATION, _FOREGROUND, _FONT, int(PERSON_ROLE)))


class Column(IntEnum):
    NAME_FA = 0
    NAME_LATIN = 1
    NAME_NATIVE = 2
    DELEGATION = 3
    CATEGORY = 4
    ARRIVAL = 5


def clock_time(person: PersonSummary, lang: str, day: date | None = None) -> str:
    """The venue's time of the person's arrival (its date too when not ``day``)."""
    if person.checked_in_at is None:
        return ""
    return moment_on(person.checked_in_at, day, lang)


class PeopleResultsModel(QAbstractTableModel):
    """What the search (or the last scan) found, in the order the service gave."""

    def __init__(self, lang: str, parent: QObject | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.day = day  # the working day: an arrival recorded on another date shows its date
        self._people: list[PersonSummary] = []
        # Each row's texts, worked out on first use: painting and fitting the columns ask for
        # them many times, and the arrival's text takes a translation and a date's formatting.
        self._texts: list[tuple[str, ...] | None] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # --- changes ------------------------------------------------------------------------------
    def set_people(self, people: Sequence[PersonSummary]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._texts = [None] * len(self._people)
        self.endResetModel()

    def clear(self) -> None:
        if self._people:
            self.set_people([])

    def update_person(self, person: PersonSummary) -> bool:
        """Show a fresh summary of someone already listed (after a check-in or an undo)."""
        for row, listed in enumerate(self._people):
            if listed.id == person.id:
                self._people[row] = person
                self._texts[row] = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                return True
        return False

    def person(self, row: int) -> PersonSummary | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def people(self) -> list[PersonSummary]:
        return list(self._people)

    def texts(self, row: int) -> tuple[str, ...]:
        """The row's texts as shown, one a column (the results view measures them)."""
        texts = self._texts[row]
        if texts is None:
            person = self._people[row]
            texts = self._texts[row] = tuple(self._display(person, c) for c in Column)
        return texts

    def bold(self, row: int) -> bool:
        """Whether the row's arrival is in bold (someone in)."""
        return self._people[row].checked_in_at is not None

    # --- Qt's model interface -----------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return (
            self.tr("Name (Persian)"),
            self.tr("Name (Latin)"),
            self.tr("Native name"),
            self.tr("Delegation"),
            self.tr("Category"),
            self.tr("Arrival"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell on each paint: the roles never answered
        # go first, and nothing here builds an object it could keep.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._people):
            return None
        if role == _DISPLAY:
            return self.texts(row)[index.column()]
        person = self._people[row]
        column = index.column()
        if role == _TOOLTIP:
            title = person.name.title_fa if self.lang == "fa" else person.name.title_en
            return title or person.ref
        if role == PERSON_ROLE:
            return person
        if role == _DECORATION and column == Column.CATEGORY:
            return category_colour(person.category)
        if role == _FOREGROUND and column == Column.ARRIVAL:
            return ARRIVED_COLOUR if person.checked_in_at is not None else None
        if role == _FONT and column == Column.ARRIVAL and person.checked_in_at:
            return self._bold
        return None

    def _display(self, person: PersonSummary, column: Column) -> str:
        if column == Column.NAME_FA:
            return person.name.name_fa
        if column == Column.NAME_LATIN:
            return person.name.name_latin
        if column == Column.NAME_NATIVE:
            return person.name.name_native
        if column == Column.DELEGATION:
            return person.delegation_fa if self.lang == "fa" else person.delegation_en
        if column == Column.CATEGORY:
            return category_name(person.category, self.lang)
        if person.checked_in_at is None:
            return self.tr("Not yet")
        # "✓" and the words: colour is never the only sign that someone is in.
        text = self.tr("✓ In since %1").replace("%1", clock_time(person, self.lang, self.day))
        if person.checked_in_desk:
            text += " · " + f"\u2068{desk_label(person.checked_in_desk)}\u2069"
        return text
