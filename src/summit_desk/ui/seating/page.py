"""The Seating page (F5): a session's room drawn to scale with the names at the seats, the
invited people not yet seated, the conflicts, and the printouts.

A person is dragged from the list (or from a seat) onto a seat; a drop on an occupied seat
swaps. Ctrl+L or the seat's context menu locks and unlocks. The page lays out, asks the
questions (the supervisor's PIN, the print dialog) and routes; the controller decides.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.values import SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.ui.formatting import day_label, number
from summit_desk.ui.seating.controller import (
    ATTENDANCE,
    CARDS,
    PLAN_PRINT,
    Printed,
    SeatingController,
    SessionPlan,
)
from summit_desk.ui.seating.models import CONFLICT_ROLE, ConflictsModel, UnseatedModel
from summit_desk.ui.seating.room_scene import RoomScene
from summit_desk.ui.seating.room_view import RoomView
from summit_desk.ui.seating.supervisor import SeatingSupervisorDialog
from summit_desk.ui.widgets.status_line import StatusLine

SIDE_PANEL_WIDTH = 340


class SeatingPage(QWidget):
    refreshed = Signal()  # a plan is shown
    failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.controller = SeatingController(context, lang, self, settings)
        self.supervisor_dialog: SeatingSupervisorDialog | None = None
        self.pin_asked = 0  # how many times the supervisor was asked (shown to tests)
        self._held: SessionPlan | None = None  # a plan that came during a drag
        self._shown: SessionPlan | None = None
        self._shortened = 0  # texts of the printout being printed that had to be shortened

        self.session_box = QComboBox()
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_caption = QLabel(self.tr("Session"))
        self.session_caption.setBuddy(self.session_box)
        self.room_title = QLabel()
        self.room_title.setObjectName("room_title")
        self.counts = QLabel()
        self.entered = QLabel()
        self.entered.setObjectName("entered")
        self.supervisor_label = QLabel()
        self.sign_out_button = QPushButton(self.tr("Sign the supervisor out"))
        self._make_buttons()
        self.status = StatusLine()
        self.status.setObjectName("status")

        self.scene = RoomScene(lang, self)
        self.view = RoomView(self.scene)
        self.view.setObjectName("room")
        # a floor plan is not mirrored in Persian: the printed plan and the hall are as they are
        self.view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.view.setMinimumSize(QSize(480, 360))
        self.view.setToolTip(self.tr("Drag a person onto a seat; Ctrl+wheel zooms; Ctrl+L locks"))
        self.unseated = UnseatedModel(lang, self)
        self.people = self._list(self.unseated)
        self.people.setObjectName("unseated")
        self.people.setDragEnabled(True)
        self.people.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.conflicts_model = ConflictsModel(lang, self)
        self.conflicts = self._list(self.conflicts_model)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setSpacing(3)
        self.unseated_title = QLabel(self.tr("Invited, not yet seated"))
        self.unseated_title.setObjectName("side_title")
        self.conflicts_title = QLabel(self.tr("Conflicts"))
        self.conflicts_title.setObjectName("side_title")
        self._lay_out()
        self._connect()
        self.setStyleSheet(
            "QLabel#room_title { font-size: 14pt; font-weight: bold; }"
            " QLabel#entered { font-weight: bold; color: #2E7D32; }"
            " QFrame#side_panel { background: #F4F6F9; border-radius: 10px; }"
            " QLabel#side_title { font-weight: bold; font-size: 12pt; }"
        )
        self._set_enabled(False)

    # --- building -----------------------------------------------------------------------------
    def _make_buttons(self) -> None:
        self.auto_button = QPushButton(self.tr("Assign automatically"))
        self.auto_button.setToolTip(self.tr("Seats everyone invited by the rules' order; "
                                            "locked seats keep their person"))  # fmt: skip
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empties every seat that is not locked"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.print_plan_button = QPushButton(self.tr("Print plan and list…"))
        self.print_cards_button = QPushButton(self.tr("Print place cards…"))
        self.print_attendance_button = QPushButton(self.tr("Print attendance sheet…"))

    def _list(self, model: object) -> QListView:
        view = QListView()
        view.setModel(model)  # type: ignore[arg-type]
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSpacing(2)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        return view

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.session_caption)
        top.addWidget(self.session_box)
        top.addSpacing(12)
        top.addWidget(self.room_title)
        top.addStretch()
        top.addWidget(self.entered)
        top.addSpacing(12)
        top.addWidget(self.counts)
        top.addSpacing(12)
        top.addWidget(self.refresh_button)

        actions = QHBoxLayout()
        actions.addWidget(self.auto_button)
        actions.addWidget(self.clear_button)
        actions.addSpacing(12)
        actions.addWidget(self.supervisor_label)
        actions.addWidget(self.sign_out_button)
        actions.addStretch()
        actions.addWidget(self.print_plan_button)
        actions.addWidget(self.print_cards_button)
        actions.addWidget(self.print_attendance_button)

        panel = QFrame()
        panel.setObjectName("side_panel")
        panel.setFixedWidth(SIDE_PANEL_WIDTH)
        side = QVBoxLayout(panel)
        side.setContentsMargins(10, 10, 10, 10)
        side.addWidget(self.conflicts_title)
        side.addWidget(self.conflicts, 2)
        side.addWidget(self.unseated_title)
        side.addWidget(self.people, 3)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.view, 1)
        middle.addWidget(panel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addLayout(middle, 1)

    def _connect(self) -> None:
        c = self.controller
        c.sessions_ready.connect(self.show_sessions)
        c.plan_ready.connect(self.show_plan)
        c.refreshed.connect(self.refreshed)
        c.failed.connect(self.status.show_error)
        c.failed.connect(self.failed)
        c.change_refused.connect(self.status.show_error)
        c.changed.connect(lambda _plan: self.status.show_text(""))
        c.supervisor_needed.connect(self.ask_supervisor)
        c.sign_in_refused.connect(self._sign_in_refused)
        c.supervisor_changed.connect(self._supervisor_changed)
        c.printout_ready.connect(self.request_print)
        c.printed.connect(self._printed)
        c.print_failed.connect(self.status.show_error)
        self.session_box.currentIndexChanged.connect(self._session_index)
        self.view.person_dropped.connect(c.move)
        self.view.lock_toggled.connect(c.toggle_lock)
        self.view.drag_finished.connect(self._drag_finished)
        self.conflicts.clicked.connect(self.select_conflict)
        self.auto_button.clicked.connect(c.assign_auto)
        self.clear_button.clicked.connect(c.clear)
        self.refresh_button.clicked.connect(c.refresh)
        self.sign_out_button.clicked.connect(c.sign_out)
        self.print_plan_button.clicked.connect(lambda: self._render(PLAN_PRINT))
        self.print_cards_button.clicked.connect(lambda: self._render(CARDS))
        self.print_attendance_button.clicked.connect(lambda: self._render(ATTENDANCE))
        self._supervisor_changed("")

    # --- the session ---------------------------------------------------------------------------
    def show_sessions(self, sessions: list[SessionInfo], chosen: str) -> None:
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for s in sessions:
            name = s.name_fa if self.lang == "fa" else s.name_en
            self.session_box.addItem(f"{name} · {day_label(s.day, self.lang)}", s.code)
        self.session_box.setCurrentIndex(max(0, self.session_box.findData(chosen)))
        self.session_box.blockSignals(False)

    def choose_session(self, code: str) -> None:
        index = self.session_box.findData(code)
        if index >= 0:
            self.session_box.setCurrentIndex(index)

    def _session_index(self, index: int) -> None:
        code = self.session_box.itemData(index)
        if isinstance(code, str):
            self.status.show_text("")
            self.controller.choose_session(code)

    def refresh(self) -> None:
        self.controller.refresh()

    # --- the plan ------------------------------------------------------------------------------
    def show_plan(self, answer: SessionPlan) -> None:
        if self.view.dragging:
            self._held = answer  # never pull the seat from under the desk's drag
            return
        self._held = None
        if answer == self._shown:
            return  # a poll found nothing new: the room stays as the desk zoomed and scrolled it
        same_room = self._shown is not None and self._shown.plan.room == answer.plan.room
        self._shown = answer
        plan = answer.plan
        self.scene.show_plan(plan, self.tr("Entrance"))
        if same_room:
            self.scene.relabel(self.view.transform().m11())
        else:
            self.view.zoom = 1.0
            self.view.fit()
        self.unseated.set_plan(plan)
        self.conflicts_model.set_plan(plan)
        room = plan.room.title_fa if self.lang == "fa" else plan.room.title_en
        self.room_title.setText(room)
        seated = sum(1 for s in plan.seats if s.ref is not None)
        self.counts.setText(
            self.tr("Seated: %1 of %2 seats")
            .replace("%1", number(seated, self.lang))
            .replace("%2", number(len(plan.seats), self.lang))
        )
        self.entered.setText(
            self.tr("Entered at the door: %1").replace("%1", number(answer.entered, self.lang))
        )
        self.conflicts_title.setText(
            self.tr("Conflicts: %1").replace("%1", number(len(plan.conflicts), self.lang))
            if plan.conflicts else self.tr("No conflicts")
        )  # fmt: skip
        self.unseated_title.setText(
            self.tr("Invited, not yet seated: %1").replace(
                "%1", number(self.unseated.rowCount(), self.lang)
            )
        )
        self._set_enabled(True)

    def _drag_finished(self) -> None:
        if self._held is not None:
            self.show_plan(self._held)

    def _set_enabled(self, on: bool) -> None:
        for button in (self.auto_button, self.clear_button, self.print_plan_button,
                       self.print_cards_button, self.print_attendance_button):  # fmt: skip
            button.setEnabled(on)

    def select_conflict(self, index: QModelIndex) -> None:
        """A conflict clicked: its seat selected in the room, or the person in the list."""
        conflict = index.data(CONFLICT_ROLE)
        if conflict is None:
            return
        if conflict.labels:
            item = self.scene.select_seat(conflict.labels[0])
            if item is not None:
                self.view.centerOn(item)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        row = self.unseated.row_of(conflict.ref)
        if row >= 0:
            self.scene.clearSelection()
            self.people.setCurrentIndex(self.unseated.index(row, 0))
            self.people.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the supervisor ------------------------------------------------------------------------
    def ask_supervisor(self) -> SeatingSupervisorDialog:
        """The first change of a session: the supervisor's name and PIN."""
        if self.supervisor_dialog is not None:
            return self.supervisor_dialog
        session = self.session_box.currentText()
        dialog = SeatingSupervisorDialog(session, self)
        dialog.submitted.connect(lambda name, pin, _reason: self.controller.sign_in(name, pin))
        dialog.rejected.connect(self.controller.cancel_sign_in)
        dialog.finished.connect(self._supervisor_closed)
        self.supervisor_dialog = dialog
        self.pin_asked += 1
        dialog.open()
        return dialog

    def _sign_in_refused(self, message: str) -> None:
        if self.supervisor_dialog is not None:
            self.supervisor_dialog.show_error(message)
        else:
            self.status.show_error(message)

    def _supervisor_changed(self, name: str) -> None:
        if name and self.supervisor_dialog is not None:
            self.supervisor_dialog.accept()
        self.supervisor_label.setText(
            self.tr("Changes confirmed by %1").replace("%1", name) if name else
            self.tr("Changes need a supervisor")
        )  # fmt: skip
        self.sign_out_button.setVisible(bool(name))

    def _supervisor_closed(self) -> None:
        dialog, self.supervisor_dialog = self.supervisor_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # --- printing ------------------------------------------------------------------------------
    def _render(self, kind: str) -> None:
        self.status.show_text(self.tr("Preparing the printout…"))
        self.controller.render(kind)

    def request_print(self, printed: Printed) -> None:
        """The printout is ready: the system's print dialog, then print."""
        printer = self.controller.printer(printed)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.controller.discard(printed)
            self.status.show_text("")
            return
        self.status.show_text(self.tr("Printing…"))
        self._shortened = printed.shortened
        self.controller.print_to(printer, printed)

    def _printed(self, kind: str) -> None:
        texts = {
            PLAN_PRINT: self.tr("The seating plan and list were sent to the printer."),
            CARDS: self.tr("The place cards were sent to the printer."),
            ATTENDANCE: self.tr("The attendance sheet was sent to the printer."),
        }
        text = texts.get(kind, "")
        if self._shortened:
            text += " " + self.tr("%1 texts were too long and were shortened.").replace(
                "%1", number(self._shortened, self.lang)
            )
        self.status.show_text(text)

    # --- words and visibility ------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.stop()
