"""A new event: its names, slogan, venue and days. Sessions and delegations come by import."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from summit_desk.domain.errors import InvalidText
from summit_desk.domain.names import clean_input
from summit_desk.domain.persian import jalali_date


class NewEventDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("New event"))
        self.name_fa = QLineEdit()
        self.name_en = QLineEdit()
        self.slogan_fa = QLineEdit()
        self.slogan_en = QLineEdit()
        self.venue_fa = QLineEdit()
        self.venue_en = QLineEdit()
        self.first_day = QDateEdit(QDate.currentDate())
        self.first_day.setCalendarPopup(True)
        # A Gregorian date in Western digits, left to right (a right-to-left date edit shows
        # its sections reversed), and the Jalali date beside it: never a Gregorian date in
        # Persian digits that reads like a Jalali one.
        self.first_day.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        self.first_day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.first_day.setDisplayFormat("yyyy-MM-dd")
        self.first_day_jalali = QLabel()
        self.first_day.dateChanged.connect(self._show_jalali)
        self._show_jalali()
        self.day_count = QSpinBox()
        self.day_count.setRange(1, 14)
        self.day_count.setValue(2)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Name (Persian)"), self.name_fa)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Slogan (Persian)"), self.slogan_fa)
        form.addRow(self.tr("Slogan (English)"), self.slogan_en)
        form.addRow(self.tr("Venue (Persian)"), self.venue_fa)
        form.addRow(self.tr("Venue (English)"), self.venue_en)
        first_day = QHBoxLayout()
        first_day.addWidget(self.first_day_jalali)
        first_day.addWidget(self.first_day)
        first_day.addStretch()
        form.addRow(self.tr("First day"), first_day)
        form.addRow(self.tr("Days"), self.day_count)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _show_jalali(self) -> None:
        first = self.first_day.date().toPython()
        assert isinstance(first, date)
        # The Persian desk reads Jalali; the English desk reads the Gregorian date alone.
        self.first_day_jalali.setVisible(self.lang == "fa")
        self.first_day_jalali.setText(self.tr("%1 — Gregorian:").replace("%1", jalali_date(first)))

    def accept(self) -> None:
        try:
            spec = self.spec()
        except InvalidText as exc:
            self.error.setText(exc.message(self.lang))
            return
        if not spec["event"]["name_fa"] and not spec["event"]["name_en"]:
            self.error.setText(self.tr("Give the event a name in Persian or English."))
            return
        super().accept()

    def spec(self) -> dict[str, Any]:
        first = self.first_day.date().toPython()
        assert isinstance(first, date)  # toPython() is typed as object
        names = {
            key: clean_input(widget.text(), label)
            for key, widget, label in (
                ("name_fa", self.name_fa, self.tr("Name (Persian)")),
                ("name_en", self.name_en, self.tr("Name (English)")),
                ("slogan_fa", self.slogan_fa, self.tr("Slogan (Persian)")),
                ("slogan_en", self.slogan_en, self.tr("Slogan (English)")),
                ("venue_fa", self.venue_fa, self.tr("Venue (Persian)")),
                ("venue_en", self.venue_en, self.tr("Venue (English)")),
            )
        }
        code = "".join(c for c in names["name_en"].upper() if c.isalnum())[:24] or "EVENT"
        return {
            "event": {"code": f"{code}-{first.year}", **names, "timezone": "Asia/Tehran"},
            "days": [
                {"date": (first + timedelta(days=i)).isoformat()}
                for i in range(self.day_count.value())
            ],
        }
