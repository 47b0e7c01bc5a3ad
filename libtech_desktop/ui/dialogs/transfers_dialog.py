"""Transfers: ask for items to be moved (scan each, choose where it goes), the pick list
in walking order (where each item stands, then shelf order), printed or saved as PDF to
walk round with a cart, and "arrived" scanning at the destination, which completes each
move (the item's location changes).

Created once by the main window, parented to it, and reused: ``open()``. Every service
call runs on the runner through ``WidgetJobs``; refusals are said in the status line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.transfers import Transfer
from libtech_desktop.services.transfers import TransferService
from libtech_desktop.ui._generated.ui_transfers_dialog import Ui_TransfersDialog
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

_NO_LOCATION = "(no location)"


def pick_model() -> RowTableModel[Transfer]:
    return RowTableModel(
        [
            Column("From", lambda t: t.from_location or _NO_LOCATION),
            Column("Call number", lambda t: t.call_number or NO_CALL_NUMBER),
            Column("Title", lambda t: t.title),
            Column("Barcode", lambda t: t.barcode),
            Column("To", lambda t: t.to_location),
            Column("Transfer", lambda t: str(t.id), align_right=True),
        ]
    )


def pick_list_printout(
    transfers: Sequence[Transfer], heading: str = "Transfers pick list"
) -> ListPrintout:
    """The printable pick list: one row per item in walking order, a box to tick."""
    return ListPrintout(
        heading,
        count_of(len(transfers), "item", "items") + " to move",
        [
            TICK_COLUMN,
            ListColumn("From"),
            ListColumn("Call number", "call"),
            ListColumn("Title"),
            ListColumn("Barcode"),
            ListColumn("To"),
        ],
        [
            [
                TICK_BOX,
                t.from_location or _NO_LOCATION,
                t.call_number or NO_CALL_NUMBER,
                t.title,
                t.barcode,
                t.to_location,
            ]
            for t in transfers
        ],
    )


class TransfersDialog(QDialog):
    #: The pick list was read: (how many items).
    list_loaded = Signal(int)
    #: A move was asked for, completed or cancelled: (the Transfer as it is now).
    transfer_changed = Signal(object)
    #: A printout is ready: (its ListPrintout), before it goes to the printer or the PDF.
    printout_ready = Signal(object)
    #: A PDF was written: (its path).
    pdf_written = Signal(str)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        transfers: TransferService,
        runner: TaskRunner,
        *,
        progress_after_ms: int = SHOW_AT_ONCE,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TransfersDialog()
        self.ui.setupUi(self)
        self._service = transfers
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
        self.picks = pick_model()
        show_model(self.ui.pick_view, self.picks, stretch=2)
        ui = self.ui
        ui.item_edit.returnPressed.connect(self.request)
        ui.request_button.clicked.connect(self.request)
        ui.arrive_edit.returnPressed.connect(self.arrive)
        ui.cancel_move_button.clicked.connect(self.cancel_selected)
        ui.refresh_button.clicked.connect(lambda: self.refresh())
        ui.print_button.clicked.connect(self.print_list)
        ui.pdf_button.clicked.connect(lambda: self.save_pdf())
        ui.close_button.clicked.connect(self.reject)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.pick_view, self.cancel_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Refresh, self, lambda: self.refresh())
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_list)

    # -- what the main window and the tests use ----------------------------------------

    def open(self) -> None:
        """Show the dialog and read the pick list and the known locations afresh."""
        self.show()
        self.activateWindow()
        self.ui.item_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh(with_locations=True)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self, then: str | None = None, with_locations: bool = False) -> None:
        service = self._service

        def read() -> tuple[list[Transfer], list[str] | None]:
            return service.pick_list(), service.locations() if with_locations else None

        self._jobs.submit(read, lambda r: self._show(r[0], r[1], then), self._on_error)

    def request(self) -> None:
        """Ask for the scanned item to go to the location chosen."""
        barcode = self.ui.item_edit.text().strip()
        destination = self.ui.to_combo.currentText()
        if not barcode:
            self._show_error("Scan or type the barcode of the item to move.")
            return
        service = self._service

        def asked(t: Transfer) -> None:
            self.ui.item_edit.clear()
            self._changed(t, f"{t.barcode} “{t.title}” is to go to {t.to_location}.")

        self._submit(lambda: service.request(barcode, destination), asked, self.ui.item_edit)

    def arrive(self) -> None:
        """The scanned item has arrived at its destination: its move is done."""
        barcode = self.ui.arrive_edit.text().strip()
        if not barcode:
            self._show_error("Scan each item as it arrives at its destination.")
            return
        service = self._service

        def arrived(t: Transfer) -> None:
            self.ui.arrive_edit.clear()
            self._changed(t, f"{t.barcode} “{t.title}” arrived: now in {t.to_location}.")

        self._submit(lambda: service.arrive(barcode), arrived, self.ui.arrive_edit)

    def cancel_selected(self) -> None:
        index = self.ui.pick_view.currentIndex()
        if not index.isValid():
            self._show_error("Choose the move to cancel in the list.")
            return
        transfer, service = self.picks.row(index.row()), self._service
        self._jobs.submit(
            lambda: service.cancel(transfer.id),
            lambda t: self._changed(t, f"Move of {t.barcode} cancelled: it stays where it is."),
            self._on_error,
        )

    def print_list(self) -> None:
        """Print the list as shown: the system's print dialog chooses the printer, the
        pages are laid out and printed on the runner (a progress bar, Cancel)."""
        self.list_printer.print_list(self._printout(), "The pick list")

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the pick list as shown as a PDF (asks where, unless ``path``): laid out
        and written on the runner, with a progress bar and Cancel."""
        target = (
            Path(path) if path else ask_pdf_path(self, "Save the pick list as PDF", "pick-list.pdf")
        )
        if target is None:
            return
        rows = self.picks.rows  # as shown; the printout is made on the runner
        if self.pdf_saver.save(lambda: pick_list_printout(rows), target, "the pick list"):
            self._say(f"Saving the pick list as {target}…")

    # -- outcomes -------------------------------------------------------------------

    def _printout(self) -> ListPrintout:
        printout = pick_list_printout(self.picks.rows)
        self.printout_ready.emit(printout)
        return printout

    def _submit(
        self, fn: Callable[[], Any], on_success: Callable[[Any], None], field: QLineEdit
    ) -> None:
        def failed(error: LibtechError) -> None:
            self._on_error(error)
            field.selectAll()
            field.setFocus()

        self._jobs.submit(fn, on_success, failed)

    def _changed(self, transfer: Transfer, message: str) -> None:
        self.transfer_changed.emit(transfer)
        self.refresh(then=message)

    def _show(self, picks: list[Transfer], locations: list[str] | None, then: str | None) -> None:
        if locations is not None:
            combo = self.ui.to_combo
            typed = combo.currentText()
            combo.clear()
            combo.addItems(locations)
            combo.setEditText(typed)
        self.picks.set_rows(picks)
        if picks:
            self.ui.pick_view.setCurrentIndex(self.picks.index(0, 0))
        count = len(picks)
        self._say(then or f"{count} item{'s' if count != 1 else ''} to move, in walking order.")
        self.list_loaded.emit(count)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (ui.request_button, ui.cancel_move_button, ui.refresh_button):
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
        self.failed.emit(message)
