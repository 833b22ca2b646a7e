"""A desk on a PostgreSQL server, in the status bar: online, or offline on its local journal
(issue #8, item 1). Asked every few seconds through the window's Runner; offline, that asking
reconnects and merges the local journal once the server answers."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from summit_desk.services.offline import DeskLink, DeskMode, LinkState
from summit_desk.ui.formatting import number
from summit_desk.ui.tasks import Refresher, Runner

LINK_EVERY_MS = 3_000  # a desk on a server: is it there? (offline: merge when it is back)
MIRROR_EVERY = 100  # ... and every this many answers online, refresh the local mirror


class DeskLinkStatus(QObject):
    """Asks the link how it is; ``changed`` carries the ``LinkState`` for the status bar."""

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
                self.changed.emit(replace(self.link.state(), mode=DeskMode.MERGING))
                self.link.reconnect()
        elif self.link.has_waiting():  # taken by the local journal while the merge ran
            self.link.reconnect()
        elif self.link.probe() and self._answers % MIRROR_EVERY == 0:
            self.link.refresh()
        self._answers += 1
        return self.link.state()


class DeskLinkLabel(QLabel):
    """The status bar's word on the link: green online, amber merging, red offline."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("deskLink")

    def show_link(self, state: LinkState) -> None:
        # The count the desk's staff care about is of check-ins (people the other desks do not
        # see as in yet); the audit entries that go with them (logins, refused scans) are in
        # the tooltip, so that the label never says "0 waiting" while something is.
        waiting = number(state.waiting, self.lang)
        if state.mode is DeskMode.ONLINE:
            text, colour = self.tr("Online"), "#2e7d32"
        elif state.mode is DeskMode.MERGING:
            text, colour = self.tr("Merging the local journal: check-ins: %1"), "#8a5a00"
        else:
            text = self.tr("Offline: on the local journal; check-ins waiting: %1")
            colour = "#B00020"
        self.setText(text.replace("%1", waiting))
        self.setToolTip(
            ""
            if state.mode is DeskMode.ONLINE
            else self.tr(
                "Waiting to be merged into the server: %1 check-ins and %2 audit log entries "
                "(logins, refused scans, undos)"
            )
            .replace("%1", waiting)
            .replace("%2", number(state.audit_waiting, self.lang))
        )
        self.setStyleSheet(f"QLabel#deskLink {{ color: {colour}; font-weight: bold; }}")
