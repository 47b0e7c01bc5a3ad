"""Bookmobile → Import package (issue 7): on the laptop, import the branch's package.

Choose the file (Enter, or Browse…): what it is shows at once (library, prepared,
expires, counts) without the passphrase; then the passphrase and Enter imports on the
runner, with progress and Cancel (a cancelled import changes nothing), and the report says
what changed. Created once, parented and reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.sync_package import PackageImportReport
from libtech_desktop.interop.package_file import PackageHeader
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.ui._generated.ui_import_package_dialog import Ui_ImportPackageDialog
from libtech_desktop.ui.dialogs.prepare_package_dialog import FILE_FILTER
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)

#: Said when the technician cancelled the import.
CANCELLED_MESSAGE = "Import cancelled: nothing was changed; this laptop keeps what it had."


class ImportPackageDialog(QDialog):
    #: The file's header was read: (the PackageHeader).
    header_read = Signal(object)
    #: The package was imported: (the PackageImportReport).
    imported = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        packages: PackageService,
        runner: TaskRunner,
        progress_after_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPackageDialog()
        self.ui.setupUi(self)
        self._service, self._runner = packages, runner
        self._progress_after_ms = progress_after_ms
        #: The import in flight (a long job with progress and Cancel), if any.
        self.import_job: Job | None = None
        self.progress: JobProgress | None = None
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._header: PackageHeader | None = None
        ui = self.ui
        ui.file_edit.returnPressed.connect(self.read_header)
        ui.file_edit.textEdited.connect(self._forget_header)
        ui.browse_button.clicked.connect(self.browse)
        ui.passphrase_edit.returnPressed.connect(self.start_import)
        ui.import_button.clicked.connect(self.start_import)
        ui.close_button.clicked.connect(self.reject)

    def open(self) -> None:
        self.show()
        self.activateWindow()
        self.ui.passphrase_edit.clear()
        show_status(self.ui.status_label, "")
        self.ui.file_edit.setFocus()

    def browse(self) -> None:
        start = self.ui.file_edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, "Open a package", start, FILE_FILTER)
        if chosen:
            self.ui.file_edit.setText(chosen)
            self.read_header()

    def read_header(self) -> None:
        path = self.ui.file_edit.text().strip()
        if not path:
            self._show_error("Type or choose the package file.")
            return
        service = self._service
        self._jobs.submit(lambda: service.header(Path(path)), self._on_header, self._on_failed)

    def start_import(self) -> None:
        if self._jobs.running or self.import_job is not None:
            return
        if self._header is None:
            self.read_header()
            return
        secret = self.ui.passphrase_edit.text()
        if not secret:
            self._show_error("Type the passphrase the branch gave with the package.")
            return
        path, service = Path(self.ui.file_edit.text().strip()), self._service

        def run(progress: ProgressFn, should_cancel: CancelFn) -> PackageImportReport:
            return service.import_package(
                path, secret, progress=progress, should_cancel=should_cancel
            )

        show_status(self.ui.status_label, f"Importing {path.name}…")
        job = self._runner.submit(run, self._on_imported, self._on_failed, long=True, owner=self)
        self.import_job = job
        self._set_busy(True)
        self.progress = JobProgress(
            self._runner, job, self, f"Importing {path.name}…", self._progress_after_ms
        )
        JobEndWatcher(self._runner, job, self, self._on_import_ended)

    # -- outcomes -----------------------------------------------------------------

    def _on_header(self, header: PackageHeader) -> None:
        self._header = header
        self.ui.header_label.setText(
            f"{header.source}: {header.items} items, "
            f"{header.patrons} patrons.\nPrepared {header.prepared_at.astimezone():%Y-%m-%d %H:%M}"
            f", expires {header.expires_at.astimezone():%Y-%m-%d %H:%M}."
        )
        self.ui.import_button.setEnabled(True)
        show_status(self.ui.status_label, "Type the passphrase, then Enter imports.")
        self.ui.passphrase_edit.setFocus()
        self.header_read.emit(header)

    def _on_imported(self, report: PackageImportReport) -> None:
        self.ui.passphrase_edit.clear()
        show_status(self.ui.status_label, "\n".join(report.lines()))
        self.imported.emit(report)

    def _on_failed(self, error: Any) -> None:
        self._show_error(CANCELLED_MESSAGE if isinstance(error, Cancelled) else str(error))
        self.ui.passphrase_edit.selectAll()

    def _on_import_ended(self, job: Job) -> None:
        self.import_job = None
        self._set_busy(False)
        if job.outcome == "crashed":
            self._show_error(JOB_CRASHED_MESSAGE)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _forget_header(self) -> None:
        self._header = None
        self.ui.import_button.setEnabled(False)
        self.ui.header_label.setText("Enter reads what the file is.")

    def _set_busy(self, busy: bool) -> None:
        busy = busy or self.import_job is not None or self._jobs.running > 0
        self.ui.import_button.setEnabled(not busy and self._header is not None)
