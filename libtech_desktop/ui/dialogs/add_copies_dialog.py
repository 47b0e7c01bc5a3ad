"""Add several copies of a record at once, with consecutive barcodes.

Scan the first new label (the scanner's Enter moves on to the count, it does not
add anything), say how many copies, and the barcodes that will be made are shown
as you type. The dialog calls ``RecordService.add_copies`` itself through the
runner; copies without a call number are a warning that needs "Add anyway"
(Alt+A); a barcode already taken refuses the lot, inline.

The record editor owns one dialog (parented to it, reused); no long-lived object
connects to it: the runner's callbacks are plain job attributes, and the end of a
job is watched by a plain Python helper.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from libtech_desktop.domain.catalogue import Item, ItemType
from libtech_desktop.domain.copies import consecutive_barcodes
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.money import parse_money
from libtech_desktop.domain.verification import VerificationWarning
from libtech_desktop.scanning import Scan
from libtech_desktop.services.records import CopiesDraft, RecordService
from libtech_desktop.ui._generated.ui_add_copies_dialog import Ui_AddCopiesDialog
from libtech_desktop.ui.feedback import Tone, mark_field
from libtech_desktop.ui.models.items import fill_item_types
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner

DEFAULT_TYPE = "book"


def barcodes_preview(first: str, count: int) -> str:
    """``"39999000000108 … 39999000000110 (3 copies)"``; raises what the first barcode lacks."""
    codes = consecutive_barcodes(first, count)
    if len(codes) == 1:
        return f"{codes[0]} (1 copy)"
    joiner = ", " if len(codes) == 2 else " … "
    return f"{codes[0]}{joiner}{codes[-1]} ({len(codes)} copies)"


class AddCopiesDialog(QDialog):
    #: The copies were added: (list[Item]).
    copies_added = Signal(object)
    #: Adding was refused or needs a confirmation: (message shown).
    failed = Signal(str)

    def __init__(
        self, records: RecordService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddCopiesDialog()
        self.ui.setupUi(self)
        self._records = records
        self._runner = runner
        self._biblio_id: int | None = None
        self._busy = False
        #: Set once "Add anyway" was pressed for the warning on screen.
        self._override = False
        self._wanted_type = DEFAULT_TYPE
        ui = self.ui
        ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText("A&dd copies")
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        ui.add_anyway_button.clicked.connect(self.add_anyway)
        ui.first_barcode_edit.scanned.connect(self._on_scanned)
        ui.first_barcode_edit.scan_rejected.connect(self._show_error)
        ui.first_barcode_edit.textChanged.connect(self._on_changed)
        ui.count_spin.valueChanged.connect(self._on_changed)
        for edit in (ui.call_number_edit, ui.location_edit, ui.price_edit):
            edit.textEdited.connect(self._on_changed)
        ui.item_type_combo.currentIndexChanged.connect(self._on_changed)
        self._hide_warning()

    # -- what the record editor and the tests use -------------------------------------

    def set_item_types(self, types: Sequence[ItemType]) -> None:
        combo = self.ui.item_type_combo
        combo.blockSignals(True)
        fill_item_types(combo, types)
        combo.setCurrentIndex(max(combo.findData(self._wanted_type), 0))
        combo.blockSignals(False)

    def start(
        self, biblio_id: int, title: str, call_number: str = "", today: date | None = None
    ) -> None:
        """Ready for the first scan, for the record ``biblio_id``."""
        ui = self.ui
        self._biblio_id = biblio_id
        self.setWindowTitle(f"Add copies — {title}")
        ui.record_label.setText(f"New copies of <b>{_html(title)}</b>")
        ui.first_barcode_edit.clear()
        ui.count_spin.setValue(1)
        ui.call_number_edit.setText(call_number)
        ui.location_edit.clear()
        ui.price_edit.clear()
        mark_field(ui.price_edit, None)
        ui.item_type_combo.setCurrentIndex(max(ui.item_type_combo.findData(DEFAULT_TYPE), 0))
        day = QDate(today.year, today.month, today.day) if today else QDate.currentDate()
        ui.acquired_date_edit.setDate(day)
        self._show_error("")
        self._set_busy(False)
        self._on_changed()
        ui.first_barcode_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def error_text(self) -> str:
        return self.ui.error_label.text()

    @property
    def warning_text(self) -> str:
        return self.ui.warning_label.text() if self.ui.warning_label.isVisibleTo(self) else ""

    @property
    def barcodes_text(self) -> str:
        return self.ui.barcodes_label.text()

    def draft(self) -> CopiesDraft:
        """The copies as the form says; a LibtechError for a price that is not one."""
        ui = self.ui
        try:
            price = parse_money(ui.price_edit.text())
        except LibtechError:
            mark_field(ui.price_edit, Tone.ERROR)
            raise
        mark_field(ui.price_edit, None)
        code: Any = ui.item_type_combo.currentData()
        acquired = ui.acquired_date_edit.date()
        return CopiesDraft(
            first_barcode=ui.first_barcode_edit.text().strip(),
            count=ui.count_spin.value(),
            call_number=ui.call_number_edit.text().strip() or None,
            location=ui.location_edit.text().strip() or None,
            item_type_code=str(code) if code else None,
            price_minor=price,
            acquired_on=date(acquired.year(), acquired.month(), acquired.day()),
        )

    def accept(self) -> None:
        if self._busy or self._biblio_id is None:
            return
        try:
            copies = self.draft()
            if copies.first_barcode:  # blank: the library's next numbers (the service says)
                consecutive_barcodes(copies.first_barcode, copies.count)
        except LibtechError as exc:
            self._show_error(exc.message)
            self.failed.emit(exc.message)
            return
        self._show_error("")
        records, biblio_id, override = self._records, self._biblio_id, self._override
        self._set_busy(True)
        job = self._runner.submit(
            lambda: records.add_copies(biblio_id, copies, override_warnings=override),
            self._on_added,
            self._on_failed,
            owner=self,
        )
        JobEndWatcher(self._runner, job, self, self._on_job_ended)

    def add_anyway(self) -> None:
        """The technician has read the warning: add the copies as they are."""
        self._override = True
        self.accept()

    # -- outcomes -----------------------------------------------------------------------

    def _on_added(self, items: list[Item]) -> None:
        self._hide_warning()
        self.copies_added.emit(items)
        self.done(QDialog.DialogCode.Accepted)

    def _on_failed(self, error: LibtechError) -> None:
        if isinstance(error, VerificationWarning):
            self.ui.warning_label.setText("⚠  " + error.findings.messages(error.findings.warnings))
            self.ui.warning_label.show()
            self.ui.add_anyway_button.show()
            self.ui.add_anyway_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._hide_warning()
            self._show_error(error.message)
        self.failed.emit(error.message)

    def _on_job_ended(self, job: Job) -> None:
        self._set_busy(False)
        if job.outcome == "crashed":
            self._show_error(JOB_CRASHED_MESSAGE)

    # -- helpers ------------------------------------------------------------------------

    def _on_scanned(self, scan: Scan) -> None:
        """A scanner ends with Enter: in this form that means "next field", not "add".
        A good scan answers the complaint about the one before it."""
        self._show_error("")
        self.ui.first_barcode_edit.setText(scan.code)
        self.ui.count_spin.setFocus(Qt.FocusReason.TabFocusReason)
        self.ui.count_spin.selectAll()

    def _on_changed(self, *_args: object) -> None:
        """Any change makes a shown warning stale, and the barcodes are worked out again."""
        self._hide_warning()
        first, count = self.ui.first_barcode_edit.text().strip(), self.ui.count_spin.value()
        if not first:
            self.ui.barcodes_label.setText(
                "Scan the first label to see the barcodes, or leave it blank for the "
                "library's next numbers."
            )
            return
        try:
            self.ui.barcodes_label.setText(barcodes_preview(first, count))
        except LibtechError as exc:
            self.ui.barcodes_label.setText(f"✖  {exc.message}")

    def _hide_warning(self) -> None:
        self._override = False
        self.ui.warning_label.clear()
        self.ui.warning_label.hide()
        self.ui.add_anyway_button.hide()

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # "Add anyway" stays enabled: the warning's answer gives it the focus (accept()
        # ignores it while busy).
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
