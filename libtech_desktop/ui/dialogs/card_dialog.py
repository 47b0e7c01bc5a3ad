"""A patron's ID card (CR80, 85.6 × 54 mm): preview, save as PDF, print at exact size.

The card is drawn as PDF on the runner's worker (``LabelService.print_cards``); the
dialog shows Qt's rendering of that page and prints it 1:1 on a card-sized page with
no margins, through ``label_printing`` as the label sheets are. The Patrons tab owns
one dialog (parented to it, reused); the runner's callbacks are plain job attributes
with the dialog as their owner.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.labels import LabelJob
from libtech_desktop.labels import SheetTemplate
from libtech_desktop.services.labels import LabelService
from libtech_desktop.ui._generated.ui_card_dialog import Ui_CardDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.label_printing import preview_images, print_exact, write_pdf
from libtech_desktop.ui.runner import Job, TaskRunner, WidgetJobs

#: The card as a one-label "sheet": the printer's page is the card itself.
CARD_SHEET = SheetTemplate(
    name="cr80",
    description="CR80 patron card (ISO/IEC 7810 ID-1), front only",
    page_width_mm=85.6,
    page_height_mm=54.0,
    label_width_mm=85.6,
    label_height_mm=54.0,
    columns=1,
    rows=1,
    left_mm=0.0,
    top_mm=0.0,
    pitch_x_mm=85.6,
    pitch_y_mm=54.0,
    corner_radius_mm=3.18,
)


class CardDialog(QDialog):
    #: The card is on screen: (the QImage, at the screen's resolution).
    preview_shown = Signal(object)
    #: The card was saved: (the PDF's path).
    pdf_written = Signal(str)
    #: The card went to the printer: (pages printed).
    printed = Signal(int)
    #: Something was refused: (the message shown).
    failed = Signal(str)
    #: The library's logo was set or removed: (what was said).
    logo_changed = Signal(str)

    def __init__(
        self, label_service: LabelService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CardDialog()
        self.ui.setupUi(self)
        self._service, self._runner = label_service, runner
        self._folder = tempfile.TemporaryDirectory(prefix="libtech-card-")
        self._renders = 0
        self._jobs = WidgetJobs(
            runner, self, self._set_busy, self._error, on_ended=self._on_job_ended
        )
        self._document = QPdfDocument(self)
        self._barcode = ""
        self._name = ""
        #: The render the preview waits for; an older one arriving late is not shown.
        self._latest: Path | None = None
        self.preview_image: QImage | None = None
        ui = self.ui
        ui.print_button.clicked.connect(self.print_card)
        ui.pdf_button.clicked.connect(self.save_pdf)
        ui.logo_button.clicked.connect(self.choose_logo)
        ui.clear_logo_button.clicked.connect(self.clear_logo)
        ui.close_button.clicked.connect(self.reject)

    # -- what the tab and the tests use ------------------------------------------------

    def start(self, barcode: str, name: str) -> None:
        """Show this patron's card: draw it and preview it."""
        self._barcode, self._name = barcode, name
        self.ui.patron_label.setText(f"Card for {name} ({barcode})")
        self.ui.preview_label.setPixmap(QPixmap())
        self.ui.preview_label.setText("Drawing the card…")
        self.preview_image = None
        self._say("Drawing the card…")
        path = self._next_path()
        self._latest = path
        self._render(path, lambda _job: self._show_preview(path))

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the card as a PDF at 85.6 × 54 mm (asks where, unless ``path``)."""
        if not path:
            suggested = Path.home() / f"card-{self._barcode}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Save the card as PDF", str(suggested), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        self._render(target, lambda _job: self._saved(target))

    def print_card(self, printer: QPrinter | None = None) -> None:
        """Print the card at exact size (through the print dialog, unless ``printer``)."""
        path = self._next_path()
        self._latest = path
        self._render(path, lambda _job: self._print(path, printer))

    def choose_logo(self, path: str | Path | None = None) -> None:
        """Make an image the library's logo (asks which, unless ``path``), then redraw."""
        if not path:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                "Choose the library's logo",
                str(Path.home()),
                "Images (*.png *.jpg *.jpeg *.gif *.bmp *.tif *.tiff *.webp)",
            )
            if not chosen:
                return
            path = chosen
        source, service = Path(path), self._service

        def keep() -> bytes:
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise InvalidInput(f"{source} cannot be read: {exc.strerror or exc}.") from exc
            return service.set_logo(data, source.name)

        self._submit(keep, lambda _png: self._logo_changed(f"{source.name} is the logo now."))

    def clear_logo(self) -> None:
        """Print cards without a logo from now on, then redraw."""
        self._submit(self._service.clear_logo, lambda _had: self._logo_changed("No logo now."))

    # -- outcomes -------------------------------------------------------------------

    def _logo_changed(self, message: str) -> None:
        self.logo_changed.emit(message)
        if self._barcode:
            self.start(self._barcode, self._name)

    def _show_preview(self, path: Path) -> None:
        self._preview(path)

    def _preview(self, path: Path) -> bool:
        """Show the card drawn at ``path``; False if it is stale or unreadable."""
        if path != self._latest:
            return False  # another patron's card was asked for meanwhile
        document = self._document
        document.close()
        if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
            self._error(f"The card could not be read from {path}.")
            return False
        room = self.ui.preview_label.size()
        self.preview_image, shown = preview_images(
            document, 0, room, self.logicalDpiX(), enlarge=True
        )
        self.ui.preview_label.setPixmap(QPixmap.fromImage(shown))
        self._say(f"{self._name}'s card, 85.6 × 54 mm. Print it or save it as PDF.")
        self.preview_shown.emit(self.preview_image)
        return True

    def _saved(self, path: Path) -> None:
        self._say(f"Saved {self._name}'s card as {path}.")
        self.pdf_written.emit(str(path))

    def _print(self, path: Path, printer: QPrinter | None) -> None:
        if not self._preview(path):
            return
        try:
            pages = print_exact(self, self._document, CARD_SHEET, printer)
        except OSError as exc:
            self._error(f"Nothing was printed: {exc}.")
            return
        if pages is None:
            self._say("Printing cancelled.")
            return
        self._say(f"{self._name}'s card went to the printer (85.6 × 54 mm, no scaling).")
        self.printed.emit(pages)

    # -- helpers ------------------------------------------------------------------------

    def _render(self, out: Path, then: Callable[[LabelJob], None]) -> None:
        if not self._barcode:
            self._error("Select a patron first.")
            return
        codes, service = [self._barcode], self._service

        def draw() -> LabelJob:
            return write_pdf(out, "card", lambda: service.print_cards(codes, out))

        self._submit(draw, then)

    def _next_path(self) -> Path:
        self._renders += 1
        return Path(self._folder.name) / f"card-{self._renders}.pdf"

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._jobs.submit(fn, on_success, self._on_error)

    def _on_job_ended(self, job: Job) -> None:
        if job.outcome != "crashed" and not self._jobs.running:
            self.ui.print_button.setFocus()  # keyboard-first: Enter/Space prints

    def _set_busy(self, busy: bool) -> None:
        # The buttons wait while the card is drawn: a second click is not a second job.
        for button in (
            self.ui.print_button,
            self.ui.pdf_button,
            self.ui.logo_button,
            self.ui.clear_logo_button,
        ):
            button.setEnabled(not busy)

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _say(self, message: str) -> None:
        show_status(self.ui.status_label, message)
