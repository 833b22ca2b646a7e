"""The room on screen: fitted to the view (Ctrl+wheel zooms), people dragged onto seats, a seat
dragged to another, and the lock key and context menu.

A drop is decided here only as "this ref onto that seat" (``person_dropped``); what it means
(a move, or a swap with the occupant) is the service's. Drag and drop is Qt's: a drag from the
list of people carries the list model's mime data, a drag from a seat the same kind of data
(``models.ref_mime``), and the view takes either.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QWidget

from summit_desk.ui.seating.models import ref_mime, ref_of
from summit_desk.ui.seating.room_scene import RoomScene
from summit_desk.ui.seating.seat_items import SeatItem

LOCK_KEY = QKeySequence("Ctrl+L")


class RoomView(QGraphicsView):
    person_dropped = Signal(str, str)  # ref, seat label
    lock_toggled = Signal(str)  # seat label
    drag_finished = Signal()

    def __init__(self, scene: RoomScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.room = scene
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self.zoom = 1.0  # over the fitted scale
        self.dragging = False  # a drag from a seat is under way (the page holds refreshes)
        self._press: tuple[QPoint, SeatItem] | None = None
        self._target: SeatItem | None = None
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(LOCK_KEY)
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.lock_action.triggered.connect(self._toggle_selected)
        self.addAction(self.lock_action)

    # --- scale ---------------------------------------------------------------------------------
    def fit(self) -> None:
        """Fit the room in the view, then apply the desk's zoom."""
        rect = self.room.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.scale(self.zoom, self.zoom)
        self.room.relabel(self.transform().m11())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.zoom = min(6.0, max(1.0, self.zoom * step))
            self.fit()
            event.accept()
            return
        super().wheelEvent(event)

    # --- a seat picked or dragged --------------------------------------------------------------
    def seat_at(self, pos: QPoint | QPointF) -> SeatItem | None:
        """The seat under ``pos`` in the viewport's coordinates."""
        point = pos.toPoint() if isinstance(pos, QPointF) else pos
        return self.room.seat_at(self.mapToScene(point))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        seat = self.seat_at(event.position())
        if seat is not None and event.button() == Qt.MouseButton.LeftButton:
            seat.setSelected(True)
            self._press = (event.position().toPoint(), seat)
        else:
            self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, seat = press
            moved = (event.position().toPoint() - start).manhattanLength()
            if seat.ref is not None and moved >= QApplication.startDragDistance():
                self._press = None
                self._drag_from(seat)
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def _drag_from(self, seat: SeatItem) -> None:
        assert seat.ref is not None
        drag = QDrag(self)
        drag.setMimeData(ref_mime(seat.ref))
        self.dragging = True
        try:
            drag.exec(Qt.DropAction.MoveAction)
        finally:
            self.dragging = False
            self.drag_finished.emit()

    # --- drops ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if ref_of(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        seat = self.seat_at(event.position())
        self._set_target(seat)
        if seat is not None and ref_of(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._set_target(None)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_target(None)
        seat = self.seat_at(event.position())
        ref = ref_of(event.mimeData())
        if seat is None or ref is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.room.select_seat(seat.label)
        if ref != seat.ref:
            self.person_dropped.emit(ref, seat.label)

    def _set_target(self, seat: SeatItem | None) -> None:
        if self._target is not None and self._target is not seat:
            self._target.set_drop_target(False)
        self._target = seat
        if seat is not None:
            seat.set_drop_target(True)

    # --- locking -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The action's shortcut needs an active window; the key itself reaches the view always.
        if QKeySequence(event.keyCombination()) == LOCK_KEY:
            self._toggle_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def _toggle_selected(self) -> None:
        label = self.room.selected_label()
        if label is not None:
            self.lock_toggled.emit(label)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        seat = self.seat_at(event.pos())
        if seat is None:
            return
        self.room.select_seat(seat.label)
        menu = self.seat_menu(seat)
        menu.exec(event.globalPos())

    def seat_menu(self, seat: SeatItem) -> QMenu:
        """The seat's context menu: lock or unlock (an empty seat has nothing to lock)."""
        menu = QMenu(self)
        self.lock_action.setText(self.tr("Unlock the seat") if seat.locked else
                                 self.tr("Lock the seat"))  # fmt: skip
        self.lock_action.setEnabled(seat.ref is not None)
        menu.addAction(self.lock_action)
        return menu
