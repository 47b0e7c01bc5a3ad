"""The holds pull list: copies on the shelves that fill waiting holds, in shelf order
(location, then call number) for one walk through the stacks with a cart.

Printed or saved as PDF like the shelf list (``ui.shelf_list_printing``), with a box to
tick per copy. Created once, parented, reused: ``open()`` shows it and reads the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.holds import PullEntry
from libtech_desktop.services.holds import HoldService
from libtech_desktop.ui._generated.ui_pull_list_dialog import Ui_PullListDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.list_printing import ListColumn, ListPrinter, ListPrintout
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.progress import SHOW_AT_ONCE
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs
from libtech_desktop.ui.shelf_list_printing import (
    NO_CALL_NUMBER,
    TICK_BOX,
    TICK_COLUMN,
    ListPdfSaver,
    ask_pdf_path,
    count_of,
)


def pull_model() -> RowTableModel[PullEntry]:
    return RowTableModel(
        [
            Column("Location", lambda e: e.location or ""),
            Column("Call number", lambda e: e.call_number or NO_CALL_NUMBER),
            Column("Title", lambda e: e.title),
            Column("Barcode", lambda e: e.item_barcode),
            Column("For", lambda e: f"{e.patron_name} (hold {e.hold_id})"),
        ]
    )


def pull_list_printout(
    entries: Sequence[PullEntry], heading: str = "Holds pull list"
) -> ListPrintout:
    """The printable pull list: one row per copy, in shelf order, a box to tick."""
    return ListPrintout(
        heading,
        count_of(len(entries), "copy", "copies") + " to fetch",
        [
            TICK_COLUMN,
            ListColumn("Location"),
            ListColumn("Call number", "call"),
            ListColumn("Title"),
            ListColumn("Barcode"),
            ListColumn("Hold"),
        ],
        [
            [
                TICK_BOX,
                e.location or "",
                e.call_number or NO_CALL_NUMBER,
                e.title,
                e.item_barcode,
                str(e.hold_id),
            ]
            for e in entries
        ],
    )


class PullListDialog(QDialog):
    #: The list was read: (how many copies).
    list_loaded = Signal(int)
    #: A printout is ready: (its ListPrintout), before it goes to the printer or the PDF.
    printout_ready = Signal(object)
    #: A PDF was written: (its path).
    pdf_written = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        holds: HoldService,
        runner: TaskRunner,
        *,
        progress_after_ms: int = SHOW_AT_ONCE,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PullListDialog()
        self.ui.setupUi(self)
        self._service = holds
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
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
        self.entries = pull_model()
        show_model(self.ui.pull_view, self.entries, stretch=2)
        ui = self.ui
        ui.refresh_button.clicked.connect(self.refresh)
        ui.print_button.clicked.connect(self.print_list)
        ui.pdf_button.clicked.connect(self.save_pdf)
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_list)

    # -- what the main window and the tests use -------------------------------------

    def open(self) -> None:
        """Show the dialog and read the list afresh."""
        self.show()
        self.activateWindow()
        self.ui.pull_view.setFocus()
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self) -> None:
        self._say("Reading the pull list…")
        self._jobs.submit(self._service.pull_list, self._show, self._on_error)

    def print_list(self) -> None:
        """Print the list as shown: the system's print dialog chooses the printer, the
        pages are laid out and printed on the runner (a progress bar, Cancel)."""
        self.list_printer.print_list(self._printout(), "The pull list")

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the list as shown as a PDF (asks where, unless ``path``): laid out and
        written on the runner, with a progress bar and Cancel."""
        target = (
            Path(path) if path else ask_pdf_path(self, "Save the pull list as PDF", "pull-list.pdf")
        )
        if target is None:
            return
        rows = self.entries.rows  # as shown; the printout is made on the runner
        if self.pdf_saver.save(lambda: pull_list_printout(rows), target, "the pull list"):
            self._say(f"Saving the pull list as {target}…")

    # -- outcomes -------------------------------------------------------------------

    def _printout(self) -> ListPrintout:
        printout = pull_list_printout(self.entries.rows)
        self.printout_ready.emit(printout)
        return printout

    def _show(self, entries: list[PullEntry]) -> None:
        self.entries.set_rows(entries)
        if entries:
            self.ui.pull_view.setCurrentIndex(self.entries.index(0, 0))
            count = len(entries)
            self._say(f"{count} cop{'ies' if count != 1 else 'y'} to fetch, in shelf order.")
        else:
            self._say("Nothing to pull: no copy on the shelf fills a waiting hold.")
        self.list_loaded.emit(len(entries))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.refresh_button, self.ui.print_button, self.ui.pdf_button):
            button.setEnabled(not busy)

    def _on_pdf_written(self, printout: ListPrintout, path: Path) -> None:
        self.printout_ready.emit(printout)
        self.pdf_written.emit(str(path))

    def _on_printed(self, message: str, error: bool) -> None:
        if error:
            self._show_error(message)
        else:
            self._say(message)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
