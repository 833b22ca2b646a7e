"""A supervisor undoes a mistaken entry at a panel's door: name, PIN and a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from summit_desk.ui.formatting import clock
from summit_desk.ui.supervisor_dialog import SupervisorDialog
from summit_desk.ui.widgets.arrivals_model import Arrival


class DoorUndoDialog(SupervisorDialog):
    def __init__(
        self, entry: Arrival, session_name: str, lang: str, parent: QWidget | None = None
    ) -> None:
        names = entry.person.name
        name = names.name_fa if lang == "fa" else (names.name_latin or names.name_fa)
        super().__init__(
            self.tr("Undo an entry"),
            question=self.tr("Undo the entry of %1 into %2 at %3?")
            .replace("%1", name)
            .replace("%2", session_name)
            .replace("%3", clock(entry.at, lang)),
            explanation=self.tr("A supervisor must confirm with their name and PIN."),
            reason_example=self.tr("For example: scanned at the wrong door"),
            confirm=self.tr("Undo the entry"),
            parent=parent,
        )
        self.entry = entry
