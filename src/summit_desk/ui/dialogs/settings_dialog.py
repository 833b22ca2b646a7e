"""The desk's settings: who and where it is, how it prints, its language and its database."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from summit_desk.printing.badge_layouts import layout_names
from summit_desk.services.context import default_database_file
from summit_desk.ui.layout_titles import layout_title
from summit_desk.ui.settings import DeskSettings, load_settings, save_settings

LANGUAGE_NAMES = (("fa", "فارسی"), ("en", "English"))


class SettingsDialog(QDialog):
    def __init__(self, store: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Settings"))
        current = load_settings(store)
        self.desk_name = QLineEdit(current.desk_name)
        # Who is at the desk is who logged in (issue #8); the desk locks itself when left idle.
        self._operator_name = current.operator_name
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(0, 240)
        self.idle_lock.setValue(current.idle_lock_minutes)
        self.layout_choice = QComboBox()
        for name in layout_names():
            self.layout_choice.addItem(layout_title(name), name)
        self._choose(self.layout_choice, current.layout)
        self.printer = QComboBox()
        self.printer.addItem(self.tr("The system's default printer"), "")
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self._choose(self.printer, current.printer)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self._choose(self.language, current.language)
        self.database = QLineEdit(current.database)
        self.database.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.database.setPlaceholderText(
            self.tr("The data folder's %1").replace("%1", default_database_file().name)
        )
        self.database.setToolTip(str(default_database_file()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_database)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(browse)
        self.backup_folder = QLineEdit(current.backup_folder)
        self.backup_folder.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.backup_folder.setPlaceholderText(self.tr("No automatic backups"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Desk name"), self.desk_name)
        form.addRow(self.tr("Lock after minutes idle (0: never)"), self.idle_lock)
        form.addRow(self.tr("Badge layout"), self.layout_choice)
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Database (file or URL)"), database_row)
        form.addRow(self.tr("Backups every five minutes to"), self.backup_folder)
        note = QLabel(self.tr("The language and the database apply the next time the desk starts."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self._buttons())
        self.setMinimumWidth(520)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0 and value:  # a printer or layout no longer here: kept, not lost
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def choose_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("The desk's database"),
            self.database.text(),
            self.tr("SQLite databases (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.database.setText(name)

    def settings(self) -> DeskSettings:
        return DeskSettings(
            desk_name=self.desk_name.text().strip() or DeskSettings().desk_name,
            operator_name=self._operator_name,
            layout=self.layout_choice.currentData() or DeskSettings().layout,
            printer=self.printer.currentData() or "",
            language=self.language.currentData() or "fa",
            database=self.database.text().strip(),
            backup_folder=self.backup_folder.text().strip(),
            idle_lock_minutes=self.idle_lock.value(),
        )

    def accept(self) -> None:
        save_settings(self.settings(), self.store)
        super().accept()
