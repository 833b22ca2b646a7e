"""A count drawn as a bar: arrived out of registered, with the model's own text beside it.

A model opts a cell in by answering ``ArrivedRole`` and ``RegisteredRole``, and answers -1 for
the cells without a bar: not ``None``, because PySide6 6.12 (on Python 3.11) drops a reference to
``None`` each time a C++ call hands an empty QVariant back to Python, and a view paints often
enough to bring the interpreter down with "deallocating None". The cell's display text
(«۳ از ۷», "3 / 7") is drawn after the bar, which starts on the reading side of the cell, so the
bars of a column line up and a right-to-left page fills them from the right.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

ArrivedRole = Qt.ItemDataRole.UserRole + 20
RegisteredRole = Qt.ItemDataRole.UserRole + 21

TRACK = QColor("#e2e6ea")
PARTIAL = QColor("#2f6db5")
COMPLETE = QColor("#2e7d32")
BAR_HEIGHT = 8
GAP = 8
_Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    def __init__(self, parent: object = None, *, text_sample: str = "0000 / 0000") -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.text_sample = text_sample

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        registered = _count(index, RegisteredRole)
        if registered < 0:
            super().paint(painter, option, index)
            return
        arrived = max(_count(index, ArrivedRole), 0)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = opt.rect.adjusted(6, 0, -6, 0)
        text_width = max(opt.fontMetrics.horizontalAdvance(t) for t in (text, self.text_sample))
        bar_width = max(rect.width() - text_width - GAP, 12)
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        bar_left = rect.right() - bar_width if rtl else rect.left()
        text_left = rect.left() if rtl else rect.left() + bar_width + GAP
        bar = QRectF(bar_left, rect.center().y() - BAR_HEIGHT / 2 + 1, bar_width, BAR_HEIGHT)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        if registered and arrived:
            fill = QRectF(bar)
            fill.setWidth(max(bar.width() * min(arrived / registered, 1.0), BAR_HEIGHT))
            if rtl:
                fill.moveRight(bar.right())
            painter.setBrush(COMPLETE if arrived >= registered else PARTIAL)
            painter.drawRoundedRect(fill, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pen = opt.palette.highlightedText() if selected else opt.palette.text()
        painter.setPen(pen.color())
        painter.setFont(opt.font)
        text_rect = QRectF(text_left, rect.top(), text_width, rect.height())
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        )
        painter.drawText(text_rect, int(align), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        if _count(index, RegisteredRole) < 0:
            return size
        width = option.fontMetrics.horizontalAdvance(self.text_sample) + GAP + 60
        return QSize(max(size.width(), width), size.height())


def _count(index: _Index, role: int) -> int:
    value = index.data(role)
    return value if isinstance(value, int) else -1
