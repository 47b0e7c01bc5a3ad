"""Long lists on paper (a shelf list, a pull list, a pick list, a stocktake report): a
:class:`ListPrintout` is laid out a page at a time, each page a small QTextDocument of
the heading, the column names and as many whole rows as fit, so no single Qt call holds
Python's lock for long (one document of 2,000 rows stalled the GUI thread 0.6 s while
the runner laid it out). :class:`ListPrinter` asks for the printer on the GUI thread and
lays out and paints on the runner with a progress bar and Cancel.
"""

from __future__ import annotations

import heapq
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Literal

from PySide6.QtCore import QPointF, QRectF, QSizeF, QTimer
from PySide6.QtGui import (
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)
from libtech_desktop.ui.progress import SHOW_AT_ONCE, JobProgress
from libtech_desktop.ui.runner import Job, JobEndWatcher, TaskRunner

#: A list job starts laying pages out only once the desk's window has settled after
#: its progress window appeared (SETTLE_MS), and waits no longer than WINDOW_FIRST_S for
#: that. Qt's layout calls hold Python's lock for 10-30 ms each, and what the GUI thread
#: does just then (the progress window's first show and layout, the status line) runs a
#: little Python per widget event, each waiting for one such call: the window froze
#: 0.1-0.2 s as "Printing…" appeared. (Saving a list read from the library settles by
#: itself: the reading lets go of the lock.)
SETTLE_MS = 100
WINDOW_FIRST_S = 1.0


def after_window_settles() -> Callable[[], None]:
    """Called on the GUI thread as a list job is submitted: what the job calls first, on
    the runner, to wait until SETTLE_MS have passed on the GUI thread (at most
    WINDOW_FIRST_S)."""
    settled = threading.Event()
    QTimer.singleShot(SETTLE_MS, settled.set)

    def wait() -> None:
        settled.wait(WINDOW_FIRST_S)

    return wait


#: A list's page margins, as QTextDocument.print_ leaves them; its page number sits in
#: the bottom one.
LIST_MARGIN_CM = 2.0

#: How a cell is set: plain, a call number (monospace, bold, never wrapped), or "off"
#: (italic: an item not on the shelf, say).
CellStyle = Literal["", "call", "off"]

LIST_STYLE = """
body { font-family: sans-serif; font-size: 9pt; }
h1 { font-size: 13pt; margin-top: 0; margin-bottom: 2pt; }
p.about { color: #444444; margin-top: 0; }
p.running { font-size: 8pt; color: #444444; margin-top: 0; margin-bottom: 4pt; }
th { text-align: left; border-bottom: 1px solid #000000; padding: 2pt 6pt 2pt 0; }
td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
td.call { font-family: monospace; font-weight: bold; white-space: pre; }
td.off { font-style: italic; }
"""
#: A cell's right padding (LIST_STYLE), in points: part of a column's width.
_CELL_PAD_PT = 6.0


@dataclass(frozen=True)
class Cell:
    """One cell of a printed list whose style differs from its column's."""

    text: str
    style: CellStyle = ""


@dataclass(frozen=True)
class ListColumn:
    """A printed list's column: its name and how its cells are set."""

    name: str
    style: CellStyle = ""


@dataclass(frozen=True)
class ListPrintout:
    """A long list to print or save as PDF, as a technician reads it: a heading, an
    "about" line (what the list is, how many rows), the column names (repeated at the
    top of every page) and the rows, each a cell per column: text, or a :class:`Cell`
    with a style of its own. Laid out a page at a time (:func:`paint_list`), so no
    single Qt call holds the GUI thread up however long the list.

    ``html()`` gives rows of it as one HTML document (what a page is laid out from)."""

    heading: str
    about: str
    columns: Sequence[ListColumn]
    rows: Sequence[Sequence[str | Cell]]
    #: The PDF's title (the heading if blank).
    title: str = ""

    def html(self) -> str:
        return _list_html(self, range(len(self.rows)), first=True, widths=None)


def _cell(printout: ListPrintout, column: int, value: str | Cell) -> tuple[str, CellStyle]:
    if isinstance(value, Cell):
        return value.text, value.style
    return value, printout.columns[column].style


