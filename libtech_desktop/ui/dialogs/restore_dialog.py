"""Administration → Restore from a backup (issue 8): the library's backups with their
dates and sizes, or another file; a confirmation naming what will be replaced.

While a restore runs (issue 9) the dialog shows its steps on a progress bar (the
megabytes copied; the checks as steps of their own) with Cancel (Alt+N, or Escape),
until the step that puts the backup in place, which cannot be stopped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from libtech_desktop.domain.backups import BackupInfo
from libtech_desktop.services.backups import REPLACING
from libtech_desktop.ui._generated.ui_restore_dialog import Ui_RestoreDialog
from libtech_desktop.ui.feedback import show_status


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class RestoreDialog(QDialog):
    """Made once and reused. ``restore_confirmed`` carries the file to restore, once the
    administrator has said yes to replacing the library."""

    restore_confirmed = Signal(str)
    #: Cancel was pressed (or Escape) while a restore runs.
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        header = self.ui.backups_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.button_box.rejected.connect(self.reject)
        # Return in the list restores the chosen backup (after asking); it never presses
        # Close, which QDialog would make the default button otherwise.
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        self.ui.restore_button.clicked.connect(self._on_restore_chosen)
        self.ui.backups_view.itemActivated.connect(self._on_restore_chosen)
        self.ui.other_file_button.clicked.connect(self._on_other_file)
        self.ui.cancel_button.clicked.connect(self._on_cancel)
        self.file_dialog = QFileDialog(self, "Restore from which backup file?")
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.setNameFilters(
            ["Library files (*.sqlite3 *.sqlite *.db)", "All files (*)"]
        )
        self.file_dialog.fileSelected.connect(self._on_file_selected)
        self.confirm_box = QMessageBox(self)
        self.confirm_box.setIcon(QMessageBox.Icon.Warning)
        self.confirm_box.setWindowTitle("Replace the library?")
        self.confirm_box.setStandardButtons(
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        )
        yes = self.confirm_box.button(QMessageBox.StandardButton.Yes)
        yes.setText("&Replace the library")
        self.confirm_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self._yes = yes
        self.confirm_box.buttonClicked.connect(self._on_confirm_clicked)
        self._library = Path()
        self._chosen: Path | None = None
        self._job: object = None
        #: A restore is running (Escape cancels it rather than hiding the dialog: the
        #: library is about to be replaced under whatever the technician would do next).
        self.restoring = False

    def start(self, library: Path) -> None:
        """Opened again: the list is refilled by :meth:`show_backups`."""
        self._library = library
        self.ui.backups_view.clear()
        self.set_busy(True)
        show_status(self.ui.status_label, "Reading the backups…")

    def set_busy(self, busy: bool) -> None:
        has_rows = self.ui.backups_view.topLevelItemCount() > 0
        self.ui.restore_button.setEnabled(not busy and has_rows)
        self.ui.other_file_button.setEnabled(not busy)

    # -- while a restore runs ---------------------------------------------------------

    def start_restoring(self, job: object, path: str) -> None:
        """``job`` restores ``path``: its progress is shown, Cancel stops it."""
        self._job, self.restoring = job, True
        self.set_busy(True)
        self.ui.backups_view.setEnabled(False)
        self.ui.button_box.setEnabled(False)
        bar = self.ui.progress_bar
        bar.setRange(0, 0)
        bar.show()
        self.ui.cancel_button.setText("Ca&ncel the restore")
        self.ui.cancel_button.setEnabled(True)
        self.ui.cancel_button.show()
        self.ui.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        show_status(self.ui.status_label, f"Restoring {path}…")

    def show_progress_of(self, job: object, done: int, total: int, what: str) -> None:
        """Any long job's report (the runner's ``progressed``): shown if it is ours.
        ``total`` 0: a step of unknown length (a moving bar)."""
        if job is not self._job or not self.restoring:
            return
        bar = self.ui.progress_bar
        bar.setRange(0, max(total, 0))
        bar.setValue(done if total else 0)
        if what:
            show_status(self.ui.status_label, what)
        if what == REPLACING:
            self.ui.cancel_button.setEnabled(False)
            self.ui.button_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_restoring(self) -> None:
        """The restore ended (restored, refused, cancelled or a bug)."""
        self._job, self.restoring = None, False
        self.ui.progress_bar.hide()
        self.ui.cancel_button.hide()
        self.ui.backups_view.setEnabled(True)
        self.ui.button_box.setEnabled(True)
        self.set_busy(False)
        if self.ui.restore_button.isEnabled():
            self.ui.backups_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.other_file_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_cancel(self) -> None:
        if self.restoring and self.ui.cancel_button.isEnabled():
            self.ui.cancel_button.setEnabled(False)
            self.ui.cancel_button.setText("Cancelling…")
            show_status(self.ui.status_label, "Cancelling the restore…")
            self.cancel_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return in the list has asked to restore the chosen backup (itemActivated); the
        # list passes the key on, and QDialog would press a default button with it (the
        # confirmation's Cancel, or Close).
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and self.ui.backups_view.hasFocus():
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Escape or Close: while a restore runs, a cancel (the dialog stays to say how
        it ended)."""
        if self.restoring:
            self._on_cancel()
            return
        super().reject()

    def show_backups(self, library: Path, folder: Path, backups: list[BackupInfo]) -> None:
        self._library = library
        view = self.ui.backups_view
        view.clear()
        for info in backups:
            row = QTreeWidgetItem(
                [
                    f"{info.made_at:%Y-%m-%d %H:%M:%S}",
                    size_text(info.size),
                    info.revision or "unreadable",
                    str(info.path),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.addTopLevelItem(row)
        if backups:
            view.setCurrentItem(view.topLevelItem(0))  # type: ignore[arg-type]
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            show_status(self.ui.status_label, f"{len(backups)} backup(s) in {folder}.")
        else:
            self.ui.other_file_button.setFocus(Qt.FocusReason.OtherFocusReason)
            show_status(self.ui.status_label, f"No backups in {folder}; choose another file.")
        self.set_busy(False)

    def show_status(self, text: str, *, error: bool = False) -> None:
        show_status(self.ui.status_label, text, error=error)

    def _on_restore_chosen(self, *_: object) -> None:
        row = self.ui.backups_view.currentItem()
        if row is None or not self.ui.restore_button.isEnabled():
            return
        made = row.text(0)
        self._ask(Path(str(row.data(0, Qt.ItemDataRole.UserRole))), f"made {made}, {row.text(1)}")

    def _on_other_file(self) -> None:
        self.file_dialog.open()

    def _on_file_selected(self, name: str) -> None:
        if name:
            path = Path(name)
            size = size_text(path.stat().st_size) if path.is_file() else "?"
            self._ask(path, size)

    def _ask(self, path: Path, about: str) -> None:
        self._chosen = path
        self.confirm_box.setText(
            f"Replace the library {self._library} by the backup {path} ({about})?"
        )
        self.confirm_box.setInformativeText(
            "Everything done since that backup was made will no longer be in the library. "
            f"The library now in use is kept beside it as {self._library.name}.replaced-"
            "<date>-<time>. LibTech Desk closes when the restore is done."
        )
        self.confirm_box.open()

    def _on_confirm_clicked(self, button: object) -> None:
        if button is self._yes and self._chosen is not None:
            self.restore_confirmed.emit(str(self._chosen))
