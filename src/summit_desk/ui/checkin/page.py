"""The check-in page of the desk: one input, the working day, the banner, the results, and a side
panel with the protocol's arrivals of the day and this desk's recent check-ins. It lays out and
routes keys; the controller decides."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from summit_desk.services.context import DeskContext
from summit_desk.ui.checkin.controller import CheckInController, PhotoLoader
from summit_desk.ui.checkin.photo_retake import PhotoRetake
from summit_desk.ui.checkin.results_view import ResultsView
from summit_desk.ui.checkin.undo_dialog import UndoDialog
from summit_desk.ui.formatting import day_label
from summit_desk.ui.widgets.arrivals_model import ARRIVAL_ROLE, Arrival
from summit_desk.ui.widgets.banner import Banner
from summit_desk.ui.widgets.camera_scanner import CameraScanner
from summit_desk.ui.widgets.scan_page import SCAN_PAGE_STYLE, lay_out_beside_panel, scan_input
from summit_desk.ui.widgets.undo_keeper import UndoDialogKeeper
from summit_desk.ui.widgets.wording import BannerContent

SIDE_PANEL_WIDTH = 340
SIDE_PANEL_MIN_WIDTH = 270  # at 1024 px the results keep the room their names need
VIP_HIGHLIGHT_MS = 6_000
# The banner is compact on a page shorter than this: on a 768-pixel-high screen (1024 × 768, and
# 1366 × 768, the commonest venue laptop) the full banner leaves room for one and a half result
# rows at 1024 px, where rows wrap, and three at 1366 px; compact, five or more.
COMPACT_BANNER_BELOW = 760


class CheckInPage(QWidget):
    vip_arrived = Signal(object)  # CheckInResult of a head of delegation, minister, ambassador…
    result_shown = Signal(object)  # CheckInResult, after every check-in attempt

    def __init__(
        self,
        context: DeskContext,
        lang: str,
        parent: QWidget | None = None,
        photo_for: PhotoLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.controller = CheckInController(context, lang, self, photo_for)

        self.input = scan_input(self.tr("Scan a badge, or type a name, reference or delegation…"))
        self.status = QLabel()
        self.status.setObjectName("search_status")
        self.working_day = self._working_day()
        self.banner = Banner()
        self.undo_keeper = UndoDialogKeeper(self.input)
        self.results = self._results_view()
        # A webcam when the scanner is missing: its codes go the way of a scanned code.
        self.camera = CameraScanner(lang)
        self.camera.code_read.connect(self.controller.scan)
        self.retake = PhotoRetake(self)  # a new photo of the selected person
        entry = QHBoxLayout()
        entry.addWidget(self.input, 1)
        entry.addWidget(self.camera.toggle)
        lines = QHBoxLayout()
        lines.addWidget(self.status, 1)
        lines.addWidget(self.working_day)
        main = QVBoxLayout()
        main.setSpacing(10)
        main.addLayout(entry)
        main.addWidget(self.camera)
        main.addLayout(lines)
        main.addWidget(self.banner)
        main.addWidget(self.results, 1)

        lay_out_beside_panel(self, main, self._side_panel())
        self.setStyleSheet(
            SCAN_PAGE_STYLE + " QLabel#search_status { color: #3A4250; }"
            " QLabel#working_day { color: #1C2430; font-weight: bold; }"
            ' QLabel#working_day[rehearsal="true"] { background: #F2B01E; color: #1C1400;'
            " border-radius: 6px; padding: 2px 8px; }"
            ' QLabel#vip_title[highlight="true"] { background: #5B2A86; color: #FFFFFF;'
            " border-radius: 6px; padding: 2px 6px; }"
        )

        self._connect()
        self.banner.show_content(self.controller.banner)
        self.setFocusProxy(self.input)

    # --- building -----------------------------------------------------------------------------
    def _working_day(self) -> QLabel:
        """Which day the desk checks people in for, said outright in a rehearsal."""
        c = self.controller
        label = QLabel()
        label.setObjectName("working_day")
        day = day_label(c.day, self.lang)
        if c.rehearsal:
            label.setText(self.tr("Rehearsal: working as on %1").replace("%1", day))
            label.setToolTip(self.tr("Check-ins count for that day, not for today's date."))
        else:
            label.setText(self.tr("Working day: %1").replace("%1", day))
        label.setProperty("rehearsal", c.rehearsal)
        return label

    def _results_view(self) -> ResultsView:
        view = ResultsView()
        view.setObjectName("results")
        view.setModel(self.controller.results)
        view.installEventFilter(self)
        return view

    def _side_panel(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("side_panel")
        panel.setMinimumWidth(SIDE_PANEL_MIN_WIDTH)
        panel.setMaximumWidth(SIDE_PANEL_WIDTH)
        self.vip_title = QLabel(self.tr("Protocol: VIP arrivals of the day"))
        self.vip_title.setObjectName("vip_title")
        self.vip_list = self._arrivals_view(self.controller.vips)
        self.recent_title = QLabel(self.tr("Checked in at this desk"))
        self.recent_title.setObjectName("side_title")
        self.recent_list = self._arrivals_view(self.controller.recent)
        self.undo_button = QPushButton(self.tr("Undo a check-in…"))
        self.undo_button.setToolTip(self.tr("A supervisor's name and PIN are needed"))
        self.sound_box = QCheckBox(self.tr("Sound for VIP arrivals"))
        self.sound_box.setChecked(self.controller.sound)
        for title in (self.vip_title, self.recent_title):
            title.setWordWrap(True)  # a longer language wraps within the panel
        font = self.vip_title.font()
        font.setPointSizeF(13)
        font.setBold(True)
        self.vip_title.setFont(font)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.vip_title)
        layout.addWidget(self.vip_list, 3)
        layout.addWidget(self.sound_box)
        layout.addSpacing(8)
        layout.addWidget(self.recent_title)
        layout.addWidget(self.recent_list, 2)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.retake.button)
        return panel

    def _arrivals_view(self, model: QObject) -> QListView:
        view = QListView()
        view.setModel(model)  # type: ignore[arg-type]
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Lines wrap to the list's width, never hidden behind a sideways scroll bar; the lists
        # hold at most a few hundred arrivals, so laying out rows of their own height is cheap.
        view.setWordWrap(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setSpacing(3)
        view.setIconSize(QSize(14, 14))
        return view

    def _connect(self) -> None:
        c = self.controller
        self.input.textEdited.connect(c.query_changed)
        self.input.entered.connect(c.entered)
        self.input.down_pressed.connect(self.focus_results)
        self.input.escape_pressed.connect(self.back_to_input)
        c.clear_input.connect(self.input.reset)
        c.focus_results.connect(self.focus_results)
        c.search_status.connect(self.status.setText)
        c.banner_changed.connect(self._show_banner)
        c.result_ready.connect(self.result_shown)
        c.vip_arrived.connect(self._on_vip)
        c.undo_refused.connect(self.undo_keeper.refused)
        c.undo_finished.connect(self.undo_keeper.finished)
        self.results.doubleClicked.connect(self._check_in_index)
        self.undo_button.clicked.connect(self.request_undo)
        self.sound_box.toggled.connect(self._set_sound)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_to_input)
        self._vip_timer = QTimer(self)
        self._vip_timer.setSingleShot(True)
        self._vip_timer.setInterval(VIP_HIGHLIGHT_MS)
        self._vip_timer.timeout.connect(lambda: self._highlight_vip(False))

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        self.banner.set_compact(size.height() < COMPACT_BANNER_BELOW)
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.controller.start()  # protocol's list follows the other desks while shown

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.stop()

    # --- what the desk does -------------------------------------------------------------------
    @property
    def sound(self) -> bool:
        return self.controller.sound

    @sound.setter
    def sound(self, on: bool) -> None:
        self.sound_box.setChecked(on)

    def _set_sound(self, on: bool) -> None:
        self.controller.sound = on

    def scan(self, raw: str) -> None:
        """Check in the holder of ``raw`` as if it had been scanned."""
        self.controller.scan(raw)

    def focus_results(self) -> None:
        model = self.controller.results
        if model.rowCount() == 0:
            return
        current = self.results.currentIndex()
        row = current.row() if current.isValid() else 0
        self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.results.selectRow(row)
        self.results.setCurrentIndex(model.index(row, 0))

    def look_up(self, text: str) -> None:
        """Search for ``text`` at once, as if typed (a person picked elsewhere in the desk)."""
        self.input.setText(text)
        self.controller.query_changed(text)
        self.controller.search_now()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_to_input(self) -> None:
        self.input.reset()
        self.controller.query_changed("")
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def check_in_selected(self) -> None:
        rows = self.results.selectionModel().selectedRows()
        self._check_in_index(rows[0] if rows else self.results.currentIndex())

    def _check_in_index(self, index: QModelIndex) -> None:
        person = self.controller.results.person(index.row()) if index.isValid() else None
        if person is None:
            return
        self.controller.check_in_person(person.id)
        # Ready for the next guest: typing replaces the name, a scan lands in the input.
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)
        self.input.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.results and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._results_key(event)
        return super().eventFilter(watched, event)

    def _results_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.check_in_selected()
            return True
        if key == Qt.Key.Key_Up and self.results.currentIndex().row() <= 0:
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        text = event.text()
        no_command = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if text and text.isprintable() and no_command:
            # Typing (or a scanner) while the results have the focus goes to the input.
            self.input.setFocus(Qt.FocusReason.OtherFocusReason)
            self.input.keyPressEvent(event)
            return True
        return False

    def _show_banner(self, content: BannerContent) -> None:
        self.banner.show_content(content)

    def _on_vip(self, result: object) -> None:
        self._highlight_vip(True)
        self._vip_timer.start()
        self.vip_list.scrollToTop()
        self.vip_arrived.emit(result)

    def _highlight_vip(self, on: bool) -> None:
        self.vip_title.setProperty("highlight", on)
        self.vip_title.style().unpolish(self.vip_title)
        self.vip_title.style().polish(self.vip_title)

    # --- undo ---------------------------------------------------------------------------------
    def request_undo(self, arrival: Arrival | None = None) -> UndoDialog | None:
        """Ask a supervisor to undo ``arrival``, else the one selected in the recent list, else
        the last."""
        if arrival is None:
            index = self.recent_list.currentIndex()
            selected = index.data(ARRIVAL_ROLE) if index.isValid() else None
            arrival = selected if isinstance(selected, Arrival) and not selected.undone else None
        arrival = arrival or self.controller.recent.latest_undoable()
        if arrival is None:
            self.status.setText(self.tr("There is no check-in of this desk to undo."))
            return None
        dialog = UndoDialog(arrival, self.lang, self)
        self.undo_keeper.open(dialog, partial(self.controller.undo, arrival))
        return dialog
