"""The door page: the station at a panel's door. The operator picks the panel (the one of this
time of day is chosen already), then every scan answers in the banner: entered, already in
since when, or not invited. Beside it, the count entered / invited and the latest entries,
where a supervisor undoes a mistaken one. It lays out and routes; the controller decides."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.persian import to_persian_digits
from summit_desk.domain.values import SessionInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.door import SessionAttendance
from summit_desk.ui.door.controller import DoorController
from summit_desk.ui.door.undo_dialog import DoorUndoDialog
from summit_desk.ui.formatting import day_label, number
from summit_desk.ui.widgets.arrivals_model import ARRIVAL_ROLE, Arrival
from summit_desk.ui.widgets.banner import Banner
from summit_desk.ui.widgets.day_page import ERROR_STYLE
from summit_desk.ui.widgets.scan_page import SCAN_PAGE_STYLE, lay_out_beside_panel, scan_input
from summit_desk.ui.widgets.undo_keeper import UndoDialogKeeper
from summit_desk.ui.widgets.wording import BannerContent

SIDE_PANEL_WIDTH = 360


class DoorPage(QWidget):
    result_shown = Signal(object)  # CheckInResult, after every scan
    refreshed = Signal()  # the count and the latest entries were read again

    def __init__(self, context: DeskContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.controller = DoorController(context, lang, self)

        self.session_box = QComboBox()
        self.session_box.setObjectName("session_box")
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_caption = QLabel(self.tr("Panel"))
        self.session_caption.setBuddy(self.session_box)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.input = scan_input(self.tr("Scan the badge of the guest at the door…"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.banner = Banner()
        self.undo_keeper = UndoDialogKeeper(self.input)

        top = QHBoxLayout()
        top.addWidget(self.session_caption)
        top.addWidget(self.session_box)
        top.addStretch()
        top.addWidget(self.count)
        main = QVBoxLayout()
        main.setSpacing(10)
        main.addLayout(top)
        main.addWidget(self.input)
        main.addWidget(self.error)
        main.addWidget(self.banner)
        main.addStretch()
        lay_out_beside_panel(self, main, self._side_panel())
        self.setStyleSheet(
            SCAN_PAGE_STYLE + " QComboBox#session_box { font-size: 13pt; padding: 2px 8px; }"
            " QLabel#count { font-size: 16pt; font-weight: bold; color: #17703A; }" + ERROR_STYLE
        )
        self._connect()
        self.banner.show_content(self.controller.banner)
        self.setFocusProxy(self.input)

    def _side_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("side_panel")
        panel.setFixedWidth(SIDE_PANEL_WIDTH)
        self.latest_title = QLabel(self.tr("Latest entries"))
        self.latest_title.setObjectName("side_title")
        self.latest_list = QListView()
        self.latest_list.setModel(self.controller.latest)
        self.latest_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.latest_list.setWordWrap(False)
        self.latest_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.latest_list.setUniformItemSizes(True)
        self.latest_list.setSpacing(3)
        self.latest_list.setIconSize(QSize(14, 14))
        self.undo_button = QPushButton(self.tr("Undo an entry…"))
        self.undo_button.setToolTip(self.tr("A supervisor's name and PIN are needed"))
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.latest_title)
        layout.addWidget(self.latest_list, 1)
        layout.addWidget(self.undo_button)
        return panel

    def _connect(self) -> None:
        c = self.controller
        self.session_box.currentIndexChanged.connect(self._on_session_index)
        self.input.entered.connect(c.entered)
        self.input.escape_pressed.connect(self.input.reset)
        c.clear_input.connect(self.input.reset)
        c.sessions_changed.connect(self.show_sessions)
        c.banner_changed.connect(self._show_banner)
        c.attendance_changed.connect(self.show_attendance)
        c.result_ready.connect(self.result_shown)
        c.failed.connect(self.show_error)
        c.undo_refused.connect(self.undo_keeper.refused)
        c.undo_finished.connect(self.undo_keeper.finished)
        self.undo_button.clicked.connect(self.request_undo)

    # --- what the door shows ------------------------------------------------------------------
    def show_sessions(self, sessions: list[SessionInfo], chosen: int | None) -> None:
        """The programme in the selector, ``chosen`` selected; no choice follows."""
        self.session_box.blockSignals(True)
        self.session_box.clear()
        for s in sessions:
            starts = s.starts.strftime("%H:%M")
            starts = to_persian_digits(starts) if self.lang == "fa" else starts
            when = f"{day_label(s.day, self.lang)} {starts}"
            name = self.controller.session_name(s)
            self.session_box.addItem(f"{name} — {when} (\u2068{s.code}\u2069)", s.id)
        ids = [s.id for s in sessions]
        if chosen in ids:
            self.session_box.setCurrentIndex(ids.index(chosen))
        self.session_box.blockSignals(False)

    def chosen_session(self) -> SessionInfo | None:
        return self.controller.chosen

    def _on_session_index(self, index: int) -> None:
        session_id = self.session_box.itemData(index) if index >= 0 else None
        if isinstance(session_id, int):
            self.controller.choose(session_id)
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_attendance(self, attendance: SessionAttendance) -> None:
        self.error.hide()
        entered = number(attendance.entered, self.lang)
        if attendance.invited is None:
            self.count.setText(self.tr("Entered: %1").replace("%1", entered))
        else:
            text = self.tr("Entered: %1 of %2 invited").replace("%1", entered)
            self.count.setText(text.replace("%2", number(attendance.invited, self.lang)))
        self.refreshed.emit()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _show_banner(self, content: BannerContent) -> None:
        self.banner.show_content(content)

    def scan(self, raw: str) -> None:
        """Let the holder of ``raw`` in as if it had been scanned."""
        self.controller.scan(raw)

    def refresh(self) -> None:
        self.controller.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.start()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.stop()

    # --- undo ---------------------------------------------------------------------------------
    def request_undo(self, entry: Arrival | None = None) -> DoorUndoDialog | None:
        """Ask a supervisor to undo ``entry``, else the one selected in the list, else the
        newest."""
        if entry is None:
            index = self.latest_list.currentIndex()
            selected = index.data(ARRIVAL_ROLE) if index.isValid() else None
            entry = selected if isinstance(selected, Arrival) else None
        entry = entry or self.controller.latest.latest_undoable()
        chosen = self.controller.chosen
        if entry is None or chosen is None:
            self.show_error(self.tr("There is no entry into this panel to undo."))
            return None
        dialog = DoorUndoDialog(entry, self.controller.session_name(chosen), self.lang, self)
        self.undo_keeper.open(dialog, partial(self.controller.undo, entry))
        return dialog
