"""The status bar's sync state: operations not yet merged and the oldest one's age.

Read on the runner (never on the GUI thread) whenever the runner falls idle after a
desk action, and once a minute so the age stays true.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from libtech_desktop.domain.clock import Clock
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.journal import SyncState
from libtech_desktop.services.journal import JournalService
from libtech_desktop.ui.runner import Job, TaskRunner

REFRESH_MS = 60_000


class SyncStatusLabel(QLabel):
    """A permanent status bar widget: "Sync: up to date", "Sync: 12 operations …"."""

    def __init__(
        self, journal: JournalService, runner: TaskRunner, clock: Clock, parent: QWidget
    ) -> None:
        super().__init__("Sync: …", parent)
        self.setObjectName("sync_status_label")
        self.setToolTip("Desk actions journalled here and not yet merged at the branch")
        self._journal, self._runner, self._clock = journal, runner, clock
        self._job: Job | None = None
        #: Whether the last job the runner finished was this label's own read.
        self._last_was_ours = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        runner.job_finished.connect(self._on_job_finished)
        runner.busy_changed.connect(self._on_busy_changed)

    def refresh(self) -> Job | None:
        """Read the sync state on the runner; one read at a time."""
        if self._job is not None:
            return None
        self._job = self._runner.submit(
            self._journal.pending, self._on_state, self._on_error, owner=self
        )
        return self._job

    def _on_state(self, state: SyncState) -> None:
        self.setText(state.message(self._clock.now()))
        self.setToolTip("")

    def _on_error(self, error: LibtechError) -> None:
        # Short in the status bar (it must not widen the window); why, on hover.
        self.setText("Sync: unknown")
        self.setToolTip(error.message)

    def _on_job_finished(self, job: Job) -> None:
        self._last_was_ours = job is self._job
        if self._last_was_ours:
            self._job = None

    def _on_busy_changed(self, busy: bool) -> None:
        # A desk action has just finished (a burst of scans counts once).
        if not busy and not self._last_was_ours:
            self.refresh()
