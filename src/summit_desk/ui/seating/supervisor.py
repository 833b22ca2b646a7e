"""The supervisor confirms the seating changes of a session once: name and PIN.

The dialog is the one the undo and reissue flows use (ui/supervisor_dialog.py); a seating change
needs no reason of its own (each move is in the audit log, with the supervisor's name), so the
reason's row is hidden.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from summit_desk.ui.supervisor_dialog import SupervisorDialog


class SeatingSupervisorDialog(SupervisorDialog):
    def __init__(self, session: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change the seating"),
            question=self.tr("Change the seating of %1?").replace("%1", session),
            explanation=self.tr(
                "Seating changes need a supervisor. The desk asks once for this session; "
                "every change is kept in the audit log with the supervisor's name."
            ),
            reason_example="",
            confirm=self.tr("Confirm"),
            parent=parent,
        )
        form = self.findChild(QFormLayout)
        if form is not None:
            form.setRowVisible(self.reason, False)
