"""Administration → Restore from a backup (issue 8): the library's backups with their
dates and sizes, or another file; a confirmation naming what will be replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from libtech_desktop.domain.backups import BackupInfo
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        header = self.ui.backups_view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.restore_button.clicked.connect(self._on_restore_chosen)
        self.ui.backups_view.itemActivated.connect(self._on_restore_chosen)
        self.ui.other_file_button.clicked.connect(self._on_other_file)
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
