"""Administration → Audit log (issue 8): who did what and when, newest first, filtered by
staff member, action, days and the key's text; exported to CSV.

Created once by :class:`~libtech_desktop.ui.audit_dialogs.AuditDialogs`, parented to the
window and reused. Every service call runs on the runner through ``WidgetJobs``; a
refusal (a volunteer has no right to the log) is said in the status line. An export is a
long job: after half a second a progress dialog counts the entries and offers Cancel,
which leaves no file behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFileDialog, QWidget

from libtech_desktop.domain.audit import AuditEntry
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.audit import AuditService
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_audit_dialog import Ui_AuditDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import (
    JOB_CRASHED_MESSAGE,
    Job,
    JobEndWatcher,
    TaskRunner,
    WidgetJobs,
)

#: A date field at this day means "any day" (shown as such).
NO_DATE = QDate(2000, 1, 1)
ANY = "(any)"
#: Said when the technician cancelled an export.
CANCELLED_MESSAGE = "Export cancelled: no file was written."


def entries_model() -> RowTableModel[AuditEntry]:
    return RowTableModel(
        [
            Column("When", lambda e: to_local(e.at).strftime("%Y-%m-%d %H:%M")),
            Column("Who", lambda e: e.staff),
            Column("Action", lambda e: e.action),
            Column("What", lambda e: f"{e.entity} {e.key}" if e.key else e.entity),
            Column("Before → after", lambda e: e.change_text()),
            Column("Note", lambda e: e.note or ""),
        ]
    )


@dataclass(frozen=True)
class _Loaded:
    entries: list[AuditEntry]
    actions: list[str]
    staff: list[str]


class AuditDialog(QDialog):
    #: The entries were read and shown: (how many).
    entries_loaded = Signal(int)
    #: The entries were written to a CSV file: (the path).
    exported = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        audit: AuditService,
        runner: TaskRunner,
        progress_after_ms: int = 500,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self._service, self._runner = audit, runner
        self._progress_after_ms = progress_after_ms
        #: The export in flight (a long job with progress and Cancel), if any.
        self.export_job: Job | None = None
        self.progress: JobProgress | None = None
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self.entries = entries_model()
        show_model(self.ui.entries_view, self.entries, stretch=4)
        ui = self.ui
        for edit in (ui.since_edit, ui.until_edit):
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("any day")
            edit.setDate(NO_DATE)
        for combo in (ui.staff_combo, ui.action_combo):
            combo.addItem(ANY)
            combo.activated.connect(lambda _=0: self.refresh())
        ui.key_edit.returnPressed.connect(lambda: self.refresh())
        ui.search_button.clicked.connect(lambda: self.refresh())
        ui.export_button.clicked.connect(lambda: self.export())
        ui.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, lambda: self.refresh())
        #: Where to save an export; tests replace it to skip the file dialog.
        self.ask_path: Callable[[], Path | None] = self._ask_path

    # -- what the holder and the tests use -----------------------------------------------

    def open_log(self) -> None:
        """Show the dialog with the newest entries (the filters as they were left)."""
        self._say("Reading the audit log…")
        self.show()
        self.activateWindow()
        self.ui.key_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def filters(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "staff": _chosen(ui.staff_combo),
            "action": _chosen(ui.action_combo),
            "since": _day(ui.since_edit),
            "until": _day(ui.until_edit),
            "key": ui.key_edit.text().strip() or None,
        }

    def refresh(self, then: str | None = None) -> None:
        """Read the entries matching the filters; ``then``: the message to show after."""
        service, wanted = self._service, self.filters()

        def load() -> _Loaded:
            return _Loaded(service.entries(**wanted), service.actions(), service.staff_names())

        self._jobs.submit(load, lambda r: self._show(r, then), self._on_error)

    def export(self, path: Path | None = None) -> None:
        """Save the entries matching the filters as CSV (asks where, unless ``path``)."""
        if self.export_job is not None:
            return  # a second Ctrl+E is not a second export
        target = path or self.ask_path()
        if target is None:
            return
        service, wanted = self._service, self.filters()

        def done(count: int) -> None:
            self._say(f"Exported {count} entr{'y' if count == 1 else 'ies'} to {target}.")
            self.exported.emit(target)
            self.refresh(then=self.status_text)  # the export is itself an entry

        def run(progress: ProgressFn, should_cancel: CancelFn) -> int:
            return service.export(target, **wanted, progress=progress, should_cancel=should_cancel)

        self._say(f"Exporting to {target}…")
        job = self._runner.submit(run, done, self._on_error, long=True, owner=self)
        self.export_job = job
        self._set_busy(True)
        self.progress = JobProgress(
            self._runner,
            job,
            self,
            f"Exporting the audit log to {target.name}…",
            self._progress_after_ms,
        )
        JobEndWatcher(self._runner, job, self, self._on_export_ended)

    def _on_export_ended(self, job: Job) -> None:
        self.export_job = None
        self._set_busy(False)
        if job.outcome == "crashed":
            self._show_error(JOB_CRASHED_MESSAGE)

    # -- outcomes -------------------------------------------------------------------

    def _show(self, loaded: _Loaded, then: str | None = None) -> None:
        _fill(self.ui.staff_combo, loaded.staff)
        _fill(self.ui.action_combo, loaded.actions)
        self.entries.set_rows(loaded.entries)
        if loaded.entries:
            self.ui.entries_view.setCurrentIndex(self.entries.index(0, 0))
        count = len(loaded.entries)
        self._say(then or f"{count} entr{'y' if count == 1 else 'ies'}.")
        self.entries_loaded.emit(count)

    def _ask_path(self) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export the audit log", str(Path.home() / "audit-log.csv"), "CSV (*.csv)"
        )
        return Path(chosen) if chosen else None

    def _set_busy(self, busy: bool) -> None:
        busy = busy or self.export_job is not None or self._jobs.running > 0
        for button in (self.ui.search_button, self.ui.export_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(CANCELLED_MESSAGE if isinstance(error, Cancelled) else error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)


def _chosen(combo: QComboBox) -> str | None:
    text = combo.currentText()
    return None if text == ANY or not text else text


def _day(edit: QDateEdit) -> date | None:
    day = edit.date()
    return None if day == NO_DATE else date(day.year(), day.month(), day.day())


def _fill(combo: QComboBox, names: list[str]) -> None:
    """Offer ``names`` after "(any)", keeping the choice made."""
    current = combo.currentText()
    if [combo.itemText(i) for i in range(1, combo.count())] == names:
        return
    combo.clear()
    combo.addItems([ANY, *names])
    combo.setCurrentIndex(max(combo.findText(current), 0))
