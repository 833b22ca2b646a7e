"""What the scanning pages (the check-in desk, a panel's door) share in their make-up: the large
scan input heading the main column, and the grey side panel beside that column."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLayout, QWidget

from summit_desk.ui.widgets.scan_input import ScanInput

# Each page adds the looks of its own widgets after these.
SCAN_PAGE_STYLE = (
    "QLineEdit#scan_input { font-size: 18pt; padding: 4px 10px;"
    " border: 2px solid #1F4E8C; border-radius: 8px; }"
    " QFrame#side_panel { background: #F4F6F9; border-radius: 10px; }"
    " QLabel#side_title { font-weight: bold; font-size: 13pt; }"
)


def scan_input(placeholder: str) -> ScanInput:
    """The page's scan input, tall enough to find at a glance, saying what to scan."""
    field = ScanInput()
    field.setObjectName("scan_input")
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(52)
    return field


def lay_out_beside_panel(page: QWidget, main: QLayout, panel: QWidget) -> None:
    """``main`` takes the page's width, ``panel`` (objectName ``side_panel``) stands beside it."""
    layout = QHBoxLayout(page)
    layout.setContentsMargins(16, 16, 16, 16)
    layout.setSpacing(16)
    layout.addLayout(main, 1)
    layout.addWidget(panel)
