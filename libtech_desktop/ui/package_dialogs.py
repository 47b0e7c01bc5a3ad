"""Bookmobile → Prepare package / Import package (issue 7): the dialogs the main window
opens, each made on first use, parented to the window and reused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.ui.dialogs.import_package_dialog import ImportPackageDialog
from libtech_desktop.ui.dialogs.prepare_package_dialog import PreparePackageDialog
from libtech_desktop.ui.runner import TaskRunner


class PackageDialogs:
    def __init__(
        self,
        window: QWidget,
        packages: PackageService,
        runner: TaskRunner,
        on_changed: Callable[[], object],
    ) -> None:
        self._window, self._packages, self._runner = window, packages, runner
        #: Called after a package was imported (the desk refreshes what it shows).
        self._on_changed = on_changed
        self.prepare_dialog: PreparePackageDialog | None = None
        self.import_dialog: ImportPackageDialog | None = None

    def open_prepare(self) -> None:
        """Branch: write a package for the bookmobile."""
        if self.prepare_dialog is None:
            self.prepare_dialog = PreparePackageDialog(self._window, self._packages, self._runner)
            # Preparing makes this library the hub: the status bar's sync state changes.
            self.prepare_dialog.prepared.connect(lambda _summary: self._on_changed())
        self.prepare_dialog.open()

    def open_import(self) -> None:
        """Laptop: import a package from the branch."""
        if self.import_dialog is None:
            self.import_dialog = ImportPackageDialog(self._window, self._packages, self._runner)
            self.import_dialog.imported.connect(lambda _report: self._on_changed())
        self.import_dialog.open()
