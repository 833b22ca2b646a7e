"""What the room is drawn with: a seat (selectable, a drop target, the chair, a lock and a
conflict marked on it) and a text that keeps its size on screen at any zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from summit_desk.domain.seating import ConflictKind, RoomSeat, SeatAssignment

UNIT = 100.0  # scene units per metre
CHAIR_FILL = QColor("#1F3A5F")
CHAIR_EDGE = QColor("#B8860B")
TABLE_FILL = QColor("#EEF1F5")
TABLE_EDGE = QColor("#7A8699")
WALL = QColor("#5A6270")
ENTRANCE = QColor("#2E7D32")
INK = QColor("#1B1F27")
CONFLICT = QColor("#B0211B")
CONFLICT_FILL = QColor("#FBE3E1")
ABSENT = QColor("#B26A00")  # not arrived yet: a warning, not a mistake of the plan
ABSENT_FILL = QColor("#FFF3E0")
LOCKED = QColor("#6A4C93")
SELECTED = QColor("#1E88E5")
NAME_POINTS = 8.5
NAME_GAP_M = 0.08  # between a seat's edge and its name


class TextItem(QGraphicsItem):
    """A text of constant size on screen, centred on its position, cut with "…" past
    ``max_width`` pixels; ``shift`` moves it that many pixels along ``direction``."""

    def __init__(
        self,
        text: str,
        font: QFont,
        colour: QColor,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = text
        self.font = font
        self.colour = colour
        self.max_width = 10_000.0
        self.shift = QPointF(0, 0)
        self._metrics = QFontMetricsF(font)

    def shown_text(self) -> str:
        return self._metrics.elidedText(self.text, Qt.TextElideMode.ElideRight, self.max_width)

    def shown_width(self) -> float:
        return min(self._metrics.horizontalAdvance(self.text), self.max_width) + 4

    def set_max_width(self, width: float) -> None:
        self.prepareGeometryChange()
        self.max_width = max(12.0, width)

    def boundingRect(self) -> QRectF:
        width = self.shown_width()
        height = self._metrics.height() + 2
        return QRectF(self.shift.x() - width / 2, self.shift.y() - height / 2, width, height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(self.boundingRect(), Qt.AlignmentFlag.AlignCenter, self.shown_text())


class SeatItem(QGraphicsItem):
    """One seat: a rounded square ``side`` metres wide; selectable, a drop target."""

    def __init__(
        self,
        seat: RoomSeat,
        assignment: SeatAssignment | None,
        side: float,
        *,
        chair: bool,
    ) -> None:
        super().__init__()
        self.seat = seat
        self.label = seat.label
        self.ref = assignment.ref if assignment else None
        self.locked = bool(assignment and assignment.locked)
        self.chair = chair
        self.conflicts: tuple[ConflictKind, ...] = ()
        self.drop_target = False  # a person is being dragged over it
        self.side = side * UNIT
        self.setPos(seat.x * UNIT, seat.y * UNIT)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setZValue(2)
        self.name_item: TextItem | None = None
        self.label_item: TextItem | None = None

    def boundingRect(self) -> QRectF:
        half = self.side / 2 + 4
        return QRectF(-half, -half, 2 * half, 2 * half)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    @property
    def only_absent(self) -> bool:
        """Its only conflict is that its person has not arrived yet."""
        return set(self.conflicts) == {ConflictKind.NOT_ARRIVED}

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self.side / 2
        rect = QRectF(-half, -half, self.side, self.side)
        fill = CHAIR_FILL if self.chair else QColor("#FFFFFF")
        edge = CHAIR_EDGE if self.chair else INK
        width = self.side * (0.09 if self.chair else 0.05)
        if self.conflicts:
            edge, soft = (ABSENT, ABSENT_FILL) if self.only_absent else (CONFLICT, CONFLICT_FILL)
            fill = fill if self.chair else soft
            width = self.side * 0.1
        pen = QPen(edge, width)
        pen.setCosmetic(False)
        if self.ref is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, self.side * 0.2, self.side * 0.2)
        if self.locked:
            self._paint_lock(painter, rect)
        if self.isSelected() or self.drop_target:
            ring = QPen(SELECTED, self.side * 0.1)
            ring.setStyle(Qt.PenStyle.DotLine if self.drop_target else Qt.PenStyle.SolidLine)
            painter.setPen(ring)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            grown = rect.adjusted(-self.side * 0.12, -self.side * 0.12, self.side * 0.12,
                                  self.side * 0.12)  # fmt: skip
            painter.drawRoundedRect(grown, self.side * 0.25, self.side * 0.25)

    def _paint_lock(self, painter: QPainter, rect: QRectF) -> None:
        """A small padlock in the seat's top corner."""
        size = self.side * 0.42
        body = QRectF(rect.right() - size * 0.95, rect.top() - size * 0.35, size, size * 0.75)
        painter.setPen(QPen(QColor("#FFFFFF"), self.side * 0.03))
        painter.setBrush(QBrush(LOCKED))
        shackle = QRectF(body.left() + size * 0.2, body.top() - size * 0.4, size * 0.6, size * 0.8)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(LOCKED, self.side * 0.07))
        painter.drawArc(shackle, 0, 180 * 16)
        painter.setPen(QPen(QColor("#FFFFFF"), self.side * 0.02))
        painter.setBrush(QBrush(LOCKED))
        painter.drawRoundedRect(body, size * 0.12, size * 0.12)
