"""The desk's main window: check-in, delegations, the dashboard, badges, seating and the
panel door, one tab each (F1…F6).

On an empty data folder it offers the demo event or a new event first; the desk's pages are
built once the database holds an event.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.values import CheckInResult, EventInfo, PersonSummary
from summit_desk.services.backup import BackupService
from summit_desk.services.context import DeskContext
from summit_desk.services.demo import DemoService
from summit_desk.services.event import EventService
from summit_desk.services.offline import DeskLink, DeskMode, LinkState
from summit_desk.services.people import PeopleService
from summit_desk.ui.actions import install_desk_menus
from summit_desk.ui.badges import BadgesPage
from summit_desk.ui.checkin import CheckInPage
from summit_desk.ui.dashboard import DashboardPage
from summit_desk.ui.delegations import DelegationsPage
from summit_desk.ui.door import DoorPage
from summit_desk.ui.formatting import number
from summit_desk.ui.new_event_dialog import NewEventDialog
from summit_desk.ui.seating import SeatingPage
from summit_desk.ui.settings import load_settings
from summit_desk.ui.tasks import Refresher, Runner

VIP_MESSAGE_MS = 15_000
BACKUP_EVERY_MS = 5 * 60 * 1000  # the desk's own backups: every five minutes
LINK_EVERY_MS = 3_000  # a desk on a server: is it there? (offline: merge when it is back)
MIRROR_EVERY = 100  # ... and every this many answers online, refresh the local mirror


def ltr(text: str) -> str:
    """A path or URL inside right-to-left text: isolated, so «/tmp/desk.sqlite» keeps its slash
    at the start instead of the paragraph's direction moving it to the end."""
    return f"\u2066{text}\u2069"


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


