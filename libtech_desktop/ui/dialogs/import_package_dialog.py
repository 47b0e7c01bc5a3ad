"""Bookmobile → Import package (issue 7): on the laptop, import the branch's package.

Choose the file (Enter, or Browse…): what it is shows at once (library, prepared,
expires, counts) without the passphrase; then the passphrase and Enter imports on the
runner and the report says what changed. Created once, parented and reused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from libtech_desktop.domain.sync_package import PackageImportReport
from libtech_desktop.interop.package_file import PackageHeader
from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.ui._generated.ui_import_package_dialog import Ui_ImportPackageDialog
from libtech_desktop.ui.dialogs.prepare_package_dialog import FILE_FILTER
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs


class ImportPackageDialog(QDialog):
    #: The file's header was read: (the PackageHeader).
    header_read = Signal(object)
    #: The package was imported: (the PackageImportReport).
    imported = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, packages: PackageService, runner: TaskRunner):
        super().__init__(parent)
        self.ui = Ui_ImportPackageDialog()
        self.ui.setupUi(self)
        self._service = packages
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._header: PackageHeader | None = None
        ui = self.ui
        ui.file_edit.returnPressed.connect(self.read_header)
        ui.file_edit.textEdited.connect(self._forget_header)
        ui.browse_button.clicked.connect(self.browse)
        ui.passphrase_edit.returnPressed.connect(self.start_import)
        ui.import_button.clicked.connect(self.start_import)
        ui.close_button.clicked.connect(self.reject)

    def open(self) -> None:
        self.show()
        self.activateWindow()
        self.ui.passphrase_edit.clear()
        show_status(self.ui.status_label, "")
        self.ui.file_edit.setFocus()

    def browse(self) -> None:
        start = self.ui.file_edit.text().strip() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, "Open a package", start, FILE_FILTER)
        if chosen:
            self.ui.file_edit.setText(chosen)
            self.read_header()

    def read_header(self) -> None:
        path = self.ui.file_edit.text().strip()
        if not path:
            self._show_error("Type or choose the package file.")
            return
        service = self._service
        self._jobs.submit(lambda: service.header(Path(path)), self._on_header, self._on_failed)

    def start_import(self) -> None:
        if self._jobs.running:
            return
        if self._header is None:
            self.read_header()
            return
        secret = self.ui.passphrase_edit.text()
        if not secret:
            self._show_error("Type the passphrase the branch gave with the package.")
            return
        path, service = Path(self.ui.file_edit.text().strip()), self._service
        show_status(self.ui.status_label, f"Importing {path.name}…")
        self._jobs.submit(
            lambda: service.import_package(path, secret), self._on_imported, self._on_failed
        )

    # -- outcomes -----------------------------------------------------------------

    def _on_header(self, header: PackageHeader) -> None:
        self._header = header
        self.ui.header_label.setText(
            f"{header.source}: {header.items} items, "
            f"{header.patrons} patrons.\nPrepared {header.prepared_at.astimezone():%Y-%m-%d %H:%M}"
            f", expires {header.expires_at.astimezone():%Y-%m-%d %H:%M}."
        )
        self.ui.import_button.setEnabled(True)
        show_status(self.ui.status_label, "Type the passphrase, then Enter imports.")
        self.ui.passphrase_edit.setFocus()
        self.header_read.emit(header)

    def _on_imported(self, report: PackageImportReport) -> None:
        self.ui.passphrase_edit.clear()
        show_status(self.ui.status_label, "\n".join(report.lines()))
        self.imported.emit(report)

    def _on_failed(self, error: Any) -> None:
        self._show_error(str(error))
        self.ui.passphrase_edit.selectAll()

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _forget_header(self) -> None:
        self._header = None
        self.ui.import_button.setEnabled(False)
        self.ui.header_label.setText("Enter reads what the file is.")

    def _set_busy(self, busy: bool) -> None:
        self.ui.import_button.setEnabled(not busy and self._header is not None)
