"""The desk's main window: check-in, delegations, the dashboard, badges, seating and the
panel door, one tab each (F1…F6).

On an empty data folder it offers the demo event or a new event first; the desk's pages are
built once the database holds an event.

The window must appear at once (issue #9): staff restart the desk more often than anyone thinks.
So only the check-in page is built with it; each other tab holds an empty placeholder until it is
first shown (or its page is asked for, e.g. ``window.badges``), and only then is its module
imported: ReportLab and the printing engine come with the Badges and Seating pages, or with the
first badge printed at check-in. ``_built`` holds the pages built so far.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from summit_desk.ui.settings import load_settings, open_store
from summit_desk.ui.tasks import Runner
from summit_desk.ui.welcome_page import WelcomePage, ltr

if TYPE_CHECKING:
    from summit_desk.domain.values import CheckInResult, EventInfo, PersonSummary
    from summit_desk.services.context import DeskContext
    from summit_desk.services.offline import DeskLink
    from summit_desk.ui.badges import BadgesPage
    from summit_desk.ui.checkin import CheckInPage
    from summit_desk.ui.dashboard import DashboardPage
    from summit_desk.ui.delegations import DelegationsPage
    from summit_desk.ui.desk_link import DeskLinkLabel, DeskLinkStatus
    from summit_desk.ui.door import DoorPage
    from summit_desk.ui.seating import SeatingPage

VIP_MESSAGE_MS = 15_000
BACKUP_EVERY_MS = 5 * 60 * 1000  # the desk's own backups: every five minutes
# The Badges page's "print at each check-in" setting (ui/badges/controller.py keeps the same key;
# tests/test_startup.py checks that): read here so that a check-in prints without that page open.
PRINT_ON_CHECK_IN_KEY = "badges/print_on_check_in"
# The tabs in order (F1…F6): check-in first, the others built when first shown.
LATER_PAGES = ("delegations", "dashboard", "badges", "seating", "door")


class MainWindow(QMainWindow):
    """The desk. Built without a ``context`` it is an empty frame that paints at once, and
    ``attach`` gives it the database once it is open (app.py does so after the first paint:
    opening the database needs SQLAlchemy, most of a second's import on a desk's laptop)."""

    context: DeskContext
    welcome: WelcomePage

    def __init__(
        self,
        context: DeskContext | None,
        lang: str,
        link: DeskLink | None = None,
        idle_lock_minutes: int = 0,
    ) -> None:
        super().__init__()
        self.lang = lang
        self.resize(1280, 800)
        self.setWindowTitle(self.tr("Summit Desk"))
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())  # the frame, until the database is open
        self.setCentralWidget(self.pages)
        self.setStyleSheet("QLabel#title { font-size: 20pt; font-weight: bold; }")
        self.tabs: QTabWidget | None = None
        self.checkin: CheckInPage | None = None
        self._built: dict[str, QWidget] = {}  # the later pages built so far, by name
        self._last_found: CheckInResult | None = None  # for the Badges page, once it is built
        self.vip_label = QLabel()
        self.vip_label.setObjectName("vip")
        self.vip_label.setStyleSheet("QLabel#vip { color: #8E1B1B; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.vip_label)
        self._vip_timer = QTimer(self)
        self._vip_timer.setSingleShot(True)
        self._vip_timer.setInterval(VIP_MESSAGE_MS)
        self._vip_timer.timeout.connect(self.vip_label.clear)
        self.runner = Runner(lang, self)
        self.backup_label = QLabel()  # red while the last backup failed
        self.backup_label.setStyleSheet("QLabel { color: #B00020; font-weight: bold; }")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.settings_store: QSettings | None = None  # None: the desk's own settings
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self.take_backup)
        self._idle_lock_minutes = idle_lock_minutes
        self.link_label: DeskLinkLabel | None = None  # a desk on a server: online or offline
        self.link_status: DeskLinkStatus | None = None
        if context is not None:
            self.attach(context, link)

    def attach(self, context: DeskContext, link: DeskLink | None = None) -> None:
        """The database is open: the desk's menu, and its pages or the welcome page. A desk on a
        server works through its ``link`` (its context switches to the local journal offline)."""
        from summit_desk.ui.actions import install_desk_menus
        from summit_desk.ui.operator_dialog import IdleLock

        if link is not None:
            from summit_desk.ui import desk_link

            link.context = context = replace(context, database=link.context.database)
            self.link_label = desk_link.DeskLinkLabel(self.lang)
            self.statusBar().addPermanentWidget(self.link_label)
            self.link_status = desk_link.DeskLinkStatus(
                link, self.runner, desk_link.LINK_EVERY_MS, self
            )
            self.link_status.changed.connect(self.link_label.show_link)
        self.context = context
        self.welcome = WelcomePage(context.database.label)
        self.welcome.create_demo.connect(self.on_create_demo)
        self.welcome.create_event.connect(self.on_create_event)
        self.pages.addWidget(self.welcome)
        self.statusBar().showMessage(ltr(context.database.label))
        self._backup_timer.start()
        self.desk_actions = install_desk_menus(self)
        self.desk_actions.walk_in_registered.connect(self.on_walk_in_registered)
        self._locked = False
        self.idle_lock = IdleLock(self._idle_lock_minutes, self.lock, self)
        self.refresh()

    def refresh(self) -> None:
        from summit_desk.services.event import EventService

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
            from summit_desk.services.people import PeopleService
            from summit_desk.ui.checkin import CheckInPage

            self.checkin = CheckInPage(
                self.context, self.lang, photo_for=PeopleService(self.context).photo
            )
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            self.tabs.addTab(self.checkin, self.tr("Check-in"))
            for title in self._later_titles():
                self.tabs.addTab(QWidget(), title)  # its page comes when first shown
            self.pages.addWidget(self.tabs)
            self.tabs.currentChanged.connect(self._tab_shown)
            self.checkin.vip_arrived.connect(self.on_vip_arrived)
            self.checkin.result_shown.connect(self._check_in_shown)
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

    # --- the pages built on demand -------------------------------------------------------------
    def _later_titles(self) -> tuple[str, ...]:
        return (
            self.tr("Delegations"),
            self.tr("Dashboard"),
            self.tr("Badges"),
            self.tr("Seating"),
            self.tr("Panel door"),
        )

    def _build(self, name: str) -> QWidget:
        """The page ``name``, built now if it is not yet: its module is imported here."""
        page: Any
        context, lang = self.context, self.lang
        if name == "delegations":
            from summit_desk.ui.delegations import DelegationsPage

            page = DelegationsPage(context, lang)
            page.person_activated.connect(self.on_person_activated)
        elif name == "dashboard":
            from summit_desk.ui.dashboard import DashboardPage

            page = DashboardPage(context, lang)
        elif name == "badges":
            from summit_desk.ui.badges import BadgesPage

            page = BadgesPage(context, lang)
            if self._last_found is not None and self._last_found.person is not None:
                page.controller.last_found_ref = self._last_found.person.ref
        elif name == "seating":
            from summit_desk.ui.seating import SeatingPage

            page = SeatingPage(context, lang)
        else:
            from summit_desk.ui.door import DoorPage

            page = DoorPage(context, lang)
        self._built[name] = page
        assert self.tabs is not None
        index = LATER_PAGES.index(name) + 1
        placeholder = self.tabs.widget(index)
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # the swap is not the desk changing tabs
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, self._later_titles()[index - 1])
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()
        return page  # type: ignore[no-any-return]

    def _page(self, name: str) -> Any:
        if self.tabs is None:
            return None
        return self._built.get(name) or self._build(name)

    def _tab_shown(self, index: int) -> None:
        if index >= 1 and LATER_PAGES[index - 1] not in self._built:
            self._build(LATER_PAGES[index - 1])

    @property
    def delegations(self) -> DelegationsPage | None:
        return self._page("delegations")  # type: ignore[no-any-return]

    @property
    def dashboard(self) -> DashboardPage | None:
        return self._page("dashboard")  # type: ignore[no-any-return]

    @property
    def badges(self) -> BadgesPage | None:
        return self._page("badges")  # type: ignore[no-any-return]

    @property
    def seating(self) -> SeatingPage | None:
        return self._page("seating")  # type: ignore[no-any-return]

    @property
    def door(self) -> DoorPage | None:
        return self._page("door")  # type: ignore[no-any-return]

    def _check_in_shown(self, result: CheckInResult) -> None:
        """The Badges page remembers who was found, and prints at check-in when asked to: it
        is built for that only when a badge is to be printed."""
        from summit_desk.domain.values import CheckInStatus

        self._last_found = result
        badges = self._built.get("badges")
        printing = result.status == CheckInStatus.CHECKED_IN and self._prints_at_check_in()
        if badges is None and printing:
            badges = self._build("badges")
        if badges is not None:
            badges.print_for_check_in(result)  # type: ignore[attr-defined]

    def _prints_at_check_in(self) -> bool:
        value = (self.settings_store or open_store()).value(PRINT_ON_CHECK_IN_KEY, False)
        return value is True or value == "true"

    def _switcher(self, index: int) -> Callable[[], None]:
        def switch() -> None:
            if self.tabs is not None:
                self.tabs.setCurrentIndex(index)
                if index == 0 and self.checkin is not None:
                    self.checkin.back_to_input()

        return switch

    def show_door(self) -> None:
        door = self.door
        if self.tabs is not None and door is not None:
            self.tabs.setCurrentWidget(door)
            door.input.setFocus()

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
        from summit_desk.services.people import PeopleService

        ref = PeopleService(self.context).ref_of(person_id)
        self.tabs.setCurrentWidget(self.checkin)
        self.checkin.look_up(ref)

    def on_walk_in_registered(self, person: PersonSummary) -> None:
        """A walk-in has a badge code from the moment they are registered: show it to print."""
        badges = self.badges
        if self.tabs is None or badges is None:
            return
        self.tabs.setCurrentWidget(badges)
        badges.show_person(person.ref)

    def lock(self) -> None:
        """Left idle: nothing at the desk until an operator's PIN (issue #8, item 6)."""
        if self._locked or not self.context.operator:
            return  # nobody logged in yet (a new database): no PIN could open it again
        from summit_desk.ui.operator_dialog import OperatorDialog, Purpose

        self._locked = True
        OperatorDialog(self.context, self.lang, Purpose.UNLOCK, self).exec()
        self._locked = False
        self.idle_lock.timer.start()

    def on_create_demo(self) -> None:
        from summit_desk.domain.messages import render
        from summit_desk.services.demo import DemoService

        self._run(lambda: DemoService(self.context).create())
        self.statusBar().showMessage(render("operator.demo_accounts", self.lang))

    def on_create_event(self) -> None:
        from summit_desk.ui.new_event_dialog import NewEventDialog

        dialog = NewEventDialog(self.lang, self)
        if dialog.exec() != NewEventDialog.DialogCode.Accepted:
            return
        spec = dialog.spec()
        from summit_desk.services.event import EventService
        from summit_desk.services.operators import OperatorService
        from summit_desk.ui.operator_dialog import OperatorDialog, Purpose

        if not OperatorService(self.context).has_operators():
            # A real event has no default accounts: its first run names its admin.
            admin = OperatorDialog(self.context, self.lang, Purpose.FIRST_ADMIN, self)
            if admin.exec() != OperatorDialog.DialogCode.Accepted or admin.acting is None:
                return
            self.context = admin.acting
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
        from summit_desk.services.backup import BackupService

        service = BackupService(self.context)
        self.runner.run(
            "backup",
            lambda: service.rotate_into(Path(folder)),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, report: object) -> None:
        self.backup_label.clear()
        self.statusBar().showMessage(ltr(str(getattr(report, "path", ""))), 10_000)

    def _backup_failed(self, message: str) -> None:
        self.backup_label.setText(message)

    def closeEvent(self, event: object) -> None:
        if self.checkin is not None:
            self.checkin.controller.wait_until_idle(5_000)
        for name in ("badges", "seating", "door"):  # the pages built: a closed one has no work
            page: Any = self._built.get(name)
            if page is not None:
                page.controller.wait_until_idle(5_000)
        super().closeEvent(event)  # type: ignore[arg-type]
