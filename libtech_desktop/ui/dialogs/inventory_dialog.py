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

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.inventory import ScanOutcome, StockItem, Stocktake, StocktakeReport
from libtech_desktop.services.circulation import CheckinResult
from libtech_desktop.services.inventory import InventoryService, MarkedMissing
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_inventory_dialog import Ui_InventoryDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.printing import ListPrinter
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)
from libtech_desktop.ui.shelf_list_printing import (
    NO_CALL_NUMBER,
    ask_pdf_path,
    pdf_not_written,
    write_pdf,
)

_STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin-bottom: 2pt; }
th { text-align: left; border-bottom: 1px solid #000000; padding: 2pt 6pt 2pt 0; }
td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
td.call { font-family: monospace; font-weight: bold; white-space: pre; }
"""


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


def report_rows(report: StocktakeReport) -> list[ReportRow]:
    def row(finding: str, item: StockItem, detail: str = "", fixable: bool = False) -> ReportRow:
        call = item.call_number or NO_CALL_NUMBER
        return ReportRow(finding, item.barcode, call, item.title, detail, fixable)

    rows = [row("Missing", i, "not scanned") for i in report.missing]
    rows += [row("Misshelved", m.item, f"belongs {m.belongs}") for m in report.misshelved]
    rows += [
        row("On loan, on the shelf", i, "Put right checks it in", True)
        for i in report.wrongly_on_loan
    ]
    rows += [
        row(f"{i.status.label}, on the shelf", i, "Put right makes it available", True)
        for i in report.found
    ]
    rows += [
        row(i.status.label, i, "recorded so; yet on the shelf") for i in report.unexpected_status
    ]
    rows += [
        row("Other location", i, f"recorded at {i.location or 'no location'}")
        for i in report.other_location
    ]
    rows += [
        ReportRow("Unknown barcode", code, "", "", "no item has it") for code in report.unknown
    ]
    return rows


def report_summary(report: StocktakeReport) -> str:
    parts = [
        f"{len(report.missing)} missing",
        f"{len(report.misshelved)} misshelved",
        f"{len(report.fixable)} to put right",
        f"{len(report.other_location)} of another location",
        f"{len(report.unknown)} unknown",
    ]
    return f"{report.scanned} scanned of {report.expected} expected: " + ", ".join(parts) + "."


def report_html(report: StocktakeReport) -> str:
    """The printable report: one row per finding."""
    s = report.stocktake
    rows = "".join(
        f"<tr><td>{escape(r.finding)}</td><td class='call'>{escape(r.call_number)}</td>"
        f"<td>{escape(r.title)}</td><td>{escape(r.barcode)}</td><td>{escape(r.detail)}</td></tr>"
        for r in report_rows(report)
    )
    return (
        f"<html><head><style>{_STYLE}</style></head><body>"
        f"<h1>Stocktake {s.id}: {escape(s.description)}</h1>"
        f"<p>{escape(report_summary(report))}</p>"
        "<table cellspacing='0' width='100%'><thead><tr>"
        "<th>Finding</th><th>Call number</th><th>Title</th><th>Barcode</th><th>What</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></body></html>"
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


def report_model() -> RowTableModel[ReportRow]:
    return RowTableModel(
        [
            Column("Finding", lambda r: r.finding, alert=lambda r: r.fixable),
            Column("Call number", lambda r: r.call_number),
            Column("Title", lambda r: r.title),
            Column("Barcode", lambda r: r.barcode),
            Column("What", lambda r: r.detail),
        ]
    )


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
    printout_ready = Signal(str)
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
        self.stocktake: Stocktake | None = None
        self.report: StocktakeReport | None = None
        #: Asked before Mark missing; tests replace it.
        self.confirm: Callable[[str], bool] = lambda text: _ask(self, text)
        self.scans = scans_model()
        self.findings = report_model()
        show_model(self.ui.scans_view, self.scans, stretch=3)
        show_model(self.ui.report_view, self.findings, stretch=4)
        ui = self.ui
        ui.start_button.clicked.connect(self.start)
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

        def run(
            progress: ProgressFn, should_cancel: CancelFn
        ) -> tuple[StocktakeReport, list[ReportRow]]:
            report = service.report(session, progress=progress, should_cancel=should_cancel)
            return report, report_rows(report)  # thousands of rows: made off the GUI thread

        self._submit_long(
            run,
            lambda made: self._show_report(made[0], made[1], then),
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
        html = self._printout()
        if html is None:
            return
        self.list_printer.print_html(html, "The stocktake report")

    def save_pdf(self, path: str | Path | None = None) -> None:
        """Save the report as shown as a PDF (asks where, unless ``path``)."""
        html = self._printout()
        if html is None:
            return
        target = Path(path) if path else ask_pdf_path(self, "Save the report", "stocktake.pdf")
        if target is None:
            return

        def write() -> None:  # on the runner: thousands of rows take seconds to lay out
            try:
                write_pdf(html, target, title="Stocktake report")
            except OSError as exc:
                raise LibtechError(pdf_not_written(target, exc)) from exc

        def written(_: None) -> None:
            self._say(f"Saved the report as {target}.")
            self.pdf_written.emit(str(target))

        self._say(f"Writing the report to {target}…")
        self._jobs.submit(write, written, self._on_error)

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
        self.findings.set_rows([])
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

    def _show_report(self, report: StocktakeReport, rows: list[ReportRow], then: str = "") -> None:
        self.report, self.stocktake = report, report.stocktake
        self.findings.set_rows(rows)
        if rows:
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

    def _printout(self) -> str | None:
        if self.report is None:
            self._show_error("Read the report first: there is nothing to print yet.")
            return None
        html = report_html(self.report)
        self.printout_ready.emit(html)
        return html

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
