"""Laying HTML slips out into PDF files and onto printers. Text stays real text.
(Long lists, a shelf list or a stocktake report, print through ``ui/list_printing.py``.)

A slip is laid out in a narrow column whatever the paper: the width of an 80 mm
receipt roll, or a 90 mm column at the top left of an A4 or Letter page (a slip
stretched across a whole sheet reads badly and wastes toner). A long slip on a
sheet runs over as many pages as it needs; on a roll the page is cut to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal, get_args

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

ReceiptPaper = Literal["roll80", "a4", "letter"]
RECEIPT_PAPERS: tuple[ReceiptPaper, ...] = get_args(ReceiptPaper)
DEFAULT_RECEIPT_PAPER: ReceiptPaper = "roll80"
#: Besides its PDF, a slip goes nowhere, straight to the slip printer, or to a preview.
SlipDelivery = Literal["pdf", "print", "preview"]
SLIP_DELIVERIES: tuple[SlipDelivery, ...] = get_args(SlipDelivery)

#: A receipt roll is 80 mm wide; the slip is cut as long as its content.
ROLL_WIDTH_MM = 80.0
MARGIN_MM = 4.0
MIN_LENGTH_MM = 60.0
#: On a sheet: ordinary page margins and a column about as wide as a roll slip.
SHEET_MARGIN_MM = 15.0
SHEET_COLUMN_MM = 90.0
RESOLUTION_DPI = 300
_MM_PER_INCH = 25.4

_SHEETS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def _roll_layout(length_mm: float) -> QPageLayout:
    size = QPageSize(QSizeF(ROLL_WIDTH_MM, length_mm), QPageSize.Unit.Millimeter, "Receipt roll")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _sheet_layout(paper: ReceiptPaper) -> QPageLayout:
    margins = QMarginsF(SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM)
    return QPageLayout(
        QPageSize(_SHEETS[paper]),
        QPageLayout.Orientation.Portrait,
        margins,
        QPageLayout.Unit.Millimeter,
    )


def write_slip_pdf(html: str, path: Path, paper: ReceiptPaper = DEFAULT_RECEIPT_PAPER) -> Path:
    """Write ``html`` as a slip PDF at ``path`` on ``paper``: a roll cut to length, or sheets."""
    _check_paper(paper)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle("Receipt")
    writer.setCreator("LibTech Desk")
    _lay_out_and_paint(html, writer, paper)
    return path


def print_slip(html: str, printer: QPrinter, paper: ReceiptPaper = DEFAULT_RECEIPT_PAPER) -> None:
    """Print ``html`` on ``printer`` exactly as :func:`write_slip_pdf` lays it out (the
    print preview paints through here too). Raises ``OSError`` if the printer refused."""
    _check_paper(paper)
    printer.setFullPage(False)
    _lay_out_and_paint(html, printer, paper)


def slip_printer(name: str) -> QPrinter:
    """A printer for slips, by its system name ("" is the system's default)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    return printer


def preview_slip(
    parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
) -> QPrintPreviewDialog:
    """Qt's print preview on ``printer`` (open it with ``open()``), drawn by ``paint``
    (a :func:`print_slip` of the slip to show); its Print button prints what it shows.
    The dialog does not own ``printer``: keep a reference as long as the dialog."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle("Slip — print preview")
    dialog.paintRequested.connect(paint)
    return dialog


def _check_paper(paper: str) -> None:
    if paper not in RECEIPT_PAPERS:
        raise ValueError(f"Unknown receipt paper {paper!r}")


def _lay_out_and_paint(html: str, device: QPdfWriter | QPrinter, paper: ReceiptPaper) -> None:
    resolution = device.resolution()
    device.setPageLayout(_roll_layout(MIN_LENGTH_MM) if paper == "roll80" else _sheet_layout(paper))
    document = QTextDocument()
    # Lay out at the device's own resolution: without a paint device the fonts are sized
    # for the screen, and QTextDocument.print_ would add 2 cm margins and page numbers.
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setHtml(html)
    if paper == "roll80":
        document.setTextWidth(device.width())
        content_mm = document.size().height() / resolution * _MM_PER_INCH
        # A roll printer feeds exactly the page length: make the page fit the slip.
        device.setPageLayout(_roll_layout(max(MIN_LENGTH_MM, content_mm + 2 * MARGIN_MM + 1)))
        column = float(device.width())
    else:
        column = min(float(device.width()), SHEET_COLUMN_MM / _MM_PER_INCH * resolution)
    # A page size makes the layout paginate: no line is cut in half between pages.
    document.setPageSize(QSizeF(column, float(device.height())))
    _paint_pages(document, device)


def _paint_pages(document: QTextDocument, writer: QPdfWriter | QPrinter) -> None:
    page = document.pageSize()
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the printer could not be opened")
    try:
        for number in range(document.pageCount()):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * page.height())
            document.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
    finally:
        painter.end()


def write_roll_pdf(html: str, path: Path) -> Path:
    """Write ``html`` as an 80 mm receipt-roll PDF at ``path``, one page as long as the slip."""
    return write_slip_pdf(html, path, "roll80")