def _list_html(
    printout: ListPrintout, rows: range, *, first: bool, widths: Sequence[float] | None
) -> str:
    head = (
        f"<h1>{escape(printout.heading)}</h1><p class='about'>{escape(printout.about)}</p>"
        if first
        else f"<p class='running'>{escape(printout.heading)} (continued)</p>"
    )
    names = "".join(
        f"<th width='{widths[n]:.2f}%'>{escape(c.name)}</th>"
        if widths
        else f"<th>{escape(c.name)}</th>"
        for n, c in enumerate(printout.columns)
    )
    body = []
    for r in rows:
        cells = []
        for n, value in enumerate(printout.rows[r]):
            text, style = _cell(printout, n, value)
            opening = f"<td class='{style}'>" if style else "<td>"
            cells.append(f"{opening}{escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<html><head><style>{LIST_STYLE}</style></head><body>{head}"
        f"<table cellspacing='0' width='100%'><thead><tr>{names}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></body></html>"
    )


def _list_document(device: QPagedPaintDevice, width: float, html: str) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.setHtml(html)
    return document


def _table_of(document: QTextDocument) -> QTextTable:
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            return frame
    raise AssertionError("a list page without its table")


#: The longest texts of a column measured for its width (by length: enough to find the
#: widest without measuring every cell of a long list).
_MEASURED = 24


def _column_widths(printout: ListPrintout, device: QPagedPaintDevice, width: float) -> list[float]:
    """Each column's share of the page width, in percent, from the whole list: the same
    on every page. As an HTML table shares it out: every column gets at least its
    longest word (a call number: all of it), and what is left goes to the columns whose
    text could use it, in proportion."""
    styles: list[CellStyle] = ["", "call", "off"]
    sample = ListPrintout("", "", [ListColumn("x", s) for s in styles], [["x"] * 3])
    document = _list_document(device, width, sample.html())
    table = _table_of(document)  # the document owns it: keep both
    fonts = {
        style: table.cellAt(1, n).firstCursorPosition().charFormat().font()
        for n, style in enumerate(styles)
    }
    head_font = table.cellAt(0, 0).firstCursorPosition().charFormat().font()
    pad = _CELL_PAD_PT / 72 * device.logicalDpiX()
    metrics = {style: QFontMetricsF(font, device) for style, font in fonts.items()}
    head_metrics = QFontMetricsF(head_font, device)
    least, most = [], []
    for n, column in enumerate(printout.columns):
        texts: dict[CellStyle, set[str]] = {}
        for row in printout.rows:
            text, style = _cell(printout, n, row[n])
            texts.setdefault(style, set()).add(text)
        name = head_metrics.horizontalAdvance(column.name)
        low, high = name, name
        for style, found in texts.items():
            measure = metrics[style].horizontalAdvance
            longest = heapq.nlargest(_MEASURED, found, key=len)
            high = max(high, max(measure(t) for t in longest))
            if style == "call":  # never wrapped
                low = max(low, high)
            else:
                words = {w for t in longest for w in t.split()}
                low = max([low, *(measure(w) for w in heapq.nlargest(_MEASURED, words, key=len))])
        least.append(low + pad)
        most.append(max(high, low) + pad)
    return _share_out(least, most, width)


#: A column whose longest text needs no more than this share of the page gets all of
#: it (an author's name is not wrapped to give a long title a little more room).
_NARROW_SHARE = 0.2


def _share_out(least: Sequence[float], most: Sequence[float], width: float) -> list[float]:
    """Percentages of ``width``: each column's ``least`` at the least, its ``most`` if
    all fit (the room left over shared in proportion); else the narrow columns get
    their ``most`` and the wide ones share the rest above their ``least``."""
    if sum(most) <= width:  # everything fits on one line: share out what is left
        spare = width - sum(most)
        shares = [m + spare * m / sum(most) for m in most]
    elif sum(least) >= width:
        shares = list(least)
    else:
        narrow = [m <= width * _NARROW_SHARE for m in most]
        if not any(narrow) or all(narrow):
            narrow = [False] * len(most)
        kept = sum(m for m, n in zip(most, narrow, strict=True) if n)
        wide_least = sum(lo for lo, n in zip(least, narrow, strict=True) if not n)
        wide_most = sum(hi for hi, n in zip(most, narrow, strict=True) if not n)
        if kept + wide_least > width:  # no room for that: everyone above their least
            narrow = [False] * len(most)
            kept, wide_least, wide_most = 0.0, sum(least), sum(most)
        room = (width - kept - wide_least) / (wide_most - wide_least)
        shares = [
            hi if n else lo + (hi - lo) * room
            for lo, hi, n in zip(least, most, narrow, strict=True)
        ]
    total = sum(shares)
    return [100 * s / total for s in shares]


