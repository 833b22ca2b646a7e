"""The system's print dialog, as a test stands it in: the desk picks a PDF file and presses
Print, so what a page sends to the printer can be read back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog


class PrintDialogThatPrintsTo:
    """Stands in for QPrintDialog: the desk picks a PDF file and presses Print."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.shown = 0

    def __call__(self, printer: QPrinter, _parent: object = None) -> PrintDialogThatPrintsTo:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.path))
        self.shown += 1
        return self

    def exec(self) -> int:
        return QDialog.DialogCode.Accepted
