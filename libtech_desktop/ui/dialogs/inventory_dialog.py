"""Stocktake: start one for a location and/or a call-number range, scan the shelf at
scanner speed (each scan appended in order; an odd one is said inline and the scanning
goes on), then read the report: missing, misshelved with where each belongs, on the shelf
though recorded on loan / missing / lost (Put right checks it in), of another location,
unknown barcodes. Mark missing finishes it; the report prints or saves as PDF.

Created once, parented, reused: ``open()`` shows it (a stocktake in progress stays).
Every service call runs on the runner, in order; the scan field keeps the focus. Starting,
reading the report and Mark missing are long jobs: after half a second a progress dialog
shows how far they are and offers Cancel (a cancelled Mark missing marks nothing).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.inventory import ScanOutcome, StockItem, Stocktake, StocktakeReport
from libtech_desktop.services.circulation import CheckinResult
from libtech_desktop.services.inventory import InventoryService, MarkedMissing
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_inventory_dialog import Ui_InventoryDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.list_printing import ListColumn, ListPrinter, ListPrintout
from libtech_desktop.ui.models.table import (
    WARNING_BRUSH,
    AnyIndex,
    Column,
    RowTableModel,
    show_model,
)
from libtech_desktop.ui.progress import SHOW_AT_ONCE, JobProgress
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)
from libtech_desktop.ui.shelf_list_printing import (
    NO_CALL_NUMBER,
    ListPdfSaver,
    ask_pdf_path,
)


@dataclass(frozen=True)
class ReportRow:
    """One line of the report as shown and printed."""

    finding: str
    barcode: str
    call_number: str
    title: str
    detail: str
    #: On the shelf though recorded on loan, missing or lost: Put right checks it in.
    fixable: bool = False


def _finding(finding: str, item: StockItem, detail: str = "", fixable: bool = False) -> ReportRow:
    call = item.call_number or NO_CALL_NUMBER
    return ReportRow(finding, item.barcode, call, item.title, detail, fixable)


def _unknown(code: str) -> ReportRow:
    return ReportRow("Unknown barcode", code, "", "", "no item has it")


#: One part of the report: its entries and how one of them reads as a row.
Section = tuple[Sequence[Any], Callable[[Any], ReportRow]]


def report_sections(report: StocktakeReport) -> tuple[Section, ...]:
    """The report's parts in the order shown: missing, misshelved, on loan, found,
    unexpected status, other location, unknown barcodes."""
    return (
        (report.missing, lambda i: _finding("Missing", i, "not scanned")),
        (report.misshelved, lambda m: _finding("Misshelved", m.item, f"belongs {m.belongs}")),
        (
            report.wrongly_on_loan,
            lambda i: _finding("On loan, on the shelf", i, "Put right checks it in", True),
        ),
        (
            report.found,
            lambda i: _finding(
                f"{i.status.label}, on the shelf", i, "Put right makes it available", True
            ),
        ),
        (
            report.unexpected_status,
            lambda i: _finding(i.status.label, i, "recorded so; yet on the shelf"),
        ),
        (
            report.other_location,
            lambda i: _finding("Other location", i, f"recorded at {i.location or 'no location'}"),
        ),
        (report.unknown, _unknown),
    )


def report_rows(report: StocktakeReport) -> list[ReportRow]:
    """Every row of the report (the printout; the table makes only the rows it shows)."""
    return [make(entry) for entries, make in report_sections(report) for entry in entries]


def report_summary(report: StocktakeReport) -> str:
    parts = [
        f"{len(report.missing)} missing",
        f"{len(report.misshelved)} misshelved",
        f"{len(report.fixable)} to put right",
        f"{len(report.other_location)} of another location",
        f"{len(report.unknown)} unknown",
    ]
    return f"{report.scanned} scanned of {report.expected} expected: " + ", ".join(parts) + "."


def report_printout(report: StocktakeReport) -> ListPrintout:
    """The printable report, one row per finding (built on the runner: a stocktake of a
    whole collection finds tens of thousands)."""
    s = report.stocktake
    return ListPrintout(
        f"Stocktake {s.id}: {s.description}",
        report_summary(report),
        [
            ListColumn("Finding"),
            ListColumn("Call number", "call"),
            ListColumn("Title"),
            ListColumn("Barcode"),
            ListColumn("What"),
        ],
        [(r.finding, r.call_number, r.title, r.barcode, r.detail) for r in report_rows(report)],
        title="Stocktake report",
    )


def scans_model() -> RowTableModel[ScanOutcome]:
    return RowTableModel(
        [
            Column("#", lambda o: str(o.position or ""), align_right=True),
            Column("Barcode", lambda o: o.barcode),
            Column("Call number", lambda o: (o.item.call_number or "") if o.item else ""),
            Column("Title", lambda o: o.item.title if o.item else ""),
            Column("Note", lambda o: o.problem, alert=lambda o: bool(o.problem)),
        ]
    )


_REPORT_COLUMNS: tuple[Column[ReportRow], ...] = (
    Column("Finding", lambda r: r.finding, alert=lambda r: r.fixable),
    Column("Call number", lambda r: r.call_number),
    Column("Title", lambda r: r.title),
    Column("Barcode", lambda r: r.barcode),
    Column("What", lambda r: r.detail),
)


#: The roles the report's table answers (display and tooltip: the text; the warning colour).
_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole}
)
#: Rows the report's table keeps made (a few screens' worth; then it starts again).
_ROWS_KEPT = 1000


class FindingsModel(QAbstractTableModel):
    """The report's rows, made from the report as the view asks for them.

    ``set_report`` only adds up the lengths of the report's parts: a location of 40,000
    missing items is not turned into 40,000 rows on any thread, and the GUI thread never
    walks them (the view asks for the rows it shows, and the first 100 to size columns).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: tuple[Section, ...] = ()
        #: Where each part starts, as a row number, and the row count after the last.
        self._starts: list[int] = [0]
        #: Rows made so far (for the tests: the view makes only what it shows).
        self.rows_made = 0
        #: The rows made lately, by row number: a row is asked for once per column and
        #: role, each time it is painted or a column sized.
        self._made: dict[int, ReportRow] = {}

    def set_report(self, report: StocktakeReport | None) -> None:
        self.beginResetModel()
        self._sections = report_sections(report) if report is not None else ()
        self._starts = [0]
        self._made.clear()
        for entries, _make in self._sections:
            self._starts.append(self._starts[-1] + len(entries))
        self.endResetModel()

    def row(self, index: int) -> ReportRow:
        if not 0 <= index < self._starts[-1]:
            raise IndexError(index)
        made = self._made.get(index)
        if made is None:
            if len(self._made) >= _ROWS_KEPT:
                self._made.clear()
            part = bisect_right(self._starts, index) - 1
            entries, make = self._sections[part]
            made = self._made[index] = make(entries[index - self._starts[part]])
            self.rows_made += 1
        return made

    @property
    def rows(self) -> tuple[ReportRow, ...]:
        """Every row (makes them all: for a test or a small report)."""
        return tuple(self.row(n) for n in range(self._starts[-1]))

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._starts[-1]

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_REPORT_COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < self._starts[-1]:
            return None
        column = _REPORT_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            alert = column.alert
            return WARNING_BRUSH if alert is not None and alert(self.row(number)) else None
        return column.text(self.row(number))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_REPORT_COLUMNS):
            return _REPORT_COLUMNS[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


def _ask(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, "Stocktake", text)
    return answer == QMessageBox.StandardButton.Yes


class InventoryDialog(QDialog):
    #: A stocktake was started: (the Stocktake).
    started = Signal(object)
    #: A scan was recorded or ignored: (the ScanOutcome).
    scanned = Signal(object)
    #: The report was read and shown: (the StocktakeReport).
    report_ready = Signal(object)
    #: An item found on the shelf was checked in: (the CheckinResult).
    put_right_done = Signal(object)
    #: Missing items were marked and the stocktake finished: (MarkedMissing).
    marked_missing = Signal(object)
    #: A printout is ready: (its HTML), before it goes to the printer or the PDF.
    printout_ready = Signal(object)
    #: A PDF was written: (its path).
    pdf_written = Signal(str)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        inventory: InventoryService,
        runner: TaskRunner,
        progress_after_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_InventoryDialog()
        self.ui.setupUi(self)
        self._service, self._runner = inventory, runner
        self._progress_after_ms = progress_after_ms
        #: The long job in flight (start, report or Mark missing), if any.
        self.long_job: Job | None = None
        self.progress: JobProgress | None = None
        #: What the dialog says if that job is cancelled.
        self._cancelled_text = ""
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        #: Prints the report: laid out on the runner, with progress and Cancel.
        self.list_printer = ListPrinter(self, runner, self._on_printed)
        #: Saves the report as a PDF on the runner, with a progress bar and Cancel.
        self.pdf_saver = ListPdfSaver(
            self,
            runner,
            self._on_printed,
            on_saved=self._on_pdf_written,
            show_progress_after_ms=SHOW_AT_ONCE,
        )
        self.stocktake: Stocktake | None = None
        self.report: StocktakeReport | None = None
        #: Asked before Mark missing; tests replace it.
        self.confirm: Callable[[str], bool] = lambda text: _ask(self, text)
        self.scans = scans_model()
        self.findings = FindingsModel(self)
        show_model(self.ui.scans_view, self.scans, stretch=3)
        show_model(self.ui.report_view, self.findings, stretch=4)
        ui = self.ui
        ui.start_button.clicked.connect(self.start)
        # Enter in the location or the range starts, as the button would.
        for edit in (ui.location_combo.lineEdit(), ui.from_edit, ui.to_edit):
            if edit is not None:
                edit.returnPressed.connect(self._start_on_enter)
        ui.scan_edit.returnPressed.connect(self._on_scan_entered)
        ui.report_button.clicked.connect(lambda: self.read_report())
        ui.put_right_button.clicked.connect(self.put_right_selected)
        ui.mark_missing_button.clicked.connect(self.mark_missing)
        ui.print_button.clicked.connect(self.print_report)
        ui.pdf_button.clicked.connect(self.save_pdf)
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Refresh, self, lambda: self.read_report())
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        QShortcut(QKeySequence("Ctrl+G"), self, self.put_right_selected)
        self._enable()

    # -- what the main window and the tests use -------------------------------------

    def open(self) -> None:
        """Show the dialog; a stocktake in progress carries on."""
        self.show()
        self.activateWindow()
        focus = self.ui.scan_edit if self._scanning else self.ui.location_combo
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        service = self._service
        self._jobs.submit(service.locations, self._show_locations, self._on_error)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def _start_on_enter(self) -> None:
        if self.ui.start_button.isEnabled():
            self.start()

    def start(self) -> None:
        """Start a stocktake of the location and/or range typed above."""
        ui, service = self.ui, self._service
        location = ui.location_combo.currentText()
        low, high = ui.from_edit.text(), ui.to_edit.text()

        def run(progress: ProgressFn, should_cancel: CancelFn) -> Stocktake:
            return service.start(
                location, low, high, progress=progress, should_cancel=should_cancel
            )

        self._submit_long(
            run, self._started, "Starting the stocktake…", "Cancelled: no stocktake was started."
        )

    def scan(self, code: str) -> None:
        """One barcode read off the shelf (what Enter in the scan field does)."""
        code = code.strip()
        if not code:
            return
        if self.stocktake is None:
            self._show_error("Start a stocktake first: choose a location and/or a range.")
            return
        session, service = self.stocktake.id, self._service
        self._jobs.submit(lambda: service.scan(session, [code])[0], self._scanned, self._on_error)

    def read_report(self, then: str = "") -> None:
        """Read the report afresh; ``then``: what just happened, said before its summary."""
        if self.stocktake is None:
            self._show_error("Start a stocktake and scan the shelf first.")
            return
        session, service = self.stocktake.id, self._service

        def run(progress: ProgressFn, should_cancel: CancelFn) -> StocktakeReport:
            return service.report(session, progress=progress, should_cancel=should_cancel)

        self._submit_long(
            run,
            lambda report: self._show_report(report, then),
            f"Reading the report of stocktake {session}…",
            "Cancelled: the report was not read; the scans are all kept.",
        )

    def selected_finding(self) -> ReportRow | None:
        index = self.ui.report_view.currentIndex()
        return self.findings.row(index.row()) if index.isValid() else None

    def put_right_selected(self) -> None:
        row = self.selected_finding()
        if row is None or not row.fixable:
            self._show_error("Choose an item on the shelf recorded on loan, missing or lost.")
            return
        service = self._service
        self._jobs.submit(lambda: service.put_right(row.barcode), self._put_right, self._on_error)

    def mark_missing(self) -> None:
        if self.stocktake is None or self.report is None:
            self._show_error("Read the report first: Mark missing marks what it lists.")
            return
        count = len(self.report.missing)
        if not self.confirm(
            f"Mark {count} item{'s' if count != 1 else ''} missing and finish "
            f"stocktake {self.stocktake.id}?"
        ):
            return
        session, service = self.stocktake.id, self._service

        def run(progress: ProgressFn, should_cancel: CancelFn) -> MarkedMissing:
            return service.mark_missing(session, progress=progress, should_cancel=should_cancel)

        self._submit_long(
            run,
            self._marked,
            f"Marking {count} item{'s' if count != 1 else ''} missing…",
            "Cancelled: no item was marked missing; the stocktake is still open.",
        )

    def print_report(self) -> None:
        """Print the report as shown: the system's print dialog chooses the printer, the
        pages are laid out and painted on the runner (thousands of rows take seconds)."""
        report = self._report_to_print()
        if report is None:
            return

        def ready(printout: ListPrintout) -> None:
            self.printout_ready.emit(printout)
            self.list_printer.print_list(printout, "The stocktake report")

        self._jobs.submit(lambda: report_printout(report), ready, self._on_error)

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the report as shown as a PDF (asks where, unless ``path``)."""
        report = self._report_to_print()
        if report is None:
            return
        target = Path(path) if path else ask_pdf_path(self, "Save the report", "stocktake.pdf")
        if target is None:
            return
        # Thousands of rows: the printout is made, laid out and written on the runner.
        if self.pdf_saver.save(lambda: report_printout(report), target, "the report"):
            self._say(f"Saving the report as {target}…")

    def _submit_long(
        self,
        run: Callable[[ProgressFn, CancelFn], object],
        on_success: Callable[[Any], None],
        label: str,
        cancelled_text: str,
    ) -> None:
        """Run ``run`` as a long job: progress and Cancel after half a second."""
        if self.long_job is not None:
            return  # a second click is not a second job
        self._cancelled_text = cancelled_text

        def succeeded(result: Any) -> None:
            self.long_job = None  # what follows may start the next one (Mark missing: report)
            on_success(result)

        job = self._runner.submit(run, succeeded, self._on_error, long=True, owner=self)
        self.long_job = job
        self._set_busy(True)
        self.progress = JobProgress(self._runner, job, self, label, self._progress_after_ms)
        JobEndWatcher(self._runner, job, self, self._on_long_ended)

    def _on_long_ended(self, job: Job) -> None:
        if self.long_job is job:
            self.long_job = None
        self._set_busy(False)
        if job.outcome == "crashed":
            self._show_error(JOB_CRASHED_MESSAGE)

    # -- outcomes -------------------------------------------------------------------

    @property
    def _scanning(self) -> bool:
        return self.stocktake is not None and not self.stocktake.closed

    def _on_scan_entered(self) -> None:
        # Cleared at once: the next scan may come before this one is recorded.
        code = self.ui.scan_edit.text()
        self.ui.scan_edit.clear()
        self.scan(code)

    def _show_locations(self, locations: list[str]) -> None:
        combo = self.ui.location_combo
        typed = combo.currentText()
        combo.clear()
        combo.addItems(["", *locations])
        combo.setCurrentText(typed)

    def _started(self, stocktake: Stocktake) -> None:
        self.stocktake, self.report = stocktake, None
        self.scans.set_rows([])
        self.findings.set_report(None)
        self._show_count(0)
        self.ui.session_label.setText(f"Stocktake {stocktake.id}: {stocktake.description}")
        self._say("Scan each item in the order it stands on the shelf, left to right.")
        self._enable()
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.started.emit(stocktake)

    def _scanned(self, outcome: ScanOutcome) -> None:
        self.scans.prepend(outcome)
        if outcome.position is not None:
            self._show_count(outcome.position)
        if outcome.problem:
            self._show_error(f"{outcome.barcode}: {outcome.problem}", refused=False)
        else:
            assert outcome.item is not None
            self._say(f"{outcome.barcode} {outcome.item.call_number or ''} “{outcome.item.title}”")
        self.scanned.emit(outcome)

    def _show_report(self, report: StocktakeReport, then: str = "") -> None:
        self.report, self.stocktake = report, report.stocktake
        self.findings.set_report(report)
        if self.findings.rowCount():
            self.ui.report_view.setCurrentIndex(self.findings.index(0, 0))
        self._say(f"{then} {report_summary(report)}".strip())
        self._enable()
        self.report_ready.emit(report)

    def _put_right(self, result: CheckinResult) -> None:
        item = result.item
        self.put_right_done.emit(result)
        self.read_report(f"{item.barcode} “{item.title}” checked in: {item.status.label.lower()}.")

    def _marked(self, marked: MarkedMissing) -> None:
        self.stocktake = marked.stocktake
        count = len(marked.items)
        self.marked_missing.emit(marked)
        self.read_report(
            f"Marked {count} item{'s' if count != 1 else ''} missing; the stocktake is finished."
        )

    def _report_to_print(self) -> StocktakeReport | None:
        if self.report is None:
            self._show_error("Read the report first: there is nothing to print yet.")
        return self.report

    def _show_count(self, count: int) -> None:
        self.ui.count_label.setText(f"{count} scanned")

    def _enable(self) -> None:
        ui = self.ui
        ui.scan_edit.setEnabled(self._scanning)
        idle = self._jobs.running == 0 and self.long_job is None
        ui.mark_missing_button.setEnabled(self._scanning and idle)

    def _set_busy(self, busy: bool) -> None:
        busy = busy or self.long_job is not None or self._jobs.running > 0
        ui = self.ui
        for button in (ui.start_button, ui.report_button, ui.put_right_button):
            button.setEnabled(not busy)
        ui.mark_missing_button.setEnabled(not busy and self._scanning)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_pdf_written(self, printout: ListPrintout, path: Path) -> None:
        self.printout_ready.emit(printout)
        self.pdf_written.emit(str(path))

    def _on_printed(self, text: str, error: bool) -> None:
        show_status(self.ui.status_label, text, error=error)

    def _on_error(self, error: LibtechError) -> None:
        if isinstance(error, Cancelled):
            self._show_error(self._cancelled_text or error.message)
            return
        self._show_error(error.message)

    def _show_error(self, message: str, *, refused: bool = True) -> None:
        show_status(self.ui.status_label, message, error=True)
        if refused:
            self.failed.emit(message)
