"""A supervisor undoes a check-in on the spot: name, PIN and a reason for the journal."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from summit_desk.domain.persian import to_persian_digits, venue_time
from summit_desk.ui.supervisor_dialog import SupervisorDialog
from summit_desk.ui.widgets.arrivals_model import Arrival


class UndoDialog(SupervisorDialog):
    def __init__(self, arrival: Arrival, lang: str, parent: QWidget | None = None) -> None:
        person = arrival.person
        clock = venue_time(arrival.at).strftime("%H:%M")
        names = person.name
        name = names.name_fa if lang == "fa" else (names.name_latin or names.name_fa)
        super().__init__(
            self.tr("Undo a check-in"),
            question=self.tr("Undo the check-in of %1 at %2?")
            .replace("%1", name)
            .replace("%2", to_persian_digits(clock) if lang == "fa" else clock),
            explanation=self.tr("A supervisor must confirm with their name and PIN."),
            reason_example=self.tr("For example: checked in the wrong person"),
            confirm=self.tr("Undo the check-in"),
            parent=parent,
        )
        self.arrival = arrival
