"""A shelf list on paper, for shelf reading: call numbers in shelf order, a box to tick.

A list is a ``ui.list_printing.ListPrintout`` (heading, "about" line, column names, rows),
laid out a page at a time (``ui.list_printing.paint_list``): the column names at the top of
every page, the pages numbered, no row cut in two, the GUI thread never held up. Text
stays real text in a PDF (selectable, searchable). The other lists a technician walks
the stacks with (the holds pull list, the transfers pick list, a stocktake report) save
through the same functions (:func:`ask_pdf_path`, then :class:`ListPdfSaver`: the list
made and written on the runner with a progress bar and Cancel) and print through
``ui.list_printing.ListPrinter`` (laid out and painted on the runner), so the PDF and the
printout look alike.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QFileDialog, QWidget

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.shelf_list import ShelfEntry
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)
from libtech_desktop.ui.list_printing import (
    Cell,
    ListColumn,
    ListPrintout,
    after_window_settles,
    paint_list,
    refocus,
)
from libtech_desktop.ui.progress import SHOW_AT_ONCE, JobProgress
from libtech_desktop.ui.runner import JOB_CRASHED_MESSAGE, Job, JobEndWatcher, TaskRunner

#: A list's PDF: as QPrinter's HighResolution mode.
LIST_RESOLUTION_DPI = 1200
NO_CALL_NUMBER = "(no call number)"
#: A list's first column: a box to tick as each row is done.
TICK_COLUMN = ListColumn("✓")
TICK_BOX = "☐"


def count_of(rows: int, one: str, many: str) -> str:
    """ "1 item", "2,000 items"."""
    return f"{rows:,} {one if rows == 1 else many}"


def shelf_list_printout(
    entries: Sequence[ShelfEntry], heading: str, about: str = ""
) -> ListPrintout:
    """The printable list: one row per item, a box to tick as the shelf is read."""
    count = count_of(len(entries), "item", "items")
    return ListPrintout(
        heading,
        about + ("; " if about else "") + count,
        [
            TICK_COLUMN,
            ListColumn("Call number", "call"),
            ListColumn("Title"),
            ListColumn("Author"),
            ListColumn("Barcode"),
            ListColumn("Status"),
        ],
        [_row(entry) for entry in entries],
        title="Shelf list",
    )


def _row(entry: ShelfEntry) -> list[str | Cell]:
    off = entry.status != ItemStatus.AVAILABLE
    return [
        TICK_BOX,
        entry.call_number or NO_CALL_NUMBER,
        entry.title,
        entry.author or "",
        entry.barcode,
        Cell(entry.status.label, "off" if off else ""),
    ]


def ask_pdf_path(parent: QWidget, caption: str, file_name: str) -> Path | None:
    """Where to save a PDF, suggesting ``file_name`` in the home folder; None: cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, caption, str(Path.home() / file_name), "PDF (*.pdf)"
    )
    return Path(chosen) if chosen else None


def pdf_not_written(path: Path, error: OSError) -> str:
    """What to tell the technician when a PDF could not be written."""
    return f"The PDF could not be written to {path}: {error.strerror or error}."


def write_pdf(
    printout: ListPrintout,
    path: Path,
    progress: ProgressFn = no_progress,
    should_cancel: CancelFn = never_cancel,
) -> Path:
    """Write ``printout`` as an A4 PDF at ``path``, laid out a page at a time as
    :class:`ListPrinter` prints it (the same pages), reporting ``progress`` and stopping
    on ``should_cancel`` (raising ``Cancelled``: no file is left, an older one at
    ``path`` stays as it was). The file appears complete or not at all."""
    if path.parent.exists() and not path.parent.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(path.parent))
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    part.open("wb").close()  # a folder that refuses it says why, not "the printer…"
    writer = QPdfWriter(str(part))
    # A list at a printer's resolution: its fonts are measured as on paper, and the
    # same rows fall on the same pages.
    writer.setResolution(LIST_RESOLUTION_DPI)
    writer.setTitle(printout.title or printout.heading)
    writer.setCreator("LibTech Desk")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    try:
        paint_list(printout, writer, progress, should_cancel)
        del writer  # the file is finished and closed
        os.replace(part, path)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return path


class ListPdfSaver:
    """Saves one dialog's long lists as PDFs: the printout made (``make_printout``: read,
    rows built) and written a page at a time on the runner, with a progress bar and
    Cancel ("Saving the shelf list as a PDF…") shown if it takes a while.

    ``on_done(message, error)`` is told how it went, for the dialog's status line:
    "Saved the shelf list as /home/…/shelf-list.pdf.", "Cancelled: …" (no file is
    left; an older PDF at that path stays as it was), or which file could not be
    written and why. ``on_saved(printout, path)``, if given, after a PDF is written.
    Plain Python, held by its dialog; one PDF at a time. The progress dialog hands the
    focus back to the dialog when it closes.
    """

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        on_done: Callable[[str, bool], None],
        *,
        on_saved: Callable[[ListPrintout, Path], None] | None = None,
        show_progress_after_ms: int = SHOW_AT_ONCE,
    ) -> None:
        self._parent, self._runner = parent, runner
        self._on_done, self._on_saved = on_done, on_saved
        self._show_after = show_progress_after_ms
        #: The PDF being saved, if any.
        self.job: Job | None = None
        #: Its progress dialog (shown after ``show_progress_after_ms``).
        self.progress: JobProgress | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def save(self, make_printout: Callable[[], ListPrintout], path: Path, what: str) -> Job | None:
        """Make the printout and write it at ``path`` on the runner; ``what`` names the
        list in messages ("the shelf list"). None (and ``on_done`` told so) while the
        last PDF is still being saved."""
        if self.job is not None:
            self._on_done(f"Still saving {what} as a PDF: wait for it to finish.", True)
            return None

        settled = after_window_settles()

        def save(progress: ProgressFn, should_cancel: CancelFn) -> ListPrintout:
            settled()
            existed = path.exists()
            refusal: LibtechError | None = None
            try:
                progress(0, 0, f"Reading {what}")
                printout = make_printout()
                write_pdf(printout, path, progress=progress, should_cancel=should_cancel)
            except Cancelled:
                kept = f"{path} is as it was" if existed else "no file was written"
                refusal = Cancelled(f"Cancelled: {what} was not saved; {kept}.")
            except OSError as exc:
                refusal = LibtechError(pdf_not_written(path, exc))
            if refusal is not None:
                # Raised clear of the first error: its traceback (the pages laid out)
                # is dropped here, on the runner, not sent to the GUI thread.
                raise refusal
            return printout

        def saved(printout: ListPrintout) -> None:
            self._on_done(f"Saved {what} as {path}.", False)
            if self._on_saved is not None:
                self._on_saved(printout, path)

        def refused(error: LibtechError) -> None:
            self._on_done(error.message, not isinstance(error, Cancelled))

        job = self._runner.submit(save, saved, refused, long=True, owner=self._parent)
        self.job = job
        self.progress = JobProgress(
            self._runner, job, self._parent, f"Saving {what} as a PDF…", self._show_after
        )
        JobEndWatcher(self._runner, job, self._parent, self._ended)
        return job

    def _ended(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            refocus(self._parent)
            if job.outcome == "crashed":
                self._on_done(JOB_CRASHED_MESSAGE, True)
