"""Administration → Back up now / Restore (issue 8), the scheduled backups while the
program runs, and the backup at close."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.backups import BackupService
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


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

    def back_up_now(self) -> None:
        """A backup now, with progress."""

    def open_restore(self) -> None:
        """Restore from a backup (administrators)."""

    def start_schedule(self) -> None:
        """Back up on the schedule while the program runs."""

    def back_up_at_close(self) -> None:
        """The backup made when the program closes."""
