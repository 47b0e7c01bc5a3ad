"""Bookmobile → Prepare package / Import package (issue 7): the dialogs the main window
opens, each made on first use, parented to the window and reused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.sync_package import PackageService
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

    def open_prepare(self) -> None:
        """Branch: write a package for the bookmobile."""

    def open_import(self) -> None:
        """Laptop: import a package from the branch."""
