"""Administration → Back up now: the backup's progress, then where it went (issue 8);
Cancel while it runs, and no file is left (issue 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from libtech_desktop.ui._generated.ui_backup_dialog import Ui_BackupDialog
from libtech_desktop.ui.feedback import show_status


class BackupDialog(QDialog):
    """Made once and reused. ``back_up_requested``: "Back up again" was pressed;
    ``cancel_requested``: "Cancel the backup" (Alt+N) was, while one runs. Closing the
    dialog (Escape) lets a running backup finish: the status bar says where it went."""

    back_up_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.back_up_button.clicked.connect(self.back_up_requested)
        self.ui.cancel_button.clicked.connect(self._on_cancel)
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
        self.ui.cancel_button.setEnabled(busy)
        self.ui.cancel_button.setText("Ca&ncel the backup")
        if busy:
            self.ui.progress_bar.setRange(0, 0)
            show_status(self.ui.status_label, "Backing up…")
        else:
            close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
            close.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_progress(self, done: int, total: int, what: str) -> None:
        """``total`` 0: a step of unknown length (the check), shown as a moving bar."""
        self.ui.progress_bar.setRange(0, max(total, 0))
        self.ui.progress_bar.setValue(done if total else 0)
        if what:
            show_status(self.ui.status_label, what)

    def show_folder(self, text: str) -> None:
        self.ui.folder_label.setText(text)

    def show_result(self, text: str, *, error: bool = False) -> None:
        self.ui.progress_bar.setRange(0, 1)
        self.ui.progress_bar.setValue(0 if error else 1)
        show_status(self.ui.status_label, text, error=error)

    def _on_cancel(self) -> None:
        if self.ui.cancel_button.isEnabled():
            self.ui.cancel_button.setEnabled(False)
            self.ui.cancel_button.setText("Cancelling…")
            show_status(self.ui.status_label, "Cancelling the backup…")
            self.cancel_requested.emit()
