"""The shelf list: every item in call-number order, to read the shelves against.

The table fetches a page at a time as it scrolls (ShelfListModel). A location narrows
it; "Go to call number" starts it where a call number stands. Print and Save as PDF
lay out the list from where it starts (up to ``PRINT_LIMIT`` items), with a box to
tick per item; the items are read through the runner first. A PDF is read, laid out
and written in one long runner job with a progress bar and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.shelf_list import ShelfEntry
from libtech_desktop.services.shelf_list import ShelfListService
from libtech_desktop.ui._generated.ui_shelf_list_dialog import Ui_ShelfListDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.list_printing import ListPrinter, ListPrintout
from libtech_desktop.ui.models.shelf_list import PAGE_SIZE, ShelfListModel
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.progress import SHOW_AT_ONCE
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.shelf_list_printing import (
    ListPdfSaver,
    ask_pdf_path,
    shelf_list_printout,
)

ALL_LOCATIONS = "All locations"
#: Items on one printout: some 40 pages, a good morning's shelf reading.
PRINT_LIMIT = 2000
_PRINT_PAGE = 500


class ShelfListDialog(QDialog):
    #: The locations arrived and are in the filter: (how many).
    locations_loaded = Signal(int)
    #: A printout is ready: (its ListPrintout), before it goes to the printer or the PDF.
    printout_ready = Signal(object)
    #: A PDF was written: (its path).
    pdf_written = Signal(str)

    def __init__(
        self,
        shelf_service: ShelfListService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        page_size: int = PAGE_SIZE,
        progress_after_ms: int = SHOW_AT_ONCE,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ShelfListDialog()
        self.ui.setupUi(self)
        self._service = shelf_service
        self._runner = runner
        #: Prints on the runner, with a progress bar and Cancel.
        self.list_printer = ListPrinter(self, runner, self._on_printed)
        #: Saves PDFs on the runner, with a progress bar and Cancel.
        self.pdf_saver = ListPdfSaver(
            self,
            runner,
            self._on_printed,
            on_saved=self._on_pdf_written,
            show_progress_after_ms=progress_after_ms,
        )
        self.entries = ShelfListModel(shelf_service, runner, self, page_size=page_size)
        show_model(self.ui.shelf_view, self.entries, stretch=1)
        ui = self.ui
        ui.location_combo.addItem(ALL_LOCATIONS, None)
        ui.location_combo.currentIndexChanged.connect(self._on_location_changed)
        ui.goto_edit.returnPressed.connect(self.go_to)
        ui.goto_button.clicked.connect(self.go_to)
        ui.print_button.clicked.connect(self.print_list)
        ui.pdf_button.clicked.connect(self.save_pdf)
        ui.close_button.clicked.connect(self.reject)
        self.entries.page_loaded.connect(self._on_page_loaded)
        self.entries.fetch_failed.connect(self._show_error)
        self._runner.submit(shelf_service.locations, self._on_locations, self._on_error, owner=self)
        self.entries.load()
        ui.goto_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the tab and the tests use ------------------------------------------------

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def location(self) -> str | None:
        value: Any = self.ui.location_combo.currentData()
        return value if isinstance(value, str) else None

    def go_to(self) -> None:
        """Start the list where the typed call number stands (blank: at the top)."""
        self.entries.load(self.location(), self.ui.goto_edit.text())

    def print_list(self) -> None:
        """Print the list from where it starts: read on the runner, the printer chosen in
        the system's print dialog, the pages laid out and printed on the runner."""
        self._prepare_printout(self._print)

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the list from where it starts as a PDF (asks where, unless ``path``):
        read, laid out and written on the runner, with a progress bar and Cancel."""
        target = (
            Path(path)
            if path
            else ask_pdf_path(self, "Save the shelf list as PDF", "shelf-list.pdf")
        )
        if target is None:
            return
        if self.pdf_saver.save(self._printout_maker(), target, "the shelf list"):
            self.ui.status_label.setProperty("counts", False)
            show_status(self.ui.status_label, f"Saving the shelf list as {target}…")

    # -- outcomes -------------------------------------------------------------------

    def _on_locations(self, locations: list[str]) -> None:
        combo = self.ui.location_combo
        combo.blockSignals(True)  # refilling it is not the technician choosing one
        try:
            current = self.location()
            while combo.count() > 1:
                combo.removeItem(1)
            for location in locations:
                combo.addItem(location, location)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)
        self.locations_loaded.emit(len(locations))

    def _on_location_changed(self, _index: int) -> None:
        self.go_to()

    def _on_page_loaded(self, added: int) -> None:
        shown = self.entries.rowCount()
        if shown > added and self.ui.status_label.property("counts") is not True:
            # More rows fetched while scrolling: a message said since (saved, printed)
            # stays until the technician acts again.
            return
        where = f" at {self.location()}" if self.location() else ""
        start = f" from {self.entries.start}" if self.entries.start else ""
        more = "; scroll for more" if not self.entries.at_end else ""
        if shown == 0:
            self.ui.status_label.setText(f"No items{where}{start}.")
        else:
            noun = "item" if shown == 1 else "items"
            self.ui.status_label.setText(f"{shown} {noun}{where}{start} shown{more}.")
        self.ui.status_label.setStyleSheet("")
        self.ui.status_label.setProperty("counts", True)
        view = self.ui.shelf_view
        if shown and not view.currentIndex().isValid():
            view.setCurrentIndex(self.entries.index(0, 0))

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        self.ui.status_label.setProperty("counts", False)
        show_status(self.ui.status_label, message, error=True)

    # -- printing -------------------------------------------------------------------

    def _printout_maker(self) -> Callable[[], ListPrintout]:
        """What reads the list as it now starts and makes its printout (on the runner)."""
        service, location, start = self._service, self.location(), self.entries.start

        def read() -> ListPrintout:
            entries = _read_for_print(service, location, start)
            heading = "Shelf list" + (f" — {location}" if location else "")
            about = f"from {start}" if start else "from the first call number"
            if len(entries) >= PRINT_LIMIT:
                about += f"; the first {PRINT_LIMIT:,} items (print again from the next)"
            return shelf_list_printout(entries, heading, about)

        return read

    def _prepare_printout(self, then: Callable[[ListPrintout], None]) -> None:
        """Read the list and make its printout on the runner, then ``then`` it."""

        def ready(printout: ListPrintout) -> None:
            self.printout_ready.emit(printout)
            then(printout)

        self.ui.status_label.setProperty("counts", False)
        self.ui.status_label.setText("Laying out the shelf list…")
        self._runner.submit(self._printout_maker(), ready, self._on_error, owner=self)

    def _print(self, printout: ListPrintout) -> None:
        self.ui.status_label.setText("Choose the printer…")
        self.list_printer.print_list(printout, "The shelf list")

    def _on_printed(self, message: str, error: bool) -> None:
        self.ui.status_label.setProperty("counts", False)
        if error:
            self._show_error(message)
        else:
            show_status(self.ui.status_label, message)

    def _on_pdf_written(self, printout: ListPrintout, path: Path) -> None:
        self.printout_ready.emit(printout)
        self.pdf_written.emit(str(path))


def _read_for_print(
    service: ShelfListService, location: str | None, start: str
) -> list[ShelfEntry]:
    """Up to PRINT_LIMIT items from ``start``, a page at a time (on the worker)."""
    entries = service.start_at(start, location, _PRINT_PAGE)
    page = entries
    while len(page) == _PRINT_PAGE and len(entries) < PRINT_LIMIT:
        page = service.page(location, page[-1].cursor, min(_PRINT_PAGE, PRINT_LIMIT - len(entries)))
        entries += page
    return entries[:PRINT_LIMIT]