def _lay_out_page(
    printout: ListPrintout,
    device: QPagedPaintDevice,
    body: QSizeF,
    start: int,
    guess: int,
    widths: Sequence[float],
    first: bool,
) -> tuple[QTextDocument, int]:
    """A page from row ``start``: as many rows as fit in ``body``, a row never cut in
    two (the heading on the first page, the column names on every one). Lays out
    ``guess`` rows, more if they all fit and there are more, then drops those that do
    not fit. Returns the page and its row count."""
    count = len(printout.rows)
    while True:
        end = min(count, start + max(guess, 1))
        html = _list_html(printout, range(start, end), first=first, widths=widths)
        document = _list_document(device, body.width(), html)
        if document.size().height() > body.height() or end == count:
            break
        guess = guess * 3 // 2 + 4  # all fitted and more to come: try more
    table = _table_of(document)
    fitted = end - start
    if document.size().height() > body.height():
        layout = document.documentLayout()
        fitted = 0
        for row in range(1, table.rows()):
            bottom = max(
                layout.blockBoundingRect(table.cellAt(row, c).lastCursorPosition().block()).bottom()
                for c in range(table.columns())
            )
            if bottom > body.height():
                break
            fitted = row
        fitted = max(fitted, 1)  # a row taller than a page: print it cut, once
        if fitted < end - start:
            table.removeRows(fitted + 1, end - start - fitted)
        while fitted > 1 and document.size().height() > body.height():
            table.removeRows(fitted, 1)  # its padding did not fit: the next page's
            fitted -= 1
    return document, fitted


def paint_list(
    printout: ListPrintout,
    device: QPagedPaintDevice,
    progress: ProgressFn = no_progress,
    should_cancel: CancelFn = never_cancel,
) -> int:
    """Lay ``printout`` out for ``device`` (a QPrinter, a QPdfWriter) a page at a time
    and paint the pages, each numbered "Page 7 of 40" at the bottom right; returns the
    pages printed. Each page is a small document of its own (the heading on the first,
    the column names at the top of every one, the same column widths on all, as many
    rows as fit: a row is never cut between pages), so no Qt call holds Python's lock
    for long: the GUI thread keeps answering. Safe on the runner's thread: reports
    ``progress(rows, total, "Rows laid out")`` then ``progress(page, pages, "Pages")`` and,
    on a cancel, aborts the print run (a printer drops what it was sent) and raises
    :class:`Cancelled`."""
    pages: list[QTextDocument] = []
    done = 0
    painter = QPainter()
    try:
        rows = len(printout.rows)
        progress(0, rows, "Rows laid out")
        margin, body = _list_body(device)
        widths = _column_widths(printout, device, body.width())
        start, guess = 0, 40
        while start < rows or not pages:
            page, fitted = _lay_out_page(
                printout, device, body, start, guess, widths, first=not pages
            )
            pages.append(page)
            start += fitted
            guess = fitted + 2
            progress(start, rows, "Rows laid out")
            if should_cancel():
                raise Cancelled()
        if not painter.begin(device):
            raise OSError("the printer could not be opened")
        _paint_pages_numbered(painter, device, pages, margin, body, progress, should_cancel)
        done = len(pages)
    except _CancelledAt as cancelled:
        done = cancelled.done
        _cancel_print(painter, device)
        raise Cancelled(
            f"Printing cancelled after {done} of {len(pages)} pages: nothing is printed."
        ) from None
    except Cancelled:
        _cancel_print(painter, device)
        raise Cancelled("Printing cancelled: nothing was sent to the printer.") from None
    finally:
        if painter.isActive():
            painter.end()
        count = len(pages)
        # Each page dies here, on this thread: a traceback sent to the GUI thread with a
        # cancel would otherwise keep them (their layouts' timers) alive until there.
        pages.clear()
    return count


class _CancelledAt(Cancelled):
    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done


def _cancel_print(painter: QPainter, device: QPagedPaintDevice) -> None:
    if painter.isActive() and isinstance(device, QPrinter):
        device.abort()  # the printer drops the pages it was sent


def _list_body(device: QPagedPaintDevice) -> tuple[float, QSizeF]:
    """The margin round a list's pages and the size of what is inside it, in device
    pixels. The margins are left around each page as it is painted: a margin on the
    root frame would be inherited by every table cell."""
    margin = LIST_MARGIN_CM / 2.54 * device.logicalDpiY()
    return margin, QSizeF(device.width() - 2 * margin, device.height() - 2 * margin)


