"""The Seating page's lists: the invited people without a seat (dragged from here to a seat),
and the conflicts of the plan (a click selects the seat)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from summit_desk.domain.names import persian_sort_key
from summit_desk.domain.seating import ConflictKind, SeatedPerson, SeatingConflict, SeatingPlan
from summit_desk.ui.seating.wording import ConflictWording, delegation_name, display_name

_Index = QModelIndex | QPersistentModelIndex

REF_MIME = "application/x-summit-desk-ref"  # a person's ref, dragged to a seat
REF_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's person's ref
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's SeatingConflict
WARNING = QColor("#B0211B")
ABSENT = QColor("#B26A00")  # not arrived yet: a warning, as on the seat


def ref_mime(ref: str) -> QMimeData:
    """What a dragged person carries, from the list or from a seat."""
    data = QMimeData()
    data.setData(REF_MIME, ref.encode("utf-8"))
    return data


def ref_of(data: QMimeData | None) -> str | None:
    if data is None or not data.hasFormat(REF_MIME):
        return None
    ref = bytes(data.data(REF_MIME).data()).decode("utf-8").strip()
    return ref or None


def unseated(plan: SeatingPlan, lang: str) -> list[SeatedPerson]:
    """The invited people who have no seat, in the order the desk looks them up: by
    delegation, then by name (Persian collation in Persian)."""
    seated = {seat.ref for seat in plan.seats if seat.ref is not None}
    people = [p for ref, p in plan.people.items() if ref not in seated]
    if lang == "fa":
        people.sort(key=lambda p: (persian_sort_key(p.delegation_fa), persian_sort_key(
            p.name.family_name_fa, p.name.given_name_fa), p.ref))  # fmt: skip
    else:
        people.sort(key=lambda p: (p.delegation_en.casefold(), p.name.name_latin.casefold(), p.ref))
    return people


class UnseatedModel(QAbstractListModel):
    """Invited people not yet seated; each row can be dragged onto a seat."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._people: list[SeatedPerson] = []

    def set_plan(self, plan: SeatingPlan | None) -> None:
        self.beginResetModel()
        self._people = unseated(plan, self.lang) if plan is not None else []
        self.endResetModel()

    def person(self, row: int) -> SeatedPerson | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, ref: str) -> int:
        return next((row for row, p in enumerate(self._people) if p.ref == ref), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = display_name(person, person.ref, self.lang)
            return f"{name}\n{delegation_name(person, self.lang)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            other = person.name.name_latin if self.lang == "fa" else person.name.name_fa
            return f"{other} · {person.ref}" if other else person.ref
        if role == REF_ROLE:
            return person.ref
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [REF_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        refs = [self._people[i.row()].ref for i in indexes if i.isValid()]
        return ref_mime(refs[0] if refs else "")

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction


class ConflictsModel(QAbstractListModel):
    """The plan's conflicts, one sentence each with the person's name."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wording = ConflictWording(lang, self)
        self._rows: list[tuple[SeatingConflict, str]] = []

    def set_plan(self, plan: SeatingPlan | None) -> None:
        self.beginResetModel()
        conflicts = plan.conflicts if plan is not None else ()
        self._rows = [(c, self.wording.describe(c, plan)) for c in conflicts] if plan else []
        self.endResetModel()

    def conflict(self, row: int) -> SeatingConflict | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def texts(self) -> list[str]:
        return [text for _c, text in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict, text = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return text
        if role == Qt.ItemDataRole.ForegroundRole:
            return ABSENT if conflict.kind == ConflictKind.NOT_ARRIVED else WARNING
        if role == CONFLICT_ROLE:
            return conflict
        if role == REF_ROLE:
            return conflict.ref
        return None