class DeskLinkStatus(QObject):
    """A desk on a server: asks its link every few seconds how it is; offline, that asking
    reconnects and merges the local journal once the server answers. ``changed`` carries the
    ``LinkState`` for the status bar."""

    changed = Signal(object)

    def __init__(
        self, link: DeskLink, runner: Runner, interval_ms: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.link = link
        self._answers = 0
        self.refresher = Refresher(runner, "desk-link", self._poll, interval_ms, self)
        self.refresher.answered.connect(self.changed)
        self.refresher.resume()

    def _poll(self) -> LinkState:  # in the runner's thread
        if self.link.mode is not DeskMode.ONLINE:
            if self.link.probe():  # back: say so while the local journal goes in (queued)
                self.changed.emit(LinkState(DeskMode.MERGING, self.link.state().waiting))
                self.link.reconnect()
        elif self.link.probe() and self._answers % MIRROR_EVERY == 0:
            self.link.refresh()
        self._answers += 1
        return self.link.state()


class MainWindow(QMainWindow):
    def __init__(self, context: DeskContext, lang: str, link: DeskLink | None = None) -> None:
        super().__init__()
        self.context = link.context if link is not None else context
        context = self.context
        self.lang = lang
        self.resize(1280, 800)
        self.welcome = WelcomePage(context.database.label)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)
        self.setStyleSheet("QLabel#title { font-size: 20pt; font-weight: bold; }")
        self.tabs: QTabWidget | None = None
        self.checkin: CheckInPage | None = None
        self.delegations: DelegationsPage | None = None
        self.dashboard: DashboardPage | None = None
        self.badges: BadgesPage | None = None
        self.seating: SeatingPage | None = None
        self.door: DoorPage | None = None
        self.vip_label = QLabel()
        self.vip_label.setObjectName("vip")
        self.vip_label.setStyleSheet("QLabel#vip { color: #8E1B1B; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.vip_label)
        self.statusBar().showMessage(ltr(context.database.label))
        self._vip_timer = QTimer(self)
        self._vip_timer.setSingleShot(True)
        self._vip_timer.setInterval(VIP_MESSAGE_MS)
        self._vip_timer.timeout.connect(self.vip_label.clear)
        self.welcome.create_demo.connect(self.on_create_demo)
        self.welcome.create_event.connect(self.on_create_event)
        self.runner = Runner(lang, self)
        self.backup_label = QLabel()  # red while the last backup failed
        self.backup_label.setStyleSheet("QLabel { color: #B00020; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.settings_store: QSettings | None = None  # None: the desk's own settings
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.take_backup)
        self._backup_timer.start()
        self.link_label = QLabel()  # a desk on a server: online, or offline on its journal
        self.link_label.setObjectName("deskLink")
        self.statusBar().addPermanentWidget(self.link_label)
        self.link_status: DeskLinkStatus | None = None
        if link is not None:
            self.link_status = DeskLinkStatus(link, self.runner, LINK_EVERY_MS, self)
            self.link_status.changed.connect(self.show_link)
        self.desk_actions = install_desk_menus(self)
        self.desk_actions.walk_in_registered.connect(self.on_walk_in_registered)
        self.refresh()

    def refresh(self) -> None:
        event = EventService(self.context).info()
        if event is None:
            self.setWindowTitle(self.tr("Summit Desk"))
            self.pages.setCurrentWidget(self.welcome)
            return
        self._show_desk(event)

    def _show_desk(self, event: EventInfo) -> None:
        name = event.name_fa if self.lang == "fa" else event.name_en
        self.setWindowTitle(f"{name} — {self.tr('Summit Desk')}")
        if self.tabs is None:
            self.checkin = CheckInPage(
                self.context, self.lang, photo_for=PeopleService(self.context).photo
            )
            self.delegations = DelegationsPage(self.context, self.lang)
            self.dashboard = DashboardPage(self.context, self.lang)
            self.badges = BadgesPage(self.context, self.lang)
            self.seating = SeatingPage(self.context, self.lang)
            self.door = DoorPage(self.context, self.lang)
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.checkin, self.tr("Check-in"))
            self.tabs.addTab(self.delegations, self.tr("Delegations"))
            self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
            self.tabs.addTab(self.badges, self.tr("Badges"))
            self.tabs.addTab(self.seating, self.tr("Seating"))
            self.tabs.addTab(self.door, self.tr("Panel door"))
            self.pages.addWidget(self.tabs)
            self.checkin.vip_arrived.connect(self.on_vip_arrived)
            # the badges page remembers who was found, and prints at check-in when asked to
            self.checkin.result_shown.connect(self.badges.print_for_check_in)
            self.delegations.person_activated.connect(self.on_person_activated)
            for index, key in enumerate(("F1", "F2", "F3", "F4", "F5")):
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(self._switcher(index))
            # F6 by the page, not its index: F5 is the Seating page's, wherever its tab sits
            door_key = QShortcut(QKeySequence("F6"), self)
            door_key.activated.connect(self.show_door)
        assert self.checkin is not None
        self.pages.setCurrentWidget(self.tabs)
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.back_to_input()

    def _switcher(self, index: int) -> Callable[[], None]:
        def switch() -> None:
            if self.tabs is not None:
                self.tabs.setCurrentIndex(index)
                if index == 0 and self.checkin is not None:
                    self.checkin.back_to_input()

        return switch

    def show_door(self) -> None:
        if self.tabs is not None and self.door is not None:
            self.tabs.setCurrentWidget(self.door)
            self.door.input.setFocus()

    def on_vip_arrived(self, result: CheckInResult) -> None:
        person = result.person
        if person is None:
            return
        names = person.name
        name = names.name_fa if self.lang == "fa" else names.name_latin or names.name_fa
        delegation = person.delegation_fa if self.lang == "fa" else person.delegation_en
        self.vip_label.setText(
            self.tr("Protocol: %1 (%2) has arrived").replace("%1", name).replace("%2", delegation)
        )
        self._vip_timer.start()

    def on_person_activated(self, person_id: int) -> None:
        """A person double-clicked in the delegations tree: look them up at the check-in."""
        if self.tabs is None or self.checkin is None:
            return
        ref = PeopleService(self.context).ref_of(person_id)
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.look_up(ref)

    def on_walk_in_registered(self, person: PersonSummary) -> None:
        """A walk-in has a badge code from the moment they are registered: show it to print."""
        if self.tabs is None or self.badges is None:
            return
        self.tabs.setCurrentWidget(self.badges)
        self.badges.show_person(person.ref)

    def on_create_demo(self) -> None:
        self._run(lambda: DemoService(self.context).create())

    def on_create_event(self) -> None:
        dialog = NewEventDialog(self.lang, self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        spec = dialog.spec()
        self._run(lambda: EventService(self.context).create(spec))

    def _run(self, work: Callable[[], object]) -> None:
        self.welcome.set_busy(True)
        self.runner.run("event", work, self._on_done, self._on_failed)

    def _on_done(self, _result: object) -> None:
        self.welcome.set_busy(False)
        self.refresh()

    def _on_failed(self, message: str) -> None:
        self.welcome.set_busy(False)
        QMessageBox.warning(self, self.tr("Summit Desk"), message)

    def take_backup(self) -> None:
        """A rotated, checked backup into the folder of the settings (none when it is empty)."""
        folder = load_settings(self.settings_store).backup_folder
        if not folder or not self.context.database.is_sqlite:
            return
        service = BackupService(self.context)
        self.runner.run(
            "backup",
            lambda: service.rotate_into(Path(folder)),
            self._backed_up,
            self._backup_failed,
        )

    def show_link(self, state: LinkState) -> None:
        waiting = number(state.waiting, self.lang)
        if state.mode is DeskMode.ONLINE:
            text, colour = self.tr("Online"), "#2e7d32"
        elif state.mode is DeskMode.MERGING:
            text, colour = self.tr("Merging the local journal: %1 entries"), "#8a5a00"
        else:
            text, colour = self.tr("Offline: on the local journal, %1 entries waiting"), "#B00020"
        self.link_label.setText(text.replace("%1", waiting))
        self.link_label.setStyleSheet(f"QLabel#deskLink {{ color: {colour}; font-weight: bold; }}")

    def _backed_up(self, report: object) -> None:
        self.backup_label.clear()
        self.statusBar().showMessage(ltr(str(getattr(report, "path", ""))), 10_000)

    def _backup_failed(self, message: str) -> None:
        self.backup_label.setText(message)

    def closeEvent(self, event: object) -> None:
        if self.checkin is not None:
            self.checkin.controller.wait_until_idle(5_000)
        if self.badges is not None:
            self.badges.controller.wait_until_idle(5_000)
        if self.seating is not None:
            self.seating.controller.wait_until_idle(5_000)
        if self.door is not None:
            self.door.controller.wait_until_idle(5_000)
        super().closeEvent(event)  # type: ignore[arg-type]
