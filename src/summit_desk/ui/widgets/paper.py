"""A rendered PDF onto a printer (badges, seating plans, place cards): the printer set to the
document's own paper, each page painted as an image at the printer's resolution (capped at the
one the document was drawn for), edge to edge.

:func:`print_pdf` runs in a worker thread: Qt supports painting on a QPrinter outside the GUI
thread, and the PDF is opened there in a QPdfDocument of its own, so the preview's document is
never shared between threads.

Qt cannot place a PDF page on a QPrinter as vectors, so a page is rasterised by QtPdf. The
layout's ``printer_dpi`` is the resolution its QR codes were sized for, so rendering at that
resolution keeps every module on whole printer dots.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSettings, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from summit_desk.domain.errors import SummitDeskError
from summit_desk.printing.badge_layout_values import MM, BadgeLayout
from summit_desk.ui.settings import load_settings


def desk_printer(settings: QSettings | None = None) -> QPrinter:
    """The printer chosen in the desk's settings (the system's default when none is), at high
    resolution, for a page to set to its document's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = load_settings(settings).printer
    if name:
        printer.setPrinterName(name)
    return printer


def page_layout(layout: BadgeLayout) -> QPageLayout:
    """The layout's paper in millimetres, portrait or landscape as it is drawn."""
    return paper_layout(layout.page_width / MM, layout.page_height / MM, layout.id)


def paper_layout(width: float, height: float, name: str) -> QPageLayout:
    """A ``width`` × ``height`` millimetre paper, no margins, landscape when wider than high."""
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Millimeter,
        name,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def printer_for(layout: BadgeLayout, printer: QPrinter | None = None) -> QPrinter:
    """``printer`` (a new high-resolution one by default) set to the layout's paper, no margins."""
    return printer_on(page_layout(layout), printer)


def printer_for_pdf(pdf: Path, name: str, printer: QPrinter | None = None) -> QPrinter:
    """``printer`` set to the paper of the first page of the PDF at ``pdf`` (a seating plan on
    A3 landscape, an attendance sheet on A4 portrait)."""
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise SummitDeskError("file.unreadable", path=str(pdf), reason="PDF")
        points = document.pagePointSize(0)
    finally:
        document.close()
    return printer_on(paper_layout(points.width() / MM, points.height() / MM, name), printer)


def printer_on(paper: QPageLayout, printer: QPrinter | None = None) -> QPrinter:
    """``printer`` (a new high-resolution one by default) set to ``paper``, no margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(paper)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def print_pdf(
    pdf: Path,
    printer: QPrinter,
    max_dpi: int,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Every page of the PDF at ``pdf`` onto ``printer``; returns the number of pages.

    A printer that cannot be opened is ``badges.printer_unavailable``; a print cancelled between
    pages is ``badges.cancelled``: the job is aborted, and a PDF file being printed to is removed.
    """
    document = QPdfDocument()
    try:
        if document.load(str(pdf)) != QPdfDocument.Error.None_:
            raise SummitDeskError("file.unreadable", path=str(pdf), reason="PDF")
        painter = QPainter()
        if not painter.begin(printer):
            raise SummitDeskError(
                "badges.printer_unavailable",
                printer=printer.printerName() or printer.outputFileName(),
            )
        try:
            dpi = min(printer.resolution(), max_dpi)
            _paint(document, printer, painter, dpi, progress=progress, cancelled=cancelled)
        except SummitDeskError:
            printer.abort()
            painter.end()
            if printer.outputFileName():
                Path(printer.outputFileName()).unlink(missing_ok=True)
            raise
        painter.end()
        return document.pageCount()
    finally:
        document.close()


def _paint(
    document: QPdfDocument,
    printer: QPrinter,
    painter: QPainter,
    dpi: int,
    *,
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    for page in range(document.pageCount()):
        if cancelled is not None and cancelled():
            raise SummitDeskError("badges.cancelled")
        if page:
            printer.newPage()
        points = document.pagePointSize(page)
        pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, pixels)
        target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
        target.moveTo(0, 0)
        painter.drawImage(target, image)
        if progress is not None:
            progress(page + 1)
