"""Where a desk's slips go: a PDF in the receipts folder always (the record of what was
handed over), and then, as this desk is set (Settings → Slips), straight to the slip
printer or to Qt's print preview first.

One per tab that prints slips, owned by the tab: plain Python (it only holds the
preview dialog, made once, parented to the tab and reused).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from libtech_desktop.ui.printing import (
    DEFAULT_RECEIPT_PAPER,
    ReceiptPaper,
    SlipDelivery,
    preview_slip,
    print_slip,
    slip_printer,
    write_slip_pdf,
)
from libtech_desktop.ui.settings import WorkstationSettings


class SlipOutput:
    def __init__(self, parent: QWidget, settings: WorkstationSettings | None) -> None:
        self._parent, self._settings = parent, settings
        self.paper: ReceiptPaper = settings.receipt_paper if settings else DEFAULT_RECEIPT_PAPER
        self._preview: QPrintPreviewDialog | None = None
        self._printer: QPrinter | None = None
        self._html = ""

    @property
    def delivery(self) -> SlipDelivery:
        return self._settings.slip_delivery if self._settings else "pdf"

    @property
    def preview_dialog(self) -> QPrintPreviewDialog | None:
        """The print preview, once a slip has been previewed (for tests)."""
        return self._preview

    def deliver(self, html: str, path: Path, what: str) -> str:
        """Save ``html`` as a slip PDF at ``path``, then print or preview it as this desk
        is set; returns what to tell the technician. ``what`` names the slip
        ("Check-in slip (3 items)"). A printer that refuses leaves the PDF saved."""
        write_slip_pdf(html, path, self.paper)
        delivery = self.delivery
        if delivery == "print":
            name = self._settings.slip_printer if self._settings else ""
            try:
                print_slip(html, slip_printer(name), self.paper)
            except OSError as exc:
                return f"{what} saved: {path} — but NOT printed ({exc})."
            return f"{what} printed on {name or 'the default printer'} and saved: {path}"
        if delivery == "preview":
            self._show_preview(html)
            return f"{what} saved: {path} — check it in the preview, then print."
        return f"{what} saved: {path}"

    def _show_preview(self, html: str) -> None:
        self._html = html
        if self._preview is None:
            name = self._settings.slip_printer if self._settings else ""
            # The dialog only points at its printer: the printer must live as long.
            self._printer = slip_printer(name)
            self._preview = preview_slip(
                self._parent,
                self._printer,
                lambda printer: print_slip(self._html, printer, self.paper),
            )
        self._preview.open()  # window-modal, never a nested event loop
