"""Administration → Back up now / Restore (issue 8), the scheduled backups while the
program runs, and the backup at close.

Issue 9: each shows its progress and can be stopped. Back up now and Restore in their
dialogs (a bar, Cancel); the scheduled backup in the status bar, on the background
runner when there is one (the desk goes on lending while 2 GB are copied); the backup
at close in a small modal window with Skip, while the closing program waits for it."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from libtech_desktop.domain.backups import BackupInfo, BackupReport, RestoreReport
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.backups import BackupService
from libtech_desktop.services.permissions import as_system
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui.dialogs.restore_dialog import RestoreDialog, size_text
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.backup_dialog import BackupDialog

log = logging.getLogger(__name__)

HOUR_MS = 3_600_000
STATUS_MS = 15_000
#: The backup at close shows its window only if it lasts longer than this (a small
#: library's backup closes without anything flashing up).
CLOSE_SHOW_AFTER_S = 0.4
#: How often the closing program looks at the backup at close (and handles events).
_CLOSE_POLL_S = 0.03


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
        background: TaskRunner | None = None,
    ) -> None:
        """``background``: the runner the scheduled backups go to (the app's upkeep
        runner), so a long one never holds up the desk's own jobs; else ``runner``."""
        self._window, self._backups, self._runner = window, backups, runner
        self._background = background or runner
        self._settings = settings
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.restored_box: QMessageBox | None = None
        self.timer: QTimer | None = None
        self._backup_job: Job | None = None
        self._scheduled_job: Job | None = None
        self._restore_job: Job | None = None
        #: The window shown while the backup at close runs (made on first use).
        self.close_progress: QProgressDialog | None = None
        #: How long the backup at close waits before showing its window.
        self.close_show_after_s = CLOSE_SHOW_AFTER_S
        self._close_skip = threading.Event()
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
            self.backup_dialog.cancel_requested.connect(self._cancel_backup)
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
            if isinstance(error, Cancelled):
                dialog.show_result(error.message)
                self._status(error.message)
            else:
                dialog.show_result(f"No backup: {error.message}", error=True)

        job = self._runner.submit(back_up, done, failed, long=True, owner=dialog)
        self._backup_job = job
        dialog.watch(job)
        JobEndWatcher(self._runner, job, dialog, self._backup_ended)

    def _cancel_backup(self) -> None:
        if self._backup_job is not None:
            self._backup_job.cancel()

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
            self.restore_dialog.cancel_requested.connect(self._cancel_restore)
            self._runner.progressed.connect(self.restore_dialog.show_progress_of)
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
        """On the runner with progress; Cancel (until the backup is put in place) leaves
        the library as it was, and the dialog says so."""
        dialog, backups = self.restore_dialog, self._backups
        assert dialog is not None
        if self._restore_job is not None:
            return

        def restore(progress: ProgressFn, should_cancel: CancelFn) -> RestoreReport:
            return backups.restore(Path(path), progress=progress, should_cancel=should_cancel)

        def done(report: RestoreReport) -> None:
            dialog.hide()
            self._restored(report)

        def failed(error: LibtechError) -> None:
            if isinstance(error, Cancelled):
                dialog.show_status(error.message)
            else:
                dialog.show_status(f"Not restored: {error.message}", error=True)

        job = self._runner.submit(restore, done, failed, long=True, owner=dialog)
        self._restore_job = job
        dialog.start_restoring(job, path)
        JobEndWatcher(self._runner, job, dialog, self._restore_ended)

    def _cancel_restore(self) -> None:
        if self._restore_job is not None:
            self._restore_job.cancel()

    def _restore_ended(self, job: Job) -> None:
        self._restore_job = None
        if self.restore_dialog is not None:
            self.restore_dialog.stop_restoring()
            if job.outcome == "crashed":
                self.restore_dialog.show_status(JOB_CRASHED_MESSAGE, error=True)

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
        """One scheduled backup on the background runner (skipped while the last is
        still going), its progress in the status bar."""
        if self._scheduled_job is not None and not self._scheduled_job.done:
            return None
        backups = self._backups

        def back_up(progress: ProgressFn, should_cancel: CancelFn) -> BackupReport:
            with as_system():  # housekeeping: whoever is (or is not) logged in
                return backups.back_up(progress=progress, should_cancel=should_cancel)

        def done(report: BackupReport) -> None:
            self._status(said(report), timeout=0 if report.warnings else STATUS_MS)

        def failed(error: LibtechError) -> None:
            if isinstance(error, Cancelled):
                self._status(f"The scheduled backup was stopped: {error.message}")
            else:
                self._status(f"The scheduled backup failed: {error.message}", timeout=0)

        runner = self._background
        job = runner.submit(back_up, done, failed, long=True)
        self._scheduled_job = job
        shown = [""]

        def progressed(of: Job, _done: int, _total: int, what: str) -> None:
            if of is job and what and what != shown[0] and not job.done:
                shown[0] = what
                self._status(f"Scheduled backup — {what}", timeout=0)

        def ended(of: Job) -> None:
            if of is job:
                runner.progressed.disconnect(progressed)
                runner.job_finished.disconnect(ended)

        runner.progressed.connect(progressed)
        runner.job_finished.connect(ended)
        return job

    def back_up_at_close(self) -> BackupReport | None:
        """The backup made when the program closes. Synchronous (the runners are about
        to stop): it returns once the backup is made, failed or was skipped. It runs on
        a thread of its own while this one handles events; after
        ``close_show_after_s`` a small modal window shows its progress with Skip
        (Escape). A skipped backup leaves no file and the log says so; a failure is
        logged; neither keeps the program from closing."""
        if self.timer is not None:
            self.timer.stop()
        if self._scheduled_job is not None and not self._scheduled_job.done:
            self._scheduled_job.cancel()  # the one at close supersedes it
        started = time.perf_counter()
        skip = self._close_skip
        skip.clear()
        state: dict[str, object] = {"progress": (0, 0, "")}
        backups = self._backups

        def progress(done: int, total: int, what: str) -> None:
            state["progress"] = (done, total, what)

        def run() -> None:
            try:
                with as_system():
                    state["report"] = backups.back_up(progress=progress, should_cancel=skip.is_set)
            except BaseException as exc:
                state["error"] = exc

        worker = threading.Thread(target=run, name="backup-at-close", daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                worker.join(_CLOSE_POLL_S)
                if worker.is_alive() and time.perf_counter() - started >= self.close_show_after_s:
                    self._show_close_progress(state["progress"])  # type: ignore[arg-type]
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        finally:
            if self.close_progress is not None:
                self.close_progress.hide()
        seconds = time.perf_counter() - started
        error = state.get("error")
        if isinstance(error, Cancelled):
            log.warning("The backup at close was skipped after %.2f s; no backup was made", seconds)
            return None
        if error is not None:
            log.error("The backup at close failed", exc_info=error)  # type: ignore[arg-type]
            return None
        report = state["report"]
        assert isinstance(report, BackupReport)
        log.info("Backup at close: %s in %.2f s", report.path, seconds)
        for warning in report.warnings:
            log.warning("Backup at close: %s", warning)
        return report

    def _show_close_progress(self, progress: tuple[int, int, str]) -> None:
        dialog = self.close_progress
        if dialog is None:
            dialog = QProgressDialog(self._window)
            dialog.setWindowTitle("LibTech Desk")
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.setCancelButtonText("&Skip")
            dialog.setMinimumWidth(460)
            dialog.canceled.connect(self._close_skip.set)
            self.close_progress = dialog
        if not dialog.isVisible():
            dialog.show()
        done, total, what = progress
        if self._close_skip.is_set():
            text = "Skipping the backup…"
        else:
            text = "Backing up before closing…" + (f"\n{what}" if what else "")
            text += "\n(Skip closes without this backup.)"
        if dialog.labelText() != text:
            dialog.setLabelText(text)
        if dialog.maximum() != max(total, 0):
            dialog.setRange(0, max(total, 0))
        if total and dialog.value() != min(done, total):
            dialog.setValue(min(done, total))

    def _status(self, text: str, timeout: int = STATUS_MS) -> None:
        self.last_status = text
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, timeout)
