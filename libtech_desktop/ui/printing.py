"""Laying HTML slips out into PDF files. Text stays real text (selectable, searchable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: A receipt roll is 80 mm wide; the page is tall enough for a long session.
ROLL_WIDTH_MM = 80.0
ROLL_LENGTH_MM = 200.0
MARGIN_MM = 4.0


def write_roll_pdf(html: str, path: Path) -> Path:
    """Write ``html`` as an 80 mm receipt-roll PDF at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    size = QPageSize(
        QSizeF(ROLL_WIDTH_MM, ROLL_LENGTH_MM), QPageSize.Unit.Millimeter, "Receipt roll"
    )
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )
    writer.setTitle("Receipt")
    document = QTextDocument()
    # Lay out at the PDF's own resolution over the whole printable width; without a
    # page size Qt adds 2 cm margins and page numbers, which a roll has no room for.
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.setHtml(html)
    document.print_(writer)
    return path
