"""What every page that shows one day of the event and keeps itself current has in common: the
day selector, the error line, the Refresh button, and polling only while the page is shown.

How a page uses it (the dashboard and the delegations pages do)::

    class SeatingPage(DayPage):
        def __init__(self, context, lang, parent=None):
            super().__init__(lang, parent)
            ...  # lay out: place self.day_caption, self.day_box, self.error, self.refresh_button
            self.controller = SeatingController(context, lang, self)
            self.connect_controller(self.controller)  # the wiring every day page shares
            self.controller.plan_ready.connect(self.show_plan)  # and the page's own

The page never calls into the database and the controller never touches the page: the
controller runs its queries through a ``Refresher`` (ui/tasks.py) and emits signals; the page
wires them to its widgets. ``connect_controller`` wires a ``DayController``:

* the page's ``day_chosen(date)`` → ``controller.choose_day``; Refresh → ``controller.refresh``;
  shown → ``controller.start()`` (poll), hidden → ``controller.stop()``;
* ``controller.days_changed(days, chosen)`` → ``show_days``; ``controller.failed(message)`` →
  ``show_error`` (the next ``refreshed`` hides it) and the page's own ``failed``;
  ``controller.refreshed`` → the page's ``refreshed`` (tests and the window wait for it).
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from summit_desk.ui.formatting import day_label

ERROR_STYLE = "QLabel#error { color: #a61b1b; font-weight: bold; }"


class DayController(Protocol):
    """What ``DayPage.connect_controller`` needs of a page's controller."""

    days_changed: SignalInstance  # (tuple[date, ...], date | None)
    refreshed: SignalInstance
    failed: SignalInstance  # (str)

    def choose_day(self, day: date) -> None: ...
    def refresh(self) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


class DayPage(QWidget):
    """A page of one chosen day: ``refresh()`` asks at once; while shown the controller also
    asks on its own timer. ``refreshed`` follows every update shown, ``failed`` every error."""

    refreshed = Signal()
    failed = Signal(str)
    day_chosen = Signal(object)  # date
    visible_changed = Signal(bool)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.day_box = QComboBox()
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # translate(), not self.tr(): PySide6 takes tr()'s context from the subclass at run time
        self.day_caption = QLabel(QCoreApplication.translate("DayPage", "Day"))
        self.day_caption.setBuddy(self.day_box)
        self.refresh_button = QPushButton(QCoreApplication.translate("DayPage", "Refresh"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self._controller: DayController | None = None
        self.day_box.currentIndexChanged.connect(self._on_day_index)

    def connect_controller(self, controller: DayController) -> None:
        self._controller = controller
        self.day_chosen.connect(controller.choose_day)
        self.refresh_button.clicked.connect(controller.refresh)
        self.visible_changed.connect(
            lambda shown: controller.start() if shown else controller.stop()
        )
        controller.days_changed.connect(self.show_days)
        controller.failed.connect(self.show_error)
        controller.failed.connect(self.failed)
        controller.refreshed.connect(self.error.hide)
        controller.refreshed.connect(self.refreshed)

    def refresh(self) -> None:
        """Ask the database again now (in the background); ``refreshed`` follows."""
        if self._controller is not None:
            self._controller.refresh()

    # --- the day -------------------------------------------------------------------------------
    def show_days(self, days: tuple[date, ...], chosen: date | None) -> None:
        """The event's days in the selector, ``chosen`` selected; no ``day_chosen`` follows."""
        self.day_box.blockSignals(True)
        shown = [self.day_box.itemData(i) for i in range(self.day_box.count())]
        if shown != [d.isoformat() for d in days]:
            self.day_box.clear()
            for day in days:
                self.day_box.addItem(day_label(day, self.lang), day.isoformat())
        if chosen in days:
            self.day_box.setCurrentIndex(days.index(chosen))
        self.day_box.blockSignals(False)

    def chosen_day(self) -> date | None:
        if self.day_box.currentIndex() < 0:
            return None  # currentData() would be an empty QVariant: see progress_delegate
        day = self.day_box.currentData()
        return date.fromisoformat(day) if isinstance(day, str) else None

    def _on_day_index(self) -> None:
        day = self.chosen_day()
        if day is not None:
            self.day_chosen.emit(day)

    # --- errors and visibility -----------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visible_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visible_changed.emit(False)
