"""The first page of a desk whose database holds no event yet: the demo event, or a new one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


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
