"""The desk's main window. On an empty data folder it offers the demo event or a new event;
with an event it shows the event and its delegations (the check-in desk itself comes next)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.persian import jalali_date, to_persian_digits
from summit_desk.domain.values import EventInfo
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.event import EventService
from summit_desk.services.stats import Stats, StatsService
from summit_desk.ui.new_event_dialog import NewEventDialog
from summit_desk.ui.tasks import Task, start

_Index = QModelIndex | QPersistentModelIndex


def ltr(text: str) -> str:
    """A path or URL inside right-to-left text: isolated, so «/tmp/desk.sqlite» keeps its slash
    at the start instead of the paragraph's direction moving it to the end."""
    return f"\u2066{text}\u2069"


class DelegationCountsModel(QAbstractTableModel):
    """Delegations with their people and arrivals per day, for the overview table."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._stats: Stats | None = None

    def set_stats(self, stats: Stats) -> None:
        self.beginResetModel()
        self._stats = stats
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._stats is None else len(self._stats.delegations)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._stats is None else 3 + len(self._stats.days)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if self._stats is None:
            return None
        fixed = [self.tr("Code"), self.tr("Delegation"), self.tr("People")]
        if section < len(fixed):
            return fixed[section]
        day = self._stats.days[section - len(fixed)]
        label = jalali_date(day) if self.lang == "fa" else day.isoformat()
        return self.tr("Arrived %1").replace("%1", label)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._stats is None:
            return None
        row = self._stats.delegations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.key
            if column == 1:
                return row.name_fa if self.lang == "fa" else row.name_en
            value = row.people if column == 2 else list(row.arrived.values())[column - 3]
            return to_persian_digits(value) if self.lang == "fa" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class WelcomePage(QWidget):
    create_demo = Signal()
    create_event = Signal()

    def __init__(self, database_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Summit Desk"))
        title.setObjectName("title")
        text = QLabel(
            self.tr(
                "There is no event in %1 yet. Create the demo event of the Caspian governors' "
                "summit to try the desk, or set up a new event."
            ).replace("%1", ltr(database_label))
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Create the demo event"))
        self.new_button = QPushButton(self.tr("New event…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.demo_button.clicked.connect(self.create_demo)
        self.new_button.clicked.connect(self.create_event)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addStretch()

    def set_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.new_button.setEnabled(not busy)
        self.progress.setVisible(busy)


class OverviewPage(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.title = QLabel()
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.slogan = QLabel()
        self.details = QLabel()
        self.model = DelegationCountsModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.slogan)
        layout.addWidget(self.details)
        layout.addWidget(self.table, 1)

    def show_event(self, event: EventInfo, stats: Stats) -> None:
        fa = self.lang == "fa"
        self.title.setText(event.name_fa if fa else event.name_en)
        self.slogan.setText(event.slogan_fa if fa else event.slogan_en)
        days = " · ".join(jalali_date(d) if fa else d.isoformat() for d in event.days)
        people = to_persian_digits(stats.people) if fa else str(stats.people)
        delegations = len(stats.delegations)
        count = to_persian_digits(delegations) if fa else str(delegations)
        self.details.setText(
            self.tr("%1 — %2 people in %3 delegations")
            .replace("%1", days)
            .replace("%2", people)
            .replace("%3", count)
        )
        self.model.set_stats(stats)


class MainWindow(QMainWindow):
    def __init__(self, context: DeskContext, lang: str) -> None:
        super().__init__()
        self.context = context
        self.lang = lang
        self.setWindowTitle(self.tr("Summit Desk"))
        self.resize(1100, 720)
        self.welcome = WelcomePage(context.database.label)
        self.overview = OverviewPage(lang)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)
        self.setStyleSheet("QLabel#title { font-size: 20pt; font-weight: bold; }")
        self.welcome.create_demo.connect(self.on_create_demo)
        self.welcome.create_event.connect(self.on_create_event)
        self.statusBar().showMessage(ltr(context.database.label))
        self.refresh()

    def refresh(self) -> None:
        event = EventService(self.context).info()
        if event is None:
            self.pages.setCurrentWidget(self.welcome)
            return
        self.overview.show_event(event, StatsService(self.context).compute())
        self.pages.setCurrentWidget(self.overview)

    def on_create_demo(self) -> None:
        self._run(lambda: DemoService(self.context).create())

    def on_create_event(self) -> None:
        dialog = NewEventDialog(self.lang, self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        spec = dialog.spec()
        self._run(lambda: EventService(self.context).create(spec))

    def _run(self, work: object) -> None:
        self.welcome.set_busy(True)
        task = Task(work, self.lang)  # type: ignore[arg-type]
        task.signals.succeeded.connect(self._on_done)
        task.signals.failed.connect(self._on_failed)
        self._task = task  # keeps the signals alive until the task reports
        start(task)

    def _on_done(self, _result: object) -> None:
        self.welcome.set_busy(False)
        self.refresh()

    def _on_failed(self, message: str) -> None:
        self.welcome.set_busy(False)
        QMessageBox.warning(self, self.tr("Summit Desk"), message)
