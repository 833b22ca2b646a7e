"""A supervisor confirms on the spot: name, PIN and a reason that is kept with what they did.

The question and its wording belong to each use (undo a check-in, reissue badges); the page hands
the answer to its controller, which decides.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SupervisorDialog(QDialog):
    submitted = Signal(str, str, str)  # supervisor, PIN, reason

    def __init__(
        self,
        title: str,
        *,
        question: str,
        explanation: str,
        reason_example: str,
        confirm: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        about = QLabel(question)
        about.setWordWrap(True)
        font = about.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        about.setFont(font)
        explain = QLabel(explanation)
        explain.setWordWrap(True)
        self.supervisor = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(reason_example)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B0211B; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(confirm)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Supervisor"), self.supervisor)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.supervisor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.set_busy(True)
        self.error.hide()
        self.submitted.emit(self.supervisor.text(), self.pin.text(), self.reason.text())

    def set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()
        self.pin.clear()
        self.pin.setFocus(Qt.FocusReason.OtherFocusReason)
