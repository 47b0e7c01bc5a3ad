"""A progress dialog for a long job, shown only if the job lasts long enough to notice."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from libtech_desktop.ui.runner import Job, TaskRunner

#: Jobs quicker than this finish without any dialog flashing up.
SHOW_AFTER_MS = 500
#: For a job the technician asked for as a document (printing or saving a long list):
#: its window shows at once, as a print dialog's "Printing…" does.
SHOW_AT_ONCE = 0


class JobProgress:
    """Watches one long job: after ``SHOW_AFTER_MS`` a dialog with a bar and Cancel.

    A plain Python object on purpose: it lives exactly as long as its connections to
    the runner (dropped when the job ends), so no QObject of ours is ever deleted
    while Qt still tracks it.
    """

    def __init__(
        self,
        runner: TaskRunner,
        job: Job,
        parent: QWidget,
        label: str,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        self._runner = runner
        self._job = job
        self._parent = parent
        self._label = label
        self._done, self._total, self._what = 0, 0, ""
        self.dialog: QProgressDialog | None = None
        runner.progressed.connect(self._on_progressed)
        runner.job_finished.connect(self._on_job_finished)
        QTimer.singleShot(show_after_ms, self._on_timeout)

    def _on_timeout(self) -> None:
        if self._job.done:
            return
        dialog = QProgressDialog(self._label, "Cancel", 0, max(self._total, 1), self._parent)
        dialog.setWindowTitle("LibTech Desk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._job.cancel)
        self.dialog = dialog
        self._refresh()
        dialog.show()

    def _on_progressed(self, job: Job, done: int, total: int, what: str) -> None:
        if job is self._job:
            self._done, self._total, self._what = done, total, what
            self._refresh()

    def _refresh(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(max(self._total, 1))
        # A window-modal QProgressDialog processes events inside setValue: the job may
        # end right there and _on_job_finished close the dialog under our feet.
        dialog.setValue(self._done)
        if self._what and self.dialog is dialog:
            dialog.setLabelText(f"{self._label}\n{self._what}: {self._done} of {self._total}")

    def _on_job_finished(self, job: Job) -> None:
        if job is not self._job:
            return
        self._runner.progressed.disconnect(self._on_progressed)
        self._runner.job_finished.disconnect(self._on_job_finished)
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        had_focus = QApplication.activeWindow() is dialog
        dialog.close()
        dialog.deleteLater()
        window = self._parent.window()
        if had_focus and window.isVisible():
            # Back to the window it was shown over (and its focused field), so that
            # window's shortcuts and mnemonics work again without a click. Not when the
            # technician had gone to another window meanwhile.
            window.activateWindow()
