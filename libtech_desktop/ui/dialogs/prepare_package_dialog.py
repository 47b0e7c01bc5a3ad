"""Bookmobile → Prepare package (issue 7): at the branch, write the bookmobile's package.

Choose the collection (a location) and the route whose stops travel, how long it lasts, the
passphrase twice and the file; Prepare runs on the runner with progress and Cancel and
then says what went in. Created once by :class:`PackageDialogs`, parented and reused.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.sync_package import PackageChoices, PackageSummary
from libtech_desktop.interop.package_file import MIN_PASSPHRASE
from libtech_desktop.services.progress import CancelFn, ProgressFn
from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.ui._generated.ui_prepare_package_dialog import Ui_PreparePackageDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner

FILE_FILTER = "Bookmobile package (*.lbp)"


class PreparePackageDialog(QDialog):
    #: The package was written: (the PackageSummary).
    prepared = Signal(object)
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
        self.ui = Ui_PreparePackageDialog()
        self.ui.setupUi(self)
        self._service, self._runner = packages, runner
        self._progress_after_ms = progress_after_ms
        self._busy = False
        self.progress: JobProgress | None = None
        ui = self.ui
        ui.passphrase_edit.textChanged.connect(self._on_passphrase_changed)
        ui.confirm_edit.textChanged.connect(self._on_passphrase_changed)
        ui.browse_button.clicked.connect(self.browse)
        ui.prepare_button.clicked.connect(self.prepare)
        ui.close_button.clicked.connect(self.reject)

    def open(self) -> None:
        """Show the dialog with the library's defaults read afresh."""
        self.show()
        self.activateWindow()
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()
        show_status(self.ui.status_label, "")
        service = self._service
        self._runner.submit(service.choices, self._on_choices, self._on_failed, owner=self)
        if not self.ui.file_edit.text():
            self.ui.file_edit.setText(str(Path.home() / f"bookmobile-{date.today()}.lbp"))
        # The location has its default: the passphrase is what is always typed.
        self.ui.passphrase_edit.setFocus()

    def browse(self) -> None:
        start = self.ui.file_edit.text().strip() or str(Path.home() / "bookmobile.lbp")
        chosen, _ = QFileDialog.getSaveFileName(self, "Save the package as", start, FILE_FILTER)
        if chosen:
            self.ui.file_edit.setText(chosen)

    def prepare(self) -> None:
        if self._busy:
            return
        ui = self.ui
        secret, again = ui.passphrase_edit.text(), ui.confirm_edit.text()
        path = ui.file_edit.text().strip()
        problem = _problem(secret, again, path)
        if problem:
            self._on_failed(LibtechError(problem))
            return
        location = ui.location_edit.text().strip() or None
        route = ui.route_combo.currentText() if ui.route_combo.currentIndex() > 0 else None
        days, service = ui.days_spin.value(), self._service

        def run(progress: ProgressFn, should_cancel: CancelFn) -> PackageSummary:
            return service.prepare(
                Path(path),
                secret,
                location=location,
                route=route,
                days=days,
                progress=progress,
                should_cancel=should_cancel,
            )

        self._set_busy(True)
        show_status(ui.status_label, f"Preparing {Path(path).name}…")
        job = self._runner.submit(run, self._on_prepared, self._on_failed, long=True, owner=self)
        self.progress = JobProgress(
            self._runner, job, self, "Preparing the package…", self._progress_after_ms
        )
        JobEndWatcher(self._runner, job, self, self._on_job_ended)

    # -- outcomes -----------------------------------------------------------------

    def _on_choices(self, choices: PackageChoices) -> None:
        ui = self.ui
        if not ui.location_edit.text():
            ui.location_edit.setText(choices.location)
        ui.route_combo.clear()
        ui.route_combo.addItems(["Every route", *choices.routes])
        ui.days_spin.setValue(choices.days)

    def _on_prepared(self, summary: PackageSummary) -> None:
        self.ui.passphrase_edit.clear()
        self.ui.confirm_edit.clear()
        show_status(self.ui.status_label, "Written. " + "\n".join(summary.lines()))
        self.prepared.emit(summary)

    def _on_failed(self, error: Any) -> None:
        message = str(error)
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _on_job_ended(self, job: Job) -> None:
        self._set_busy(False)
        if job.outcome == "crashed":
            self._on_failed(JOB_CRASHED_MESSAGE)

    def _on_passphrase_changed(self) -> None:
        secret, again = self.ui.passphrase_edit.text(), self.ui.confirm_edit.text()
        self.ui.hint_label.setText(_hint(secret, again))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.prepare_button.setEnabled(not busy)


def _problem(secret: str, again: str, path: str) -> str | None:
    if len(secret) < MIN_PASSPHRASE:
        return f"The passphrase must be at least {MIN_PASSPHRASE} characters."
    if secret != again:
        return "The two passphrases differ: type the same one twice."
    if not path:
        return "Choose where to write the package (Save as…)."
    return None


def _hint(secret: str, again: str) -> str:
    if not secret:
        return f"At least {MIN_PASSPHRASE} characters; a short sentence is easy to remember."
    if len(secret) < MIN_PASSPHRASE:
        return f"{len(secret)} of at least {MIN_PASSPHRASE} characters."
    if again and again != secret:
        return "The two passphrases differ."
    kinds = sum(
        any(test(c) for c in secret)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    strength = "strong" if len(secret) >= 16 or (len(secret) >= 12 and kinds >= 3) else "fair"
    return f"{len(secret)} characters: {strength}. Tell it to the driver, not on the stick."
