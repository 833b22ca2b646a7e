"""The event's details as badges and lists print them: names, slogan and venue, in Persian and
English. Shared by every desk, so an admin confirms with their name and PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from summit_desk.domain.errors import SummitDeskError
from summit_desk.domain.values import EventInfo, Role
from summit_desk.services.context import DeskContext
from summit_desk.services.event import EVENT_TEXT_FIELDS, EventService
from summit_desk.services.operators import OperatorService


class EventDetailsDialog(QDialog):
    def __init__(self, context: DeskContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.updated: EventInfo | None = None
        self.setWindowTitle(self.tr("Event details"))
        event = EventService(context).require_event()
        labels = {
            "name_fa": self.tr("Name (Persian)"),
            "name_en": self.tr("Name (English)"),
            "slogan_fa": self.tr("Slogan (Persian)"),
            "slogan_en": self.tr("Slogan (English)"),
            "venue_fa": self.tr("Venue (Persian)"),
            "venue_en": self.tr("Venue (English)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key in EVENT_TEXT_FIELDS:
            edit = QLineEdit(getattr(event, key))
            # Wide enough for the event's long official name, and showing its start when
            # a longer one still does not fit (a line edit opens scrolled to its end).
            needed = edit.fontMetrics().horizontalAdvance(edit.text()) + 24
            edit.setMinimumWidth(min(max(needed, 420), 760))
            edit.setCursorPosition(0)
            if key.endswith("_en"):
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.admin = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("PIN"), self.pin)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B0211B; font-weight: bold;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Badges and lists printed from now on show these.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        details = {key: edit.text() for key, edit in self.fields.items()}
        try:
            admin = OperatorService(self.context).authorise(
                self.admin.text(), self.pin.text(), Role.ADMIN, "action.edit_event"
            )
            self.updated = EventService(admin).update_details(details)
        except SummitDeskError as exc:
            self.error.setText(exc.message(self.lang))
            self.error.show()
            self.pin.clear()
            return
        super().accept()
