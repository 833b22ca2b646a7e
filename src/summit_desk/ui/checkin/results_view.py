"""The table of search results, sized so that names always show whole.

Staff recognise a guest by name, so the name columns get their full width first; when the page
is narrow (1024 px) a name wraps onto a second line rather than being cut. The delegation is the
column that gives way: it is shortened in the middle ("Republic … Kalmykia"), which keeps both
its ends readable. Category and arrival wrap too. The widths are worked out again whenever the
results or the view's width change.
"""

from __future__ import annotations

import re

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

from summit_desk.ui.checkin.results_model import Column, PeopleResultsModel

_Index = QModelIndex | QPersistentModelIndex
NAMES = (Column.NAME_FA, Column.NAME_LATIN, Column.NAME_NATIVE)
# Who gives way to the names, first given back the room that is left: the category and the
# arrival wrap; the delegation is shortened in the middle and takes what remains.
GROWS = (Column.CATEGORY, Column.ARRIVAL)
DELEGATION_MIN = 70
ROW_HEIGHT = 36
ROW_PADDING = 8  # above and below a wrapped cell's lines: two lines in 60 px, five rows at 768
# Qt's line breaking (Unicode's rules) may break a line after a hyphen, unless a digit follows:
# "Mirabutalebi-Hosseinabadi-Lahijani" wraps, and is no wider than its longest piece.
_BREAK_AFTER_HYPHEN = re.compile(r"(?<=-)(?=[^\d-])")
MAX_LINES = 3  # a row taller than this is worse than names wrapped in proportion
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
        self._measure = _Advances(self.font())
        self._headings: tuple[tuple[str, ...], dict[Column, int]] | None = None
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
    # The results change on every pause in typing, and fitting them must cost a fraction of the
    # search (issue #9, item 14): the texts come from the model's own rows, not through Qt's
    # index.data(); their advances are measured once per font and kept, as the same names come
    # back letter after letter; the headings are measured once per wording; and a cell is
    # wrapped by Qt's text layout only when it is wider than its column.
    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure = _Advances(self.font())
            self._headings = None
            self.fit_columns()
        super().changeEvent(event)

    def _heading_widths(self, model: PeopleResultsModel) -> dict[Column, int]:
        wording = tuple(str(model.headerData(c, Qt.Orientation.Horizontal, 0)) for c in Column)
        if self._headings is None or self._headings[0] != wording:
            header = self.horizontalHeader()
            sizes = {c: header.sectionSizeFromContents(c).width() for c in Column}
            self._headings = (wording, sizes)
        return self._headings[1]

    def _padding(self, column: Column) -> int:
        icon = self.iconSize().width() + 4 if column == Column.CATEGORY else 0
        return CELL_PADDING + icon

    def _widths(
        self, model: PeopleResultsModel, headings: dict[Column, int]
    ) -> tuple[dict[Column, int], dict[Column, int]]:
        """Each column's width on one line, and its narrowest without cutting a word, from its
        cells and heading (the heading may be shortened with "…", but not below a few letters)."""
        whole = {c: min(headings[c], 90) for c in Column}
        narrow = dict.fromkeys(Column, 0)
        measure = self._measure
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            bold = model.bold(row)
            for column, text in zip(Column, model.texts(row), strict=True):
                if text:
                    widest, longest = measure.of(text, bold and column == Column.ARRIVAL)
                    padding = self._padding(column)
                    whole[column] = max(whole[column], widest + padding)
                    narrow[column] = max(narrow[column], longest + padding)
        return whole, {c: max(n, 40) for c, n in narrow.items()}

    def _within(self, model: PeopleResultsModel, lines: int) -> dict[Column, int]:
        """The width each wrapping column needs for every cell to fit in ``lines`` lines."""
        need = dict.fromkeys((*NAMES, *GROWS), 0)
        measure = self._measure
        for row in range(min(model.rowCount(), MEASURED_ROWS)):
            bold = model.bold(row)
            texts = model.texts(row)
            for column in need:
                text = texts[column]
                if text:
                    width = measure.width_within(text, bold and column == Column.ARRIVAL, lines)
                    need[column] = max(need[column], width + self._padding(column))
        return need

    def _fit_rows(
        self, model: PeopleResultsModel, widths: dict[Column, int], wrapping: tuple[Column, ...]
    ) -> None:
        """Rows as tall as their cells in the ``wrapping`` columns; one line when none."""
        rows = self.verticalHeader()
        spacing = self._measure.spacing
        measure = self._measure
        for row in range(model.rowCount()):
            lines = 1
            if wrapping:
                texts = model.texts(row)
                bold = model.bold(row)
                for column in wrapping:
                    room = widths[column] - self._padding(column)
                    text = texts[column]
                    lines = max(lines, measure.lines(text, bold and column == Column.ARRIVAL, room))
            wanted = max(ROW_HEIGHT, lines * spacing + ROW_PADDING)
            if rows.sectionSize(row) != wanted:
                rows.resizeSection(row, wanted)

    def fit_columns(self) -> None:
        model = self.model()
        if not isinstance(model, PeopleResultsModel):
            return
        # The headers' resize signals are held while the sections are set: for each of them the
        # table starts a zero timer that repaints the resized columns and rows after new results
        # were already painted once. Its geometry and one repaint follow instead.
        columns, rows = self.horizontalHeader(), self.verticalHeader()
        held = columns.blockSignals(True), rows.blockSignals(True)
        try:
            self._fit(model)
        finally:
            columns.blockSignals(held[0])
            rows.blockSignals(held[1])
        self.executeDelayedItemsLayout()  # now, not on the view's own zero timer
        self.updateGeometries()
        self.viewport().update()

    def _fit(self, model: PeopleResultsModel) -> None:
        available = self.viewport().width()
        headings = self._heading_widths(model)
        whole, narrow = self._widths(model, headings)
        narrow[Column.DELEGATION] = min(DELEGATION_MIN, whole[Column.DELEGATION])
        # The fewest lines a row can take: names, category and arrival all wrapped to that many
        # (a name wraps between its words, never cut), the delegation shortened; a name on two
        # lines rather than an arrival on four.
        for lines in range(1, MAX_LINES + 1):
            within = self._within(model, lines) if lines > 1 else whole
            widths = {c: max(within[c], narrow[c]) if c in within else narrow[c] for c in Column}
            if sum(widths.values()) <= available:
                break
        else:  # the names whole and the others as narrow as their words; the names then wrap
            widths = {c: whole[c] if c in NAMES else narrow[c] for c in Column}
            over = sum(widths.values()) - available
            slack = {c: whole[c] - narrow[c] for c in NAMES}
            total = sum(slack.values())
            if over > 0 and total:  # each name in proportion to what it can give
                for c in NAMES:
                    widths[c] -= min(slack[c], round(over * slack[c] / total + 0.5))
        left = available - sum(widths.values())
        # What is left goes to the names on one line, then to the category and the arrival,
        # then to the headings that "…" shortened, and the rest to the delegation.
        steps = [(c, whole[c]) for c in (*NAMES, *GROWS)] + [(c, headings[c]) for c in Column]
        for c, target in steps:
            more = min(left, target - widths[c])
            if more > 0:
                widths[c] += more
                left -= more
        widths[Column.DELEGATION] += max(left, 0)
        header = self.horizontalHeader()
        for c in Column:
            if header.sectionSize(c) != widths[c]:
                header.resizeSection(c, widths[c])
        wrapping = tuple(c for c in (*NAMES, *GROWS) if widths[c] < whole[c])
        self._fit_rows(model, widths, wrapping)


