"""A rendered badge PDF onto a printer: the printer set to the layout's own paper, each page
painted as an image at the printer's resolution (capped at the layout's), edge to edge.

Qt cannot place a PDF page on a QPrinter as vectors, so a page is rasterised by QtPdf. The
layout's ``printer_dpi`` is the resolution its QR codes were sized for, so rendering at that
resolution keeps every module on whole printer dots.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from summit_desk.printing.badge_layouts import MM, BadgeLayout


def page_layout(layout: BadgeLayout) -> QPageLayout:
    """The layout's paper in millimetres, portrait or landscape as it is drawn."""
    width, height = layout.page_width / MM, layout.page_height / MM
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Millimeter,
        layout.id,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def printer_for(layout: BadgeLayout, printer: QPrinter | None = None) -> QPrinter:
    """``printer`` (a new high-resolution one by default) set to the layout's paper, no margins."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(layout))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return printer


def paint_document(document: QPdfDocument, printer: QPrinter, max_dpi: int) -> bool:
    """Every page of ``document`` onto ``printer``; false when the printer cannot be opened."""
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = min(printer.resolution(), max_dpi)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, pixels)
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
