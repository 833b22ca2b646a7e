"""The table of search results, sized so that names always show whole.

Staff recognise a guest by name, so the name columns get their full width first; when the page
is narrow (1024 px) a name wraps onto a second line rather than being cut. The delegation is the
column that gives way: it is shortened in the middle ("Republic … Kalmykia"), which keeps both
its ends readable. Category and arrival wrap too. The widths are worked out again whenever the
results or the view's width change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from summit_desk.ui.checkin.results_model import Column

_Index = QModelIndex | QPersistentModelIndex
NAMES = (Column.NAME_FA, Column.NAME_LATIN, Column.NAME_NATIVE)
# Who gives way to the names, first given back the room that is left: the category and the
# arrival wrap; the delegation is shortened in the middle and takes what remains.
GROWS = (Column.CATEGORY, Column.ARRIVAL)
DELEGATION_MIN = 70
ROW_HEIGHT = 36
MEASURED_ROWS = 25  # the rows a screen shows, and more: the widths follow what is in view
CELL_PADDING = 12  # the style's margins on both sides of a cell's text, and a little air


class OneLineMiddleElided(QStyledItemDelegate):
    """A cell on one line, shortened in the middle when too narrow."""

    def _option(self, option: QStyleOptionViewItem) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        opt.textElideMode = Qt.TextElideMode.ElideMiddle
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        super().paint(painter, self._option(option), index)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return super().sizeHint(self._option(option), index)


class ResultsView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setMinimumSectionSize(ROW_HEIGHT)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.setIconSize(QSize(14, 14))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a cut header shows its "…"
        self._delegation = OneLineMiddleElided(self)
        self.setItemDelegateForColumn(Column.DELEGATION, self._delegation)
        self._plain = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)  # the arrival of someone in (the model's font resolves to the view's)
        self._bold = QFontMetrics(bold)
        self.viewport().installEventFilter(self)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.fit_columns)
            model.dataChanged.connect(self.fit_columns)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    # --- widths ---------------------------------------------------------------------------------
    # Measured with font metrics, not the delegate's size hints: the results change on every
    # pause in typing, and fitting them must cost a fraction of the search.
    def _metrics(self, index: QModelIndex) -> QFontMetrics:
        font = index.data(Qt.ItemDataRole.FontRole)
        return self._bold if isinstance(font, QFont) and font.bold() else self._plain

    def _widths(self, column: int) -> tuple[int, int]:
        """(on one line, narrowest without cutting a word) of a column's cells and header."""
        model = self.model()
        # The header may be shortened with "…", but not below a few letters.
        whole = min(self.horizontalHeader().sectionSizeFromContents(column).width(), 90)
        narrow = 0
        padding = CELL_PADDING + (self.iconSize().width() + 4 if column == Column.CATEGORY else 0)
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            index = model.index(row, column)
            text = str(index.data() or "")
            if not text:
                continue
            metrics = self._metrics(index)
            widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            longest = max(metrics.horizontalAdvance(word) for word in text.split() or [text])
            whole = max(whole, widest + padding)
            narrow = max(narrow, longest + padding)
        return whole, max(narrow, 40)

    def _fit_rows(self, widths: dict[Column, int], wrapping: tuple[Column, ...]) -> None:
        """Rows as tall as their cells in the ``wrapping`` columns; one line when none."""
        model = self.model()
        rows = self.verticalHeader()
        spacing = self._plain.lineSpacing()
        for row in range(model.rowCount()):
            lines = 1
            for column in wrapping:
                index = model.index(row, column)
                text = str(index.data() or "")
                room = QRect(0, 0, widths[column] - CELL_PADDING, 100_000)
                if column == Column.CATEGORY:
                    room.setWidth(room.width() - self.iconSize().width() - 4)
                flags = int(Qt.TextFlag.TextWordWrap)
                height = self._metrics(index).boundingRect(room, flags, text).height()
                lines = max(lines, -(-height // spacing))
            wanted = max(ROW_HEIGHT, lines * spacing + 12)
            if rows.sectionSize(row) != wanted:
                rows.resizeSection(row, wanted)

    def fit_columns(self) -> None:
        model = self.model()
        if model is None:
            return
        available = self.viewport().width()
        whole: dict[int, int] = {}
        narrow: dict[int, int] = {}
        for column in Column:
            whole[column], narrow[column] = self._widths(column)
        narrow[Column.DELEGATION] = min(DELEGATION_MIN, whole[Column.DELEGATION])
        widths = {c: whole[c] if c in NAMES else narrow[c] for c in Column}
        over = sum(widths.values()) - available
        if over > 0:  # the names wrap, each in proportion to what it can give
            slack = {c: whole[c] - narrow[c] for c in NAMES}
            total = sum(slack.values())
            if total:
                for c in NAMES:
                    widths[c] -= min(slack[c], round(over * slack[c] / total + 0.5))
        left = available - sum(widths.values())
        header = self.horizontalHeader()
        headings = {c: header.sectionSizeFromContents(c).width() for c in Column}
        # What is left goes to the category and the arrival on one line, then to the headings
        # that "…" shortened, and the rest to the delegation.
        steps = [(c, whole[c]) for c in GROWS] + [(c, headings[c]) for c in Column]
        for c, target in steps:
            more = min(left, target - widths[c])
            if more > 0:
                widths[c] += more
                left -= more
        widths[Column.DELEGATION] += max(left, 0)
        for c in Column:
            header.resizeSection(c, widths[c])
        wrapping = tuple(c for c in (*NAMES, *GROWS) if widths[c] < whole[c])
        self._fit_rows(widths, wrapping)
