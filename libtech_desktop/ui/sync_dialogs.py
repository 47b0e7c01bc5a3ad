"""Bookmobile → Export journal / Export .koc / Import journal / Sync exceptions, and the
question asked at close when operations are not yet merged (issue 7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.sync import SyncRole
from libtech_desktop.services.journal import JournalService
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.ui.dialogs.sync_exceptions_dialog import SyncExceptionsDialog
from libtech_desktop.ui.dialogs.sync_import_dialog import SyncImportDialog, ask_open_path
from libtech_desktop.ui.progress import SHOW_AFTER_MS
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, JobEndWatcher, TaskRunner

JOURNAL_FILTER = "Journal (*.jsonl);;All files (*)"
KOC_FILTER = "Koha offline circulation (*.koc);;All files (*)"
#: Close anyway / keep the window: what ``ask_close`` answers.
EXPORT, CLOSE, CANCEL = "export", "close", "cancel"


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, file_filter)
    return Path(chosen) if chosen else None


def ask_close(parent: QWidget, count: int) -> str:
    """Export… / Close without exporting / Cancel (Esc)."""
    noun = "operation" if count == 1 else "operations"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Operations not yet merged",
        f"{count} {noun} made here {'is' if count == 1 else 'are'} not yet merged. "
        "Export them first?",
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    export = box.addButton("&Export…", QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton("Close &without exporting", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is export:
        return EXPORT
    return CLOSE if clicked is close else CANCEL


class SyncDialogs:
    def __init__(
        self,
        window: QWidget,
        journal: JournalService,
        merge: MergeService,
        runner: TaskRunner,
        on_changed: Callable[[], object],
    ) -> None:
        self._window, self._journal, self._merge, self._runner = window, journal, merge, runner
        #: Called after operations were exported or merged (the sync state is re-read).
        self._on_changed = on_changed
        self.import_dialog: SyncImportDialog | None = None
        self.exceptions_dialog: SyncExceptionsDialog | None = None
        #: The questions asked; tests replace them.
        self.ask_save_path: Callable[[QWidget, str, str, str], Path | None] = ask_save_path
        self.ask_close: Callable[[QWidget, int], str] = ask_close
        self.ask_open_path: Callable[[QWidget], Path | None] = ask_open_path
        #: The last line said in the window's status bar.
        self.last_status = ""
        #: Shown while the journal is written at close, once that takes a moment.
        self.close_progress: QProgressDialog | None = None

    def open_export(self) -> None:
        """Write this device's unmerged operations for the branch."""
        self._export(koc=False)

    def open_export_koc(self) -> None:
        """Write them as a Koha offline circulation file."""
        self._export(koc=True)

    def open_import(self) -> None:
        """Import a journal or .koc file: the dry run first, then apply."""
        if self.import_dialog is None:
            self.import_dialog = SyncImportDialog(self._window, self._merge, self._runner)
            self.import_dialog.applied.connect(lambda _report: self._on_changed())
        self.import_dialog.ask_path = self.ask_open_path
        self.import_dialog.open()

    def open_exceptions(self) -> None:
        """The operations that did not apply as recorded, to resolve one by one."""
        if self.exceptions_dialog is None:
            self.exceptions_dialog = SyncExceptionsDialog(self._window, self._merge, self._runner)
            self.exceptions_dialog.resolved.connect(lambda _entry: self._on_changed())
        self.exceptions_dialog.open()

    def confirm_close(self) -> bool:
        """Asked when the window closes: ``False`` keeps it open. A satellite or peer
        with operations not yet merged is asked to export them; a standalone desk and a
        hub never are. Read at once (the window is closing: no job could answer)."""
        try:
            if self._merge.role() not in (SyncRole.SATELLITE, SyncRole.PEER):
                return True
            pending = self._journal.pending().pending
        except LibtechError:
            return True
        if not pending:
            return True
        answer = self.ask_close(self._window, pending)
        if answer == CLOSE:
            return True
        if answer == CANCEL:
            return False
        try:
            name = self._merge.export_name()
        except LibtechError:
            name = "journal.jsonl"
        path = self._ask_path(name, koc=False)
        if path is None:
            return False
        count = self._export_at_close(path)
        if count is None:
            return False
        self._say(_wrote(count, path))
        return True

    def _export_at_close(self, path: Path) -> int | None:
        """Write the journal on the runner while a modal progress dialog keeps the window
        painted (a busy day's 2,000 operations take a few hundred milliseconds); how many
        operations were written, or None (said in the status bar) if none were."""
        journal = self._journal

        def write() -> int:
            try:
                return journal.export(path)
            except OSError as error:
                raise LibtechError(f"{path}: {error.strerror or error}") from error

        loop = QEventLoop()
        job = self._runner.submit(write)
        JobEndWatcher(self._runner, job, self._window, lambda _job: loop.quit())
        progress = self._close_progress()
        QTimer.singleShot(SHOW_AFTER_MS, lambda: None if job.done else progress.show())
        if not job.done:
            loop.exec()  # window-modal: the window repaints, nothing else can be clicked
        progress.hide()
        if job.outcome == "succeeded":
            return int(job.result)
        if job.outcome == "failed":
            self._say(f"The journal was not written: {job.result.message}")
        else:
            self._say(f"The journal was not written: {JOB_CRASHED_MESSAGE}")
        return None

    def _close_progress(self) -> QProgressDialog:
        if self.close_progress is None:
            dialog = QProgressDialog("Exporting the journal…", "", 0, 0, self._window)
            dialog.setWindowTitle("LibTech Desk")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setCancelButton(None)  # half a journal is no use: it finishes
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.hide()
            self.close_progress = dialog
        return self.close_progress

    # -- helpers -----------------------------------------------------------------------

    def _ask_path(self, name: str, *, koc: bool) -> Path | None:
        title = "Export .koc" if koc else "Export journal"
        return self.ask_save_path(self._window, title, name, KOC_FILTER if koc else JOURNAL_FILTER)

    def _export(self, *, koc: bool) -> None:
        merge, journal = self._merge, self._journal
        write = journal.export_koc if koc else journal.export

        def named(name: str) -> None:
            path = self._ask_path(name, koc=koc)
            if path is None:
                return
            self._runner.submit(
                lambda: write(path), lambda n: done(n, path), failed, owner=self._window
            )

        def done(count: int, path: Path) -> None:
            self._say(_wrote(count, path) + (" (Koha .koc 1.0)" if koc else ""))
            self._on_changed()

        def failed(error: LibtechError) -> None:
            self._say(f"Not written: {error.message}")

        suffix = "koc" if koc else "jsonl"
        self._runner.submit(lambda: merge.export_name(suffix), named, failed, owner=self._window)

    def _say(self, text: str) -> None:
        self.last_status = text
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 15_000)


def _wrote(count: int, path: Path) -> str:
    return f"Wrote {count} operation{'s' if count != 1 else ''} to {path}."