class _Advances:
    """What the cells' texts need in one font (and its bold), kept across searches: as the desk
    types, the same names come back letter after letter. Bounded, since a day's searches would
    otherwise keep every name of the event."""

    LIMIT = 20_000

    def __init__(self, font: QFont) -> None:
        bold = QFont(font)
        bold.setBold(True)  # the arrival of someone in (the model's font resolves to the view's)
        self._metrics = (QFontMetrics(font), QFontMetrics(bold))
        self.spacing = self._metrics[0].lineSpacing()
        self._advances: dict[tuple[str, bool], tuple[int, int]] = {}
        self._lines: dict[tuple[str, bool, int], int] = {}
        self._within: dict[tuple[str, bool, int], int] = {}

    def of(self, text: str, bold: bool) -> tuple[int, int]:
        """(the widest line, the longest word) of ``text``."""
        known = self._advances.get((text, bold))
        if known is None:
            if len(self._advances) > self.LIMIT:
                self._advances.clear()
            advance = self._metrics[bold].horizontalAdvance
            widest = max(advance(line) for line in text.split("\n"))
            pieces = [piece for word in text.split() for piece in _BREAK_AFTER_HYPHEN.split(word)]
            longest = max((advance(piece) for piece in pieces), default=widest)
            known = self._advances[(text, bold)] = (widest, longest)
        return known

    def width_within(self, text: str, bold: bool, lines: int) -> int:
        """The narrowest width that wraps ``text`` into ``lines`` lines: found from its words'
        advances laid greedily, then checked with Qt's own layout, which sets the row's height."""
        key = (text, bold, lines)
        known = self._within.get(key)
        if known is None:
            if len(self._within) > self.LIMIT:
                self._within.clear()
            widest, longest = self.of(text, bold)
            if "\n" in text:
                known = widest
            else:
                advance = self._metrics[bold].horizontalAdvance
                space = advance(" ")
                # (the gap before it, its advance): a word after a space, a piece after a hyphen
                pieces = [(space if i == 0 else 0, advance(piece))
                          for word in text.split()
                          for i, piece in enumerate(_BREAK_AFTER_HYPHEN.split(word))]  # fmt: skip
                low, high = longest, widest
                while low < high:
                    middle = (low + high) // 2
                    if _greedy_lines(pieces, middle) <= lines:
                        high = middle
                    else:
                        low = middle + 1
                # Qt's layout adds up fractional advances: a pixel or two more, checked by it.
                while low < widest and self.lines(text, bold, low) > lines:
                    low += 1
                known = low
            self._within[key] = known
        return known

    def lines(self, text: str, bold: bool, room: int) -> int:
        """The lines ``text`` takes wrapped at word boundaries within ``room`` pixels."""
        if not text:
            return 1
        if self.of(text, bold)[0] <= room:
            return text.count("\n") + 1
        known = self._lines.get((text, bold, room))
        if known is None:
            if len(self._lines) > self.LIMIT:
                self._lines.clear()
            flags = int(Qt.TextFlag.TextWordWrap)
            box = QRect(0, 0, room, 100_000)
            height = self._metrics[bold].boundingRect(box, flags, text).height()
            # A block of n lines is n line spacings and a pixel or so (a line 27 px high at a
            # spacing of 26): rounded, not rounded up, which made every wrapped row a line taller.
            lines = max(1, round(height / self.spacing))
            known = self._lines[(text, bold, room)] = lines
        return known


def _greedy_lines(pieces: list[tuple[int, int]], width: int) -> int:
    lines, used = 1, 0
    for gap, piece in pieces:
        if used and used + gap + piece > width:
            lines, used = lines + 1, piece
        else:
            used += (gap if used else 0) + piece
    return lines
