"""Laying HTML slips out into PDF files. Text stays real text (selectable, searchable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: A receipt roll is 80 mm wide; the slip is cut as long as its content.
ROLL_WIDTH_MM = 80.0
MARGIN_MM = 4.0
MIN_LENGTH_MM = 60.0
RESOLUTION_DPI = 300
_MM_PER_INCH = 25.4


def _roll_layout(length_mm: float) -> QPageLayout:
    size = QPageSize(QSizeF(ROLL_WIDTH_MM, length_mm), QPageSize.Unit.Millimeter, "Receipt roll")
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def write_roll_pdf(html: str, path: Path) -> Path:
    """Write ``html`` as an 80 mm receipt-roll PDF at ``path``, one page as long as the slip."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle("Receipt")
    writer.setPageLayout(_roll_layout(MIN_LENGTH_MM))
    document = QTextDocument()
    # Lay out at the PDF's own resolution over the whole printable width; without a
    # page size Qt adds 2 cm margins and page numbers, which a roll has no room for.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(writer.width())
    content_mm = document.size().height() / RESOLUTION_DPI * _MM_PER_INCH
    # A roll printer feeds exactly the page length: make the page fit the slip.
    writer.setPageLayout(_roll_layout(max(MIN_LENGTH_MM, content_mm + 2 * MARGIN_MM + 1)))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return path
