"""Bookmobile → Sync exceptions: the merged operations that did not apply as recorded,
each with its reason, to resolve one by one — Retry (Alt+R) once the cause is gone,
Lend anyway (Alt+L) despite a block staff may override, Dismiss (Alt+D) with a note.

Created once by ``SyncDialogs``, parented to the main window, and reused: ``open()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.sync_merge import SyncExceptionEntry
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.ui._generated.ui_sync_exceptions_dialog import Ui_SyncExceptionsDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import Job, TaskRunner, WidgetJobs


def queue_model() -> RowTableModel[SyncExceptionEntry]:
    return RowTableModel(
        [
            Column("When", lambda e: f"{to_local(e.at):%Y-%m-%d %H:%M}"),
            Column("Action", lambda e: e.action),
            Column("Item", lambda e: e.item or ""),
            Column("Patron", lambda e: e.patron or ""),
            Column("Reason", lambda e: e.reason),
            Column("Status", lambda e: e.status if e.status == "open" else _closed(e)),
        ]
    )


def _closed(entry: SyncExceptionEntry) -> str:
    return f"{entry.status}: {entry.resolution or ''}".rstrip(": ")


class SyncExceptionsDialog(QDialog):
    #: The queue was read: (how many rows are shown).
    loaded = Signal(int)
    #: An exception was retried or dismissed: (the SyncExceptionEntry as it is now).
    resolved = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, merge: MergeService, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_SyncExceptionsDialog()
        self.ui.setupUi(self)
        self._merge = merge
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self.queue = queue_model()
        show_model(self.ui.exceptions_view, self.queue, stretch=4)
        ui = self.ui
        ui.retry_button.clicked.connect(lambda: self.retry())
        ui.override_button.clicked.connect(lambda: self.retry(override=True))
        ui.dismiss_button.clicked.connect(self.dismiss)
        ui.note_edit.returnPressed.connect(self.dismiss)
        ui.all_check.toggled.connect(lambda _on: self.refresh())
        ui.close_button.clicked.connect(self.reject)

    def open(self) -> None:
        self.show()
        self.activateWindow()
        self.ui.exceptions_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self, then: str | None = None) -> Job:
        merge, every = self._merge, self.ui.all_check.isChecked()
        return self._jobs.submit(
            lambda: merge.exceptions(None if every else "open"),
            lambda rows: self._show(rows, then),
            self._on_error,
        )

    def selected(self) -> SyncExceptionEntry | None:
        index = self.ui.exceptions_view.currentIndex()
        return self.queue.row(index.row()) if index.isValid() else None

    def retry(self, *, override: bool = False) -> Job | None:
        entry = self._choose()
        if entry is None:
            return None
        merge = self._merge

        def done(e: SyncExceptionEntry) -> None:
            self._resolved(e, f"{e.action} {e.item or e.patron or ''}: {e.resolution}.")

        return self._jobs.submit(
            lambda: merge.retry(entry.id, override=override), done, self._on_error
        )

    def dismiss(self) -> Job | None:
        entry = self._choose()
        if entry is None:
            return None
        note = self.ui.note_edit.text().strip()
        if not note:
            self._show_error("Type a note saying why it is dismissed, then Dismiss (Alt+D).")
            self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        merge = self._merge

        def done(e: SyncExceptionEntry) -> None:
            self.ui.note_edit.clear()
            self._resolved(e, f"Dismissed: {e.action} {e.item or e.patron or ''}.")

        return self._jobs.submit(lambda: merge.dismiss(entry.id, note), done, self._on_error)

    # -- helpers -----------------------------------------------------------------------

    def _choose(self) -> SyncExceptionEntry | None:
        entry = self.selected()
        if entry is None:
            self._show_error("Choose an exception in the list first.")
            self.ui.exceptions_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return entry

    def _resolved(self, entry: SyncExceptionEntry, text: str) -> None:
        self.resolved.emit(entry)
        self.refresh(then=text)

    def _show(self, rows: list[SyncExceptionEntry], then: str | None) -> None:
        self.queue.set_rows(rows)
        if rows:
            self.ui.exceptions_view.selectRow(0)
        if then is not None:
            show_status(self.ui.status_label, then)
        elif not rows:
            show_status(self.ui.status_label, "No sync exceptions to resolve.")
        else:
            count = f"{len(rows)} exception{'s' if len(rows) != 1 else ''}"
            show_status(
                self.ui.status_label, f"{count}. Choose one, then Retry, Lend anyway or Dismiss."
            )
        self.ui.exceptions_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(len(rows))

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.retry_button, self.ui.override_button, self.ui.dismiss_button):
            button.setEnabled(not busy)
