"""Administration → Audit log (issue 8): who did what and when, filtered and exported."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.audit import AuditService
from libtech_desktop.ui.runner import TaskRunner

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.audit_dialog import AuditDialog


class AuditDialogs:
    def __init__(self, window: QWidget, audit: AuditService, runner: TaskRunner) -> None:
        self._window, self._audit, self._runner = window, audit, runner
        self.dialog: AuditDialog | None = None

    def open_audit(self) -> AuditDialog:
        """The audit log, filtered by staff, action and dates; exportable. Made on first
        use, parented to the window and reused."""
        if self.dialog is None:
            from libtech_desktop.ui.dialogs.audit_dialog import AuditDialog

            self.dialog = AuditDialog(self._window, self._audit, self._runner)
        self.dialog.open_log()
        return self.dialog
