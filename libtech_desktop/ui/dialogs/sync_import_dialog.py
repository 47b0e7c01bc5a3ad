"""Bookmobile → Import journal: choose a journal (or .koc) file, see the dry run — the
summary and every predicted exception with its reason — then Apply (Alt+A) and read
the report. Both run on the runner with a progress dialog and Cancel.

Created once by ``SyncDialogs``, parented to the main window, and reused: ``open()``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.sync_merge import MergeException, MergeReport
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.ui._generated.ui_sync_import_dialog import Ui_SyncImportDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import Job, JobEndWatcher, TaskRunner

FILE_FILTER = "Journal or Koha offline file (*.jsonl *.json *.koc);;All files (*)"


def exceptions_model() -> RowTableModel[MergeException]:
    return RowTableModel(
        [
            Column("When", lambda e: f"{to_local(e.at):%Y-%m-%d %H:%M}"),
            Column("Action", lambda e: e.action),
            Column("Item", lambda e: e.item or ""),
            Column("Patron", lambda e: e.patron or ""),
            Column("Reason", lambda e: e.reason),
        ]
    )


def ask_open_path(parent: QWidget) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Import journal", "", FILE_FILTER)
    return Path(chosen) if chosen else None


class SyncImportDialog(QDialog):
    #: The dry run is shown: (its MergeReport).
    predicted = Signal(object)
    #: The file was applied (or partly, if cancelled): (its MergeReport).
    applied = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, merge: MergeService, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncImportDialog()
        self.ui.setupUi(self)
        self._merge, self._runner = merge, runner
        #: Asks for the file; tests replace it.
        self.ask_path: Callable[[QWidget], Path | None] = ask_open_path
        self.path: Path | None = None
        self.report: MergeReport | None = None
        self.progress: JobProgress | None = None
        self._busy = False
        self.exceptions = exceptions_model()
        show_model(self.ui.exceptions_view, self.exceptions, stretch=4)
        self.ui.choose_button.clicked.connect(self.choose)
        self.ui.apply_button.clicked.connect(self.apply)
        self.ui.close_button.clicked.connect(self.reject)

    # -- what SyncDialogs and the tests use --------------------------------------------

    def open(self) -> None:
        """Show the dialog and ask for a file at once."""
        self.show()
        self.activateWindow()
        self.ui.choose_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.choose()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    @property
    def summary_text(self) -> str:
        return self.ui.summary_label.text()

    def choose(self) -> None:
        path = self.ask_path(self)
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> Job | None:
        """The dry run of ``path``: what applying will do, on a throwaway copy."""
        if self._busy:
            return None
        self.path, self.report = Path(path), None
        self.ui.file_edit.setText(str(path))
        self.exceptions.set_rows([])
        self.ui.summary_label.setText("Dry run…")
        show_status(self.ui.status_label, "")
        merge = self._merge

        def run(progress: Any, should_cancel: Any) -> MergeReport:
            return merge.dry_run(Path(path), progress, should_cancel)

        return self._submit(run, self._on_predicted, f"Dry run of {Path(path).name}…")

    def apply(self) -> Job | None:
        """Apply the file the dry run was shown for."""
        if self._busy or self.path is None or self.report is None:
            return None
        path, merge = self.path, self._merge

        def run(progress: Any, should_cancel: Any) -> MergeReport:
            return merge.apply(path, progress, should_cancel)

        return self._submit(run, self._on_applied, f"Applying {path.name}…")

    # -- outcomes ----------------------------------------------------------------------

    def _submit(self, fn: Any, done: Callable[[MergeReport], None], label: str) -> Job:
        self._set_busy(True)
        job = self._runner.submit(fn, done, self._on_error, long=True, owner=self)
        self.progress = JobProgress(self._runner, job, self, label)
        JobEndWatcher(self._runner, job, self, lambda _job: self._set_busy(False))
        return job

    def _on_predicted(self, report: MergeReport) -> None:
        self.report = report if report.finished else None
        self.exceptions.set_rows(list(report.exceptions))
        if not report.finished:
            self.ui.summary_label.setText("Dry run cancelled — nothing was changed.")
        else:
            self.ui.summary_label.setText(f"{_source(report)}: {report.message}")
        todo = report.operations - report.already_applied
        self.ui.apply_button.setEnabled(report.finished and todo > 0)
        if report.finished and todo > 0:
            show_status(self.ui.status_label, "Nothing has changed yet: Apply (Alt+A) merges it.")
            self.ui.apply_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.predicted.emit(report)

    def _on_applied(self, report: MergeReport) -> None:
        self.report = None
        self.ui.apply_button.setEnabled(False)
        self.exceptions.set_rows(list(report.exceptions))
        self.ui.summary_label.setText(f"{_source(report)}: {report.message}")
        queued = len(report.exceptions)
        tail = (
            f" {queued} exception{'s wait' if queued != 1 else ' waits'} in Sync exceptions "
            "(Ctrl+Shift+Y)."
            if queued
            else ""
        )
        show_status(self.ui.status_label, ("Applied." if report.finished else "Stopped.") + tail)
        self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.applied.emit(report)

    def _on_error(self, error: LibtechError) -> None:
        self.ui.summary_label.setText("")
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.choose_button.setEnabled(not busy)
        if busy:
            self.ui.apply_button.setEnabled(False)


def _source(report: MergeReport) -> str:
    who = report.device_name or report.device_id[:8]
    kind = "Koha .koc" if report.source == "koc" else "journal"
    head = "Dry run — " if report.dry_run else ""
    return f"{head}{who} ({kind})"
