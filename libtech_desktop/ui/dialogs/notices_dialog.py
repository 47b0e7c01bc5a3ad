"""Notices to patrons: what is due, Send now, the log, the templates, the mail server.

Every service call (the dry run, the run itself, the log, template previews, the
SMTP settings and test message) goes through the app's runner: the network is never
touched on the GUI thread. "Send now" is a long job with a progress dialog and
Cancel (``JobProgress``); a cancelled run keeps what it already sent and leaves the
rest due. The template editor previews a sample notice as you type (after a short
pause) and shows why a template cannot be used; Save refuses such a template whole.
Switching the kind of notice or closing the dialog with unsaved template edits asks
first, inline (Save, Discard, Keep editing): no nested event loop.

The main window creates one dialog (parented, reused) and calls :meth:`open`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.notices import NoticeKind, NoticeLogEntry
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.notice_templates import NoticeTemplate, RenderedNotice
from libtech_desktop.services.notices import NoticeRunReport, NoticeService, PlannedNotice
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui._generated.ui_notices_dialog import Ui_NoticesDialog
from libtech_desktop.ui.feedback import STATUS_ERROR_STYLE, show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.progress import SHOW_AFTER_MS, JobProgress
from libtech_desktop.ui.runner import Job, JobEndWatcher, TaskRunner, WidgetJobs

#: Typing pauses this long before the preview is drawn again.
PREVIEW_DELAY_MS = 300
_SMTP_KEYS = ("smtp.host", "smtp.port", "smtp.starttls", "smtp.username", "smtp.sender")

DUE_COLUMNS: tuple[Column[PlannedNotice], ...] = (
    Column("Patron", lambda n: f"{n.patron_name} ({n.patron_barcode})"),
    Column("Notice", lambda n: n.kind.label + (" (retry)" if n.retry else "")),
    Column("By", lambda n: n.channel),
    Column("Items", lambda n: "; ".join(n.items)),
)
LOG_COLUMNS: tuple[Column[NoticeLogEntry], ...] = (
    Column("When", lambda e: f"{to_local(e.sent or e.created):%Y-%m-%d %H:%M}"),
    Column("Status", lambda e: e.status, alert=lambda e: e.status in ("failed", "pending")),
    Column("By", lambda e: e.channel),
    Column("Notice", lambda e: e.kind.label),
    Column("Patron", lambda e: f"{e.patron_name} ({e.patron_barcode})"),
    Column("Item", lambda e: f"{e.item_barcode or ''} {e.title or ''}".strip()),
    Column("Error", lambda e: e.last_error or "", alert=lambda e: bool(e.last_error)),
)


class NoticesDialog(QDialog):
    #: The dry run is listed: (list of PlannedNotice).
    due_listed = Signal(object)
    #: A run ended: (NoticeRunReport).
    run_finished = Signal(object)
    #: The log is shown: (list of NoticeLogEntry).
    log_listed = Signal(object)
    #: A preview was drawn: (RenderedNotice).
    preview_shown = Signal(object)
    #: A template was saved or restored: (NoticeTemplate).
    template_saved = Signal(object)
    #: The SMTP settings were stored.
    smtp_saved = Signal()
    #: The test message went: (what was said).
    test_sent = Signal(str)
    #: Something was refused: (the message shown).
    failed = Signal(str)
    #: Unsaved template edits stopped a kind switch or Close; the inline bar asks.
    unsaved_asked = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        notices: NoticeService,
        settings: LibrarySettingsService,
        runner: TaskRunner,
        progress_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoticesDialog()
        self.ui.setupUi(self)
        self._notices, self._settings, self._runner = notices, settings, runner
        self._progress_after_ms = progress_after_ms
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self.progress: JobProgress | None = None
        self._running: Job | None = None
        self.due_model: RowTableModel[PlannedNotice] = RowTableModel(DUE_COLUMNS, self)
        self.log_model: RowTableModel[NoticeLogEntry] = RowTableModel(LOG_COLUMNS, self)
        show_model(self.ui.due_view, self.due_model, 3)
        show_model(self.ui.log_view, self.log_model, 6)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        for kind in NoticeKind:
            self.ui.kind_combo.addItem(kind.label, kind.value)
        #: The template text as stored, of the kind in the editor (None: nothing to lose).
        self._stored_text: str | None = None
        self._editing_kind = self.kind
        #: What waits for the answer to the unsaved-edits bar: a kind to show, or Close.
        self._after_unsaved: NoticeKind | Literal["close"] | None = None
        self._connect()
        self._hide_unsaved()

    def _connect(self) -> None:
        ui = self.ui
        ui.refresh_due_button.clicked.connect(self.refresh_due)
        ui.send_button.clicked.connect(self.send_now)
        ui.refresh_log_button.clicked.connect(self.refresh_log)
        ui.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        ui.template_edit.textChanged.connect(self._preview_timer.start)
        ui.save_template_button.clicked.connect(self.save_template)
        ui.restore_template_button.clicked.connect(self.restore_default)
        ui.save_smtp_button.clicked.connect(self.save_smtp)
        ui.test_button.clicked.connect(self.send_test)
        ui.unsaved_save_button.clicked.connect(self._on_unsaved_save)
        ui.unsaved_discard_button.clicked.connect(self._on_unsaved_discard)
        ui.unsaved_keep_button.clicked.connect(self._on_unsaved_keep)
        ui.close_button.clicked.connect(self.reject)

    # -- what the main window and the tests use ------------------------------------------

    def open(self) -> None:
        """Show the dialog with fresh data: what is due, the log, templates, settings."""
        self._say("")
        self._hide_unsaved()
        self.refresh_due()
        self.refresh_log()
        self.load_template()
        self.load_smtp()
        super().open()
        self.ui.refresh_due_button.setFocus()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    @property
    def kind(self) -> NoticeKind:
        return NoticeKind(self.ui.kind_combo.currentData())

    @property
    def template_modified(self) -> bool:
        """The editor holds text that is not the stored template of its kind."""
        text = self._stored_text
        return text is not None and self.ui.template_edit.toPlainText() != text

    @property
    def unsaved_shown(self) -> bool:
        return self.ui.unsaved_label.isVisibleTo(self)

    def reject(self) -> None:
        """Close (also Esc and the window's close button), asking first, inline, if
        the template has unsaved edits."""
        if self.template_modified:
            self._ask_unsaved("close")
            return
        self._hide_unsaved()
        super().reject()

    def refresh_due(self) -> None:
        service = self._notices
        self._submit(service.due, self._show_due)

    def refresh_log(self) -> None:
        service = self._notices
        self._submit(service.log, self._show_log)

    def send_now(self) -> None:
        """Send what is due on the runner, with a progress dialog and Cancel."""
        if self._running is not None:
            return
        service = self._notices
        text = self.ui.letters_edit.text().strip()
        letters = Path(text).expanduser() if text else None

        def run(progress: ProgressFn, should_cancel: CancelFn) -> NoticeRunReport:
            return service.run(letters_path=letters, progress=progress, should_cancel=should_cancel)

        self._say("Sending notices…")
        self._set_busy(True)
        job = self._runner.submit(run, self._on_run, self._on_error, long=True, owner=self)
        self._running = job
        self.progress = JobProgress(
            self._runner, job, self, "Sending notices…", show_after_ms=self._progress_after_ms
        )
        JobEndWatcher(self._runner, job, self, self._on_run_ended)

    def cancel_run(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def load_template(self) -> None:
        service, kind = self._notices, self.kind
        self._submit(lambda: service.template(kind), self._show_template)

    def refresh_preview(self) -> None:
        service, kind, text = self._notices, self.kind, self.ui.template_edit.toPlainText()
        self._submit(lambda: service.preview(kind, text), self._show_preview, self._preview_error)

    def save_template(self) -> None:
        service, kind, text = self._notices, self.kind, self.ui.template_edit.toPlainText()
        self._submit(lambda: service.save_template(kind, text), self._template_saved)

    def restore_default(self) -> None:
        service, kind = self._notices, self.kind
        self._submit(lambda: service.restore_default(kind), self._template_restored)

    def load_smtp(self) -> None:
        settings = self._settings

        def read() -> dict[str, str]:
            values = {key: settings.get(key) for key in _SMTP_KEYS}
            values["smtp.password"] = "set" if settings.get("smtp.password") else ""
            return values

        self._submit(read, self._show_smtp)

    def save_smtp(self) -> None:
        ui, settings = self.ui, self._settings
        values = {
            "smtp.host": ui.host_edit.text(),
            "smtp.port": str(ui.port_spin.value()),
            "smtp.starttls": "true" if ui.starttls_check.isChecked() else "false",
            "smtp.username": ui.username_edit.text(),
            "smtp.sender": ui.sender_edit.text(),
        }
        password = ui.password_edit.text()
        if password:  # blank: keep the stored password
            values["smtp.password"] = password

        def store() -> None:
            for key, value in values.items():
                settings.set(key, value)

        self._submit(store, self._smtp_saved)

    def send_test(self) -> None:
        service, to = self._notices, self.ui.test_to_edit.text()
        self._say(f"Sending a test message to {to.strip()}…")
        self._submit(lambda: service.send_test_message(to), self._test_sent)

    # -- outcomes ---------------------------------------------------------------------------

    def _show_due(self, due: list[PlannedNotice]) -> None:
        self.due_model.set_rows(due)
        n = len(due)
        self.ui.due_label.setText(
            f"{n} notice{'' if n == 1 else 's'} due now." if n else "No notices are due."
        )
        self._set_busy(bool(self._jobs.running))
        self.due_listed.emit(due)

    def _show_log(self, entries: list[NoticeLogEntry]) -> None:
        self.log_model.set_rows(entries)
        self.log_listed.emit(entries)

    def _on_run(self, report: NoticeRunReport) -> None:
        parts = [f"Emailed {report.emailed}, printed {report.printed}."]
        if report.declared_lost:
            parts.insert(0, f"Declared {report.declared_lost} overdue loan(s) lost.")
        if report.letters_path is not None:
            parts.append(f"Letters to print: {report.letters_path}")
        if report.cancelled:
            parts.append("Cancelled: the rest stay due for the next run.")
        if report.interrupted:
            parts.append(f"{report.interrupted} notice(s) of an interrupted run are not re-sent.")
        if report.failures:
            first = report.failures[0]
            parts.append(
                f"{len(report.failures)} failed (retried next run) — "
                f"{first.patron_name}: {first.error}"
            )
            self._error(" ".join(parts))
        else:
            self._say(" ".join(parts))
        self.run_finished.emit(report)

    def _on_run_ended(self, job: Job) -> None:
        self._running = None
        self._set_busy(bool(self._jobs.running))
        if job.outcome == "crashed":
            self._error("Sending stopped on an internal error; see the log.")
        self.refresh_due()
        self.refresh_log()

    def _show_template(self, template: NoticeTemplate) -> None:
        self._hide_unsaved()
        self._editing_kind, self._stored_text = template.kind, template.text
        self.ui.template_edit.setPlainText(template.text)  # the preview follows
        self._show_origin(template)

    def _show_origin(self, template: NoticeTemplate) -> None:
        self.ui.template_origin_label.setText(
            "the shipped template" if template.is_default else "the library's own template"
        )
        self.ui.restore_template_button.setEnabled(not template.is_default)

    def _show_preview(self, rendered: RenderedNotice) -> None:
        self.ui.preview_subject_label.setStyleSheet("")
        self.ui.preview_subject_label.setText(f"Subject: {rendered.subject}")
        self.ui.preview_edit.setPlainText(rendered.body)
        self.preview_shown.emit(rendered)

    def _preview_error(self, error: LibtechError) -> None:
        self.ui.preview_subject_label.setStyleSheet(STATUS_ERROR_STYLE)
        self.ui.preview_subject_label.setText(error.message)

    def _template_saved(self, template: NoticeTemplate) -> None:
        if template.kind == self._editing_kind:
            self._stored_text = template.text
        self._show_origin(template)
        self._say(f"Saved the {template.kind.label.lower()} template.")
        self.template_saved.emit(template)

    def _template_restored(self, template: NoticeTemplate) -> None:
        self._show_template(template)
        self._say(f"The {template.kind.label.lower()} is back to the shipped template.")
        self.template_saved.emit(template)

    def _show_smtp(self, values: dict[str, str]) -> None:
        ui = self.ui
        ui.host_edit.setText(values["smtp.host"])
        ui.port_spin.setValue(int(values["smtp.port"]))
        ui.starttls_check.setChecked(values["smtp.starttls"] == "true")
        ui.username_edit.setText(values["smtp.username"])
        ui.sender_edit.setText(values["smtp.sender"])
        ui.password_edit.clear()
        ui.password_edit.setPlaceholderText(
            "stored (type to change)" if values["smtp.password"] else "none"
        )

    def _smtp_saved(self, _result: Any) -> None:
        self._say("Saved the mail server settings.")
        self.load_smtp()
        self.smtp_saved.emit()

    def _test_sent(self, said: str) -> None:
        self._say(said)
        self.test_sent.emit(said)

    def _on_kind_changed(self, _index: int) -> None:
        if self.template_modified:
            self._ask_unsaved(self.kind)
            return
        self.load_template()

    # -- unsaved template edits: an inline bar, never a nested event loop --------------------

    def _ask_unsaved(self, then: NoticeKind | Literal["close"]) -> None:
        """Keep the edits on screen (the combo back on their kind) and ask what to do."""
        self._after_unsaved = then
        self._show_kind(self._editing_kind)
        ui = self.ui
        ui.tabs_widget.setCurrentWidget(ui.templates_page)
        going = "closing" if then == "close" else f"showing the {then.label.lower()}"
        ui.unsaved_label.setText(
            f"The {self._editing_kind.label.lower()} template has unsaved changes. "
            f"Save them before {going}?"
        )
        for widget in self._unsaved_widgets():
            widget.show()
        ui.unsaved_save_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.unsaved_asked.emit()

    def _on_unsaved_save(self) -> None:
        then, service = self._after_unsaved, self._notices
        kind, text = self._editing_kind, self.ui.template_edit.toPlainText()
        self._hide_unsaved()

        def saved(template: NoticeTemplate) -> None:
            self._template_saved(template)
            self._go_on(then)

        # Refused (the template does not render): the error shows and the edits stay.
        self._submit(lambda: service.save_template(kind, text), saved)

    def _on_unsaved_discard(self) -> None:
        then = self._after_unsaved
        self._hide_unsaved()
        self._stored_text = None  # nothing to lose until the stored text is shown again
        self._go_on(then)

    def _on_unsaved_keep(self) -> None:
        self._hide_unsaved()
        self.ui.template_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_on(self, then: NoticeKind | Literal["close"] | None) -> None:
        """Do what the bar held back (edits typed meanwhile make Close ask again)."""
        if then == "close":
            self.reject()
        elif then is not None:
            self._show_kind(then)
            self.load_template()

    def _show_kind(self, kind: NoticeKind) -> None:
        combo = self.ui.kind_combo
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(kind.value))
        combo.blockSignals(blocked)

    def _unsaved_widgets(self) -> tuple[QWidget, ...]:
        ui = self.ui
        return (
            ui.unsaved_label,
            ui.unsaved_save_button,
            ui.unsaved_discard_button,
            ui.unsaved_keep_button,
        )

    def _hide_unsaved(self) -> None:
        self._after_unsaved = None
        for widget in self._unsaved_widgets():
            widget.hide()

    # -- helpers ----------------------------------------------------------------------------

    def _submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[LibtechError], None] | None = None,
    ) -> None:
        self._jobs.submit(fn, on_success, on_error or self._on_error)

    def _set_busy(self, busy: bool) -> None:
        # Quick jobs (lists, previews) queue behind each other on the serial runner; only
        # a run in flight holds the buttons, so a second click is not a second run.
        running = self._running is not None
        self.ui.send_button.setEnabled(not running and self.due_model.rowCount() > 0)
        self.ui.test_button.setEnabled(not running)

    def _on_error(self, error: LibtechError) -> None:
        if isinstance(error, Cancelled):
            self._say(error.message)
            return
        self._error(error.message)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _say(self, message: str) -> None:
        show_status(self.ui.status_label, message)
