"""The shelf list as a lazily fetched table: a page at a time, as the view scrolls.

Pages come from the shelf list service through the runner (never on the GUI thread).
``load`` starts the list again (a location, a "go to" call number); a page asked for
before that and arriving after it is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Signal

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.shelf_list import ShelfEntry
from libtech_desktop.services.shelf_list import ShelfListService
from libtech_desktop.ui.models.table import AnyIndex, Column, RowTableModel
from libtech_desktop.ui.runner import Job, TaskRunner

PAGE_SIZE = 200
NO_CALL_NUMBER = "(no call number)"

COLUMNS: list[Column[ShelfEntry]] = [
    Column(
        "Call number", lambda e: e.call_number or NO_CALL_NUMBER, alert=lambda e: not e.shelf_key
    ),
    Column("Title", lambda e: e.title),
    Column("Author", lambda e: e.author or ""),
    Column("Barcode", lambda e: e.barcode),
    Column("Location", lambda e: e.location or ""),
    # Anything but Available is not on the shelf: the reader should not look for it.
    Column("Status", lambda e: e.status.label, alert=lambda e: e.status != ItemStatus.AVAILABLE),
]


class ShelfListModel(RowTableModel[ShelfEntry]):
    #: A page arrived and its rows are in: (how many rows it added).
    page_loaded = Signal(int)
    #: A page was refused (a LibtechError): (message). The list stops there.
    fetch_failed = Signal(str)

    def __init__(
        self,
        service: ShelfListService,
        runner: TaskRunner,
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(COLUMNS, parent)
        self._service = service
        self._runner = runner
        self._page_size = page_size
        self._location: str | None = None
        self._start = ""
        self._generation = 0
        self._job: Job | None = None
        self._at_end = True  # nothing to fetch before the first load()
        runner.job_finished.connect(self._on_job_finished)

    @property
    def location(self) -> str | None:
        return self._location

    @property
    def start(self) -> str:
        """The call number the list starts at ("" for the top)."""
        return self._start

    @property
    def fetching(self) -> bool:
        return self._job is not None

    @property
    def at_end(self) -> bool:
        return self._at_end

    def load(self, location: str | None = None, start: str = "") -> None:
        """Start again from the top (or from where ``start`` stands), at ``location``."""
        self._generation += 1
        self._location, self._start = location, start.strip()
        self._job = None
        self._at_end = False
        self.set_rows([])
        self.fetchMore(QModelIndex())

    # -- lazy fetching (the view calls these as it scrolls) ---------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._at_end and self._job is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        service, location, size = self._service, self._location, self._page_size
        fetch: Callable[[], list[ShelfEntry]]
        if self.rowCount():
            after = self.row(self.rowCount() - 1).cursor
            fetch = lambda: service.page(location, after, size)  # noqa: E731
        else:
            start = self._start
            fetch = lambda: service.start_at(start, location, size)  # noqa: E731
        generation = self._generation
        self._job = self._runner.submit(
            fetch,
            lambda entries: self._on_page(generation, entries),
            lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_page(self, generation: int, entries: list[ShelfEntry]) -> None:
        if generation != self._generation:
            return
        self._at_end = len(entries) < self._page_size
        if entries:
            # Still "fetching" while the rows go in: a view or a tester asking for more
            # on rowsAboutToBeInserted would otherwise ask for this very page again.
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
            self._rows.extend(entries)
            self.endInsertRows()
        self._job = None
        self.page_loaded.emit(len(entries))

    def _on_error(self, generation: int, error: LibtechError) -> None:
        if generation != self._generation:
            return
        self._job, self._at_end = None, True
        self.fetch_failed.emit(error.message)

    def _on_job_finished(self, job: Job) -> None:
        # A bug in the job: the runner shows it; stop asking, or every scroll would repeat it.
        if job is self._job and job.outcome == "crashed":
            self._job, self._at_end = None, True
