"""A table filled a page at a time as the view scrolls (``canFetchMore``/``fetchMore``).

The pages are read by a ``fetch(offset, size)`` callable on the runner, never on the
GUI thread. Each page asks for as many rows as the list already holds (at least
``first_page``): a service that can only slice a ranked list (it ranks the rows before
the page too) then reads about twice the list's length in all, however long it grows.
``load`` starts again: the rows shown stay until its first page replaces them (a search
refused leaves the last results); a page asked for before that and arriving after it
is dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic

from PySide6.QtCore import QModelIndex, Signal

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.ui.models.table import AnyIndex, Column, Row, RowTableModel
from libtech_desktop.ui.runner import Job, TaskRunner

FIRST_PAGE = 200
#: No single page bigger than this: each arrives on the GUI thread in one insert.
MAX_PAGE = 20_000

Fetch = Callable[[int, int], Sequence[Any]]


class PagedTableModel(RowTableModel[Row], Generic[Row]):
    #: The first page of a ``load`` is in: (its rows).
    first_page = Signal(object)
    #: A page arrived and its rows are in: (how many rows it added).
    page_loaded = Signal(int)
    #: A page was refused (a LibtechError): (message). The list stops there.
    fetch_failed = Signal(object)

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        runner: TaskRunner,
        parent: Any = None,
        *,
        first_page: int = FIRST_PAGE,
        max_page: int = MAX_PAGE,
    ) -> None:
        super().__init__(columns, parent)
        self._runner = runner
        self._first_page, self._max_page = first_page, max_page
        self._fetch: Fetch | None = None
        self._fetched = 0  # rows read from ``fetch`` so far: the next page's offset
        self._generation = 0
        self._job: Job | None = None
        self._at_end = True  # nothing to fetch before the first load()
        runner.job_finished.connect(self._on_job_finished)

    @property
    def fetching(self) -> bool:
        return self._job is not None

    @property
    def at_end(self) -> bool:
        return self._at_end

    def load(self, fetch: Fetch) -> None:
        """Read the list again from ``fetch(offset, size)`` (its first page replaces the rows)."""
        self._generation += 1
        self._fetch, self._fetched = fetch, 0
        self._job = None
        self._at_end = False
        self._ask(fetch)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._at_end and self._job is None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        fetch = self._fetch
        if fetch is None or not self.canFetchMore(parent):
            return
        self._ask(fetch)

    def _ask(self, fetch: Fetch) -> None:
        offset = self._fetched
        size = min(max(self._first_page, offset), self._max_page)
        generation = self._generation
        self._job = self._runner.submit(
            lambda: fetch(offset, size),
            lambda rows: self._on_page(generation, offset, size, rows),
            lambda error: self._on_error(generation, error),
            owner=self,
        )

    def _on_page(self, generation: int, offset: int, size: int, rows: Sequence[Row]) -> None:
        if generation != self._generation:
            return
        self._at_end = len(rows) < size
        self._fetched = offset + len(rows)
        if offset == 0:
            self.set_rows(rows)
        elif rows:
            # Still "fetching" while the rows go in: a view asking for more on
            # rowsAboutToBeInserted would otherwise ask for this very page again.
            first = self.rowCount()
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._job = None
        if offset == 0:
            self.first_page.emit(list(rows))
        self.page_loaded.emit(len(rows))

    def _on_error(self, generation: int, error: LibtechError) -> None:
        if generation != self._generation:
            return
        self._job, self._at_end = None, True
        self.fetch_failed.emit(error)

    def _on_job_finished(self, job: Job) -> None:
        # A bug in the job: the runner shows it; stop asking, or every scroll would repeat it.
        if job is self._job and job.outcome == "crashed":
            self._job, self._at_end = None, True
