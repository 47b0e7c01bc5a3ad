"""Bookmobile → Export journal / Export .koc / Import journal / Sync exceptions, and the
question asked at close when operations are not yet merged (issue 7)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from libtech_desktop.services.journal import JournalService
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.ui.runner import TaskRunner


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

    def open_export(self) -> None:
        """Write this device's unmerged operations for the branch."""

    def open_export_koc(self) -> None:
        """Write them as a Koha offline circulation file."""

    def open_import(self) -> None:
        """Import a journal or .koc file: the dry run first, then apply."""

    def open_exceptions(self) -> None:
        """The operations that did not apply as recorded, to resolve one by one."""

    def confirm_close(self) -> bool:
        """Asked when the window closes: ``False`` keeps it open."""
        return True
