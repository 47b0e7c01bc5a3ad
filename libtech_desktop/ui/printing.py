"""Laying HTML slips out into PDF files and onto printers. Text stays real text.
Long lists (a shelf list, a pull list, a stocktake report) print through
:class:`ListPrinter`: the printer is chosen on the GUI thread, the pages are laid out
and painted on the runner with a progress bar and Cancel.

A slip is laid out in a narrow column whatever the paper: the width of an 80 mm
receipt roll, or a 90 mm column at the top left of an A4 or Letter page (a slip
stretched across a whole sheet reads badly and wastes toner). A long slip on a
sheet runs over as many pages as it needs; on a roll the page is cut to fit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import Job, JobEndWatcher, TaskRunner

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


# -- long lists --------------------------------------------------------------------------

#: A list's page margins, as QTextDocument.print_ leaves them; its page number sits in
#: the bottom one.
LIST_MARGIN_CM = 2.0


def print_list_pages(
    html: str,
    device: QPagedPaintDevice,
    progress: ProgressFn = no_progress,
    should_cancel: CancelFn = never_cancel,
) -> int:
    """Lay ``html`` out for ``device`` (a QPrinter, a QPdfWriter) and paint it a page at a
    time, numbered at the bottom right as ``QTextDocument.print_`` numbers them; returns
    the pages printed. Safe on the runner's thread (Qt paints on a printer from any
    thread): reports ``progress(page, pages, "Pages")`` and, on a cancel, aborts the print
    run (a printer then drops what it was sent) and raises :class:`Cancelled`."""
    pages = done = 0
    painter = QPainter()
    try:
        progress(0, 0, "")  # laying out: no count yet
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setHtml(html)
        dpi_y = device.logicalDpiY()
        margin = LIST_MARGIN_CM / 2.54 * dpi_y
        # The margins are left around each page as it is painted: a margin on the root
        # frame would be inherited by every table cell.
        body = QSizeF(device.width() - 2 * margin, device.height() - 2 * margin)
        document.setPageSize(body)
        pages = document.pageCount()  # lays the whole list out: the slow part
        if should_cancel():
            raise Cancelled()
        if not painter.begin(device):
            raise OSError("the printer could not be opened")
        font = document.defaultFont()
        font.setPointSizeF(10.0)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        baseline = body.height() + margin + metrics.ascent() + 5 * dpi_y / 72
        number_right = body.width() + margin
        for number in range(pages):
            if number:
                device.newPage()
            painter.save()
            painter.translate(margin, margin - number * body.height())
            document.drawContents(
                painter, QRectF(0, number * body.height(), body.width(), body.height())
            )
            painter.restore()
            text = str(number + 1)
            painter.drawText(
                QPointF(number_right - metrics.horizontalAdvance(text), baseline), text
            )
            done = number + 1
            progress(done, pages, "Pages")
            if should_cancel():
                raise Cancelled()
    except Cancelled:
        if painter.isActive() and isinstance(device, QPrinter):
            device.abort()  # the printer drops the pages it was sent
        raise Cancelled(
            f"Printing cancelled after {done} of {pages} pages: nothing is printed."
            if done
            else "Printing cancelled: nothing was sent to the printer."
        ) from None
    finally:
        if painter.isActive():
            painter.end()
    return pages


class ListPrinter:
    """Prints one dialog's long lists: the system's print dialog (made once, parented to
    the dialog, window-modal) chooses the printer; the list is laid out and painted on
    the runner with a progress bar and Cancel. ``on_done(message, error)`` is told how
    it went ("… went to the printer (12 pages).", "Printing cancelled …", a refusal).

    Plain Python, held by its dialog; one printout at a time."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        on_done: Callable[[str, bool], None],
        *,
        show_progress_after_ms: int | None = None,
    ) -> None:
        self._parent, self._runner, self._on_done = parent, runner, on_done
        self._show_after = show_progress_after_ms
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._dialog: QPrintDialog | None = None
        self._pending: tuple[str, str] | None = None
        #: The printout being painted, if any.
        self.job: Job | None = None
        self.progress: JobProgress | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def dialog(self) -> QPrintDialog | None:
        """The print dialog, once a list has been printed (for tests)."""
        return self._dialog

    def print_html(self, html: str, what: str) -> bool:
        """Ask for the printer, then print ``html``; ``what`` names it ("The shelf
        list"). False (and nothing asked) while another printout is still going."""
        if self.job is not None:
            self._on_done(f"{what}: still printing the last one.", True)
            return False
        self._pending = (html, what)
        if self._dialog is None:
            self._dialog = QPrintDialog(self.printer, self._parent)
            self._dialog.accepted.connect(self._on_accepted)
            self._dialog.rejected.connect(self._on_rejected)
        # Window-modal, never a nested event loop (QPrintDialog hides QDialog's open()).
        QDialog.open(self._dialog)
        return True

    def print_on(self, printer: QPrinter, html: str, what: str) -> Job:
        """Print ``html`` on ``printer`` (chosen already) on the runner, with progress."""
        self.printer = printer
        self._pending = None

        def paint(progress: ProgressFn, should_cancel: CancelFn) -> int:
            try:
                return print_list_pages(html, printer, progress, should_cancel)
            except OSError as exc:
                raise LibtechError(f"{what} was NOT printed: {exc}.") from exc

        def printed(pages: int) -> None:
            noun = "page" if pages == 1 else "pages"
            self._on_done(f"{what} went to the printer ({pages} {noun}).", False)

        def refused(error: LibtechError) -> None:
            self._on_done(error.message, not isinstance(error, Cancelled))

        job = self._runner.submit(paint, printed, refused, long=True, owner=self._parent)
        self.job = job
        options: dict[str, Any] = {}
        if self._show_after is not None:
            options["show_after_ms"] = self._show_after
        self.progress = JobProgress(
            self._runner, job, self._parent, f"Printing {what[0].lower()}{what[1:]}…", **options
        )
        JobEndWatcher(self._runner, job, self._parent, self._ended)
        return job

    def _on_accepted(self) -> None:
        if self._pending is not None:
            html, what = self._pending
            self.print_on(self.printer, html, what)

    def _on_rejected(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._on_done("Printing cancelled.", False)

    def _ended(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            if job.outcome == "crashed":
                self._on_done("Something went wrong (the details are in the error window).", True)
