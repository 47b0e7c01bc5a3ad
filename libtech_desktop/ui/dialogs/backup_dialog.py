"""Administration → Back up now: the backup's progress, then where it went (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from libtech_desktop.ui._generated.ui_backup_dialog import Ui_BackupDialog
from libtech_desktop.ui.feedback import show_status


class BackupDialog(QDialog):
    """Made once and reused. ``back_up_requested``: "Back up again" was pressed."""

    back_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.back_up_button.clicked.connect(self.back_up_requested)
        self._job: object = None

    def watch(self, job: object) -> None:
        """The backup job whose progress this dialog shows."""
        self._job = job

    def show_progress_of(self, job: object, done: int, total: int, what: str) -> None:
        """Any long job's report (the runner's ``progressed``): shown if it is ours."""
        if job is self._job:
            self.show_progress(done, total, what)

    def set_busy(self, busy: bool) -> None:
        """While a backup runs: a moving bar, no second backup; then focus on Close."""
        self.ui.back_up_button.setEnabled(not busy)
        if busy:
            self.ui.progress_bar.setRange(0, 0)
            show_status(self.ui.status_label, "Backing up…")
        else:
            close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
            close.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_progress(self, done: int, total: int, what: str) -> None:
        self.ui.progress_bar.setRange(0, max(total, 1))
        self.ui.progress_bar.setValue(done)
        if what:
            show_status(self.ui.status_label, what)

    def show_folder(self, text: str) -> None:
        self.ui.folder_label.setText(text)

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.ui.progress_bar.setRange(0, 1)
        self.ui.progress_bar.setValue(0 if error else 1)
        show_status(self.ui.status_label, text, error=error)
