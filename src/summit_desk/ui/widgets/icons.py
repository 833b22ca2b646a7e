"""Icons drawn in code, shared by the pages: the awaited and arrived marks."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

AWAITED = QColor("#a61b1b")
ARRIVED = QColor("#2e7d32")


@cache
def awaited_icon() -> QIcon:
    """A red disc with an exclamation mark: the awaited state is never colour alone."""
    return _badge_icon(AWAITED, "!")


@cache
def arrived_icon() -> QIcon:
    return _badge_icon(ARRIVED, "✓")


def _badge_icon(colour: QColor, mark: str) -> QIcon:
    icon = QIcon()
    for size in (16, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        pen = QPen(QColor("white"), size / 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        s = size / 16
        if mark == "!":
            painter.drawLine(QPointF(8 * s, 4 * s), QPointF(8 * s, 9 * s))
            painter.drawPoint(QPointF(8 * s, 12 * s))
        else:
            path = QPainterPath(QPointF(4.5 * s, 8.5 * s))
            path.lineTo(7 * s, 11 * s)
            path.lineTo(11.5 * s, 5.5 * s)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
