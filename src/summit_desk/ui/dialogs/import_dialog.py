"""Import people from a CSV or XLSX file: checked first, then imported with an admin's PIN.

Both steps run in a worker behind an indeterminate progress bar; Cancel stops waiting. The
report, or every problem that refused the file, is shown in the user's language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from summit_desk.services.context import DeskContext
from summit_desk.ui.dialogs.import_controller import ImportController


def isolate(text: str, right_to_left: bool = True) -> str:
    """A path keeps its own direction inside right-to-left text: marks, not an isolate, as Qt's
    text layout moves the leading "/" of an isolated path to its other end. The closing RLM
    keeps the Persian digits after «path:» out of the path's left-to-right run."""
    return f"\u200e{text}\u200f" if right_to_left else text


class ImportDialog(QDialog):
    imported = Signal()  # people were written: the window refreshes

    def __init__(self, context: DeskContext, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.path: Path | None = None
        self.controller = ImportController(context, lang, self)
        self.controller.checked.connect(self._on_checked)
        self.controller.imported.connect(self._on_imported)
        self.controller.refused.connect(self._on_refused)
        self.controller.busy.connect(self.set_busy)
        self.setWindowTitle(self.tr("Import people"))
        self._checked_ok = False
        self._build()
        self.resize(760, 560)

    def _build(self) -> None:
        explain = QLabel(
            self.tr(
                "Choose a CSV or Excel file with the columns of the import template. The file "
                "is checked first; nothing changes until an administrator confirms the import, "
                "and then every row is imported or none."
            )
        )
        explain.setWordWrap(True)
        self.file_label = QLineEdit()
        self.file_label.setReadOnly(True)
        self.file_label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.file_label.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.create_delegations = QCheckBox(self.tr("Create the delegations the file names"))
        self.create_delegations.toggled.connect(self._recheck)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)

        self.admin = QLineEdit()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        confirm = QGroupBox(self.tr("An administrator confirms the import"))
        form = QFormLayout(confirm)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Administrator"), self.admin)
        form.addRow(self.tr("PIN"), self.pin)
        self._build_bottom(explain, file_row, confirm)

    def _build_bottom(self, explain: QLabel, file_row: QHBoxLayout, confirm: QGroupBox) -> None:

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("The file's report will appear here."))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(file_row)
        layout.addWidget(self.create_delegations)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addLayout(busy_row)
        layout.addWidget(confirm)
        layout.addLayout(buttons)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the list of people"),
            str(self.path.parent) if self.path else "",
            self.tr("People lists (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.check_file(Path(name))

    def check_file(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(str(path))  # a left-to-right field: no marks needed
        self._recheck()

    def _recheck(self) -> None:
        if self.path is None:
            return
        self._checked_ok = False
        self.report.clear()
        self.status.setText(self.tr("Checking the file…"))
        self.controller.check(self.path, self.create_delegations.isChecked())

    def start_import(self) -> None:
        if self.path is None or not self._checked_ok:
            return
        if not self.admin.text().strip() or not self.pin.text():
            self.status.setText(self.tr("An administrator's name and PIN are needed to import."))
            self.admin.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.status.setText(self.tr("Importing…"))
        self.controller.run_import(
            self.path, self.create_delegations.isChecked(), self.admin.text(), self.pin.text()
        )
        self.pin.clear()

    def cancel(self) -> None:
        self.controller.cancel()
        self.status.setText(
            self.tr("Stopped waiting. An import under way still lands whole or not at all.")
        )

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.create_delegations.setEnabled(not busy)
        self.import_button.setEnabled(not busy and self._checked_ok)

    def _show_report(self, text: str) -> None:
        """The report, its file's path kept left to right inside Persian sentences."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        # The plain-text view mislays isolates (U+2068/U+2069) that messages put around values;
        # the marks below do the same work there.
        text = text.replace("\u2068", "").replace("\u2069", "")
        if self.path is not None:
            text = text.replace(str(self.path), isolate(str(self.path), rtl))
        # QPlainTextEdit lays its paragraphs out left to right whatever the widget's direction.
        option = self.report.document().defaultTextOption()
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self.report.document().setDefaultTextOption(option)
        self.report.setPlainText(text)

    def _on_checked(self, report: str) -> None:
        self._checked_ok = True
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("The file can be imported. Nothing has changed yet."))
        self._show_report(report)

    def _on_imported(self, report: str) -> None:
        self._checked_ok = False
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Imported."))
        self._show_report(report)
        self.imported.emit()

    def _on_refused(self, message: str) -> None:
        self.status.setText(self.tr("Refused. Nothing has changed."))
        self._show_report(message)

    def reject(self) -> None:
        self.controller.cancel()
        super().reject()
