"""Change my password: the current one, the new one twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.ui._generated.ui_password_dialog import Ui_PasswordDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

ChangePassword = Callable[[str, str], None]


class PasswordDialog(QDialog):
    """Made once, parented to the window and reused."""

    #: The password was changed.
    changed = Signal()
    #: Refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, change: ChangePassword, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self._change = change
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def start(self, who: str) -> None:
        self.setWindowTitle(f"Change my password — {who}")
        for edit in (self.ui.old_edit, self.ui.new_edit, self.ui.again_edit):
            edit.clear()
        show_status(self.ui.status_label, "")
        self.ui.old_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def accept(self) -> None:
        old, new = self.ui.old_edit.text(), self.ui.new_edit.text()
        if new != self.ui.again_edit.text():
            self._error("The two new passwords differ; type them again.")
            self.ui.new_edit.clear()
            self.ui.again_edit.clear()
            self.ui.new_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._jobs.running:
            return
        change = self._change
        self._jobs.submit(lambda: change(old, new), self._on_changed, self._on_error)

    def _on_changed(self, _result: object) -> None:
        super().accept()
        self.changed.emit()

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)

    def _set_busy(self, busy: bool) -> None:
        self.ui.button_box.setEnabled(not busy)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
