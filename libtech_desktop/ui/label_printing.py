"""Label sheets from PDF to screen and printer, at exact physical size.

The sheets are drawn once, as PDF, by ``libtech_desktop.labels``; Qt's PDF module renders
those pages for the preview and for the printer. On the printer the page is the
template's own size with no margins and nothing is scaled to fit, so every label lands
where the sheet has it (plus this printer's calibration offset, already in the PDF).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels import SheetTemplate

T = TypeVar("T")

_MM_PER_INCH = 25.4
_POINTS_PER_INCH = 72.0
#: Enough for any barcode module a label uses; a 1200 dpi page would cost 0.5 GB.
MAX_PRINT_DPI = 600


def page_image(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """Page ``page`` at ``dpi``, on white paper (QtPdf renders onto transparency)."""
    size = (document.pagePointSize(page) * dpi / _POINTS_PER_INCH).toSize()
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return paper


def preview_images(
    document: QPdfDocument, page: int, room: QSize, screen_dpi: float, *, enlarge: bool = False
) -> tuple[QImage, QImage]:
    """Page ``page`` at the screen's resolution (for comparing with the paper), and the
    whole page fitted into ``room``: drawn afresh at that size, not a blurred shrink.
    A page smaller than ``room`` is shown bigger only when ``enlarge`` (a card)."""
    full = page_image(document, page, screen_dpi)
    points = document.pagePointSize(page)
    fit = min(room.width() / points.width(), room.height() / points.height()) * 72
    shrinks = 0 < fit < screen_dpi
    shown = page_image(document, page, fit) if shrinks or (enlarge and fit > 0) else full
    return full, shown


def sheet_layout(template: SheetTemplate) -> QPageLayout:
    """The template's page, no margins: the printer's (0, 0) is the paper's corner."""
    width, height = template.page_width_mm, template.page_height_mm
    landscape = width > height
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter, template.name
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def prepare_printer(printer: QPrinter, template: SheetTemplate) -> None:
    printer.setFullPage(True)
    printer.setPageLayout(sheet_layout(template))


def print_pdf(document: QPdfDocument, printer: QPrinter, template: SheetTemplate) -> int:
    """Every page of ``document`` onto ``printer`` at 1:1; returns the pages printed.
    The printer must have been set up with :func:`prepare_printer` (before its dialog,
    so the technician sees the right paper)."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        resolution = printer.resolution()
        dpi = min(resolution, MAX_PRINT_DPI)
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            width_mm, height_mm = _page_mm(document, page)
            target = QRectF(
                0, 0, width_mm / _MM_PER_INCH * resolution, height_mm / _MM_PER_INCH * resolution
            )
            pixels = QSize(
                round(width_mm / _MM_PER_INCH * dpi), round(height_mm / _MM_PER_INCH * dpi)
            )
            painter.drawImage(target, document.render(page, pixels))
    finally:
        painter.end()
    return document.pageCount()


def _page_mm(document: QPdfDocument, page: int) -> tuple[float, float]:
    points = document.pagePointSize(page)
    scale = _MM_PER_INCH / _POINTS_PER_INCH
    return points.width() * scale, points.height() * scale


def write_pdf(out: Path, what: str, write: Callable[[], T]) -> T:
    """``write()`` a PDF to ``out`` (its folder made first), on the runner's thread; a
    folder that cannot be written or a full disk says so, naming the file."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return write()
    except OSError as exc:
        raise InvalidInput(
            f"The {what} could not be written to {out}: {exc.strerror or exc}."
        ) from exc


def print_exact(
    parent: QWidget,
    document: QPdfDocument,
    template: SheetTemplate,
    printer: QPrinter | None,
    printer_name: str = "",
) -> int | None:
    """Print ``document`` at exact size on ``template``'s paper: through the print
    dialog (opening on ``printer_name`` when given) unless ``printer`` is given. The
    pages printed; ``None`` when the technician cancelled. Raises ``OSError`` when
    the printer refused."""
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if printer_name:
            printer.setPrinterName(printer_name)
        prepare_printer(printer, template)
        if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
            return None
    prepare_printer(printer, template)  # the dialog may have changed the paper
    return print_pdf(document, printer, template)
