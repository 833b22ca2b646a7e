"""A form field with its own error line beneath it, so a refusal is read where it is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #B0211B;"


class FieldBox(QWidget):
    def __init__(self, editor: QWidget, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = label  # the field's name as the form shows it, for its messages
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def show_error(self, message: str) -> None:
        previous = self.error.text()
        self.error.setText(f"{previous}\n{message}" if previous else message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()
