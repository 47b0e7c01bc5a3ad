"""Import a MARC 21 or MARCXML file: choose it, see its first records, import, read the report.

The dialog calls the import service itself, through the runner: the preview is a
quick job, the import a long one with a progress dialog and Cancel (JobProgress).
A cancelled import keeps the batches it had committed and says so; a file that
cannot be read at all is refused inline and nothing is imported.

The tab owns one dialog (parented to it, reused); the dialog's own QObjects are
never deleted while a long-lived object is connected to them: the runner's
callbacks are plain job attributes, and the end of a job is watched by a plain
Python helper.
"""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.interop.marc_mapping import HoldingsTag
from libtech_desktop.services.marc_import import (
    ImportReport,
    MarcImportService,
    MarcPreview,
    MatchRule,
)
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_marc_import_dialog import Ui_MarcImportDialog
from libtech_desktop.ui.models.marc_import import import_problems_model, marc_preview_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.progress import SHOW_AFTER_MS, JobProgress
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner

FILE_FILTER = "MARC files (*.mrc *.dat *.marc *.iso *.xml);;All files (*)"
BATCH_SIZE = 500


class MarcImportDialog(QDialog):
    #: A preview arrived and is shown: (MarcPreview).
    previewed = Signal(object)
    #: An import ended, finished or cancelled, and its report is shown: (ImportReport).
    imported = Signal(object)
    #: A preview or an import was refused (the file cannot be read...): (message).
    failed = Signal(str)

    def __init__(
        self,
        service: MarcImportService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        batch_size: int = BATCH_SIZE,
        progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MarcImportDialog()
        self.ui.setupUi(self)
        self._service = service
        self._runner = runner
        self._batch_size = batch_size
        self._progress_after_ms = progress_after_ms
        self.preview_rows = marc_preview_model()
        self.problems = import_problems_model()
        show_model(self.ui.preview_view, self.preview_rows, stretch=1)
        show_model(self.ui.problems_view, self.problems, stretch=2)
        #: The file whose preview is shown; Import works on it.
        self._previewed: str | None = None
        self._busy = False
        self._focus_before: QWidget | None = None
        #: The progress watcher of the running (or last) import.
        self.progress: JobProgress | None = None
        #: The report of the last import, once shown.
        self.report: ImportReport | None = None

        ui = self.ui
        ui.match_combo.addItem("Same ISBN: merge holdings, skip the record", "isbn")
        ui.match_combo.addItem("None: add every record", "none")
        ui.items_combo.addItem("No items", None)
        ui.items_combo.addItem("852 (MARC holdings)", "852")
        ui.items_combo.addItem("952 (Koha)", "952")
        ui.path_edit.returnPressed.connect(self.load_preview)
        ui.path_edit.textEdited.connect(self._on_path_edited)
        ui.browse_button.clicked.connect(self.browse)
        ui.preview_button.clicked.connect(self.load_preview)
        ui.items_combo.currentIndexChanged.connect(self._on_items_changed)
        ui.import_button.clicked.connect(self.start_import)
        ui.close_button.clicked.connect(self.reject)

    # -- what the tab and the tests use ------------------------------------------------

    def start(self) -> None:
        """Show the dialog ready for a file (keeps the last path, for a second try)."""
        self.ui.path_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.path_edit.selectAll()

    @property
    def error_text(self) -> str:
        return self.ui.error_label.text()

    @property
    def report_text(self) -> str:
        return self.ui.report_label.text()

    @property
    def busy(self) -> bool:
        return self._busy

    def browse(self) -> None:
        start = self.ui.path_edit.text().strip() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Import MARC records", start, FILE_FILTER)
        if path:
            self.ui.path_edit.setText(path)
            self.load_preview()

    def load_preview(self) -> None:
        if self._busy:
            return
        path = self.ui.path_edit.text().strip()
        self._forget_preview()
        if not path:
            self._show_error("Type or choose the path of a MARC file first.")
            return
        self._show_error("")
        self.ui.report_label.setText(f"Reading the first records of {Path(path).name}…")
        service, items_from = self._service, self._items_from()
        self._set_busy(True)
        job = self._runner.submit(
            lambda: service.preview(path, items_from=items_from),
            self._on_previewed,
            self._on_failed,
            owner=self,
        )
        JobEndWatcher(self._runner, job, self, self._on_job_ended)

    def start_import(self) -> None:
        path = self._previewed
        if self._busy or path is None:
            return
        service, batch_size = self._service, self._batch_size
        match, items_from = self._match(), self._items_from()

        def run(progress: ProgressFn, should_cancel: CancelFn) -> ImportReport:
            def report(done: int, total: int, what: str) -> None:
                # The import sees the cancel itself before its next record and returns
                # a report of the whole batches it has committed: no need to raise.
                with suppress(Cancelled):
                    progress(done, total, what)

            return service.import_file(
                path,
                match,
                items_from,
                progress=report,
                should_cancel=should_cancel,
                batch_size=batch_size,
            )

        self._show_error("")
        self.problems.set_rows([])
        self.report = None
        self.ui.report_label.setText(f"Importing {Path(path).name}…")
        self._set_busy(True)
        job = self._runner.submit(run, self._on_imported, self._on_failed, long=True, owner=self)
        self.progress = JobProgress(
            self._runner,
            job,
            self,
            f"Importing {Path(path).name}…",
            show_after_ms=self._progress_after_ms,
        )
        JobEndWatcher(self._runner, job, self, self._on_job_ended)

    # -- outcomes -------------------------------------------------------------------

    def _on_previewed(self, preview: MarcPreview) -> None:
        if preview.path != self.ui.path_edit.text().strip():
            return  # the path was changed meanwhile: this preview is of another file
        self._previewed = preview.path
        self.preview_rows.set_rows(preview.rows)
        broken = sum(1 for row in preview.rows if row.error)
        about = f" ({broken} of them cannot be imported)" if broken else ""
        shown = len(preview.rows)
        self.ui.report_label.setText(
            f"{Path(preview.path).name}: about {preview.total} records; "
            f"the first {shown} are shown{about}. Import (Alt+I) loads the whole file."
            if shown
            else f"{Path(preview.path).name} holds no records."
        )
        self.ui.import_button.setEnabled(shown > 0)
        self.previewed.emit(preview)

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self._forget_preview(keep_rows=True)
        self.ui.report_label.setText(report_summary(report))
        self.problems.set_rows(
            [("error", e) for e in report.errors] + [("warning", w) for w in report.warnings]
        )
        self.imported.emit(report)

    def _on_failed(self, error: LibtechError) -> None:
        self._forget_preview()
        self.ui.report_label.setText("Nothing was imported.")
        self._show_error(error.message)
        self.failed.emit(error.message)

    def _on_job_ended(self, job: Job) -> None:
        self._set_busy(False)
        if job.outcome == "crashed":
            self._show_error(JOB_CRASHED_MESSAGE)
        self._refocus(imported=job.long and job.outcome == "succeeded")

    # -- helpers --------------------------------------------------------------------

    def _on_path_edited(self, _text: str) -> None:
        self._forget_preview()

    def _on_items_changed(self, _index: int) -> None:
        if self._previewed is not None:
            self.load_preview()  # the holdings column counts the chosen field

    def _forget_preview(self, keep_rows: bool = False) -> None:
        self._previewed = None
        self.ui.import_button.setEnabled(False)
        if not keep_rows:
            self.preview_rows.set_rows([])

    def _match(self) -> MatchRule:
        value: Any = self.ui.match_combo.currentData()
        return "none" if value == "none" else "isbn"

    def _items_from(self) -> HoldingsTag | None:
        value: Any = self.ui.items_combo.currentData()
        if value == "852":
            return "852"
        if value == "952":
            return "952"
        return None

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        if busy:
            self._focus_before = self.focusWidget()
            ui.import_button.setEnabled(False)
        for widget in (ui.browse_button, ui.preview_button, ui.match_combo, ui.items_combo):
            widget.setEnabled(not busy)
        ui.path_edit.setReadOnly(busy)

    def _refocus(self, imported: bool) -> None:
        """Where the keyboard goes on: the report after an import, else where it was."""
        ui = self.ui
        target: QWidget | None = self._focus_before
        if imported:
            target = ui.problems_view if self.problems.rowCount() else ui.close_button
        elif target is None or not target.isEnabled():
            target = ui.import_button if ui.import_button.isEnabled() else ui.path_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def report_summary(report: ImportReport) -> str:
    counts = (
        f"added {report.added}, merged {report.merged}, "
        f"skipped as duplicates {report.skipped}, failed {report.failed}"
    )
    problems = len(report.errors) + len(report.warnings)
    listed = f" {problems} problems are listed below." if problems else ""
    if report.cancelled:
        return (
            f"Import cancelled after {report.read} records read. The batches committed "
            f"before the cancel are kept: {counts}.{listed}"
        )
    return f"Import finished: {report.read} records read; {counts}.{listed}"
