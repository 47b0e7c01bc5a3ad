"""Laying HTML slips out into PDF files. Text stays real text (selectable, searchable).

A slip is laid out in a narrow column whatever the paper: the width of an 80 mm
receipt roll, or a 90 mm column at the top left of an A4 or Letter page (a slip
stretched across a whole sheet reads badly and wastes toner). A long slip on a
sheet runs over as many pages as it needs; on a roll the page is cut to fit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

ReceiptPaper = Literal["roll80", "a4", "letter"]
RECEIPT_PAPERS: tuple[ReceiptPaper, ...] = get_args(ReceiptPaper)
DEFAULT_RECEIPT_PAPER: ReceiptPaper = "roll80"

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


def _mm_to_px(mm: float) -> float:
    return mm / _MM_PER_INCH * RESOLUTION_DPI


def write_slip_pdf(html: str, path: Path, paper: ReceiptPaper = DEFAULT_RECEIPT_PAPER) -> Path:
    """Write ``html`` as a slip PDF at ``path`` on ``paper``: a roll cut to length, or sheets."""
    if paper not in RECEIPT_PAPERS:
        raise ValueError(f"Unknown receipt paper {paper!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle("Receipt")
    writer.setCreator("LibTech Desk")
    writer.setPageLayout(_roll_layout(MIN_LENGTH_MM) if paper == "roll80" else _sheet_layout(paper))
    document = QTextDocument()
    # Lay out at the PDF's own resolution: without a paint device the fonts are sized
    # for the screen, and QTextDocument.print_ would add 2 cm margins and page numbers.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(html)
    if paper == "roll80":
        document.setTextWidth(writer.width())
        content_mm = document.size().height() / RESOLUTION_DPI * _MM_PER_INCH
        # A roll printer feeds exactly the page length: make the page fit the slip.
        writer.setPageLayout(_roll_layout(max(MIN_LENGTH_MM, content_mm + 2 * MARGIN_MM + 1)))
        column = float(writer.width())
    else:
        column = min(float(writer.width()), _mm_to_px(SHEET_COLUMN_MM))
    # A page size makes the layout paginate: no line is cut in half between pages.
    document.setPageSize(QSizeF(column, float(writer.height())))
    _paint_pages(document, writer)
    return path


def _paint_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    page = document.pageSize()
    painter = QPainter(writer)
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
