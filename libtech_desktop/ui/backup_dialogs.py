"""Administration → Back up now / Restore (issue 8), the scheduled backups while the
program runs, and the backup at close."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from libtech_desktop.domain.backups import BackupInfo, BackupReport, RestoreReport
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.backups import BackupService
from libtech_desktop.services.permissions import as_system
from libtech_desktop.services.progress import CancelFn, ProgressFn
from libtech_desktop.ui.dialogs.restore_dialog import RestoreDialog, size_text
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.backup_dialog import BackupDialog

log = logging.getLogger(__name__)

HOUR_MS = 3_600_000
STATUS_MS = 15_000


def said(report: BackupReport) -> str:
    """ "Backed up to … (checked)", and what else happened."""
    text = f"Backed up to {report.path} ({size_text(report.size)}, checked)."
    for copy in report.copies:
        text += f" Copied to {copy.parent}."
    for warning in report.warnings:
        text += f" {warning}"
    return text


class BackupDialogs:
    def __init__(
        self,
        window: QWidget,
        backups: BackupService,
        runner: TaskRunner,
        settings: WorkstationSettings,
    ) -> None:
        self._window, self._backups, self._runner = window, backups, runner
        self._settings = settings
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.restored_box: QMessageBox | None = None
        self.timer: QTimer | None = None
        self._backup_job: Job | None = None
        self._scheduled_job: Job | None = None
        #: The last thing said in the status bar (also when there is none).
        self.last_status = ""
        #: After a restore the open windows show the old library: the program closes
        #: (the next start opens the restored one).
        self.after_restore: Callable[[], object] = window.close

    # -- Back up now -------------------------------------------------------------------

    def back_up_now(self) -> BackupDialog:
        """A backup now, with progress, then "Backed up to … (checked)"."""
        dialog = self._backup_dialog()
        dialog.open()
        if self._backup_job is None:
            self._start_backup()
        return dialog

    def _backup_dialog(self) -> BackupDialog:
        if self.backup_dialog is None:
            from libtech_desktop.ui.dialogs.backup_dialog import BackupDialog

            self.backup_dialog = BackupDialog(self._window)
            self.backup_dialog.back_up_requested.connect(self._start_backup)
            self._runner.progressed.connect(self.backup_dialog.show_progress_of)
        return self.backup_dialog

    def _start_backup(self) -> None:
        dialog, backups = self._backup_dialog(), self._backups
        dialog.set_busy(True)

        def back_up(progress: ProgressFn, should_cancel: CancelFn) -> BackupReport:
            return backups.back_up(progress=progress, should_cancel=should_cancel)

        def done(report: BackupReport) -> None:
            dialog.show_folder(f"Backups of this library go to {report.path.parent}.")
            dialog.show_result(said(report))
            self._status(said(report))

        def failed(error: LibtechError) -> None:
            dialog.show_result(f"No backup: {error.message}", error=True)

        job = self._runner.submit(back_up, done, failed, long=True, owner=dialog)
        self._backup_job = job
        dialog.watch(job)
        JobEndWatcher(self._runner, job, dialog, self._backup_ended)

    def _backup_ended(self, job: Job) -> None:
        self._backup_job = None
        if self.backup_dialog is not None:
            self.backup_dialog.set_busy(False)
            if job.outcome == "crashed":
                self.backup_dialog.show_result(JOB_CRASHED_MESSAGE, error=True)

    # -- Restore -----------------------------------------------------------------------

    def open_restore(self) -> RestoreDialog:
        """Restore from a backup (administrators): the list, or another file."""
        if self.restore_dialog is None:
            self.restore_dialog = RestoreDialog(self._window)
            self.restore_dialog.restore_confirmed.connect(self._restore)
        dialog, backups = self.restore_dialog, self._backups
        dialog.start(Path())
        dialog.open()

        def read() -> tuple[Path, Path, list[BackupInfo]]:
            return backups.library_file(), backups.folder(), backups.backups()

        def done(found: tuple[Path, Path, list[BackupInfo]]) -> None:
            dialog.show_backups(*found)

        def failed(error: LibtechError) -> None:
            dialog.show_status(error.message, error=True)
            dialog.set_busy(False)

        self._runner.submit(read, done, failed, owner=dialog)
        return dialog

    def _restore(self, path: str) -> None:
        dialog, backups = self.restore_dialog, self._backups
        assert dialog is not None
        dialog.set_busy(True)
        dialog.show_status(f"Restoring {path}…")

        def done(report: RestoreReport) -> None:
            dialog.hide()
            self._restored(report)

        def failed(error: LibtechError) -> None:
            dialog.show_status(f"Not restored: {error.message}", error=True)
            dialog.set_busy(False)

        self._runner.submit(lambda: backups.restore(Path(path)), done, failed, owner=dialog)

    def _restored(self, report: RestoreReport) -> None:
        if self.restored_box is None:
            self.restored_box = QMessageBox(self._window)
            self.restored_box.setIcon(QMessageBox.Icon.Information)
            self.restored_box.setWindowTitle("Library restored")
            self.restored_box.setStandardButtons(QMessageBox.StandardButton.Close)
            self.restored_box.finished.connect(lambda _code: self.after_restore())
        migrated = " Its schema was brought up to date." if report.migrated else ""
        self.restored_box.setText(
            f"The library was restored from {report.source}.{migrated}\n\n"
            f"The library it replaced is kept as {report.replaced}.\n\n"
            "LibTech Desk closes now: start it again to work on the restored library."
        )
        self.restored_box.open()

    # -- scheduled, and at close -----------------------------------------------------------

    def start_schedule(self) -> None:
        """Back up every ``backup.every_hours`` while the program runs (0: only at close);
        quiet in the status bar, a failure said there."""
        backups = self._backups

        def hours() -> int:
            with as_system():
                return backups.every_hours()

        self._runner.submit(hours, self._schedule, self._schedule_failed)

    def _schedule(self, hours: int) -> None:
        if self.timer is None:
            self.timer = QTimer(self._window)
            self.timer.timeout.connect(self.scheduled_backup)
        self.timer.stop()
        if hours > 0:
            self.timer.start(hours * HOUR_MS)

    def _schedule_failed(self, error: LibtechError) -> None:
        self._status(f"No scheduled backups: {error.message}", timeout=0)

    def scheduled_backup(self) -> Job | None:
        """One scheduled backup on the runner (skipped while the last is still going)."""
        if self._scheduled_job is not None and not self._scheduled_job.done:
            return None
        backups = self._backups

        def back_up() -> BackupReport:
            with as_system():  # housekeeping: whoever is (or is not) logged in
                return backups.back_up()

        def done(report: BackupReport) -> None:
            self._status(said(report), timeout=0 if report.warnings else STATUS_MS)

        def failed(error: LibtechError) -> None:
            self._status(f"The scheduled backup failed: {error.message}", timeout=0)

        self._scheduled_job = self._runner.submit(back_up, done, failed)
        return self._scheduled_job

    def back_up_at_close(self) -> BackupReport | None:
        """The backup made when the program closes (synchronous: the runner is about to
        stop). A failure is logged; it never keeps the program from closing."""
        if self.timer is not None:
            self.timer.stop()
        started = time.perf_counter()
        try:
            with as_system():
                report = self._backups.back_up()
        except Exception:
            log.exception("The backup at close failed")
            return None
        log.info("Backup at close: %s in %.2f s", report.path, time.perf_counter() - started)
        for warning in report.warnings:
            log.warning("Backup at close: %s", warning)
        return report

    def _status(self, text: str, timeout: int = STATUS_MS) -> None:
        self.last_status = text
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, timeout)