def _paint_pages_numbered(
    painter: QPainter,
    device: QPagedPaintDevice,
    pages: Sequence[QTextDocument],
    margin: float,
    body: QSizeF,
    progress: ProgressFn,
    should_cancel: CancelFn,
) -> None:
    font = pages[0].defaultFont()
    font.setPointSizeF(8.0)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    baseline = body.height() + margin + metrics.ascent() + 5 * device.logicalDpiY() / 72
    number_right = body.width() + margin
    for number, page in enumerate(pages):
        if number:
            device.newPage()
        painter.save()
        painter.translate(margin, margin)
        page.drawContents(painter, QRectF(0, 0, body.width(), body.height()))
        painter.restore()
        text = f"Page {number + 1} of {len(pages)}"
        painter.drawText(QPointF(number_right - metrics.horizontalAdvance(text), baseline), text)
        progress(number + 1, len(pages), "Pages")
        if should_cancel():
            raise _CancelledAt(number + 1)


class ListPrinter:
    """Prints one dialog's long lists: the system's print dialog (made once, parented to
    the dialog, window-modal) chooses the printer; the list is laid out and painted on
    the runner with a progress bar and Cancel. ``on_done(message, error)`` is told how
    it went ("… went to the printer (12 pages).", "Printing cancelled …", a refusal).

    Plain Python, held by its dialog; one printout at a time."""

    def __init__(
        self,
        parent: QWidget,
        runner: TaskRunner,
        on_done: Callable[[str, bool], None],
        *,
        show_progress_after_ms: int = SHOW_AT_ONCE,
    ) -> None:
        self._parent, self._runner, self._on_done = parent, runner, on_done
        self._show_after = show_progress_after_ms
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._dialog: QPrintDialog | None = None
        self._pending: tuple[ListPrintout, str] | None = None
        #: The printout being painted, if any.
        self.job: Job | None = None
        self.progress: JobProgress | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    @property
    def dialog(self) -> QPrintDialog | None:
        """The print dialog, once a list has been printed (for tests)."""
        return self._dialog

    def print_list(self, printout: ListPrintout, what: str) -> bool:
        """Ask for the printer, then print ``printout`` a page at a time; ``what`` names
        it ("The shelf list"). False (and nothing asked) while another printout is
        still going."""
        if self.job is not None:
            self._on_done(f"{what}: still printing the last one.", True)
            return False
        self._pending = (printout, what)
        if self._dialog is None:
            self._dialog = QPrintDialog(self.printer, self._parent)
            self._dialog.accepted.connect(self._on_accepted)
            self._dialog.rejected.connect(self._on_rejected)
        # Window-modal, never a nested event loop (QPrintDialog hides QDialog's open()).
        QDialog.open(self._dialog)
        return True

    def print_on(self, printer: QPrinter, printout: ListPrintout, what: str) -> Job:
        """Print ``printout`` on ``printer`` (chosen already) on the runner, with progress."""
        self.printer = printer
        self._pending = None
        settled = after_window_settles()

        def paint(progress: ProgressFn, should_cancel: CancelFn) -> int:
            settled()
            try:
                return paint_list(printout, printer, progress, should_cancel)
            except OSError as exc:
                raise LibtechError(f"{what} was NOT printed: {exc}.") from exc

        def printed(pages: int) -> None:
            noun = "page" if pages == 1 else "pages"
            self._on_done(f"{what} went to the printer ({pages} {noun}).", False)

        def refused(error: LibtechError) -> None:
            self._on_done(error.message, not isinstance(error, Cancelled))

        job = self._runner.submit(paint, printed, refused, long=True, owner=self._parent)
        self.job = job
        self.progress = JobProgress(
            self._runner,
            job,
            self._parent,
            f"Printing {what[0].lower()}{what[1:]}…",
            self._show_after,
        )
        JobEndWatcher(self._runner, job, self._parent, self._ended)
        return job

    def _on_accepted(self) -> None:
        if self._pending is not None:
            printout, what = self._pending
            self.print_on(self.printer, printout, what)

    def _on_rejected(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._on_done("Printing cancelled.", False)

    def _ended(self, job: Job) -> None:
        if job is self.job:
            self.job = None
            refocus(self._parent)
            if job.outcome == "crashed":
                self._on_done("Something went wrong (the details are in the error window).", True)


def refocus(widget: QWidget) -> None:
    """After a long job: back to ``widget``'s window (and its focused field) if no window
    of ours is active: the progress dialog, closed by its Cancel before the job ended,
    leaves none (JobProgress gives the focus back only when the job closes it)."""
    window = widget.window()
    if QApplication.activeWindow() is None and window.isVisible():
        window.activateWindow()
